// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/transaction.h"
#include "domain/privacy/retentionrepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// What a retention run did, or would do.
struct RetentionReport
{
    qint64 runId = 0; // 0 for a dry run, or when nothing qualified
    QDate closedBefore;
    QStringList caseNumbers;
    int cases = 0;
    int persons = 0;
};

// Anonymisation at the end of the archive schedule (docs/decisions/0008-retention.md): cases closed before a
// date lose their words, and their persons who appear in nothing newer lose what identifies them. Area,
// Comune, year, status, closure reason, dates, services and the number of rows stay, so statistics survive.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

public:
    RetentionService(RetentionRepository &retention, TransactionProvider &transactions, Auditor &audit)
        : m_retention(retention), m_transactions(transactions), m_audit(audit)
    {}

    // What `apply` would anonymise; changes nothing.
    Result<RetentionReport> preview(const QDate &closedBefore, const Actor &actor,
                                    const QDate &today = officeToday());
    // Anonymises, in one transaction with its audit record. Cases already anonymised are not counted again:
    // a second run with the same date does nothing.
    Result<RetentionReport> apply(const QDate &closedBefore, const Actor &actor,
                                  const QDate &today = officeToday(),
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Status check(const QDate &closedBefore, const Actor &actor, const QDate &today) const;

    RetentionRepository &m_retention;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
