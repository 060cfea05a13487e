// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/casework.h"
#include "domain/casework/household.h"
#include "domain/kernel/vocabularytable.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<CaseArea, 5> kArea{{{
    {"family_minors", QT_TRANSLATE_NOOP("Vocabulary", "Family and minors")},
    {"disability", QT_TRANSLATE_NOOP("Vocabulary", "Disability")},
    {"elderly", QT_TRANSLATE_NOOP("Vocabulary", "Elderly")},
    {"immigration", QT_TRANSLATE_NOOP("Vocabulary", "Immigration")},
    {"adults", QT_TRANSLATE_NOOP("Vocabulary", "Social hardship / adults")},
}}};

constexpr Table<CaseStatus, 5> kStatus{{{
    {"reception", QT_TRANSLATE_NOOP("Vocabulary", "Reception")},
    {"assessment", QT_TRANSLATE_NOOP("Vocabulary", "Assessment")},
    {"in_charge", QT_TRANSLATE_NOOP("Vocabulary", "Taken in charge")},
    {"suspended", QT_TRANSLATE_NOOP("Vocabulary", "Suspended")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
}}};

constexpr Table<ClosureReason, 7> kClosure{{{
    {"", QT_TRANSLATE_NOOP("Vocabulary", "None")},
    {"goals_reached", QT_TRANSLATE_NOOP("Vocabulary", "Goals reached")},
    {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Transferred")},
    {"deceased", QT_TRANSLATE_NOOP("Vocabulary", "Deceased")},
    {"withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn by the person")},
    {"untraceable", QT_TRANSLATE_NOOP("Vocabulary", "Untraceable")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}}};

constexpr Table<ReferralSource, 8> kReferral{{{
    {"spontaneous", QT_TRANSLATE_NOOP("Vocabulary", "Spontaneous")},
    {"family", QT_TRANSLATE_NOOP("Vocabulary", "Family")},
    {"school", QT_TRANSLATE_NOOP("Vocabulary", "School")},
    {"health", QT_TRANSLATE_NOOP("Vocabulary", "Hospital / health services")},
    {"police", QT_TRANSLATE_NOOP("Vocabulary", "Police")},
    {"judicial", QT_TRANSLATE_NOOP("Vocabulary", "Judicial authority")},
    {"other_service", QT_TRANSLATE_NOOP("Vocabulary", "Another service")},
    {"third_sector", QT_TRANSLATE_NOOP("Vocabulary", "Third sector")},
}}};

constexpr Table<CasePriority, 3> kPriority{{{
    {"normal", QT_TRANSLATE_NOOP("Vocabulary", "Normal")},
    {"high", QT_TRANSLATE_NOOP("Vocabulary", "High")},
    {"urgent", QT_TRANSLATE_NOOP("Vocabulary", "Urgent")},
}}};

constexpr Table<MemberRole, 5> kMemberRole{{{
    {"principal", QT_TRANSLATE_NOOP("Vocabulary", "Principal beneficiary")},
    {"minor", QT_TRANSLATE_NOOP("Vocabulary", "Minor")},
    {"parent", QT_TRANSLATE_NOOP("Vocabulary", "Parent")},
    {"family", QT_TRANSLATE_NOOP("Vocabulary", "Family member")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}}};

constexpr Table<DiaryKind, 6> kDiaryKind{{{
    {"interview", QT_TRANSLATE_NOOP("Vocabulary", "Interview")},
    {"home_visit", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")},
    {"phone_call", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
    {"team_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Team meeting")},
    {"report", QT_TRANSLATE_NOOP("Vocabulary", "Report")},
    {"note", QT_TRANSLATE_NOOP("Vocabulary", "Note")},
}}};

constexpr Table<HouseholdRelation, 10> kRelation{{{
    {"reference", QT_TRANSLATE_NOOP("Vocabulary", "Reference person")},
    {"spouse", QT_TRANSLATE_NOOP("Vocabulary", "Spouse")},
    {"partner", QT_TRANSLATE_NOOP("Vocabulary", "Partner")},
    {"child", QT_TRANSLATE_NOOP("Vocabulary", "Child")},
    {"parent", QT_TRANSLATE_NOOP("Vocabulary", "Parent")},
    {"sibling", QT_TRANSLATE_NOOP("Vocabulary", "Brother or sister")},
    {"grandparent", QT_TRANSLATE_NOOP("Vocabulary", "Grandparent")},
    {"guardian", QT_TRANSLATE_NOOP("Vocabulary", "Guardian")},
    {"foster_carer", QT_TRANSLATE_NOOP("Vocabulary", "Foster carer")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}}};

// Stored in case_events.kind.
constexpr Table<CaseEvent::Kind, 10> kEventKind{{{
    {"opened", QT_TRANSLATE_NOOP("Vocabulary", "Case opened")},
    {"status", QT_TRANSLATE_NOOP("Vocabulary", "Status")},
    {"responsible", QT_TRANSLATE_NOOP("Vocabulary", "Responsible worker")},
    {"member", QT_TRANSLATE_NOOP("Vocabulary", "Person added")},
    {"team", QT_TRANSLATE_NOOP("Vocabulary", "Team")},
    {"plan", QT_TRANSLATE_NOOP("Vocabulary", "Project")},
    {"deadline", QT_TRANSLATE_NOOP("Vocabulary", "Deadline")},
    {"restriction", QT_TRANSLATE_NOOP("Vocabulary", "Restricted")},
    {"emergency_access", QT_TRANSLATE_NOOP("Vocabulary", "Emergency access")},
    {"court_report", QT_TRANSLATE_NOOP("Vocabulary", "Court report")},
}}};

} // namespace

CARTELLA_VOCABULARY(CaseEvent::Kind, kEventKind)
CARTELLA_VOCABULARY(HouseholdRelation, kRelation)
CARTELLA_VOCABULARY(CaseArea, kArea)
CARTELLA_VOCABULARY(CaseStatus, kStatus)
CARTELLA_VOCABULARY(ClosureReason, kClosure)
CARTELLA_VOCABULARY(ReferralSource, kReferral)
CARTELLA_VOCABULARY(CasePriority, kPriority)
CARTELLA_VOCABULARY(MemberRole, kMemberRole)
CARTELLA_VOCABULARY(DiaryKind, kDiaryKind)

} // namespace cartella::domain
