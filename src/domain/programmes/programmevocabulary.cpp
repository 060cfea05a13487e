// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/vocabularytable.h"
#include "domain/programmes/programme.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<ProgrammeStatus, 2> kStatus{{{
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
}}};

constexpr Table<ProgrammeTeamRole, 6> kTeamRole{{{
    {"coordinator", QT_TRANSLATE_NOOP("Vocabulary", "Coordinator")},
    {"social_worker", QT_TRANSLATE_NOOP("Vocabulary", "Social worker")},
    {"educator", QT_TRANSLATE_NOOP("Vocabulary", "Educator")},
    {"psychologist", QT_TRANSLATE_NOOP("Vocabulary", "Psychologist")},
    {"mediator", QT_TRANSLATE_NOOP("Vocabulary", "Mediator")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other role")},
}}};

constexpr Table<LeaveReason, 6> kLeaveReason{{{
    {"completed", QT_TRANSLATE_NOOP("Vocabulary", "Path completed")},
    {"withdrew", QT_TRANSLATE_NOOP("Vocabulary", "Withdrew")},
    {"moved", QT_TRANSLATE_NOOP("Vocabulary", "Moved away")},
    {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Transferred to another service")},
    {"programme_ended", QT_TRANSLATE_NOOP("Vocabulary", "Project ended")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other reason")},
}}};

} // namespace

CARTELLA_VOCABULARY(ProgrammeStatus, kStatus)
CARTELLA_VOCABULARY(ProgrammeTeamRole, kTeamRole)
CARTELLA_VOCABULARY(LeaveReason, kLeaveReason)

} // namespace cartella::domain
