// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/emergencyaccessservice.h"

#include "domain/access/access.h"
#include "domain/casework/casescope.h"

namespace cartella::domain {

EmergencyAccessService::EmergencyAccessService(EmergencyAccessRepository &accesses, CaseRepository &cases,
                                               CaseService &caseService, TransactionProvider &transactions,
                                               Auditor &audit)
    : m_accesses(accesses), m_cases(cases), m_caseService(caseService), m_transactions(transactions),
      m_audit(audit)
{}

Result<Case> EmergencyAccessService::breakGlass(const QString &caseNumber, const QString &reason,
                                                const Actor &actor, const QDateTime &now)
{
    if (Status allowed = require(actor, Operation::BreakGlass); !allowed)
        return allowed.error();
    if (actor.userId <= 0)
        return Error{ErrorCode::Usage, tr("An emergency access is made by a logged-in user."), {}, {}};
    const QString why = reason.simplified();
    if (why.size() < kMinReasonLength)
        return invalid(
            QStringLiteral("reason"),
            tr("Say why you need this case now, in at least %1 characters.").arg(kMinReasonLength));
    const auto found = m_cases.findCaseByNumber(caseNumber.trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return invalid(QStringLiteral("number"), tr("There is no case %1.").arg(caseNumber.trimmed()));
    const Case &c = *found.value();
    if (CaseScope::of(actor).sees(c))
        return m_caseService.get(c.id, actor);

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    EmergencyAccess access;
    access.caseId = c.id;
    access.userId = actor.userId;
    access.userName = actor.userName;
    access.reason = why;
    access.at = now.toUTC();
    access.expiresAt = access.at.addSecs(qint64(kHours) * 3600);
    const auto id = m_accesses.insertAccess(access);
    if (!id)
        return id.error();
    const CaseEvent event{
        CaseEvent::Kind::EmergencyAccess, actor.userName, {}, why, access.at, actor.userName, {}};
    if (Status s = m_cases.addEvent(c.id, event); !s)
        return s.error();
    Actor emergency = actor;
    emergency.purpose = QStringLiteral("emergency");
    if (Status s = m_audit.record(emergency, QStringLiteral("emergency_access"), QStringLiteral("case"), c.id,
                                  {{QStringLiteral("access"), id.value()},
                                   {QStringLiteral("restricted"), c.restricted},
                                   {QStringLiteral("expires"), access.expiresAt.toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return c; // as it was when the access began (`now`): a later read follows the access's time limit
}

Result<QList<EmergencyAccess>> EmergencyAccessService::toAcknowledge(const Actor &actor)
{
    EmergencyAccessQuery q;
    const bool manager = actor.role == Role::ZoneManager;
    if (actor.role == Role::SocialWorker && actor.workerId > 0)
        q.unacknowledgedByResponsible = actor.workerId;
    q.unacknowledgedByManager = manager;
    if (!manager && !q.unacknowledgedByResponsible)
        return QList<EmergencyAccess>();
    auto all = m_accesses.accesses(q);
    if (!all)
        return all.error();
    QList<EmergencyAccess> out;
    const CaseScope scope = CaseScope::of(actor);
    for (const EmergencyAccess &a : all.value()) {
        const auto c = m_cases.findCase(a.caseId);
        if (!c)
            return c.error();
        if (c.value() && scope.sees(*c.value()))
            out.append(a);
    }
    return out;
}

Result<QList<EmergencyAccess>> EmergencyAccessService::forCase(qint64 caseId, const Actor &actor)
{
    const auto c = m_cases.findCase(caseId);
    if (!c)
        return c.error();
    if (!c.value() || !CaseScope::of(actor).sees(*c.value()))
        return Error{ErrorCode::NotFound, tr("The case does not exist."), {}, {caseId}};
    EmergencyAccessQuery q;
    q.caseId = caseId;
    return m_accesses.accesses(q);
}

Result<EmergencyAccess> EmergencyAccessService::acknowledge(qint64 accessId, const Actor &actor)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_accesses.findAccess(accessId);
    if (!found)
        return found.error();
    const Error missing{ErrorCode::NotFound, tr("The emergency access does not exist."), {}, {accessId}};
    if (!found.value())
        return missing;
    const auto c = m_cases.findCase(found.value()->caseId);
    if (!c)
        return c.error();
    if (!c.value() || !CaseScope::of(actor).sees(*c.value()))
        return missing;
    const bool asResponsible = actor.workerId > 0 && c.value()->responsibleWorkerId == actor.workerId;
    const bool asManager = actor.role == Role::ZoneManager;
    if (!asResponsible && !asManager)
        return Error{ErrorCode::Forbidden,
                     tr("Only the case's responsible worker and the zone manager acknowledge an emergency "
                        "access."),
                     {},
                     {accessId}};
    const bool pendingForResponsible = asResponsible && !found.value()->responsibleAcknowledgedAt.isValid();
    const bool pendingForManager = asManager && !found.value()->managerAcknowledgedAt.isValid();
    if (!pendingForResponsible && !pendingForManager)
        return invalid(QStringLiteral("access"), tr("You have already acknowledged this emergency access."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject details{{QStringLiteral("access"), accessId}};
    if (pendingForResponsible) {
        if (Status s = m_accesses.acknowledge(accessId, false, actor.userName, now); !s)
            return s.error();
        details.insert(QStringLiteral("asResponsible"), true);
    }
    if (pendingForManager) {
        if (Status s = m_accesses.acknowledge(accessId, true, actor.userName, now); !s)
            return s.error();
        details.insert(QStringLiteral("asManager"), true);
    }
    if (Status s = m_audit.record(actor, QStringLiteral("emergency_access_acknowledged"),
                                  QStringLiteral("case"), found.value()->caseId, details);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    const auto stored = m_accesses.findAccess(accessId);
    if (!stored)
        return stored.error();
    return *stored.value();
}

} // namespace cartella::domain
