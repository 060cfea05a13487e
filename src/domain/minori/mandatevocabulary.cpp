// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/vocabularytable.h"
#include "domain/minori/mandate.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<MandateAuthority, 4> kAuthority{{{
    {"juvenile_court", QT_TRANSLATE_NOOP("Vocabulary", "Juvenile court (Tribunale per i Minorenni)")},
    {"juvenile_prosecutor", QT_TRANSLATE_NOOP("Vocabulary", "Public prosecutor at the juvenile court")},
    {"guardianship_judge", QT_TRANSLATE_NOOP("Vocabulary", "Guardianship judge (Giudice Tutelare)")},
    {"ordinary_court", QT_TRANSLATE_NOOP("Vocabulary", "Ordinary court (Tribunale Ordinario)")},
}}};

constexpr Table<MandateMeasure, 9> kMeasure{{{
    {"custody_to_service", QT_TRANSLATE_NOOP("Vocabulary", "Custody to the social service")},
    {"community_placement", QT_TRANSLATE_NOOP("Vocabulary", "Placement in a community")},
    {"foster_care", QT_TRANSLATE_NOOP("Vocabulary", "Foster care")},
    {"supervision", QT_TRANSLATE_NOOP("Vocabulary", "Supervision")},
    {"parental_responsibility_limited", QT_TRANSLATE_NOOP("Vocabulary", "Parental responsibility limited")},
    {"parental_responsibility_suspended",
     QT_TRANSLATE_NOOP("Vocabulary", "Parental responsibility suspended")},
    {"parental_responsibility_revoked", QT_TRANSLATE_NOOP("Vocabulary", "Loss of parental responsibility")},
    {"emergency_removal", QT_TRANSLATE_NOOP("Vocabulary", "Emergency removal (art. 403 c.c.)")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other measure")},
}}};

constexpr Table<MandateTaskKind, 8> kTaskKind{{{
    {"psychosocial_assessment", QT_TRANSLATE_NOOP("Vocabulary", "Psycho-social assessment")},
    {"observation", QT_TRANSLATE_NOOP("Vocabulary", "Observation")},
    {"diagnostic_therapeutic", QT_TRANSLATE_NOOP("Vocabulary", "Diagnostic or therapeutic path")},
    {"individual_education_plan", QT_TRANSLATE_NOOP("Vocabulary", "Individual education plan")},
    {"probation", QT_TRANSLATE_NOOP("Vocabulary", "Probation (messa alla prova)")},
    {"network_work", QT_TRANSLATE_NOOP("Vocabulary", "Network work")},
    {"monitoring", QT_TRANSLATE_NOOP("Vocabulary", "Monitoring and evaluation")},
    {"periodic_report", QT_TRANSLATE_NOOP("Vocabulary", "Periodic report to the authority")},
}}};

constexpr Table<ProbationOutcome, 3> kOutcome{{{
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Under way")},
    {"positive", QT_TRANSLATE_NOOP("Vocabulary", "Positive: offence extinguished")},
    {"negative", QT_TRANSLATE_NOOP("Vocabulary", "Negative")},
}}};

} // namespace

CARTELLA_VOCABULARY(MandateAuthority, kAuthority)
CARTELLA_VOCABULARY(MandateMeasure, kMeasure)
CARTELLA_VOCABULARY(MandateTaskKind, kTaskKind)
CARTELLA_VOCABULARY(ProbationOutcome, kOutcome)

} // namespace cartella::domain
