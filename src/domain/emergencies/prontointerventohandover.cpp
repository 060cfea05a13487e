// SPDX-License-Identifier: EUPL-1.2
// The identification, handover, overdue flag and figures of ProntoInterventoService.
#include "domain/access/access.h"
#include "domain/emergencies/prontointerventoservice.h"
#include "domain/kernel/vocabulary.h"

namespace cartella::domain {

namespace {

const QString kLimitKey = QStringLiteral("emergency_handover_limit_hours");
constexpr qint64 kClockSlackSecs = 300;
constexpr int kMaxLimitHours = 24 * 30;

} // namespace

// ---- Identification ---------------------------------------------------------------------------------------

Result<SocialEmergency> ProntoInterventoService::identify(qint64 emergencyId, int expectedVersion,
                                                          bool newPerson, const Actor &actor,
                                                          const std::function<Result<qint64>()> &person)
{
    if (Status allowed = require(actor, Operation::RecordEmergencies); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto loaded = loadForChange(emergencyId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    if (loaded.value().identified())
        return Error{ErrorCode::Duplicate,
                     tr("The person of this emergency was already identified."),
                     {},
                     {loaded.value().personId}};
    const auto personId = person();
    if (!personId)
        return personId.error();
    if (Status s =
            m_repository.markIdentified(emergencyId, expectedVersion, personId.value(), actor.userName);
        !s)
        return s.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("social_emergency_identified"),
                           QStringLiteral("social_emergency"), emergencyId,
                           {{QStringLiteral("person"), personId.value()},
                            {QStringLiteral("newPerson"), newPerson},
                            {QStringLiteral("version"), change(expectedVersion, expectedVersion + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(emergencyId, actor);
}

Result<SocialEmergency> ProntoInterventoService::identifyAsExisting(qint64 emergencyId, int expectedVersion,
                                                                    qint64 personId, const Actor &actor)
{
    return identify(emergencyId, expectedVersion, false, actor, [&]() -> Result<qint64> {
        if (const auto p = m_persons.get(personId, actor); !p)
            return p.error();
        return personId;
    });
}

Result<SocialEmergency> ProntoInterventoService::identifyAsNew(qint64 emergencyId, int expectedVersion,
                                                               Person draft, SimilarPersonPolicy policy,
                                                               const Actor &actor)
{
    return identify(emergencyId, expectedVersion, true, actor, [&]() -> Result<qint64> {
        // PersonService refuses a second person with the same fiscal code, and one with the same surname,
        // name and birth date unless the user confirmed: the registry gets no duplicate from an emergency.
        const auto created = m_persons.create(std::move(draft), actor, policy);
        if (!created)
            return created.error();
        return created.value().id;
    });
}

// ---- Handover ---------------------------------------------------------------------------------------------

Status ProntoInterventoService::addHandoverDiary(const SocialEmergency &e, qint64 caseId,
                                                 const QList<qint64> &personIds, const Actor &actor)
{
    DiaryEntry entry;
    entry.caseId = caseId;
    entry.date = officeDate(e.receivedAt);
    entry.kind = DiaryKind::Note;
    entry.personIds = personIds;
    entry.text =
        tr("Pronto intervento sociale (%1, %2): %3.")
            .arg(e.receivedAt.toTimeZone(officeTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 Vocabulary<EmergencyChannel>::label(e.channel), Vocabulary<EmergencyKind>::label(e.kind));
    if (!e.actions.isEmpty())
        entry.text += QLatin1Char('\n') + tr("Actions taken: %1").arg(e.actions);
    if (e.urgentPlacement)
        entry.text += QLatin1Char('\n') + tr("Urgent placement in a facility.");
    if (!e.outcome.isEmpty())
        entry.text += QLatin1Char('\n') + tr("Outcome: %1").arg(e.outcome);
    if (const auto added = m_diary.add(entry, actor); !added)
        return added.error();
    return ok();
}

Status ProntoInterventoService::stillPending(const SocialEmergency &e)
{
    if (e.handedOver())
        return Error{ErrorCode::Duplicate,
                     tr("The emergency was already handed over (case %1).").arg(e.caseNumber),
                     {},
                     {e.caseId}};
    if (e.closed())
        return Error{ErrorCode::Duplicate,
                     tr("The emergency was closed without a handover on %1: %2")
                         .arg(officeDate(e.closedAt).toString(QStringLiteral("dd/MM/yyyy")), e.closeReason),
                     {},
                     {e.id}};
    return ok();
}

Result<SocialEmergency> ProntoInterventoService::loadForHandover(qint64 emergencyId, int expectedVersion,
                                                                 const QDateTime &when, const Actor &actor)
{
    auto loaded = loadForChange(emergencyId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    const SocialEmergency &e = loaded.value();
    if (Status pending = stillPending(e); !pending)
        return pending.error();
    if (when < e.receivedAt)
        return invalid(QStringLiteral("handedOverAt"),
                       tr("The handover cannot come before the emergency was received."));
    if (when > QDateTime::currentDateTimeUtc().addSecs(kClockSlackSecs))
        return invalid(QStringLiteral("handedOverAt"), tr("The handover cannot be in the future."));
    return loaded;
}

Status ProntoInterventoService::recordHandover(const SocialEmergency &e, int expectedVersion, qint64 caseId,
                                               bool caseOpened, const QList<qint64> &involved,
                                               const QDateTime &when, const Actor &actor)
{
    if (Status s = addHandoverDiary(e, caseId, involved, actor); !s)
        return s;
    if (Status s =
            m_repository.markHandedOver(e.id, expectedVersion, caseId, caseOpened, when, actor.userName);
        !s)
        return s;
    return m_audit.record(actor, QStringLiteral("social_emergency_handed_over"),
                          QStringLiteral("social_emergency"), e.id,
                          {{QStringLiteral("case"), caseId},
                           {QStringLiteral("caseOpened"), caseOpened},
                           {QStringLiteral("at"), when.toString(Qt::ISODate)},
                           {QStringLiteral("version"), change(expectedVersion, expectedVersion + 1)}});
}

Result<SocialEmergency> ProntoInterventoService::handOver(qint64 emergencyId, int expectedVersion,
                                                          const QDateTime &at, bool caseOpened,
                                                          const Actor &actor, const HandoverTarget &target)
{
    if (Status allowed = require(actor, Operation::RecordEmergencies); !allowed)
        return allowed.error();
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto loaded = loadForHandover(emergencyId, expectedVersion, when, actor);
    if (!loaded)
        return loaded.error();
    const auto to = target(loaded.value(), when);
    if (!to)
        return to.error();
    if (Status s = recordHandover(loaded.value(), expectedVersion, to.value().caseId, caseOpened,
                                  to.value().involved, when, actor);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(emergencyId, actor);
}

Result<SocialEmergency> ProntoInterventoService::handOverToCase(qint64 emergencyId, int expectedVersion,
                                                                qint64 caseId, const QDateTime &at,
                                                                const Actor &actor)
{
    return handOver(emergencyId, expectedVersion, at, false, actor,
                    [&](const SocialEmergency &e, const QDateTime &) -> Result<HandoverCase> {
                        const auto c = m_cases.getForChange(caseId, actor);
                        if (!c)
                            return c.error();
                        if (Status open = m_cases.requireOpen(c.value()); !open)
                            return open.error();
                        HandoverCase to{caseId, {}};
                        for (const CaseMember &m : c.value().members) {
                            if (m.personId == e.personId)
                                to.involved.append(m.personId);
                        }
                        return to;
                    });
}

Result<SocialEmergency> ProntoInterventoService::handOverToNewCase(qint64 emergencyId, int expectedVersion,
                                                                   Case draft, const QDateTime &at,
                                                                   const Actor &actor)
{
    return handOver(
        emergencyId, expectedVersion, at, true, actor,
        [&](const SocialEmergency &e, const QDateTime &when) -> Result<HandoverCase> {
            if (draft.members.isEmpty()) {
                if (!e.identified())
                    return invalid(
                        QStringLiteral("members"),
                        tr("Identify the person of the emergency before opening a case for them."));
                draft.members = {{e.personId, MemberRole::PrincipalBeneficiary, {}}};
            }
            if (draft.municipalityCode.isEmpty())
                draft.municipalityCode = e.municipalityCode;
            if (!draft.openedOn.isValid())
                draft.openedOn = officeDate(when);
            if (draft.notes.trimmed().isEmpty())
                draft.notes = e.actions;
            if (e.kind == EmergencyKind::Violence)
                draft.restricted = true; // as a violence case opened any other way should be
            const auto opened = m_cases.open(draft, actor);
            if (!opened)
                return opened.error();
            HandoverCase to{opened.value().id, {}};
            if (e.identified())
                to.involved.append(e.personId);
            return to;
        });
}

// ---- The handover limit -----------------------------------------------------------------------------------

Result<int> ProntoInterventoService::storedLimit()
{
    const auto stored = m_repository.setting(kLimitKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int hours = stored.value().toInt(&ok);
    return ok && hours > 0 ? hours : kDefaultHandoverLimitHours;
}

Result<int> ProntoInterventoService::handoverLimitHours(const Actor &actor)
{
    if (!permits(actor, Operation::ReadEmergencies)) {
        if (Status allowed = require(actor, Operation::ManageRota); !allowed)
            return allowed.error();
    }
    return storedLimit();
}

Status ProntoInterventoService::setHandoverLimitHours(int hours, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageRota); !allowed)
        return allowed;
    if (hours < 1 || hours > kMaxLimitHours)
        return invalid(QStringLiteral("hours"),
                       tr("The handover limit is from 1 to %1 hours.").arg(kMaxLimitHours));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = storedLimit();
    if (!before)
        return before.error();
    if (Status s = m_repository.setSetting(kLimitKey, QString::number(hours), actor.userName); !s)
        return s;
    if (Status s = m_audit.record(
            actor, QStringLiteral("office_setting_changed"), QStringLiteral("office_setting"), 0,
            {{QStringLiteral("key"), kLimitKey}, {QStringLiteral("value"), change(before.value(), hours)}});
        !s)
        return s;
    return tx.value()->commit();
}

Result<SocialEmergency> ProntoInterventoService::closeWithoutHandover(qint64 emergencyId, int expectedVersion,
                                                                      const QString &reason,
                                                                      const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordEmergencies); !allowed)
        return allowed.error();
    const QString why = reason.simplified();
    if (why.size() < kMinCloseReasonLength)
        return invalid(QStringLiteral("reason"),
                       tr("Say why the territorial service need not take it up (at least %1 characters).")
                           .arg(kMinCloseReasonLength));
    if (why.size() > 2000)
        return invalid(QStringLiteral("reason"), tr("The reason is at most 2000 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto loaded = loadForChange(emergencyId, expectedVersion, actor);
    if (!loaded)
        return loaded.error();
    const SocialEmergency &e = loaded.value();
    if (Status pending = stillPending(e); !pending)
        return pending.error();
    if (Status s = m_repository.insertClosure(emergencyId, why, actor.userName); !s)
        return s.error();
    // The reason is in the closure; the trail says that and when, never the words.
    if (Status s = m_audit.record(actor, QStringLiteral("social_emergency_closed"),
                                  QStringLiteral("social_emergency"), emergencyId,
                                  {{QStringLiteral("handedOver"), false}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(emergencyId, actor);
}

Result<QList<SocialEmergency>> ProntoInterventoService::overdueHandovers(const QDateTime &asOf,
                                                                         const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadEmergencies); !allowed)
        return allowed.error();
    const QDateTime when = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc();
    const auto limit = storedLimit();
    if (!limit)
        return limit.error();
    // Older than the limit: received strictly before asOf − limit.
    return m_repository.unhanded(when.addSecs(-qint64(limit.value()) * 3600), actor.municipalityCodes);
}

// ---- Figures ----------------------------------------------------------------------------------------------

Result<QList<EmergencyMonthFigures>> ProntoInterventoService::figures(QDate fromMonth, QDate toMonth,
                                                                      const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadEmergencyFigures); !allowed)
        return allowed.error();
    if (!fromMonth.isValid() || !toMonth.isValid() || toMonth < fromMonth)
        return invalid(QStringLiteral("to"), tr("The last month must not come before the first."));
    const QTimeZone zone = officeTimeZone();
    const QDate first(fromMonth.year(), fromMonth.month(), 1);
    const QDate afterLast = QDate(toMonth.year(), toMonth.month(), 1).addMonths(1);
    const QDateTime from = first.startOfDay(zone).toUTC();
    const QDateTime to = afterLast.startOfDay(zone).toUTC();
    const auto rows = m_repository.emergencyTimes(from, to, actor.municipalityCodes);
    if (!rows)
        return rows.error();
    return monthlyFigures(rows.value(), zone);
}

} // namespace cartella::domain
