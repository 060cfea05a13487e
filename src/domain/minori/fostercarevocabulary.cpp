// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/vocabularytable.h"
#include "domain/minori/fostercare.h"

#include <QCoreApplication>

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<FosterAvailability, 6> kAvailability{{{
    {"residential", QT_TRANSLATE_NOOP("Vocabulary", "Residential")},
    {"day", QT_TRANSLATE_NOOP("Vocabulary", "Day care")},
    {"part_time", QT_TRANSLATE_NOOP("Vocabulary", "Part time")},
    {"weekend", QT_TRANSLATE_NOOP("Vocabulary", "Weekends")},
    {"emergency", QT_TRANSLATE_NOOP("Vocabulary", "Emergency")},
    {"mother_child", QT_TRANSLATE_NOOP("Vocabulary", "Mother and child")},
}}};

constexpr Table<SuitabilityOutcome, 3> kSuitability{{{
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Not assessed yet")},
    {"suitable", QT_TRANSLATE_NOOP("Vocabulary", "Suitable")},
    {"not_suitable", QT_TRANSLATE_NOOP("Vocabulary", "Not suitable")},
}}};

constexpr Table<FosterMemberRole, 4> kMemberRole{{{
    {"carer", QT_TRANSLATE_NOOP("Vocabulary", "Carer")},
    {"partner", QT_TRANSLATE_NOOP("Vocabulary", "Partner")},
    {"child", QT_TRANSLATE_NOOP("Vocabulary", "Child of the family")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}}};

constexpr Table<PlacementKind, 2> kKind{{{
    {"consensual", QT_TRANSLATE_NOOP("Vocabulary", "Consensual (Giudice Tutelare)")},
    {"judicial", QT_TRANSLATE_NOOP("Vocabulary", "Judicial (Tribunale per i Minorenni)")},
}}};

constexpr Table<PlacementRelation, 2> kRelation{{{
    {"intra_family", QT_TRANSLATE_NOOP("Vocabulary", "With relatives")},
    {"hetero_family", QT_TRANSLATE_NOOP("Vocabulary", "With another family")},
}}};

constexpr Table<PlacementSchedule, 2> kSchedule{{{
    {"full_time", QT_TRANSLATE_NOOP("Vocabulary", "Full time")},
    {"part_time", QT_TRANSLATE_NOOP("Vocabulary", "Part time")},
}}};

constexpr Table<PlacementSetting, 2> kSetting{{{
    {"residential", QT_TRANSLATE_NOOP("Vocabulary", "Residential")},
    {"day", QT_TRANSLATE_NOOP("Vocabulary", "Day")},
}}};

} // namespace

CARTELLA_VOCABULARY(FosterAvailability, kAvailability)
CARTELLA_VOCABULARY(SuitabilityOutcome, kSuitability)
CARTELLA_VOCABULARY(FosterMemberRole, kMemberRole)
CARTELLA_VOCABULARY(PlacementKind, kKind)
CARTELLA_VOCABULARY(PlacementRelation, kRelation)
CARTELLA_VOCABULARY(PlacementSchedule, kSchedule)
CARTELLA_VOCABULARY(PlacementSetting, kSetting)

QList<WithheldField> withheldFromCarers()
{
    // The family of origin (every member of the case but the child) and the child's own residence, which is
    // the family of origin's address.
    return {
        {QStringLiteral("origin.residence"),
         QCoreApplication::translate("Vocabulary", "Residence of the family of origin")},
        {QStringLiteral("origin.domicile"),
         QCoreApplication::translate("Vocabulary", "Domicile of the family of origin")},
        {QStringLiteral("origin.phone"),
         QCoreApplication::translate("Vocabulary", "Phone of the family of origin")},
        {QStringLiteral("origin.email"),
         QCoreApplication::translate("Vocabulary", "E-mail of the family of origin")},
        {QStringLiteral("child.residence"),
         QCoreApplication::translate("Vocabulary", "The child's residence")},
        {QStringLiteral("child.domicile"), QCoreApplication::translate("Vocabulary", "The child's domicile")},
    };
}

} // namespace cartella::domain
