// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Synthetic casework over demo persons: workers, intake contacts (some opening a case), cases across areas
// and Comuni that went through the status flow, diaries, projects with reviews, and deadlines (some overdue).
// Everything goes through the domain services. Deterministic for a seed, except deadline and review dates,
// which are placed around the day it runs so that "overdue" and "this week" always have something.
class DemoCasework
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoCasework(domain::ServiceHub &services, domain::TransactionProvider &transactions, quint64 seed);

    // The demo users (see createUsers), then one case for about every eight persons, a third of them opened
    // from an intake contact, and one more contact that ended with information or a referral for about every
    // sixteen persons. With `longDiary`, the first case gets 500 diary entries (the benchmark's case).
    // Returns the number of cases.
    domain::Result<int> create(const QList<domain::Person> &persons, bool longDiary);
    // The cases made, in the order they were opened.
    const QList<qint64> &caseIds() const { return m_caseIds; }
    // The social workers registered for the demo.
    const QList<qint64> &socialWorkers() const { return m_socialWorkers; }

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    // admin, responsabile, amministrativo, assistente1… (one per social worker) and educatore1…, password
    // "demo".
    domain::Status createUsers(const QList<qint64> &educators);
    domain::Case caseDraft(const domain::Person &principal);
    domain::Result<qint64> openCase(const domain::Person &principal);
    domain::Result<qint64> openCaseFromIntake(const domain::Person &principal);
    domain::Status recordIntake(const domain::Person &person);
    // Objectives, actions, a review and deadlines for a case taken in charge.
    domain::Status addProject(const domain::Case &c);
    // A household for the principal with another demo person in it, who also joins the case.
    domain::Status addHousehold(const domain::Case &c, const domain::Person &relative);
    domain::Status addDiary(qint64 caseId, QDate from, int entries);
    domain::Status advance(qint64 caseId);

    domain::ServiceHub &m_services;
    domain::CaseService &m_cases;
    domain::DiaryService &m_diary;
    domain::TransactionProvider &m_transactions;
    std::mt19937_64 m_rng;
    QList<qint64> m_socialWorkers;
    QList<qint64> m_caseIds;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
