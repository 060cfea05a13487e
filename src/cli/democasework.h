#pragma once

#include "domain/caseservice.h"
#include "domain/diaryservice.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Synthetic casework over demo persons: workers, cases across areas and Comuni that went through the status
// flow, and diaries. Deterministic for a seed; everything goes through the domain services.
class DemoCasework
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoCasework(domain::CaseService &cases, domain::DiaryService &diary,
                 domain::TransactionProvider &transactions, quint64 seed);

    // One case for about every eight persons. With `longDiary`, the first case gets 500 diary entries
    // (the benchmark's case). Returns the number of cases.
    domain::Result<int> create(const QList<domain::Person> &persons, bool longDiary);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Result<qint64> openCase(const domain::Person &principal);
    domain::Status addDiary(qint64 caseId, QDate from, int entries);
    domain::Status advance(qint64 caseId);

    domain::CaseService &m_cases;
    domain::DiaryService &m_diary;
    domain::TransactionProvider &m_transactions;
    std::mt19937_64 m_rng;
    QList<qint64> m_socialWorkers;
    domain::Actor m_actor{QStringLiteral("demo")};
};

} // namespace cartella::cli
