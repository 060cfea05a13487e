// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/caseservice.h"

#include "domain/access/access.h"
#include "domain/casework/casestatusrules.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonArray>

namespace cartella::domain {

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace

CaseService::CaseService(CaseRepository &cases, TransactionProvider &transactions, Auditor &audit,
                         DeadlineRepository *deadlines, EmergencyAccessRepository *emergency,
                         const PlaceRegistry &places)
    : m_cases(cases), m_transactions(transactions), m_audit(audit), m_deadlines(deadlines),
      m_emergency(emergency), m_places(places)
{}

Result<Worker> CaseService::registerWorker(Worker worker, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageUsers); !allowed)
        return allowed.error();
    worker.name = worker.name.simplified();
    if (worker.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("The worker's name is required."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto id = m_cases.insertWorker(worker);
    if (!id)
        return id.error();
    worker.id = id.value();
    if (Status s =
            m_audit.record(actor, QStringLiteral("worker_registered"), QStringLiteral("worker"), worker.id);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return worker;
}

Result<QList<Worker>> CaseService::workers(const Actor &)
{
    return m_cases.workers();
}

Result<QString> CaseService::workerName(qint64 workerId)
{
    if (const auto w = activeWorker(workerId, QStringLiteral("responsible")))
        return w.value().name;
    return invalid(QStringLiteral("responsible"),
                   tr("The responsible worker is missing or no longer active."));
}

Result<Case> CaseService::open(Case draft, const Actor &actor)
{
    if (!draft.openedOn.isValid())
        draft.openedOn = officeToday();
    if (draft.openedOn > officeToday())
        return invalid(QStringLiteral("openedOn"), tr("A case cannot be opened in the future."));
    if (Status allowed = require(actor, Operation::OpenCases); !allowed)
        return allowed.error();
    const CaseScope scope = CaseScope::of(actor);
    if (scope.kind == CaseScope::Kind::None)
        return Error{ErrorCode::Forbidden, refusalMessage(Operation::OpenCases), {}, {}};
    // The worker who opens a case for a colleague (at intake, say) is on its team: they met the person.
    if (scope.kind == CaseScope::Kind::OwnAndTeam && !scope.sees(draft))
        draft.teamWorkerIds.append(scope.workerId);
    if (!scope.sees(draft)) // refused before anything is written: the user would not see the case they made
        return invalid(QStringLiteral("municipality"),
                       tr("You do not serve this Comune: choose one of yours."));
    if (!m_places.municipality(draft.municipalityCode))
        return invalid(QStringLiteral("municipality"), tr("The case needs a Comune from the ISTAT list."));
    if (draft.members.isEmpty())
        return invalid(QStringLiteral("members"), tr("A case needs at least one person."));
    int principals = 0;
    QList<qint64> seen;
    for (const CaseMember &m : draft.members) {
        principals += m.role == MemberRole::PrincipalBeneficiary ? 1 : 0;
        if (seen.contains(m.personId))
            return invalid(QStringLiteral("members"), tr("A person can be a member of a case only once."));
        seen.append(m.personId);
    }
    if (principals != 1)
        return invalid(QStringLiteral("members"), tr("A case has exactly one principal beneficiary."));
    const auto responsible = workerName(draft.responsibleWorkerId);
    if (!responsible)
        return responsible.error();

    draft.status = CaseStatus::Reception;
    draft.closureReason = ClosureReason::None;
    draft.closedOn = {};
    draft.year = draft.openedOn.year();
    draft.notes = draft.notes.trimmed();

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto inserted = m_cases.insertCase(draft, actor.userName);
    if (!inserted)
        return inserted.error();
    const Case &c = inserted.value();
    for (const CaseMember &m : draft.members) {
        if (Status s = m_cases.setMember(c.id, m); !s)
            return s.error();
    }
    const CaseEvent opened{CaseEvent::Kind::Opened,
                           {},
                           Vocabulary<CaseStatus>::code(CaseStatus::Reception),
                           responsible.value(),
                           QDateTime::currentDateTimeUtc(),
                           actor.userName,
                           {}};
    if (Status s = m_cases.addEvent(c.id, opened); !s)
        return s.error();
    if (!draft.teamWorkerIds.isEmpty()) { // the starting team is part of the history too
        QStringList names;
        for (const qint64 id : draft.teamWorkerIds) {
            const auto w = activeWorker(id, QStringLiteral("team"));
            if (!w)
                return w.error();
            names.append(w.value().name);
        }
        const CaseEvent team{CaseEvent::Kind::TeamChanged,
                             {},
                             names.join(QStringLiteral(", ")),
                             {},
                             QDateTime::currentDateTimeUtc(),
                             actor.userName,
                             {}};
        if (Status s = m_cases.addEvent(c.id, team); !s)
            return s.error();
    }
    QList<qint64> memberIds;
    for (const CaseMember &m : draft.members)
        memberIds.append(m.personId);
    if (Status s = m_audit.record(actor, QStringLiteral("case_opened"), QStringLiteral("case"), c.id,
                                  {{QStringLiteral("number"), c.number()},
                                   {QStringLiteral("area"), Vocabulary<CaseArea>::code(c.area)},
                                   {QStringLiteral("municipality"), c.municipalityCode},
                                   {QStringLiteral("responsible"), c.responsibleWorkerId},
                                   {QStringLiteral("team"), idArray(draft.teamWorkerIds)},
                                   {QStringLiteral("members"), idArray(memberIds)},
                                   {QStringLiteral("restricted"), draft.restricted}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(c.id, actor);
}

Status CaseService::requireOpen(const Case &c) const
{
    if (c.status == CaseStatus::Closed)
        return Error{
            ErrorCode::Invalid, tr("Case %1 is closed: reopen it to change it.").arg(c.number()), {}, {c.id}};
    return ok();
}

Result<Worker> CaseService::activeWorker(qint64 workerId, const QString &field)
{
    const auto all = m_cases.workers();
    if (!all)
        return all.error();
    for (const Worker &w : all.value()) {
        if (w.id == workerId && w.active)
            return w;
    }
    return invalid(field, tr("Choose a worker who is still active."));
}

Result<Case> CaseService::load(qint64 caseId, int expectedVersion, const Actor &actor)
{
    const auto found = m_cases.findCase(caseId);
    if (!found)
        return found.error();
    // Changes need the case by role: an emergency access is for reading and the diary only.
    if (!found.value() || !CaseScope::of(actor).sees(*found.value()))
        return missingCase(caseId);
    if (expectedVersion != found.value()->stamp.version)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed case %1 in the meantime. Reload it and try again; nothing was "
                        "changed.")
                         .arg(found.value()->number()),
                     {},
                     {caseId}};
    return *found.value();
}

Result<Case> CaseService::loadOpen(qint64 caseId, int expectedVersion, const Actor &actor)
{
    auto loaded = load(caseId, expectedVersion, actor);
    if (!loaded)
        return loaded;
    if (Status open = requireOpen(loaded.value()); !open)
        return open.error();
    return loaded;
}

Result<Case> CaseService::changeStatus(qint64 caseId, int expectedVersion, CaseStatus to,
                                       ClosureReason reason, const QString &note, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ChangeCaseStatus); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto loaded = load(caseId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    Case c = std::move(loaded).value();
    if (!CaseStatusRules::allowed(c.status, to))
        return invalid(QStringLiteral("status"),
                       tr("A case cannot go from \"%1\" to \"%2\".")
                           .arg(Vocabulary<CaseStatus>::label(c.status), Vocabulary<CaseStatus>::label(to)));
    if (to == CaseStatus::Closed && reason == ClosureReason::None)
        return invalid(QStringLiteral("closureReason"), tr("Closing a case needs a closure reason."));
    const bool reopening = c.status == CaseStatus::Closed;
    if (reopening && note.trimmed().isEmpty())
        return invalid(QStringLiteral("note"), tr("Reopening a case needs a note saying why."));

    const CaseEvent event{CaseEvent::Kind::StatusChanged,
                          Vocabulary<CaseStatus>::code(c.status),
                          Vocabulary<CaseStatus>::code(to),
                          note.trimmed(),
                          QDateTime::currentDateTimeUtc(),
                          actor.userName,
                          to == CaseStatus::Closed ? Vocabulary<ClosureReason>::code(reason) : QString()};
    const QJsonObject details{
        {QStringLiteral("status"),
         change(Vocabulary<CaseStatus>::code(c.status), Vocabulary<CaseStatus>::code(to))},
        {QStringLiteral("closureReason"),
         change(Vocabulary<ClosureReason>::code(c.closureReason),
                Vocabulary<ClosureReason>::code(to == CaseStatus::Closed ? reason : ClosureReason::None))}};
    c.status = to;
    c.closureReason = to == CaseStatus::Closed ? reason : ClosureReason::None;
    c.closedOn = to == CaseStatus::Closed ? officeToday() : QDate();
    return commitChange(*tx.value(), c, event, actor, QStringLiteral("case_status_changed"), details);
}

Result<Case> CaseService::registerArchived(Case draft, const QDate &closedOn, ClosureReason reason,
                                           const QString &note, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ChangeCaseStatus); !allowed)
        return allowed.error();
    if (!draft.openedOn.isValid())
        return invalid(QStringLiteral("openedOn"), tr("Give the day the archived case was opened."));
    if (!closedOn.isValid() || closedOn > officeToday())
        return invalid(QStringLiteral("closedOn"),
                       tr("Give the day the archived case was closed, today or before."));
    if (closedOn < draft.openedOn)
        return invalid(QStringLiteral("closedOn"), tr("A case cannot be closed before it was opened."));
    if (reason == ClosureReason::None)
        return invalid(QStringLiteral("closureReason"), tr("Closing a case needs a closure reason."));
    if (note.trimmed().isEmpty())
        return invalid(QStringLiteral("note"), tr("Say where the archived file is kept."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto opened = open(std::move(draft), actor);
    if (!opened)
        return opened.error();
    Case c = std::move(opened).value();
    const CaseEvent event{CaseEvent::Kind::StatusChanged,
                          Vocabulary<CaseStatus>::code(c.status),
                          Vocabulary<CaseStatus>::code(CaseStatus::Closed),
                          note.trimmed(),
                          QDateTime::currentDateTimeUtc(),
                          actor.userName,
                          Vocabulary<ClosureReason>::code(reason)};
    const QJsonObject details{
        {QStringLiteral("status"),
         change(Vocabulary<CaseStatus>::code(c.status), Vocabulary<CaseStatus>::code(CaseStatus::Closed))},
        {QStringLiteral("closureReason"), change(Vocabulary<ClosureReason>::code(ClosureReason::None),
                                                 Vocabulary<ClosureReason>::code(reason))},
        {QStringLiteral("closedOn"), closedOn.toString(Qt::ISODate)},
        {QStringLiteral("archived"), true}};
    c.status = CaseStatus::Closed;
    c.closureReason = reason;
    c.closedOn = closedOn;
    return commitChange(*tx.value(), c, event, actor, QStringLiteral("case_status_changed"), details);
}

Result<Case> CaseService::reassign(qint64 caseId, int expectedVersion, qint64 workerId, const QString &note,
                                   const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReassignCases); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto loaded = load(caseId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    Case c = std::move(loaded).value();
    if (c.responsibleWorkerId == workerId)
        return invalid(QStringLiteral("responsible"), tr("This worker is already responsible for the case."));
    QString from; // the previous worker may have left: the history still names them
    if (const auto all = m_cases.workers()) {
        for (const Worker &w : all.value()) {
            if (w.id == c.responsibleWorkerId)
                from = w.name;
        }
    }
    const auto to = workerName(workerId);
    if (!to)
        return to.error();
    const CaseEvent event{CaseEvent::Kind::ResponsibleChanged, from,           to.value(), note.trimmed(),
                          QDateTime::currentDateTimeUtc(),     actor.userName, {}};
    const qint64 previous = c.responsibleWorkerId;
    c.responsibleWorkerId = workerId;
    // The reviews and the planned end are the responsible worker's: they move with the case.
    if (m_deadlines) {
        if (Status s = m_deadlines->moveResponsibleDeadlines(caseId, previous, workerId); !s)
            return s.error();
    }
    return commitChange(*tx.value(), c, event, actor, QStringLiteral("case_reassigned"),
                        {{QStringLiteral("responsible"), change(previous, workerId)}});
}

Result<Case> CaseService::addMember(qint64 caseId, int expectedVersion, const CaseMember &member,
                                    const Actor &actor)
{
    if (member.role == MemberRole::PrincipalBeneficiary)
        return invalid(QStringLiteral("members"), tr("A case has exactly one principal beneficiary."));
    if (member.personId <= 0)
        return invalid(QStringLiteral("members"), tr("Choose a person from the registry."));
    if (Status allowed = require(actor, Operation::EditCaseMembers); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto loaded = loadOpen(caseId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    Case c = std::move(loaded).value();
    for (const CaseMember &m : c.members) {
        if (m.personId == member.personId)
            return Error{ErrorCode::Duplicate,
                         tr("This person is already a member of the case."),
                         {},
                         {member.personId}};
    }
    if (Status s = m_cases.setMember(caseId, member); !s)
        return s.error();
    const CaseEvent event{CaseEvent::Kind::MemberAdded,
                          QString::number(member.personId),
                          Vocabulary<MemberRole>::code(member.role),
                          {},
                          QDateTime::currentDateTimeUtc(),
                          actor.userName,
                          {}};
    return commitChange(*tx.value(), c, event, actor, QStringLiteral("case_member_added"),
                        {{QStringLiteral("person"), member.personId},
                         {QStringLiteral("role"), Vocabulary<MemberRole>::code(member.role)}});
}

Result<Case> CaseService::setTeam(qint64 caseId, int expectedVersion, const QList<qint64> &workerIds,
                                  const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditCaseMembers); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto loaded = loadOpen(caseId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    Case c = std::move(loaded).value();
    const auto all = m_cases.workers();
    if (!all)
        return all.error();
    const auto nameOf = [&all](qint64 id) {
        for (const Worker &w : all.value()) {
            if (w.id == id)
                return w.name;
        }
        return QString();
    };
    QList<qint64> team;
    QStringList names;
    for (const qint64 id : workerIds) {
        if (id == c.responsibleWorkerId || team.contains(id))
            continue; // the responsible worker is on the case already
        // Someone who left may stay on the team they were on; only new members must be active.
        if (!c.teamWorkerIds.contains(id)) {
            if (auto w = activeWorker(id, QStringLiteral("team")); !w)
                return w.error();
        }
        team.append(id);
        names.append(nameOf(id));
    }
    QStringList before;
    for (const qint64 id : c.teamWorkerIds)
        before.append(nameOf(id));
    const CaseScope scope = CaseScope::of(actor);
    if (scope.kind == CaseScope::Kind::OwnAndTeam && c.responsibleWorkerId != scope.workerId &&
        !team.contains(scope.workerId))
        return invalid(QStringLiteral("team"),
                       tr("You cannot take yourself off the team: ask the responsible "
                          "worker or the zone manager."));
    std::sort(team.begin(), team.end());
    QList<qint64> current = c.teamWorkerIds;
    std::sort(current.begin(), current.end());
    if (team == current)
        return c;
    if (Status s = m_cases.setTeam(caseId, team); !s)
        return s.error();
    const CaseEvent event{CaseEvent::Kind::TeamChanged,
                          before.join(QStringLiteral(", ")),
                          names.join(QStringLiteral(", ")),
                          {},
                          QDateTime::currentDateTimeUtc(),
                          actor.userName,
                          {}};
    return commitChange(*tx.value(), c, event, actor, QStringLiteral("case_team_changed"),
                        {{QStringLiteral("team"), change(idArray(current), idArray(team))}});
}

Result<Case> CaseService::setRestricted(qint64 caseId, int expectedVersion, bool restricted,
                                        const QString &note, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RestrictCases); !allowed)
        return allowed.error();
    if (!restricted && note.trimmed().isEmpty())
        return invalid(QStringLiteral("note"), tr("Lifting the restriction needs a note saying why."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto loaded = load(caseId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    Case c = std::move(loaded).value();
    if (c.restricted == restricted)
        return c;
    const CaseEvent event{CaseEvent::Kind::RestrictionChanged,
                          c.restricted ? QStringLiteral("1") : QStringLiteral("0"),
                          restricted ? QStringLiteral("1") : QStringLiteral("0"),
                          note.trimmed(),
                          QDateTime::currentDateTimeUtc(),
                          actor.userName,
                          {}};
    c.restricted = restricted;
    return commitChange(*tx.value(), c, event, actor, QStringLiteral("case_restriction_changed"),
                        {{QStringLiteral("restricted"), change(!restricted, restricted)}});
}

Result<Case> CaseService::commitChange(TransactionScope &tx, const Case &c, const CaseEvent &event,
                                       const Actor &actor, const QString &action, const QJsonObject &details)
{
    if (Status s = m_cases.updateCase(c, actor.userName); !s)
        return s.error();
    if (Status s = m_cases.addEvent(c.id, event); !s)
        return s.error();
    QJsonObject withVersion = details;
    withVersion.insert(QStringLiteral("version"), change(c.stamp.version, c.stamp.version + 1));
    if (Status s = m_audit.record(actor, action, QStringLiteral("case"), c.id, withVersion); !s)
        return s.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    return get(c.id, actor);
}

Status CaseService::recordEvent(qint64 caseId, const CaseEvent &event, const Actor &)
{
    return m_cases.addEvent(caseId, event);
}

} // namespace cartella::domain
