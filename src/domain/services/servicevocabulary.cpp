// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/vocabularytable.h"
#include "domain/services/budget.h"
#include "domain/services/services.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<ServiceKind, 6> kKind{{{
    {"service", QT_TRANSLATE_NOOP("Vocabulary", "Service")},
    {"economic_aid", QT_TRANSLATE_NOOP("Vocabulary", "Economic aid")},
    {"loan", QT_TRANSLATE_NOOP("Vocabulary", "Honour loan")},
    {"inclusion", QT_TRANSLATE_NOOP("Vocabulary", "Social inclusion path (PIS)")},
    {"work_placement", QT_TRANSLATE_NOOP("Vocabulary", "Work placement")},
    {"facility", QT_TRANSLATE_NOOP("Vocabulary", "Facility")},
}}};

constexpr Table<ServiceArea, 4> kArea{{{
    {"", QT_TRANSLATE_NOOP("Vocabulary", "From the case")},
    {"family_minors", QT_TRANSLATE_NOOP("Vocabulary", "Families and minors")},
    {"disability", QT_TRANSLATE_NOOP("Vocabulary", "Disability and dependency")},
    {"poverty", QT_TRANSLATE_NOOP("Vocabulary", "Poverty and social exclusion")},
}}};

constexpr Table<MeansTest, 4> kMeansTest{{{
    {"isee", QT_TRANSLATE_NOOP("Vocabulary", "ISEE")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other means test")},
    {"isee_exempt", QT_TRANSLATE_NOOP("Vocabulary", "Exempt from ISEE")},
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No means test")},
}}};

constexpr Table<DeliveryStatus, 6> kStatus{{{
    {"requested", QT_TRANSLATE_NOOP("Vocabulary", "Requested")},
    {"approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {"concluded", QT_TRANSLATE_NOOP("Vocabulary", "Concluded")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
}}};

constexpr Table<ProviderKind, 4> kProvider{{{
    {"comune", QT_TRANSLATE_NOOP("Vocabulary", "Comune")},
    {"cooperative", QT_TRANSLATE_NOOP("Vocabulary", "Cooperative")},
    {"association", QT_TRANSLATE_NOOP("Vocabulary", "Association")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other provider")},
}}};

constexpr Table<MovementKind, 6> kMovement{{{
    {"allocation", QT_TRANSLATE_NOOP("Vocabulary", "Allocation")},
    {"commitment", QT_TRANSLATE_NOOP("Vocabulary", "Commitment")},
    {"payment", QT_TRANSLATE_NOOP("Vocabulary", "Payment")},
    {"release", QT_TRANSLATE_NOOP("Vocabulary", "Release")},
    {"override", QT_TRANSLATE_NOOP("Vocabulary", "Authorised overspend")},
    {"write_off", QT_TRANSLATE_NOOP("Vocabulary", "Loan write-off")},
}}};

} // namespace

CARTELLA_VOCABULARY(ServiceKind, kKind)
CARTELLA_VOCABULARY(ServiceArea, kArea)
CARTELLA_VOCABULARY(MeansTest, kMeansTest)
CARTELLA_VOCABULARY(DeliveryStatus, kStatus)
CARTELLA_VOCABULARY(ProviderKind, kProvider)
CARTELLA_VOCABULARY(MovementKind, kMovement)

} // namespace cartella::domain
