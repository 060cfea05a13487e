// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/casework/personservice.h"
#include "domain/emergencies/prontointerventorepository.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

#include <functional>

namespace cartella::domain {

// Pronto Intervento Sociale (docs/decisions/0015-pronto-intervento.md): the on-call rota with its gaps in
// cover, the emergency log, the later identification of the person, the handover to the territorial service
// (a case linked or opened, in one transaction), the flag on emergencies not handed over in time, and the
// monthly figures. Not to be confused with EmergencyAccessService, the break-glass access to a case.
//
// Permissions: social workers and the zone manager record and read emergencies (RecordEmergencies,
// ReadEmergencies) and read the rota; the zone manager manages the rota, sets the handover limit and reads
// the figures; the administrative officer reads the rota only. A user serving some Comuni sees only their
// emergencies (as with intake contacts). Every change is audited with ids and codes only.
class ProntoInterventoService
{
    Q_DECLARE_TR_FUNCTIONS(ProntoInterventoService)

public:
    static constexpr int kDefaultHandoverLimitHours = 72;
    static constexpr int kMaxShiftDays = 14; // a longer shift is a typing mistake

    ProntoInterventoService(ProntoInterventoRepository &repository, PersonService &persons,
                            CaseService &cases, DiaryService &diary, TransactionProvider &transactions,
                            Auditor &audit, const PlaceRegistry &places = PlaceRegistry::builtin());

    // ---- Rota ------------------------------------------------------------------------------------------
    Result<OnCallShift> addShift(OnCallShift draft, const Actor &actor);
    // `changed.stamp.version` is the version the user saw; the shift before is kept as a version.
    Result<OnCallShift> changeShift(OnCallShift changed, const Actor &actor);
    Result<OnCallShift> cancelShift(qint64 shiftId, int expectedVersion, const Actor &actor);
    Result<OnCallShift> shift(qint64 shiftId, const Actor &actor);
    // The shifts overlapping [from, to), by start.
    Result<QList<OnCallShift>> shifts(const QDateTime &from, const QDateTime &to, const Actor &actor);
    // Who is on call at `at` (several when shifts overlap).
    Result<QList<OnCallShift>> onCallAt(const QDateTime &at, const Actor &actor);
    // The stretches of [from, to) with nobody on call: what the rota view warns about.
    Result<QList<CoverGap>> gaps(const QDateTime &from, const QDateTime &to, const Actor &actor);
    // The shift's earlier versions, oldest first (the current one is `shift`).
    Result<QList<PisVersion>> shiftHistory(qint64 shiftId, const Actor &actor);

    // ---- Emergencies -----------------------------------------------------------------------------------
    // Field by field, what stops the draft from being recorded (no storage access but the worker check).
    QList<FieldIssue> validate(const SocialEmergency &draft);
    // Records an emergency. With `personId` the person is known and identified at once; without it a
    // description or a provisional name is needed.
    Result<SocialEmergency> record(SocialEmergency draft, const Actor &actor);
    // Corrects or completes what was recorded (times, actions, outcome...); `changed.stamp.version` is the
    // version the user saw. The identification and the handover are not changed here.
    Result<SocialEmergency> update(SocialEmergency changed, const Actor &actor);
    Result<SocialEmergency> get(qint64 emergencyId, const Actor &actor);
    Result<QList<SocialEmergency>> list(EmergencyQuery query, const Actor &actor);
    // The emergency's earlier versions, oldest first.
    Result<QList<PisVersion>> history(qint64 emergencyId, const Actor &actor);

    // Identification: the person of the emergency is a registry person who already exists (no one is
    // created)...
    Result<SocialEmergency> identifyAsExisting(qint64 emergencyId, int expectedVersion, qint64 personId,
                                               const Actor &actor);
    // ...or a new one, registered through PersonService with its duplicate checks: a person with the same
    // fiscal code is refused (Duplicate, relatedIds: who), one with the same surname, name and birth date is
    // refused as PossibleDuplicate unless `policy` is SaveAnyway; the caller then identifies with the
    // existing person. Nothing is saved when refused.
    Result<SocialEmergency> identifyAsNew(qint64 emergencyId, int expectedVersion, Person draft,
                                          SimilarPersonPolicy policy, const Actor &actor);

    // Handover to the territorial service at `at` (now when invalid): to a case the actor sees and that is
    // open. A diary entry in the case tells what happened.
    Result<SocialEmergency> handOverToCase(qint64 emergencyId, int expectedVersion, qint64 caseId,
                                           const QDateTime &at, const Actor &actor);
    // Handover with a case opened from the emergency, all or nothing: the identified person becomes the
    // principal beneficiary (unless `draft.members` says otherwise), the actions the notes and, with the
    // outcome, the first diary entry dated the day received. `draft` gives area, Comune (the emergency's when
    // empty), responsible worker, referral source and priority.
    Result<SocialEmergency> handOverToNewCase(qint64 emergencyId, int expectedVersion, Case draft,
                                              const QDateTime &at, const Actor &actor);

    // Closes an emergency that needs no handover (resolved on the spot, information only), with the reason;
    // once, and never one handed over. It no longer counts as overdue and cannot be handed over afterwards.
    static constexpr int kMinCloseReasonLength = 10;
    Result<SocialEmergency> closeWithoutHandover(qint64 emergencyId, int expectedVersion,
                                                 const QString &reason, const Actor &actor);

    // The emergencies neither handed over nor closed, received more than the limit before `asOf`, oldest
    // first.
    Result<QList<SocialEmergency>> overdueHandovers(const QDateTime &asOf, const Actor &actor);
    Result<int> handoverLimitHours(const Actor &actor);
    Status setHandoverLimitHours(int hours, const Actor &actor);

    // ---- Figures ---------------------------------------------------------------------------------------
    // Per month (office time) and Comune, for the months from `fromMonth` to `toMonth` (any day of each).
    Result<QList<EmergencyMonthFigures>> figures(QDate fromMonth, QDate toMonth, const Actor &actor);

private:
    Status checkShift(OnCallShift &draft);
    // Refuses (Duplicate) an emergency already handed over or closed without a handover.
    static Status stillPending(const SocialEmergency &e);
    QList<FieldIssue> normalise(SocialEmergency &draft);
    Result<SocialEmergency> loadForChange(qint64 emergencyId, int expectedVersion, const Actor &actor);
    // The emergency, at the version read, if it may be handed over at `when`.
    Result<SocialEmergency> loadForHandover(qint64 emergencyId, int expectedVersion, const QDateTime &when,
                                            const Actor &actor);
    // An identification: permission, one transaction, the emergency not yet identified, the person `person`
    // finds or creates, the emergency marked identified, the audit record, and the emergency read back.
    Result<SocialEmergency> identify(qint64 emergencyId, int expectedVersion, bool newPerson,
                                     const Actor &actor, const std::function<Result<qint64>()> &person);
    // The case an emergency is handed over to, and the persons the handover's diary entry involves.
    struct HandoverCase
    {
        qint64 caseId = 0;
        QList<qint64> involved;
    };
    using HandoverTarget =
        std::function<Result<HandoverCase>(const SocialEmergency &e, const QDateTime &when)>;
    // A handover: permission, one transaction, the emergency still to hand over at `at` (now if invalid), the
    // case `target` finds or opens for it, the record of the handover, and the emergency read back.
    Result<SocialEmergency> handOver(qint64 emergencyId, int expectedVersion, const QDateTime &at,
                                     bool caseOpened, const Actor &actor, const HandoverTarget &target);
    // The diary entry in the case, the emergency marked handed over, and the audit record.
    Status recordHandover(const SocialEmergency &e, int expectedVersion, qint64 caseId, bool caseOpened,
                          const QList<qint64> &involved, const QDateTime &when, const Actor &actor);
    Result<int> storedLimit();
    Status addHandoverDiary(const SocialEmergency &e, qint64 caseId, const QList<qint64> &personIds,
                            const Actor &actor);
    bool serves(const Actor &actor, const QString &municipalityCode) const;
    // Without the number of a linked case the actor may not see.
    SocialEmergency readable(SocialEmergency e, const Actor &actor);

    ProntoInterventoRepository &m_repository;
    PersonService &m_persons;
    CaseService &m_cases;
    DiaryService &m_diary;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
    const PlaceRegistry &m_places;
};

} // namespace cartella::domain
