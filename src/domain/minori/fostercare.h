// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace cartella::domain {

// Equipe Affido (foster care, L. 184/1983): the registry of foster families and the placements (affidamenti)
// of the children of a case. See docs/decisions/0016-foster-care.md.

// What a family offers.
enum class FosterAvailability
{
    Residential, // residenziale
    Day,         // diurno
    PartTime,    // part-time
    Weekend,     // fine settimana
    Emergency,   // pronta accoglienza / emergenza
    MotherChild, // mamma-bambino
};

enum class SuitabilityOutcome
{
    Pending,
    Suitable,
    NotSuitable,
};

enum class FosterMemberRole
{
    Carer,   // affidatario / affidataria
    Partner, // the other adult of the household
    Child,   // a child of the family
    Other,
};

enum class PlacementKind
{
    Consensual, // consensuale: made enforceable by the Giudice Tutelare
    Judicial,   // giudiziale: decreed by the Tribunale per i Minorenni
};

enum class PlacementRelation
{
    IntraFamily,  // with relatives (intrafamiliare)
    HeteroFamily, // with another family (eterofamiliare)
};

enum class PlacementSchedule
{
    FullTime,
    PartTime,
};

enum class PlacementSetting
{
    Residential,
    Day,
};

struct FosterFamilyMember
{
    qint64 id = 0;
    qint64 familyId = 0;
    std::optional<qint64> personId; // a person of the registry, when known
    QString name;
    FosterMemberRole role = FosterMemberRole::Carer;
    QDate leftOn; // invalid while in the family
    bool current() const { return !leftOn.isValid(); }
};

struct FosterFamily
{
    static constexpr int kMaxAge = 17;
    static constexpr int kMaxCapacity = 10;

    qint64 id = 0;
    QString name;
    QString street;
    QString municipalityCode; // ISTAT
    QString phone;
    QList<FosterAvailability> availability;
    int minAge = 0;
    int maxAge = kMaxAge;
    int capacity = 1;
    QDate trainedOn;  // the training course completed; invalid if not yet
    QDate assessedOn; // the suitability assessment
    SuitabilityOutcome assessment = SuitabilityOutcome::Pending;
    QString notes;
    QDate withdrawnOn; // invalid while active
    int version = 0;
    QList<FosterFamilyMember> members; // current and former, in the order added
    int currentPlacements = 0;         // read side only

    bool active() const { return !withdrawnOn.isValid(); }
    bool suitable() const { return assessment == SuitabilityOutcome::Suitable; }
    int freePlaces() const { return std::max(0, capacity - currentPlacements); }
};

// An extension of a placement's term by the Tribunale per i Minorenni.
struct PlacementExtension
{
    qint64 id = 0;
    qint64 placementId = 0;
    QString decreeNumber;
    QDate decreeDate;
    QString measureText; // what the court ordered
    QDate previousEndOn;
    QDate newEndOn;
    QDateTime recordedAt;
    QString recordedBy;
};

struct FosterPlacement
{
    static constexpr int kMaxMonths = 24; // L. 184/1983 art. 4 c. 4

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 childPersonId = 0;
    qint64 familyId = 0;
    PlacementKind kind = PlacementKind::Consensual;
    QString measureNumber; // the decree, or the Giudice Tutelare's enforceability
    QDate measureDate;
    QString measureText;
    PlacementRelation relation = PlacementRelation::HeteroFamily;
    PlacementSchedule schedule = PlacementSchedule::FullTime;
    PlacementSetting setting = PlacementSetting::Residential;
    FosterAvailability availability = FosterAvailability::Residential; // what of the family's offer it uses
    QDate startsOn;
    QDate expectedEndOn;
    QString contactArrangements; // rapporti con la famiglia d'origine
    QString childNeeds;
    QString responsibleService;
    QString serviceContact; // phone / e-mail of the service, for the carers
    qint64 responsibleWorkerId = 0;
    QDate endedOn; // invalid while running
    QString endReason;
    int version = 0;
    QList<PlacementExtension> extensions; // oldest first
    QList<qint64> allowanceDeliveryIds;

    // Read side only.
    QString caseNumber;
    QString childName;
    QString familyName;
    QString workerName;

    bool running() const { return !endedOn.isValid(); }
    // The latest day the placement may run to: 24 months from the start, or the latest extension's end.
    QDate limitOn() const
    {
        QDate limit = startsOn.addMonths(kMaxMonths);
        for (const PlacementExtension &e : extensions)
            limit = std::max(limit, e.newEndOn);
        return limit;
    }
};

// What a worker types for a placement.
struct PlacementDraft
{
    qint64 caseId = 0;
    qint64 childPersonId = 0;
    qint64 familyId = 0;
    PlacementKind kind = PlacementKind::Consensual;
    QString measureNumber;
    QDate measureDate;
    QString measureText;
    PlacementRelation relation = PlacementRelation::HeteroFamily;
    PlacementSchedule schedule = PlacementSchedule::FullTime;
    PlacementSetting setting = PlacementSetting::Residential;
    FosterAvailability availability = FosterAvailability::Residential;
    QDate startsOn;
    QDate expectedEndOn;
    QString contactArrangements;
    QString childNeeds;
    QString responsibleService;
    QString serviceContact;
    qint64 responsibleWorkerId = 0; // 0: the case's responsible worker
};

struct ExtensionDraft
{
    QString decreeNumber;
    QDate decreeDate;
    QString measureText;
    QDate newEndOn;
};

// Where a running placement stands against its term, as of a day.
enum class PlacementTermState
{
    Running,     // the term is further than the warning window
    NearingTerm, // within the warning days of its expected end
    PastTerm,    // its expected end has passed and it has not been ended
    PastLimit,   // running beyond 24 months with no extension covering today
    Ended,
};

// A family that fits a child, and why.
struct FamilyMatch
{
    FosterFamily family;
    bool sameComune = false;
    bool sameProvince = false;
    QStringList reasons; // in the user's language
};

// The sheet handed to the foster carers for a placement. It holds what they need and nothing withheld from
// them (see withheldFromCarers()).
struct CarersSheet
{
    qint64 placementId = 0;
    QString caseNumber;
    QString childName;
    QDate childBirthDate;
    QString childNeeds;
    QString familyName;
    PlacementKind kind = PlacementKind::Consensual;
    QDate startsOn;
    QDate expectedEndOn;
    QString contactArrangements;
    QString responsibleService;
    QString serviceContact;
    QString responsibleWorker;
};

// A field of the family of origin that foster carers never see: not on the carers' sheet, not in any export
// meant for them. One list, here, for the domain, the exports and the documentation.
struct WithheldField
{
    QString code;  // "residence", ...
    QString label; // in the user's language
};
QList<WithheldField> withheldFromCarers();

} // namespace cartella::domain
