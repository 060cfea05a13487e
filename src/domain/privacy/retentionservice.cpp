// SPDX-License-Identifier: EUPL-1.2
#include "domain/privacy/retentionservice.h"

#include "domain/access/access.h"

namespace cartella::domain {

Status RetentionService::check(const QDate &closedBefore, const Actor &actor, const QDate &today) const
{
    if (Status allowed = require(actor, Operation::ApplyRetention); !allowed)
        return allowed;
    if (!closedBefore.isValid())
        return invalid(QStringLiteral("closedBefore"), tr("Give the date as YYYY-MM-DD."));
    // "Closed before tomorrow" covers every closed case; a later date is almost surely a typing mistake.
    if (closedBefore > today.addDays(1))
        return invalid(QStringLiteral("closedBefore"),
                       tr("The date %1 is in the future: only cases already closed can be anonymised.")
                           .arg(closedBefore.toString(Qt::ISODate)));
    return ok();
}

Result<RetentionReport> RetentionService::preview(const QDate &closedBefore, const Actor &actor,
                                                  const QDate &today)
{
    if (Status s = check(closedBefore, actor, today); !s)
        return s.error();
    const auto selection = m_retention.select(closedBefore);
    if (!selection)
        return selection.error();
    const RetentionSelection &s = selection.value();
    return RetentionReport{0, closedBefore, s.caseNumbers, int(s.caseIds.size()), int(s.personIds.size())};
}

Result<RetentionReport> RetentionService::apply(const QDate &closedBefore, const Actor &actor,
                                                const QDate &today, const QDateTime &now)
{
    if (Status s = check(closedBefore, actor, today); !s)
        return s.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto selection = m_retention.select(closedBefore);
    if (!selection)
        return selection.error();
    const RetentionSelection &s = selection.value();
    RetentionReport report{0, closedBefore, s.caseNumbers, int(s.caseIds.size()), int(s.personIds.size())};
    if (s.caseIds.isEmpty())
        return report; // nothing to do, nothing recorded
    Actor retention = actor;
    retention.purpose = QStringLiteral("retention");
    const auto run = m_retention.anonymise(s, closedBefore, actor.userName, now.toUTC());
    if (!run)
        return run.error();
    report.runId = run.value();
    if (Status a = m_audit.record(retention, QStringLiteral("retention_applied"), QStringLiteral("retention"),
                                  report.runId,
                                  {{QStringLiteral("closedBefore"), closedBefore.toString(Qt::ISODate)},
                                   {QStringLiteral("cases"), report.cases},
                                   {QStringLiteral("persons"), report.persons}});
        !a)
        return a.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return report;
}

} // namespace cartella::domain
