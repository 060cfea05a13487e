// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <functional>
#include <random>

namespace cartella::cli {

// How much history a demo zone has behind its recent casework.
struct HistoryProfile
{
    int cases = 0;        // cases opened over the years before the recent ones
    int diaryEntries = 0; // diary entries in them, all told (a few cases hold thousands)
    int deliveries = 0;   // services and aid delivered in them, with their payments
};

// The years of a zone before the demo's recent casework: cases opened from ten years ago, taken through the
// status flow and mostly closed, their diaries (one case with 5,000 entries, a few with thousands), and the
// services and aid of each year paid from that year's budget lines. Every call is made as on the day it
// happened (domain::HistoricalOfficeDay), so that a case closed in 2018 is closed on that day and every rule
// about "today" holds as it did then. Deterministic for a seed, except that the window ends on the demo's
// last day (never after today).
//
// Cases, requests, decisions, first payments and conclusions go through the domain services. The bulk (a
// million diary entries, the later monthly payments) is written in batches through the same repository and
// audit calls the services make, without their per-call checks (the demo actor sees everything and the case
// was just checked open): the rows are the ones DiaryService::add and DeliveryService::pay write, versions,
// full-text index and hash-chained audit records included.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    using Progress = std::function<void(int casesDone)>;

    DemoHistory(domain::ServiceHub &services, domain::CaseRepository &cases, quint64 seed);

    // `workers`: the social workers who follow the cases. `progress` is called every few hundred cases.
    domain::Result<int> create(const QList<domain::Person> &persons, const QList<qint64> &workers,
                               const HistoryProfile &profile, const Progress &progress = {});

    const QList<qint64> &caseIds() const { return m_caseIds; }
    int diaryEntries() const { return m_entries; }
    int deliveries() const { return m_deliveries; }

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    QDate dayBetween(QDate from, QDate to);
    // How many of `remaining` things this case gets, out of `casesLeft`: a heavy tail around the mean.
    int share(int remaining, int casesLeft);

    domain::Status createLines(const QStringList &comuni, int casesPerYear);
    domain::Result<domain::Case> open(const domain::Person &principal, qint64 worker, QDate on);
    domain::Result<domain::Case> move(const domain::Case &c, domain::CaseStatus to, QDate on);
    domain::Status writeDiary(const domain::Case &c, QDate until, int entries);
    domain::Status serve(const domain::Case &c, QDate from, QDate until, int count);
    domain::Status deliver(const domain::Case &c, QDate on, QDate until);
    domain::Status ensureIsee(qint64 personId, QDate on);

    domain::ServiceHub &m_services;
    domain::CaseRepository &m_cases;
    std::mt19937_64 m_rng;
    domain::HistoricalOfficeDay *m_day = nullptr; // while create() runs
    domain::Actor m_actor = domain::Actor::demo();
    QDate m_end;
    QMap<QString, qint64> m_catalogue;                  // code → id
    QHash<QPair<int, QString>, qint64> m_ordinaryLines; // (year, Comune) → line
    QHash<QPair<int, QString>, qint64> m_servicesLines; // (year, Comune) → line
    QSet<QPair<qint64, int>> m_isee;                    // (person, year) with a DSU on file
    QList<qint64> m_caseIds;
    int m_entries = 0;
    int m_deliveries = 0;
};

} // namespace cartella::cli
