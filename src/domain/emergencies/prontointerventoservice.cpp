// SPDX-License-Identifier: EUPL-1.2
#include "domain/emergencies/prontointerventoservice.h"

#include "domain/access/access.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonArray>

#include <algorithm>

namespace cartella::domain {

namespace {

constexpr qint64 kClockSlackSecs = 300; // a desk clock a few minutes ahead is not "the future"
constexpr qsizetype kMaxText = 4000;
constexpr qsizetype kMaxShort = 200;

QDateTime utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool inFuture(const QDateTime &t)
{
    return t.isValid() && t > QDateTime::currentDateTimeUtc().addSecs(kClockSlackSecs);
}

} // namespace

ProntoInterventoService::ProntoInterventoService(ProntoInterventoRepository &repository,
                                                 PersonService &persons, CaseService &cases,
                                                 DiaryService &diary, TransactionProvider &transactions,
                                                 Auditor &audit, const PlaceRegistry &places)
    : m_repository(repository), m_persons(persons), m_cases(cases), m_diary(diary),
      m_transactions(transactions), m_audit(audit), m_places(places)
{}

bool ProntoInterventoService::serves(const Actor &actor, const QString &municipalityCode) const
{
    return actor.municipalityCodes.isEmpty() || actor.municipalityCodes.contains(municipalityCode);
}

// ---- Rota
// --------------------------------------------------------------------------------------------------

Status ProntoInterventoService::checkShift(OnCallShift &draft)
{
    draft.from = utc(draft.from);
    draft.to = utc(draft.to);
    if (!draft.from.isValid())
        return invalid(QStringLiteral("from"), tr("Give the start of the shift."));
    if (!draft.to.isValid())
        return invalid(QStringLiteral("to"), tr("Give the end of the shift."));
    if (draft.to <= draft.from)
        return invalid(QStringLiteral("to"), tr("The end of the shift must come after its start."));
    if (draft.from.secsTo(draft.to) > qint64(kMaxShiftDays) * 24 * 3600)
        return invalid(QStringLiteral("to"),
                       tr("A shift lasts at most %n day(s): split a longer one.", nullptr, kMaxShiftDays));
    const auto worker = m_cases.activeWorker(draft.workerId, QStringLiteral("worker"));
    if (!worker)
        return invalid(QStringLiteral("worker"), tr("Choose an active worker for the shift."));
    return ok();
}

Result<OnCallShift> ProntoInterventoService::addShift(OnCallShift draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageRota); !allowed)
        return allowed.error();
    if (Status valid = checkShift(draft); !valid)
        return valid.error();
    draft.cancelled = false;
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto id = m_repository.insertShift(draft, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("oncall_shift_added"), QStringLiteral("oncall_shift"),
                                  id.value(),
                                  {{QStringLiteral("worker"), draft.workerId},
                                   {QStringLiteral("from"), draft.from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), draft.to.toString(Qt::ISODate)},
                                   {QStringLiteral("version"), 1}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return shift(id.value(), actor);
}

Result<OnCallShift> ProntoInterventoService::changeShift(OnCallShift changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageRota); !allowed)
        return allowed.error();
    if (Status valid = checkShift(changed); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = shift(changed.id, actor);
    if (!before)
        return before.error();
    if (before.value().cancelled)
        return invalid(QStringLiteral("cancelled"),
                       tr("A cancelled shift cannot be changed: add a new one."));
    if (before.value().stamp.version != changed.stamp.version)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this shift in the meantime. Reload the rota and try again."),
                     {},
                     {changed.id}};
    if (Status s = m_repository.updateShift(changed, actor.userName); !s)
        return s.error();
    const OnCallShift &b = before.value();
    if (Status s = m_audit.record(
            actor, QStringLiteral("oncall_shift_changed"), QStringLiteral("oncall_shift"), changed.id,
            {{QStringLiteral("worker"), change(b.workerId, changed.workerId)},
             {QStringLiteral("from"),
              change(b.from.toString(Qt::ISODate), changed.from.toString(Qt::ISODate))},
             {QStringLiteral("to"), change(b.to.toString(Qt::ISODate), changed.to.toString(Qt::ISODate))},
             {QStringLiteral("version"), change(b.stamp.version, b.stamp.version + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return shift(changed.id, actor);
}

Result<OnCallShift> ProntoInterventoService::cancelShift(qint64 shiftId, int expectedVersion,
                                                         const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageRota); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = shift(shiftId, actor);
    if (!before)
        return before.error();
    if (before.value().cancelled)
        return Error{ErrorCode::Duplicate, tr("The shift was already cancelled."), {}, {shiftId}};
    if (before.value().stamp.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this shift in the meantime. Reload the rota and try again."),
                     {},
                     {shiftId}};
    if (Status s = m_repository.cancelShift(shiftId, expectedVersion, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("oncall_shift_cancelled"), QStringLiteral("oncall_shift"), shiftId,
            {{QStringLiteral("worker"), before.value().workerId},
             {QStringLiteral("version"), change(expectedVersion, expectedVersion + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return shift(shiftId, actor);
}

Result<OnCallShift> ProntoInterventoService::shift(qint64 shiftId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadRota); !allowed)
        return allowed.error();
    const auto found = m_repository.findShift(shiftId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The shift does not exist."), {}, {shiftId}};
    return *found.value();
}

Result<QList<OnCallShift>> ProntoInterventoService::shifts(const QDateTime &from, const QDateTime &to,
                                                           const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadRota); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid() || to <= from)
        return invalid(QStringLiteral("to"), tr("The end of the period must come after its start."));
    return m_repository.shifts(utc(from), utc(to));
}

Result<QList<OnCallShift>> ProntoInterventoService::onCallAt(const QDateTime &at, const Actor &actor)
{
    if (!at.isValid())
        return invalid(QStringLiteral("at"), tr("Give the time."));
    return shifts(at, at.addMSecs(1), actor);
}

Result<QList<CoverGap>> ProntoInterventoService::gaps(const QDateTime &from, const QDateTime &to,
                                                      const Actor &actor)
{
    const auto found = shifts(from, to, actor);
    if (!found)
        return found.error();
    return coverGaps(found.value(), utc(from), utc(to));
}

Result<QList<PisVersion>> ProntoInterventoService::shiftHistory(qint64 shiftId, const Actor &actor)
{
    if (const auto found = shift(shiftId, actor); !found)
        return found.error();
    return m_repository.shiftVersions(shiftId);
}

// ---- Emergencies ------------------------------------------------------------------------------------------

QList<FieldIssue> ProntoInterventoService::normalise(SocialEmergency &d)
{
    d.receivedAt = utc(d.receivedAt);
    d.activatedAt = utc(d.activatedAt);
    d.arrivedAt = utc(d.arrivedAt);
    d.reporterName = d.reporterName.simplified();
    d.reporterContact = d.reporterContact.simplified();
    d.municipalityCode = d.municipalityCode.trimmed();
    d.actions = d.actions.trimmed();
    d.outcome = d.outcome.trimmed();
    d.personDescription = d.personDescription.simplified();
    d.provisionalSurname = d.provisionalSurname.simplified();
    d.provisionalGivenName = d.provisionalGivenName.simplified();

    QList<FieldIssue> issues;
    const auto add = [&](const char *field, const QString &message) {
        issues.append({QString::fromLatin1(field), message});
    };
    if (!d.receivedAt.isValid())
        add("receivedAt", tr("Give the time the emergency was received."));
    else if (inFuture(d.receivedAt))
        add("receivedAt", tr("An emergency cannot be received in the future."));
    if (d.municipalityCode.isEmpty())
        add("municipality", tr("Give the Comune where the emergency is."));
    else if (!m_places.municipality(d.municipalityCode))
        add("municipality", tr("The Comune is not in the ISTAT list."));
    if (d.reporterName.size() > kMaxShort)
        add("reporterName", tr("The reporter's name is too long (at most %1 characters).").arg(kMaxShort));
    if (d.reporterContact.size() > kMaxShort)
        add("reporterContact",
            tr("The reporter's contact is too long (at most %1 characters).").arg(kMaxShort));
    if (d.workerId > 0) {
        if (!m_cases.activeWorker(d.workerId, QStringLiteral("worker")))
            add("worker", tr("The worker activated is missing or no longer active."));
    } else if (d.activatedAt.isValid()) {
        add("worker", tr("Say which worker was activated."));
    }
    if (d.arrivedAt.isValid() && !d.activatedAt.isValid())
        add("activatedAt", tr("Give the time the worker was activated before their arrival."));
    if (d.activatedAt.isValid() && d.receivedAt.isValid() && d.activatedAt < d.receivedAt)
        add("activatedAt", tr("The worker cannot be activated before the emergency was received."));
    if (d.arrivedAt.isValid() && d.activatedAt.isValid() && d.arrivedAt < d.activatedAt)
        add("arrivedAt", tr("The worker cannot arrive before being activated."));
    if (inFuture(d.activatedAt))
        add("activatedAt", tr("The activation cannot be in the future."));
    if (inFuture(d.arrivedAt))
        add("arrivedAt", tr("The arrival cannot be in the future."));
    if (d.actions.size() > kMaxText)
        add("actions", tr("The actions are too long (at most %1 characters).").arg(kMaxText));
    if (d.outcome.size() > kMaxText)
        add("outcome", tr("The outcome is too long (at most %1 characters).").arg(kMaxText));
    if (d.personDescription.size() > kMaxShort || d.provisionalSurname.size() > kMaxShort ||
        d.provisionalGivenName.size() > kMaxShort)
        add("personDescription",
            tr("The description and the provisional names have at most %1 characters each.").arg(kMaxShort));
    if (d.personId == 0 && d.personDescription.isEmpty() && d.provisionalSurname.isEmpty() &&
        d.provisionalGivenName.isEmpty())
        add("personDescription",
            tr("Describe the person (e.g. \"man, about 40\") or give the name they gave, "
               "or choose them from the registry."));
    return issues;
}

QList<FieldIssue> ProntoInterventoService::validate(const SocialEmergency &draft)
{
    SocialEmergency copy = draft;
    return normalise(copy);
}

Result<SocialEmergency> ProntoInterventoService::record(SocialEmergency draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordEmergencies); !allowed)
        return allowed.error();
    if (const QList<FieldIssue> issues = normalise(draft); !issues.isEmpty())
        return Error{ErrorCode::Invalid, issues.first().message, issues, {}};
    if (!serves(actor, draft.municipalityCode))
        return invalid(QStringLiteral("municipality"),
                       tr("You do not serve this Comune: choose one of yours."));
    draft.caseId = 0;
    draft.caseOpened = false;
    draft.handedOverAt = {};
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    if (draft.personId > 0) {
        if (const auto p = m_persons.get(draft.personId, actor); !p)
            return p.error();
    }
    const auto id = m_repository.insertEmergency(draft, actor.userName);
    if (!id)
        return id.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("social_emergency_recorded"),
                           QStringLiteral("social_emergency"), id.value(),
                           {{QStringLiteral("channel"), Vocabulary<EmergencyChannel>::code(draft.channel)},
                            {QStringLiteral("reporter"), Vocabulary<EmergencyReporter>::code(draft.reporter)},
                            {QStringLiteral("kind"), Vocabulary<EmergencyKind>::code(draft.kind)},
                            {QStringLiteral("triage"), Vocabulary<EmergencyTriage>::code(draft.triage)},
                            {QStringLiteral("municipality"), draft.municipalityCode},
                            {QStringLiteral("worker"), draft.workerId},
                            {QStringLiteral("person"), draft.personId},
                            {QStringLiteral("urgentPlacement"), draft.urgentPlacement},
                            {QStringLiteral("version"), 1}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id.value(), actor);
}

Result<SocialEmergency> ProntoInterventoService::update(SocialEmergency changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordEmergencies); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto loaded = loadForChange(changed.id, changed.stamp.version, actor);
    if (!loaded)
        return loaded.error();
    const SocialEmergency &b = loaded.value();
    changed.personId = b.personId; // identification and handover are not changed here
    if (const QList<FieldIssue> issues = normalise(changed); !issues.isEmpty())
        return Error{ErrorCode::Invalid, issues.first().message, issues, {}};
    if (!serves(actor, changed.municipalityCode))
        return invalid(QStringLiteral("municipality"),
                       tr("You do not serve this Comune: choose one of yours."));
    if (b.handedOver() && changed.receivedAt > b.handedOverAt)
        return invalid(QStringLiteral("receivedAt"),
                       tr("The emergency cannot be received after it was handed over."));
    if (Status s = m_repository.updateEmergency(changed, actor.userName); !s)
        return s.error();
    QJsonObject details{{QStringLiteral("version"), change(b.stamp.version, b.stamp.version + 1)}};
    QJsonArray fields;
    const auto changedField = [&](const char *name, bool differs) {
        if (differs)
            fields.append(QString::fromLatin1(name));
    };
    changedField("receivedAt", b.receivedAt != changed.receivedAt);
    changedField("channel", b.channel != changed.channel);
    changedField("reporter", b.reporter != changed.reporter);
    changedField("reporterName", b.reporterName != changed.reporterName);
    changedField("reporterContact", b.reporterContact != changed.reporterContact);
    changedField("municipality", b.municipalityCode != changed.municipalityCode);
    changedField("kind", b.kind != changed.kind);
    changedField("triage", b.triage != changed.triage);
    changedField("worker", b.workerId != changed.workerId);
    changedField("activatedAt", b.activatedAt != changed.activatedAt);
    changedField("arrivedAt", b.arrivedAt != changed.arrivedAt);
    changedField("actions", b.actions != changed.actions);
    changedField("urgentPlacement", b.urgentPlacement != changed.urgentPlacement);
    changedField("outcome", b.outcome != changed.outcome);
    changedField("personDescription", b.personDescription != changed.personDescription ||
                                          b.provisionalSurname != changed.provisionalSurname ||
                                          b.provisionalGivenName != changed.provisionalGivenName);
    details.insert(QStringLiteral("changed"), fields);
    // Coded values may be in the trail; the texts are in the emergency's versions.
    if (b.triage != changed.triage)
        details.insert(QStringLiteral("triage"), change(Vocabulary<EmergencyTriage>::code(b.triage),
                                                        Vocabulary<EmergencyTriage>::code(changed.triage)));
    if (b.kind != changed.kind)
        details.insert(QStringLiteral("kind"), change(Vocabulary<EmergencyKind>::code(b.kind),
                                                      Vocabulary<EmergencyKind>::code(changed.kind)));
    if (b.municipalityCode != changed.municipalityCode)
        details.insert(QStringLiteral("municipality"), change(b.municipalityCode, changed.municipalityCode));
    if (b.workerId != changed.workerId)
        details.insert(QStringLiteral("worker"), change(b.workerId, changed.workerId));
    if (Status s = m_audit.record(actor, QStringLiteral("social_emergency_changed"),
                                  QStringLiteral("social_emergency"), changed.id, details);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(changed.id, actor);
}

Result<SocialEmergency> ProntoInterventoService::get(qint64 emergencyId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadEmergencies); !allowed)
        return allowed.error();
    const auto found = m_repository.findEmergency(emergencyId);
    if (!found)
        return found.error();
    // An emergency of a Comune the user does not serve is not theirs to see.
    if (!found.value() || !serves(actor, found.value()->municipalityCode))
        return Error{ErrorCode::NotFound, tr("The emergency does not exist."), {}, {emergencyId}};
    return readable(*found.value(), actor);
}

SocialEmergency ProntoInterventoService::readable(SocialEmergency e, const Actor &actor)
{
    // The log is shared by the on-call workers, the case it went to is not: a case the user may not see
    // (riservato, another team's) keeps its number to itself, as everywhere else.
    if (e.caseId > 0 && !m_cases.get(e.caseId, actor))
        e.caseNumber.clear();
    return e;
}

Result<QList<SocialEmergency>> ProntoInterventoService::list(EmergencyQuery query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadEmergencies); !allowed)
        return allowed.error();
    query.municipalities = actor.municipalityCodes;
    query.receivedFrom = utc(query.receivedFrom);
    query.receivedTo = utc(query.receivedTo);
    query.limit = std::clamp(query.limit, 1, 500);
    auto found = m_repository.emergencies(query);
    if (!found)
        return found.error();
    for (SocialEmergency &e : found.value())
        e = readable(std::move(e), actor);
    return found;
}

Result<QList<PisVersion>> ProntoInterventoService::history(qint64 emergencyId, const Actor &actor)
{
    if (const auto found = get(emergencyId, actor); !found)
        return found.error();
    return m_repository.emergencyVersions(emergencyId);
}

Result<SocialEmergency> ProntoInterventoService::loadForChange(qint64 emergencyId, int expectedVersion,
                                                               const Actor &actor)
{
    auto found = get(emergencyId, actor);
    if (!found)
        return found.error();
    if (found.value().stamp.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this emergency in the meantime. Reload it and try again."),
                     {},
                     {emergencyId}};
    return found;
}

} // namespace cartella::domain
