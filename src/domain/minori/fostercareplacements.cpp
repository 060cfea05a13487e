// SPDX-License-Identifier: EUPL-1.2
// FosterCareService: placements, their 24-month term, extensions and the term's deadline.
#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/minori/fostercareservice.h"

#include <QJsonArray>

namespace cartella::domain {

namespace {

// What a worker may set and later change on a placement, tidied as it is stored: everything but the case,
// child, family, kind of availability and start.
void applyTerms(FosterPlacement &p, const PlacementDraft &d)
{
    p.kind = d.kind;
    p.measureNumber = d.measureNumber.simplified();
    p.measureDate = d.measureDate;
    p.measureText = d.measureText.trimmed();
    p.relation = d.relation;
    p.schedule = d.schedule;
    p.setting = d.setting;
    p.expectedEndOn = d.expectedEndOn;
    p.contactArrangements = d.contactArrangements.trimmed();
    p.childNeeds = d.childNeeds.trimmed();
    p.responsibleService = d.responsibleService.simplified();
    p.serviceContact = d.serviceContact.simplified();
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

Error conflict(const QString &message, qint64 id)
{
    return Error{ErrorCode::Conflict, message, {}, {id}};
}

} // namespace

QString FosterCareService::deadlineTitle(const FosterPlacement &p)
{
    return tr("Term of the foster placement (%1)").arg(Vocabulary<PlacementKind>::label(p.kind));
}

PlacementTermState FosterCareService::termState(const FosterPlacement &p, const QDate &asOf, int warningDays)
{
    if (!p.running())
        return PlacementTermState::Ended;
    if (asOf > p.limitOn())
        return PlacementTermState::PastLimit;
    if (asOf > p.expectedEndOn)
        return PlacementTermState::PastTerm;
    if (asOf.daysTo(p.expectedEndOn) <= warningDays)
        return PlacementTermState::NearingTerm;
    return PlacementTermState::Running;
}

Status FosterCareService::validateTerm(const QDate &startsOn, const QDate &expectedEndOn,
                                       const QDate &limitOn)
{
    if (!startsOn.isValid())
        return invalid(QStringLiteral("startsOn"), tr("Give the day the placement starts."));
    if (!expectedEndOn.isValid())
        return invalid(QStringLiteral("expectedEndOn"), tr("Give the expected end of the placement."));
    if (expectedEndOn <= startsOn)
        return invalid(QStringLiteral("expectedEndOn"), tr("The expected end comes after the start."));
    if (expectedEndOn > limitOn)
        return invalid(
            QStringLiteral("expectedEndOn"),
            tr("A placement lasts at most %1 months (L. 184/1983 art. 4), here until %2: beyond that "
               "only the Tribunale per i Minorenni extends it. Record the extension with its decree.")
                .arg(FosterPlacement::kMaxMonths)
                .arg(shown(limitOn)));
    return ok();
}

Status FosterCareService::validatePlacement(const PlacementDraft &d, const QDate &limitOn) const
{
    if (d.kind == PlacementKind::Judicial) {
        if (d.measureNumber.simplified().isEmpty())
            return invalid(QStringLiteral("measureNumber"),
                           tr("Give the number of the Tribunale per i Minorenni's decree."));
        if (!d.measureDate.isValid())
            return invalid(QStringLiteral("measureDate"), tr("Give the date of the decree."));
    }
    if (d.measureDate.isValid() && d.measureDate > officeToday())
        return invalid(QStringLiteral("measureDate"), tr("The date of the measure cannot be in the future."));
    if (d.measureNumber.simplified().size() > 60)
        return invalid(QStringLiteral("measureNumber"),
                       tr("The number of the measure is at most 60 characters."));
    if (d.responsibleService.simplified().isEmpty())
        return invalid(QStringLiteral("responsibleService"),
                       tr("Give the service responsible for the placement."));
    if (d.responsibleService.simplified().size() > 120 || d.serviceContact.simplified().size() > 120)
        return invalid(QStringLiteral("responsibleService"),
                       tr("The service and its contact are at most 120 characters each."));
    if (d.contactArrangements.size() > 2000 || d.childNeeds.size() > 2000 || d.measureText.size() > 2000)
        return invalid(
            QStringLiteral("contactArrangements"),
            tr("The contact arrangements, the needs and the measure are at most 2000 characters each."));
    if (d.schedule == PlacementSchedule::FullTime && d.setting == PlacementSetting::Day)
        return invalid(QStringLiteral("setting"), tr("A day placement is part time."));
    return validateTerm(d.startsOn, d.expectedEndOn, limitOn);
}

Result<FosterPlacement> FosterCareService::reloadPlacement(qint64 placementId)
{
    const auto found = m_fosterCare.findPlacement(placementId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The placement does not exist."), {}, {placementId}};
    return *found.value();
}

Result<FosterPlacement> FosterCareService::placementForChange(qint64 placementId, int expectedVersion,
                                                              const Actor &actor, Case *ofCase)
{
    const auto p = reloadPlacement(placementId);
    if (!p)
        return p.error();
    const auto c = m_cases.getForChange(p.value().caseId, actor);
    if (!c) // a case the actor may not change answers as if the placement did not exist
        return Error{ErrorCode::NotFound, tr("The placement does not exist."), {}, {placementId}};
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    if (!p.value().running())
        return conflict(tr("This placement ended on %1.").arg(shown(p.value().endedOn)), placementId);
    if (p.value().version != expectedVersion)
        return conflict(tr("Someone else changed this placement in the meantime. Reload it and try again; "
                           "nothing was changed."),
                        placementId);
    if (ofCase)
        *ofCase = c.value();
    return p;
}

Status FosterCareService::syncDeadline(const FosterPlacement &p, const Actor &actor)
{
    const auto open = m_deadlines.openDeadlineOf(DeadlineSource::PlacementTerm, p.id);
    if (!open)
        return open.error();
    if (!p.running()) {
        if (!open.value())
            return ok();
        return m_deadlines.closeDeadline(open.value()->id, open.value()->version, DeadlineState::Done,
                                         actor.userName);
    }
    const QString title = deadlineTitle(p);
    if (open.value()) {
        Deadline d = *open.value();
        if (d.title == title && d.dueOn == p.expectedEndOn && d.ownerWorkerId == p.responsibleWorkerId)
            return ok();
        d.title = title;
        d.dueOn = p.expectedEndOn;
        d.ownerWorkerId = p.responsibleWorkerId;
        return m_deadlines.updateDeadline(d);
    }
    Deadline d;
    d.caseId = p.caseId;
    d.source = DeadlineSource::PlacementTerm;
    d.sourceId = p.id;
    d.title = title;
    d.dueOn = p.expectedEndOn;
    d.ownerWorkerId = p.responsibleWorkerId;
    const auto id = m_deadlines.insertDeadline(d, actor.userName);
    return id ? ok() : Status(id.error());
}

Result<FosterPlacement> FosterCareService::startPlacement(const PlacementDraft &draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditPlacements); !allowed)
        return allowed.error();
    if (Status valid = validatePlacement(draft, draft.startsOn.addMonths(FosterPlacement::kMaxMonths));
        !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto c = m_cases.getForChange(draft.caseId, actor);
    if (!c)
        return c.error();
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    const bool member = std::any_of(c.value().members.cbegin(), c.value().members.cend(),
                                    [&](const CaseMember &m) { return m.personId == draft.childPersonId; });
    if (!member)
        return invalid(QStringLiteral("child"), tr("The child is a person of the case: add them first."));
    const auto child = m_persons.findById(draft.childPersonId);
    if (!child)
        return child.error();
    if (!child.value())
        return invalid(QStringLiteral("child"), tr("The child does not exist."));
    const QDate birth = child.value()->birthDate;
    if (!birth.isValid() || ageOn(birth, draft.startsOn) > FosterFamily::kMaxAge)
        return invalid(QStringLiteral("child"),
                       tr("Foster care is for minors: check the child's date of birth."));
    const auto fam = reloadFamily(draft.familyId);
    if (!fam)
        return invalid(QStringLiteral("family"), tr("Choose the foster family."));
    const FosterFamily &f = fam.value();
    if (!f.active())
        return invalid(QStringLiteral("family"), tr("This family was withdrawn from the registry."));
    if (f.freePlaces() <= 0)
        return invalid(
            QStringLiteral("family"),
            tr("The family has no free place: %1 of %2 taken.").arg(f.currentPlacements).arg(f.capacity));
    // With relatives the family need not come from the training and assessment of the registry.
    if (draft.relation == PlacementRelation::HeteroFamily) {
        if (!f.suitable())
            return invalid(QStringLiteral("family"), tr("The family has not been assessed as suitable."));
        if (!f.availability.contains(draft.availability))
            return invalid(QStringLiteral("availability"),
                           tr("The family does not offer %1.")
                               .arg(Vocabulary<FosterAvailability>::label(draft.availability).toLower()));
        const int age = ageOn(birth, draft.startsOn);
        if (age < f.minAge || age > f.maxAge)
            return invalid(QStringLiteral("family"),
                           tr("The family takes children from %1 to %2 years; the child "
                              "is %3.")
                               .arg(f.minAge)
                               .arg(f.maxAge)
                               .arg(age));
    }
    FosterPlacement p;
    p.caseId = draft.caseId;
    p.childPersonId = draft.childPersonId;
    p.familyId = draft.familyId;
    p.availability = draft.availability;
    p.startsOn = draft.startsOn;
    applyTerms(p, draft);
    p.responsibleWorkerId =
        draft.responsibleWorkerId > 0 ? draft.responsibleWorkerId : c.value().responsibleWorkerId;
    if (const auto w = m_cases.activeWorker(p.responsibleWorkerId, QStringLiteral("worker")); !w)
        return w.error();
    const auto id = m_fosterCare.insertPlacement(p, actor.userName);
    if (!id)
        return id.error();
    p.id = id.value();
    if (Status s = m_audit.record(
            actor, QStringLiteral("placement_started"), QStringLiteral("foster_placement"), p.id,
            {{QStringLiteral("case"), p.caseId},
             {QStringLiteral("child"), p.childPersonId},
             {QStringLiteral("family"), p.familyId},
             {QStringLiteral("kind"), Vocabulary<PlacementKind>::code(p.kind)},
             {QStringLiteral("relation"), Vocabulary<PlacementRelation>::code(p.relation)},
             {QStringLiteral("starts_on"), iso(p.startsOn)},
             {QStringLiteral("expected_end_on"), iso(p.expectedEndOn)}});
        !s)
        return s.error();
    if (Status s = syncDeadline(p, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadPlacement(p.id);
}

Result<FosterPlacement> FosterCareService::updatePlacement(qint64 placementId, int expectedVersion,
                                                           const PlacementDraft &changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditPlacements); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = placementForChange(placementId, expectedVersion, actor);
    if (!before)
        return before.error();
    const FosterPlacement &was = before.value();
    PlacementDraft check = changed;
    check.startsOn = was.startsOn; // the start, child, case and family stay
    if (Status valid = validatePlacement(check, was.limitOn()); !valid)
        return valid.error();
    FosterPlacement now = was;
    applyTerms(now, changed);
    if (changed.responsibleWorkerId > 0)
        now.responsibleWorkerId = changed.responsibleWorkerId;
    if (now.responsibleWorkerId != was.responsibleWorkerId) {
        if (const auto w = m_cases.activeWorker(now.responsibleWorkerId, QStringLiteral("worker")); !w)
            return w.error();
    }
    QJsonArray fields;
    const auto note = [&](bool differs, const char *field) {
        if (differs)
            fields.append(QLatin1String(field));
    };
    note(now.kind != was.kind || now.measureNumber != was.measureNumber ||
             now.measureDate != was.measureDate || now.measureText != was.measureText,
         "measure");
    note(now.relation != was.relation || now.schedule != was.schedule || now.setting != was.setting, "type");
    note(now.expectedEndOn != was.expectedEndOn, "expected_end_on");
    note(now.contactArrangements != was.contactArrangements, "contact_arrangements");
    note(now.childNeeds != was.childNeeds, "child_needs");
    note(now.responsibleService != was.responsibleService || now.serviceContact != was.serviceContact,
         "service");
    note(now.responsibleWorkerId != was.responsibleWorkerId, "responsible_worker");
    if (fields.isEmpty())
        return was;
    if (Status s = m_fosterCare.updatePlacement(now, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("placement_changed"), QStringLiteral("foster_placement"), placementId,
            {{QStringLiteral("case"), was.caseId},
             {QStringLiteral("fields"), fields},
             {QStringLiteral("expected_end_on"), change(iso(was.expectedEndOn), iso(now.expectedEndOn))},
             {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    if (Status s = syncDeadline(now, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadPlacement(placementId);
}

Result<FosterPlacement> FosterCareService::extend(qint64 placementId, int expectedVersion,
                                                  const ExtensionDraft &draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditPlacements); !allowed)
        return allowed.error();
    if (draft.decreeNumber.simplified().isEmpty())
        return invalid(
            QStringLiteral("decreeNumber"),
            tr("An extension is ordered by the Tribunale per i Minorenni: give the decree's number."));
    if (draft.decreeNumber.simplified().size() > 60)
        return invalid(QStringLiteral("decreeNumber"),
                       tr("The decree number is at most 60 characters long."));
    if (!draft.decreeDate.isValid() || draft.decreeDate > officeToday())
        return invalid(QStringLiteral("decreeDate"), tr("Give the date of the decree, today or before."));
    if (!draft.newEndOn.isValid())
        return invalid(QStringLiteral("newEndOn"), tr("Give the new end of the placement."));
    if (draft.measureText.size() > 2000)
        return invalid(QStringLiteral("measureText"), tr("The measure is at most 2000 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = placementForChange(placementId, expectedVersion, actor);
    if (!before)
        return before.error();
    const FosterPlacement &was = before.value();
    if (draft.decreeDate < was.startsOn)
        return invalid(QStringLiteral("decreeDate"),
                       tr("The decree comes after the start of the placement."));
    if (draft.newEndOn <= was.expectedEndOn)
        return invalid(QStringLiteral("newEndOn"),
                       tr("The new end comes after the present one (%1).").arg(shown(was.expectedEndOn)));
    PlacementExtension e;
    e.placementId = placementId;
    e.decreeNumber = draft.decreeNumber.simplified();
    e.decreeDate = draft.decreeDate;
    e.measureText = draft.measureText.trimmed();
    e.previousEndOn = was.expectedEndOn;
    e.newEndOn = draft.newEndOn;
    if (Status s = m_fosterCare.insertExtension(e, actor.userName); !s)
        return s.error();
    FosterPlacement now = was;
    now.expectedEndOn = draft.newEndOn;
    now.extensions.append(e);
    if (Status s = m_fosterCare.updatePlacement(now, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("placement_extended"), QStringLiteral("foster_placement"), placementId,
            {{QStringLiteral("case"), was.caseId},
             {QStringLiteral("decree_date"), iso(e.decreeDate)},
             {QStringLiteral("expected_end_on"), change(iso(was.expectedEndOn), iso(e.newEndOn))},
             {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    if (Status s = syncDeadline(now, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadPlacement(placementId);
}

Result<FosterPlacement> FosterCareService::endPlacement(qint64 placementId, int expectedVersion,
                                                        const QDate &on, const QString &reason,
                                                        const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditPlacements); !allowed)
        return allowed.error();
    if (!on.isValid() || on > officeToday())
        return invalid(QStringLiteral("endedOn"), tr("Give the day the placement ended, today or before."));
    const QString why = reason.simplified();
    if (why.size() < 5)
        return invalid(QStringLiteral("endReason"),
                       tr("Say how the placement ended (at least 5 characters), e.g. return to the family."));
    if (why.size() > 500)
        return invalid(QStringLiteral("endReason"), tr("The reason is at most 500 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = placementForChange(placementId, expectedVersion, actor);
    if (!before)
        return before.error();
    const FosterPlacement &was = before.value();
    if (on < was.startsOn)
        return invalid(QStringLiteral("endedOn"),
                       tr("A placement ends after it starts (%1).").arg(shown(was.startsOn)));
    FosterPlacement now = was;
    now.endedOn = on;
    now.endReason = why;
    if (Status s = m_fosterCare.updatePlacement(now, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("placement_ended"),
                                  QStringLiteral("foster_placement"), placementId,
                                  {{QStringLiteral("case"), was.caseId},
                                   {QStringLiteral("ended_on"), iso(on)},
                                   {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    if (Status s = syncDeadline(now, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadPlacement(placementId);
}

Result<FosterPlacement> FosterCareService::placement(qint64 placementId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPlacements); !allowed)
        return allowed.error();
    const auto p = reloadPlacement(placementId);
    if (!p)
        return p.error();
    if (const auto c = m_cases.get(p.value().caseId, actor); !c)
        return Error{ErrorCode::NotFound, tr("The placement does not exist."), {}, {placementId}};
    return p;
}

Result<QList<FosterPlacement>> FosterCareService::visiblePlacements(PlacementQuery query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPlacements); !allowed)
        return allowed.error();
    query.visibility = CaseScope::of(actor).visibility();
    return m_fosterCare.placements(query);
}

Result<QList<FosterPlacement>> FosterCareService::placements(bool runningOnly, const Actor &actor)
{
    PlacementQuery q;
    q.runningOnly = runningOnly;
    return visiblePlacements(q, actor);
}

Result<QList<FosterPlacement>> FosterCareService::placementsOfFamily(qint64 familyId, const Actor &actor)
{
    PlacementQuery q;
    q.runningOnly = false;
    q.familyId = familyId;
    return visiblePlacements(q, actor);
}

Result<QList<FosterPlacement>> FosterCareService::nearingTerm(const QDate &asOf, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPlacements); !allowed)
        return allowed.error();
    const auto days = storedWarningDays();
    if (!days)
        return days.error();
    PlacementQuery q;
    q.endingBy = asOf.addDays(days.value());
    return visiblePlacements(q, actor);
}

Result<QList<FosterPlacement>> FosterCareService::pastLimitWithoutExtension(const QDate &asOf,
                                                                            const Actor &actor)
{
    const auto running = placements(true, actor);
    if (!running)
        return running.error();
    QList<FosterPlacement> out;
    for (const FosterPlacement &p : running.value()) {
        if (asOf > p.limitOn())
            out.append(p);
    }
    return out;
}

} // namespace cartella::domain
