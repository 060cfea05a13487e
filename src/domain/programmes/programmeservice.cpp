// SPDX-License-Identifier: EUPL-1.2
#include "domain/programmes/programmeservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonArray>

namespace cartella::domain {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

Error conflict(const QString &message, qint64 id)
{
    return Error{ErrorCode::Conflict, message, {}, {id}};
}

bool overlaps(const Enrolment &e, const QDate &from, const QDate &to)
{
    const QDate end = e.open() ? QDate(9999, 12, 31) : e.leftOn;
    return e.joinedOn <= to && end >= from;
}

} // namespace

ProgrammeService::ProgrammeService(ProgrammeRepository &programmes, CaseService &cases,
                                   PersonService &persons, TransactionProvider &transactions, Auditor &audit)
    : m_programmes(programmes), m_cases(cases), m_persons(persons), m_transactions(transactions),
      m_audit(audit)
{}

Status ProgrammeService::validate(const ProgrammeDraft &draft)
{
    const QString name = draft.name.simplified();
    if (name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Give the name of the project."));
    if (name.size() > kMaxNameLength)
        return invalid(QStringLiteral("name"),
                       tr("The name of a project is at most %1 characters long.").arg(kMaxNameLength));
    if (draft.funder.simplified().size() > kMaxFunderLength)
        return invalid(QStringLiteral("funder"),
                       tr("The funder is at most %1 characters long.").arg(kMaxFunderLength));
    if (draft.description.trimmed().size() > kMaxDescriptionLength)
        return invalid(QStringLiteral("description"),
                       tr("The description is at most %1 characters long.").arg(kMaxDescriptionLength));
    if (!draft.startsOn.isValid())
        return invalid(QStringLiteral("startsOn"), tr("Give the date the project starts."));
    if (draft.endsOn.isValid() && draft.endsOn < draft.startsOn)
        return invalid(QStringLiteral("endsOn"), tr("A project cannot end before it starts."));
    for (const QString &code : draft.municipalities) {
        if (code.size() != 6)
            return invalid(QStringLiteral("municipalities"), tr("Choose the Comuni from the list."));
    }
    return ok();
}

Result<Programme> ProgrammeService::load(qint64 programmeId)
{
    const auto found = m_programmes.findProgramme(programmeId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The project does not exist."), {}, {programmeId}};
    return *found.value();
}

Result<Programme> ProgrammeService::activeForChange(qint64 programmeId, int expectedVersion)
{
    const auto p = load(programmeId);
    if (!p)
        return p;
    if (p.value().status == ProgrammeStatus::Closed)
        return conflict(
            tr("The project was closed on %1: it no longer changes.").arg(shown(p.value().closedOn)),
            programmeId);
    if (expectedVersion >= 0 && p.value().version != expectedVersion)
        return conflict(tr("Someone else changed this project in the meantime. Reload it and try again; "
                           "nothing was changed."),
                        programmeId);
    return p;
}

bool ProgrammeService::onTeam(const Programme &p, const Actor &actor) const
{
    if (actor.workerId <= 0)
        return false;
    for (const ProgrammeTeamMember &m : p.team) {
        if (m.workerId == actor.workerId)
            return true;
    }
    return false;
}

Status ProgrammeService::requireEnrolRight(const Programme &p, const QDate &day, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EnrolInProgrammes); !allowed)
        return allowed;
    if (!actor.role || permits(actor, Operation::ManageProgrammes))
        return ok();
    for (const ProgrammeTeamMember &m : p.team) {
        if (m.workerId == actor.workerId && m.activeOn(day))
            return ok();
    }
    return Error{ErrorCode::Forbidden,
                 tr("Only the zone manager and the project's team enrol and discharge."),
                 {},
                 {p.id}};
}

Result<Programme> ProgrammeService::create(const ProgrammeDraft &draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageProgrammes); !allowed)
        return allowed.error();
    if (Status valid = validate(draft); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const QString name = draft.name.simplified();
    const auto existing = m_programmes.programmeNamed(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return invalid(QStringLiteral("name"), tr("There is already a project with this name."));
    Programme p;
    p.name = name;
    p.funder = draft.funder.simplified();
    p.area = draft.area;
    p.description = draft.description.trimmed();
    p.startsOn = draft.startsOn;
    p.endsOn = draft.endsOn;
    p.municipalities = draft.municipalities;
    const auto id = m_programmes.insertProgramme(p, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("programme_created"), QStringLiteral("programme"), id.value(),
            {{QStringLiteral("starts_on"), iso(p.startsOn)},
             {QStringLiteral("ends_on"), iso(p.endsOn)},
             {QStringLiteral("municipalities"), QJsonArray::fromStringList(p.municipalities)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(id.value());
}

Result<Programme> ProgrammeService::update(qint64 programmeId, int expectedVersion,
                                           const ProgrammeDraft &changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageProgrammes); !allowed)
        return allowed.error();
    if (Status valid = validate(changed); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = activeForChange(programmeId, expectedVersion);
    if (!before)
        return before.error();
    const QString name = changed.name.simplified();
    const auto named = m_programmes.programmeNamed(name);
    if (!named)
        return named.error();
    if (named.value() && *named.value() != programmeId)
        return invalid(QStringLiteral("name"), tr("There is already a project with this name."));
    Programme p = before.value();
    p.name = name;
    p.funder = changed.funder.simplified();
    p.area = changed.area;
    p.description = changed.description.trimmed();
    p.startsOn = changed.startsOn;
    p.endsOn = changed.endsOn;
    p.municipalities = changed.municipalities;
    const auto all = m_programmes.allEnrolments(programmeId);
    if (!all)
        return all.error();
    for (const Enrolment &e : all.value()) {
        if (!p.covers(e.joinedOn) || (!e.open() && !p.covers(e.leftOn)))
            return invalid(
                QStringLiteral("startsOn"),
                tr("An enrolment of %1 would fall outside the new period.").arg(shown(e.joinedOn)));
    }
    for (const ProgrammeTeamMember &m : p.team) {
        if (!p.covers(m.fromOn))
            return invalid(
                QStringLiteral("startsOn"),
                tr("A team member from %1 would fall outside the new period.").arg(shown(m.fromOn)));
    }
    if (Status s = m_programmes.updateProgramme(p, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("programme_changed"), QStringLiteral("programme"),
                                  programmeId,
                                  {{QStringLiteral("version"), before.value().version},
                                   {QStringLiteral("starts_on"), iso(p.startsOn)},
                                   {QStringLiteral("ends_on"), iso(p.endsOn)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(programmeId);
}

Result<Programme> ProgrammeService::close(qint64 programmeId, int expectedVersion, const QDate &on,
                                          const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageProgrammes); !allowed)
        return allowed.error();
    if (!on.isValid())
        return invalid(QStringLiteral("closedOn"), tr("Give the date the project closes."));
    if (on > officeToday())
        return invalid(QStringLiteral("closedOn"), tr("A project cannot be closed on a day still to come."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = activeForChange(programmeId, expectedVersion);
    if (!before)
        return before.error();
    Programme p = before.value();
    if (on < p.startsOn)
        return invalid(QStringLiteral("closedOn"), tr("A project cannot close before it starts."));
    const auto all = m_programmes.allEnrolments(programmeId);
    if (!all)
        return all.error();
    for (const Enrolment &e : all.value()) {
        if (e.joinedOn > on || (!e.open() && e.leftOn > on))
            return invalid(
                QStringLiteral("closedOn"),
                tr("An enrolment runs until after %1: close the project on a later day.").arg(shown(on)));
    }
    for (const ProgrammeTeamMember &m : p.team) {
        if (m.fromOn > on)
            return invalid(
                QStringLiteral("closedOn"),
                tr("A team member starts after %1: close the project on a later day.").arg(shown(on)));
    }
    // The enrolments and the team end first: a closed programme no longer changes.
    int discharged = 0;
    for (const Enrolment &e : all.value()) {
        if (!e.open())
            continue;
        if (Status s =
                m_programmes.leaveEnrolment(e.id, e.version, on, LeaveReason::ProgrammeEnded, actor.userName);
            !s)
            return s.error();
        ++discharged;
    }
    for (const ProgrammeTeamMember &m : p.team) {
        if (m.toOn.isValid())
            continue;
        if (Status s = m_programmes.endTeamMember(m.id, on, actor.userName); !s)
            return s.error();
    }
    p.status = ProgrammeStatus::Closed;
    p.closedOn = on;
    if (!p.endsOn.isValid() || p.endsOn > on)
        p.endsOn = on;
    if (Status s = m_programmes.updateProgramme(p, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("programme_closed"), QStringLiteral("programme"), programmeId,
            {{QStringLiteral("closed_on"), iso(on)}, {QStringLiteral("discharged"), discharged}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(programmeId);
}

Result<Programme> ProgrammeService::addTeamMember(qint64 programmeId, qint64 workerId, ProgrammeTeamRole role,
                                                  const QDate &fromOn, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageProgrammes); !allowed)
        return allowed.error();
    if (!fromOn.isValid())
        return invalid(QStringLiteral("fromOn"), tr("Give the date the worker joins the team."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto p = activeForChange(programmeId, -1);
    if (!p)
        return p.error();
    if (!p.value().covers(fromOn))
        return invalid(QStringLiteral("fromOn"), tr("The date lies outside the project's period."));
    const auto worker = m_cases.activeWorker(workerId, QStringLiteral("workerId"));
    if (!worker)
        return worker.error();
    for (const ProgrammeTeamMember &m : p.value().team) {
        if (m.workerId == workerId && (!m.toOn.isValid() || m.toOn >= fromOn))
            return invalid(QStringLiteral("workerId"),
                           tr("%1 is already on the team.").arg(worker.value().name));
    }
    ProgrammeTeamMember m;
    m.programmeId = programmeId;
    m.workerId = workerId;
    m.role = role;
    m.fromOn = fromOn;
    const auto id = m_programmes.insertTeamMember(m, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("programme_team_joined"), QStringLiteral("programme"),
                                  programmeId,
                                  {{QStringLiteral("worker"), workerId},
                                   {QStringLiteral("role"), Vocabulary<ProgrammeTeamRole>::code(role)},
                                   {QStringLiteral("from_on"), iso(fromOn)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(programmeId);
}

Result<Programme> ProgrammeService::endTeamMember(qint64 programmeId, qint64 memberId, const QDate &toOn,
                                                  const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageProgrammes); !allowed)
        return allowed.error();
    if (!toOn.isValid())
        return invalid(QStringLiteral("toOn"), tr("Give the date the worker leaves the team."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto p = activeForChange(programmeId, -1);
    if (!p)
        return p.error();
    const ProgrammeTeamMember *member = nullptr;
    for (const ProgrammeTeamMember &m : p.value().team) {
        if (m.id == memberId)
            member = &m;
    }
    if (!member)
        return Error{ErrorCode::NotFound, tr("The team member does not exist."), {}, {memberId}};
    if (member->toOn.isValid())
        return conflict(tr("%1 left the team on %2.").arg(member->workerName, shown(member->toOn)), memberId);
    if (toOn < member->fromOn)
        return invalid(QStringLiteral("toOn"), tr("A worker cannot leave the team before joining it."));
    if (!p.value().covers(toOn))
        return invalid(QStringLiteral("toOn"), tr("The date lies outside the project's period."));
    if (Status s = m_programmes.endTeamMember(memberId, toOn, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("programme_team_left"), QStringLiteral("programme"), programmeId,
            {{QStringLiteral("worker"), member->workerId}, {QStringLiteral("to_on"), iso(toOn)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(programmeId);
}

Result<Enrolment> ProgrammeService::enrol(const EnrolmentDraft &draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EnrolInProgrammes); !allowed)
        return allowed.error();
    if (!draft.caseId && !draft.personId)
        return invalid(QStringLiteral("caseId"), tr("Choose the case or the person to enrol."));
    if (!draft.joinedOn.isValid())
        return invalid(QStringLiteral("joinedOn"), tr("Give the date of joining."));
    if (draft.joinedOn > officeToday())
        return invalid(QStringLiteral("joinedOn"), tr("The date of joining cannot be in the future."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto p = activeForChange(draft.programmeId, -1);
    if (!p)
        return p.error();
    if (Status right = requireEnrolRight(p.value(), officeToday(), actor); !right)
        return right.error();
    if (!p.value().covers(draft.joinedOn))
        return invalid(QStringLiteral("joinedOn"),
                       tr("The date of joining lies outside the project's period (%1 – %2).")
                           .arg(shown(p.value().startsOn),
                                p.value().endsOn.isValid() ? shown(p.value().endsOn) : tr("open")));
    Enrolment e;
    e.programmeId = draft.programmeId;
    e.joinedOn = draft.joinedOn;
    if (draft.caseId) {
        // A case the actor may not change answers as if it did not exist (riservato rules included).
        const auto c = m_cases.getForChange(*draft.caseId, actor);
        if (!c)
            return c.error();
        if (Status open = m_cases.requireOpen(c.value()); !open)
            return open.error();
        if (draft.personId) {
            bool member = false;
            for (const CaseMember &cm : c.value().members)
                member = member || cm.personId == *draft.personId;
            if (!member)
                return invalid(QStringLiteral("personId"), tr("The person is not a member of the case."));
        }
        e.caseId = c.value().id;
    } else {
        if (Status allowed = require(actor, Operation::ReadPersons); !allowed && !onTeam(p.value(), actor))
            return allowed.error();
        const auto person = m_persons.get(*draft.personId, Actor::localSystem());
        if (!person)
            return person.error();
    }
    e.personId = draft.personId;
    const auto all = m_programmes.allEnrolments(draft.programmeId);
    if (!all)
        return all.error();
    for (const Enrolment &other : all.value()) {
        const bool same =
            e.caseId ? other.caseId == e.caseId : (!other.caseId && other.personId == e.personId);
        if (same && overlaps(other, e.joinedOn, QDate(9999, 12, 31)))
            return invalid(QStringLiteral("joinedOn"),
                           other.open()
                               ? tr("Already enrolled in this project since %1.").arg(shown(other.joinedOn))
                               : tr("Already enrolled in this project from %1 to %2.")
                                     .arg(shown(other.joinedOn), shown(other.leftOn)));
    }
    const auto id = m_programmes.insertEnrolment(e, actor.userName);
    if (!id)
        return id.error();
    QJsonObject details{{QStringLiteral("programme"), draft.programmeId},
                        {QStringLiteral("joined_on"), iso(e.joinedOn)}};
    if (e.caseId)
        details.insert(QStringLiteral("case"), *e.caseId);
    if (e.personId)
        details.insert(QStringLiteral("person"), *e.personId);
    if (Status s = m_audit.record(actor, QStringLiteral("programme_enrolled"), QStringLiteral("enrolment"),
                                  id.value(), details);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    const auto stored = m_programmes.findEnrolment(id.value());
    if (!stored)
        return stored.error();
    return *stored.value();
}

Result<Enrolment> ProgrammeService::discharge(qint64 enrolmentId, int expectedVersion, const QDate &on,
                                              LeaveReason reason, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EnrolInProgrammes); !allowed)
        return allowed.error();
    if (!on.isValid())
        return invalid(QStringLiteral("leftOn"), tr("Give the date of leaving."));
    if (on > officeToday())
        return invalid(QStringLiteral("leftOn"), tr("The date of leaving cannot be in the future."));
    if (reason == LeaveReason::ProgrammeEnded)
        return invalid(QStringLiteral("reason"), tr("\"Project ended\" is recorded by closing the project."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_programmes.findEnrolment(enrolmentId);
    if (!found)
        return found.error();
    const Error missing{ErrorCode::NotFound, tr("The enrolment does not exist."), {}, {enrolmentId}};
    if (!found.value())
        return missing;
    const Enrolment e = *found.value();
    const auto p = activeForChange(e.programmeId, -1);
    if (!p)
        return p.error();
    if (Status right = requireEnrolRight(p.value(), officeToday(), actor); !right)
        return right.error();
    const auto visible = enrolments(e.programmeId, actor);
    if (!visible)
        return visible.error();
    if (std::none_of(visible.value().cbegin(), visible.value().cend(),
                     [&](const Enrolment &v) { return v.id == enrolmentId; }))
        return missing;
    if (!e.open())
        return conflict(tr("This enrolment ended on %1.").arg(shown(e.leftOn)), enrolmentId);
    if (e.version != expectedVersion)
        return conflict(tr("Someone else changed this enrolment in the meantime. Reload and try again."),
                        enrolmentId);
    if (on < e.joinedOn)
        return invalid(QStringLiteral("leftOn"),
                       tr("The date of leaving cannot come before the date of joining."));
    if (!p.value().covers(on))
        return invalid(QStringLiteral("leftOn"),
                       tr("The date of leaving lies outside the project's period."));
    if (Status s = m_programmes.leaveEnrolment(enrolmentId, expectedVersion, on, reason, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("programme_discharged"), QStringLiteral("enrolment"),
                                  enrolmentId,
                                  {{QStringLiteral("programme"), e.programmeId},
                                   {QStringLiteral("left_on"), iso(on)},
                                   {QStringLiteral("reason"), Vocabulary<LeaveReason>::code(reason)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    const auto stored = m_programmes.findEnrolment(enrolmentId);
    if (!stored)
        return stored.error();
    return *stored.value();
}

} // namespace cartella::domain
