// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanrepository.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/personrepository.h"
#include "domain/kernel/transaction.h"
#include "domain/minori/fostercarerepository.h"
#include "domain/services/deliveryservice.h"
#include "domain/services/servicerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Equipe Affido (foster care, L. 184/1983).
//   families    the registry: who they are, what they offer (availability, ages, capacity), their training
//   and
//               suitability assessment; withdrawn, never deleted; each change keeps the earlier version
//   placements  a child of a case with a family: consensuale or giudiziale (with the measure), intra- or
//               eterofamiliare, full or part time, residential or day, start and expected end; at most 24
//               months unless the Tribunale per i Minorenni extends it (each extension recorded with its
//               decree). The expected end is an open deadline of the responsible worker (source
//               "placement_term"): it moves with an extension and is done when the placement ends, never by
//               hand. The service is warned a configurable number of days ahead (office_settings
//               'foster_term_warning_days', 90 by default, set by the zone manager).
//   allowance   the monthly foster allowance is a service delivery of 'contributo_affido', requested through
//               DeliveryService: approved, committed and paid as any economic aid.
//   carers      the carers' sheet holds nothing of withheldFromCarers().
// Every change is one transaction with its audit record (ids, codes, dates only).
class FosterCareService
{
    Q_DECLARE_TR_FUNCTIONS(FosterCareService)

public:
    static constexpr int kDefaultWarningDays = 90;
    static constexpr int kMaxWarningDays = 365;
    static inline const QString kAllowanceCode = QStringLiteral("contributo_affido");

    FosterCareService(FosterCareRepository &fosterCare, PersonRepository &persons,
                      DeadlineRepository &deadlines, ServiceRepository &services, CaseService &cases,
                      DeliveryService &deliveries, TransactionProvider &transactions, Auditor &audit);

    // Families.
    Result<FosterFamily> createFamily(const FosterFamily &draft, const Actor &actor);
    // Everything but the members; `changed.version` is the version read.
    Result<FosterFamily> updateFamily(const FosterFamily &changed, const Actor &actor);
    Result<FosterFamily> withdrawFamily(qint64 familyId, int expectedVersion, const QDate &on,
                                        const Actor &actor);
    Result<FosterFamily> addMember(qint64 familyId, const FosterFamilyMember &member, const Actor &actor);
    Result<FosterFamily> memberLeft(qint64 familyId, qint64 memberId, const QDate &on, const Actor &actor);
    Result<FosterFamily> family(qint64 familyId, const Actor &actor);
    Result<QList<FosterFamily>> families(bool activeOnly, const Actor &actor);
    // Active, suitable families whose ages fit the child's age today, that offer `availability`, with a free
    // place: those of `municipalityCode` first, then of its province, then the others.
    Result<QList<FamilyMatch>> matchFamilies(int childAge, FosterAvailability availability,
                                             const QString &municipalityCode, const Actor &actor);
    Result<QList<FamilyMatch>> matchFamilies(const QDate &childBirthDate, FosterAvailability availability,
                                             const QString &municipalityCode, const Actor &actor);

    // Placements.
    Result<FosterPlacement> startPlacement(const PlacementDraft &draft, const Actor &actor);
    // The measure, expected end (within the limit), contact arrangements, needs, service and worker.
    Result<FosterPlacement> updatePlacement(qint64 placementId, int expectedVersion,
                                            const PlacementDraft &changed, const Actor &actor);
    // The Tribunale per i Minorenni's extension: the new expected end.
    Result<FosterPlacement> extend(qint64 placementId, int expectedVersion, const ExtensionDraft &extension,
                                   const Actor &actor);
    Result<FosterPlacement> endPlacement(qint64 placementId, int expectedVersion, const QDate &on,
                                         const QString &reason, const Actor &actor);
    Result<FosterPlacement> placement(qint64 placementId, const Actor &actor);
    // Running placements (or all) of the cases the actor sees.
    Result<QList<FosterPlacement>> placements(bool runningOnly, const Actor &actor);
    Result<QList<FosterPlacement>> placementsOfFamily(qint64 familyId, const Actor &actor);
    // Running placements whose expected end is within the warning days of `asOf`, or past; by expected end.
    Result<QList<FosterPlacement>> nearingTerm(const QDate &asOf, const Actor &actor);
    // Running placements beyond 24 months from their start with no extension covering `asOf`.
    Result<QList<FosterPlacement>> pastLimitWithoutExtension(const QDate &asOf, const Actor &actor);

    // The monthly foster allowance from `startsOn` to `endsOn` (the placement's expected end when invalid),
    // requested for the child on the placement's case; then approved and paid as any economic aid.
    Result<ServiceDelivery> requestAllowance(qint64 placementId, qint64 monthlyCents, const QDate &startsOn,
                                             const QDate &endsOn, const Actor &actor);
    // The sheet for the carers (audited as an export).
    Result<CarersSheet> carersSheet(qint64 placementId, const Actor &actor);

    Result<int> warningDays(const Actor &actor);
    Result<int> setWarningDays(int days, const Actor &actor);

    // Pure rules, for the forms to check as the user types.
    static PlacementTermState termState(const FosterPlacement &placement, const QDate &asOf, int warningDays);
    static Status validateTerm(const QDate &startsOn, const QDate &expectedEndOn, const QDate &limitOn);
    static int ageOn(const QDate &birthDate, const QDate &day);
    // The deadline's title for a placement.
    static QString deadlineTitle(const FosterPlacement &placement);

private:
    Status validateFamily(const FosterFamily &family) const;
    Status validatePlacement(const PlacementDraft &draft, const QDate &limitOn) const;
    Result<FosterFamily> reloadFamily(qint64 familyId);
    Result<FosterPlacement> reloadPlacement(qint64 placementId);
    // The running placement at `expectedVersion`, on an open case the actor may change.
    Result<FosterPlacement> placementForChange(qint64 placementId, int expectedVersion, const Actor &actor,
                                               Case *ofCase = nullptr);
    Result<QList<FosterPlacement>> visiblePlacements(PlacementQuery query, const Actor &actor);
    // Puts the placement's open deadline in step: created, moved, or closed as done.
    Status syncDeadline(const FosterPlacement &placement, const Actor &actor);
    Result<int> storedWarningDays();

    FosterCareRepository &m_fosterCare;
    PersonRepository &m_persons;
    DeadlineRepository &m_deadlines;
    ServiceRepository &m_services;
    CaseService &m_cases;
    DeliveryService &m_deliveries;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
