// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplan.h"
#include "domain/kernel/result.h"

#include <optional>

namespace cartella::domain {

// Storage of the individual project (PAI) of each case. Runs inside the caller's transaction.
class CarePlanRepository
{
public:
    virtual ~CarePlanRepository() = default;

    virtual Result<CarePlan> plan(qint64 caseId) = 0;
    // Creates the plan row at version 1 (expectedVersion 0) or moves it on; refuses a stale version.
    virtual Status savePlannedEnd(qint64 caseId, int expectedVersion, const QDate &plannedEndOn,
                                  const QString &userName) = 0;

    virtual Result<qint64> insertObjective(const CareObjective &objective, const QString &userName) = 0;
    virtual Status updateObjective(const CareObjective &objective, const QString &userName) = 0;
    virtual Result<std::optional<CareObjective>> findObjective(qint64 id) = 0;

    virtual Result<qint64> insertAction(const CareAction &action, const QString &userName) = 0;
    // Writes what, owner, due date and status; refuses a stale version.
    virtual Status updateAction(const CareAction &action, const QString &userName) = 0;
    virtual Result<std::optional<CareAction>> findAction(qint64 id) = 0;

    virtual Result<qint64> insertReview(const CareReview &review, const QString &userName) = 0;
};

// Storage of deadlines (scadenze). Runs inside the caller's transaction.
class DeadlineRepository
{
public:
    virtual ~DeadlineRepository() = default;

    virtual Result<qint64> insertDeadline(const Deadline &deadline, const QString &userName) = 0;
    // Moves an open deadline's title, date and owner; refuses a stale version.
    virtual Status updateDeadline(const Deadline &deadline) = 0;
    // Closes one open deadline as done or cancelled; refuses a stale version.
    virtual Status closeDeadline(qint64 id, int expectedVersion, DeadlineState state,
                                 const QString &userName) = 0;
    // Closes the open deadline of a derived source, if any.
    virtual Status closeDeadlineOf(DeadlineSource source, qint64 sourceId, DeadlineState state,
                                   const QString &userName) = 0;
    // Gives the open review, planned-end, honour-loan and mandate-task deadlines of a case owned by `from` to
    // `to`.
    virtual Status moveResponsibleDeadlines(qint64 caseId, qint64 from, qint64 to) = 0;
    virtual Result<std::optional<Deadline>> findDeadline(qint64 id) = 0;
    virtual Result<std::optional<Deadline>> openDeadlineOf(DeadlineSource source, qint64 sourceId) = 0;
    // Ordered by due date, then id. Lists by owner or of everyone leave closed cases out; a case's own list
    // keeps them.
    virtual Result<QList<Deadline>> listDeadlines(const DeadlineQuery &query) = 0;
    // Open deadlines due before `today`, of the query's owner (or everyone) and within its visibility.
    virtual Result<qint64> countOverdue(const DeadlineQuery &query, const QDate &today) = 0;
};

} // namespace cartella::domain
