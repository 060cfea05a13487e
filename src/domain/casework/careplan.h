// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/casework/person.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

enum class ObjectiveStatus
{
    Active,
    Reached,
    Dropped,
};

enum class ActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
};

struct CareObjective
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString title;
    ObjectiveStatus status = ObjectiveStatus::Active;
    int version = 0;
};

// Who does what by when, towards an objective.
struct CareAction
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 objectiveId = 0;
    QString what;
    qint64 ownerWorkerId = 0;
    QString ownerName; // read side only
    QDate dueOn;       // optional
    ActionStatus status = ActionStatus::Planned;
    int version = 0;
};

// A verifica: append-only.
struct CareReview
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDate reviewDate;
    QString outcome;
    QDate nextReviewOn; // optional
    QDateTime recordedAt;
    QString recordedBy;
};

// The progetto individualizzato (PAI) of a case.
struct CarePlan
{
    qint64 caseId = 0;
    QDate plannedEndOn; // optional
    int version = 0;    // 0: nothing recorded yet
    QList<CareObjective> objectives;
    QList<CareAction> actions;
    QList<CareReview> reviews; // newest first
};

enum class DeadlineSource
{
    Manual,
    Action,
    Review,        // the next review date of a verifica
    PlannedEnd,    // the project's planned end
    Loan,          // the oldest unpaid instalment of an honour loan (source id: the delivery)
    MandateTask,   // a task of a court mandate (source id: the task); closed by completing the task
    PlacementTerm, // the expected end of a foster placement (source id: the placement); moved by an
                   // extension, closed by ending the placement
};

// Whether a deadline from this source may be completed by hand in the deadline views. A loan's closes with
// the repayment that settles its instalment, a mandate task's with the task in the mandate, a placement's
// term with the end of the placement.
inline bool completedByHand(DeadlineSource source)
{
    return source != DeadlineSource::Loan && source != DeadlineSource::MandateTask &&
           source != DeadlineSource::PlacementTerm;
}

enum class DeadlineState
{
    Open,
    Done,
    Cancelled,
};

// A scadenza with its owner.
struct Deadline
{
    qint64 id = 0;
    qint64 caseId = 0;
    DeadlineSource source = DeadlineSource::Manual;
    qint64 sourceId = 0;
    QString title;
    QDate dueOn;
    qint64 ownerWorkerId = 0;
    DeadlineState state = DeadlineState::Open;
    QDate closedOn;
    QString closedBy;
    QString createdBy;
    int version = 0;
    QString caseNumber; // read side only
    QString ownerName;  // read side only
};

struct DeadlineQuery
{
    DeadlineQuery() = default;
    DeadlineQuery(std::optional<qint64> owner, std::optional<qint64> ofCase, bool onlyOpen = true,
                  int max = 500)
        : ownerWorkerId(owner), caseId(ofCase), openOnly(onlyOpen), limit(max)
    {}

    std::optional<qint64> ownerWorkerId;
    std::optional<qint64> caseId;
    bool openOnly = true;
    int limit = 500;
    CaseVisibility visibility; // the service fills it from the actor
};

// Where a deadline falls for the "Le mie scadenze" view.
enum class DeadlineBucket
{
    Overdue,
    ThisWeek, // from today to Sunday
    Later,
};

inline DeadlineBucket deadlineBucket(const QDate &dueOn, const QDate &today)
{
    if (dueOn < today)
        return DeadlineBucket::Overdue;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return dueOn <= sunday ? DeadlineBucket::ThisWeek : DeadlineBucket::Later;
}

} // namespace cartella::domain
