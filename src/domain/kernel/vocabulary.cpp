// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/vocabularytable.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<Sex, 3> kSex{{{
    {"", QT_TRANSLATE_NOOP("Vocabulary", "Not specified")},
    {"M", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
    {"F", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
}}};

constexpr Table<MaritalStatus, 7> kMarital{{{
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
    {"single", QT_TRANSLATE_NOOP("Vocabulary", "Single")},
    {"married", QT_TRANSLATE_NOOP("Vocabulary", "Married")},
    {"civil_union", QT_TRANSLATE_NOOP("Vocabulary", "Civil union")},
    {"separated", QT_TRANSLATE_NOOP("Vocabulary", "Separated")},
    {"divorced", QT_TRANSLATE_NOOP("Vocabulary", "Divorced")},
    {"widowed", QT_TRANSLATE_NOOP("Vocabulary", "Widowed")},
}}};

constexpr Table<EducationLevel, 7> kEducation{{{
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No formal education")},
    {"primary", QT_TRANSLATE_NOOP("Vocabulary", "Primary school")},
    {"lower_secondary", QT_TRANSLATE_NOOP("Vocabulary", "Lower secondary school")},
    {"vocational", QT_TRANSLATE_NOOP("Vocabulary", "Vocational qualification")},
    {"upper_secondary", QT_TRANSLATE_NOOP("Vocabulary", "Upper secondary diploma")},
    {"degree", QT_TRANSLATE_NOOP("Vocabulary", "University degree")},
}}};

constexpr Table<EmploymentStatus, 9> kEmployment{{{
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
    {"employed", QT_TRANSLATE_NOOP("Vocabulary", "Employed")},
    {"unemployed", QT_TRANSLATE_NOOP("Vocabulary", "Unemployed")},
    {"first_job_seeker", QT_TRANSLATE_NOOP("Vocabulary", "Looking for a first job")},
    {"student", QT_TRANSLATE_NOOP("Vocabulary", "Student")},
    {"retired", QT_TRANSLATE_NOOP("Vocabulary", "Retired")},
    {"homemaker", QT_TRANSLATE_NOOP("Vocabulary", "Homemaker")},
    {"unable_to_work", QT_TRANSLATE_NOOP("Vocabulary", "Unable to work")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}}};

} // namespace

CARTELLA_VOCABULARY(Sex, kSex)
CARTELLA_VOCABULARY(MaritalStatus, kMarital)
CARTELLA_VOCABULARY(EducationLevel, kEducation)
CARTELLA_VOCABULARY(EmploymentStatus, kEmployment)

} // namespace cartella::domain
