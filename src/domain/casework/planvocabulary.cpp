// SPDX-License-Identifier: EUPL-1.2
#include "domain/access/user.h"
#include "domain/casework/careplan.h"
#include "domain/casework/intake.h"
#include "domain/kernel/vocabularytable.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<ContactChannel, 4> kChannel{{{
    {"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
    {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
    {"email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail")},
    {"referral", QT_TRANSLATE_NOOP("Vocabulary", "Referral by another service")},
}}};

constexpr Table<IntakeOutcome, 3> kOutcome{{{
    {"information", QT_TRANSLATE_NOOP("Vocabulary", "Information given")},
    {"referred", QT_TRANSLATE_NOOP("Vocabulary", "Referred to another service")},
    {"case_opened", QT_TRANSLATE_NOOP("Vocabulary", "Case opened")},
}}};

constexpr Table<ObjectiveStatus, 3> kObjective{{{
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    {"reached", QT_TRANSLATE_NOOP("Vocabulary", "Reached")},
    {"dropped", QT_TRANSLATE_NOOP("Vocabulary", "Dropped")},
}}};

constexpr Table<ActionStatus, 4> kAction{{{
    {"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
    {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
}}};

constexpr Table<DeadlineSource, 7> kSource{{{
    {"manual", QT_TRANSLATE_NOOP("Vocabulary", "Added by hand")},
    {"action", QT_TRANSLATE_NOOP("Vocabulary", "Project action")},
    {"review", QT_TRANSLATE_NOOP("Vocabulary", "Project review")},
    {"planned_end", QT_TRANSLATE_NOOP("Vocabulary", "Planned end of the project")},
    {"loan", QT_TRANSLATE_NOOP("Vocabulary", "Honour loan")},
    {"mandate_task", QT_TRANSLATE_NOOP("Vocabulary", "Court mandate")},
    {"placement_term", QT_TRANSLATE_NOOP("Vocabulary", "Term of a foster placement")},
}}};

constexpr Table<DeadlineState, 3> kState{{{
    {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
}}};

constexpr Table<Role, 5> kRole{{{
    {"social_worker", QT_TRANSLATE_NOOP("Vocabulary", "Social worker")},
    {"zone_manager", QT_TRANSLATE_NOOP("Vocabulary", "Zone manager")},
    {"administrative", QT_TRANSLATE_NOOP("Vocabulary", "Administrative officer")},
    {"educator", QT_TRANSLATE_NOOP("Vocabulary", "Educator / psychologist")},
    {"system_admin", QT_TRANSLATE_NOOP("Vocabulary", "System administrator")},
}}};

} // namespace

CARTELLA_VOCABULARY(Role, kRole)
CARTELLA_VOCABULARY(ContactChannel, kChannel)
CARTELLA_VOCABULARY(IntakeOutcome, kOutcome)
CARTELLA_VOCABULARY(ObjectiveStatus, kObjective)
CARTELLA_VOCABULARY(ActionStatus, kAction)
CARTELLA_VOCABULARY(DeadlineSource, kSource)
CARTELLA_VOCABULARY(DeadlineState, kState)

} // namespace cartella::domain
