// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

// Tutela Minori: a court's decree (decreto / provvedimento) addressed to the service, with the measures it
// orders and the tasks it gives the service, each by a due date. See docs/decisions/0014-court-mandates.md.

enum class MandateAuthority
{
    JuvenileCourt,      // Tribunale per i Minorenni
    JuvenileProsecutor, // Procura della Repubblica presso il Tribunale per i Minorenni
    GuardianshipJudge,  // Giudice Tutelare
    OrdinaryCourt,      // Tribunale Ordinario
};

enum class MandateMeasure
{
    CustodyToService,              // affidamento al servizio sociale
    CommunityPlacement,            // collocamento in comunità
    FosterCare,                    // affido familiare
    Supervision,                   // vigilanza
    ParentalResponsibilityLimited, // limitazione della responsabilità genitoriale
    ParentalResponsibilitySuspended,
    ParentalResponsibilityRevoked, // decadenza
    EmergencyRemoval,              // art. 403 c.c. allontanamento d'urgenza
    Other,                         // described in `otherMeasure`
};

enum class MandateTaskKind
{
    PsychosocialAssessment, // indagine psico-sociale
    Observation,            // osservazione (domicilio, scuola, altri contesti)
    DiagnosticTherapeutic,  // percorso diagnostico / terapeutico
    IndividualEducationPlan,
    Probation, // messa alla prova (DPR 448/1988 art. 28)
    NetworkWork,
    Monitoring,
    PeriodicReport, // relazione periodica all'autorità
};

enum class ProbationOutcome
{
    Pending,
    Positive, // the offence is extinguished (art. 29)
    Negative,
};

// One change of a task's due date, kept for good.
struct DueDateChange
{
    QDate fromDate;
    QDate toDate;
    QString reason;
    QDateTime at;
    QString by;
};

// Messa alla prova: the trial is suspended for the period while the minor follows the project agreed with the
// juvenile justice services (USSM); the outcome ends it.
struct Probation
{
    static constexpr int kMaxYears = 1;
    static constexpr int kMaxYearsGravest = 3; // for the offences punished most severely

    qint64 taskId = 0;
    QDate startsOn;
    QDate endsOn;
    bool gravestOffence = false;
    QString project; // agreed with the USSM
    ProbationOutcome outcome = ProbationOutcome::Pending;
    QDate outcomeOn;
    QString outcomeBy;
    int version = 0;
};

struct MandateTask
{
    qint64 id = 0;
    qint64 mandateId = 0;
    MandateTaskKind kind = MandateTaskKind::PsychosocialAssessment;
    QString description; // optional: what exactly, where
    QDate dueOn;
    QDate completedOn; // invalid while open
    QString completedBy;
    int version = 0;
    QList<DueDateChange> dueChanges; // oldest first
    std::optional<Probation> probation;

    bool open() const { return !completedOn.isValid(); }
};

struct CourtMandate
{
    qint64 id = 0;
    qint64 caseId = 0;
    MandateAuthority authority = MandateAuthority::JuvenileCourt;
    QString decreeNumber;
    QDate decreeDate;
    QList<MandateMeasure> measures;
    QString otherMeasure; // what "other" stands for
    QDateTime createdAt;
    QString createdBy;
    int version = 0;
    QList<MandateTask> tasks; // by due date
    QString caseNumber;       // read side only
};

struct MandateTaskDraft
{
    MandateTaskKind kind = MandateTaskKind::PsychosocialAssessment;
    QString description;
    QDate dueOn;
};

// What the worker types for a decree. `tasks` are used when recording only.
struct MandateDraft
{
    qint64 caseId = 0;
    MandateAuthority authority = MandateAuthority::JuvenileCourt;
    QString decreeNumber;
    QDate decreeDate;
    QList<MandateMeasure> measures;
    QString otherMeasure;
    QList<MandateTaskDraft> tasks;
};

struct ProbationDraft
{
    QDate startsOn;
    QDate endsOn;
    bool gravestOffence = false;
    QString project;
};

// A mandate task whose due date falls within its reminder window (or is past) as of a day.
struct MandateReminder
{
    qint64 taskId = 0;
    qint64 mandateId = 0;
    qint64 caseId = 0;
    qint64 deadlineId = 0;
    qint64 ownerWorkerId = 0;
    MandateTaskKind kind = MandateTaskKind::PsychosocialAssessment;
    MandateAuthority authority = MandateAuthority::JuvenileCourt;
    QString decreeNumber;
    QString caseNumber;
    QDate dueOn;
    int daysLeft = 0;     // negative when overdue
    int reminderDays = 0; // the window it is in: the smallest configured lead ≥ daysLeft; 0 when overdue
};

// The query behind the reminders: filled by the service (visibility, the widest lead).
struct MandateReminderQuery
{
    QDate asOf;
    QDate dueBy; // asOf + the widest reminder lead
    std::optional<qint64> ownerWorkerId;
    CaseVisibility visibility;
};

} // namespace cartella::domain
