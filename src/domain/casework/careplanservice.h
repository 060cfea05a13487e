// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanrepository.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// The individual project (PAI) of a case: objectives, actions (who, what, by when) and reviews. Actions with
// a date, the next review and the planned end become deadlines of their owner, and follow them: a done action
// closes its deadline, a new review closes the previous review's. Every change is in the case history.
class CarePlanService
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanService)

public:
    CarePlanService(CarePlanRepository &plans, DeadlineRepository &deadlines, CaseService &cases,
                    TransactionProvider &transactions, Auditor &audit);

    Result<CarePlan> plan(qint64 caseId, const Actor &actor);
    // `expectedVersion`: the plan version the user saw (0 before anything was recorded).
    Result<CarePlan> setPlannedEnd(qint64 caseId, int expectedVersion, const QDate &plannedEndOn,
                                   const Actor &actor);
    Result<CarePlan> addObjective(qint64 caseId, const QString &title, const Actor &actor);
    // Reaching or dropping an objective cancels its open actions and their deadlines.
    Result<CarePlan> setObjectiveStatus(qint64 objectiveId, int expectedVersion, ObjectiveStatus status,
                                        const Actor &actor);
    Result<CarePlan> addAction(CareAction draft, const Actor &actor);
    // Changes what, owner, due date and status of an action; `changed.version` is the version the user saw.
    Result<CarePlan> updateAction(CareAction changed, const Actor &actor);
    Result<CarePlan> addReview(CareReview draft, const Actor &actor);

private:
    // The case, if it exists and is not closed.
    Result<Case> openCase(qint64 caseId, const Actor &actor);
    // Makes the open deadline of a derived source say `title`, `dueOn` and `owner`, creating or cancelling
    // it.
    Status syncDeadline(qint64 caseId, DeadlineSource source, qint64 sourceId, const QString &title,
                        const QDate &dueOn, qint64 ownerWorkerId, const Actor &actor);
    Status history(qint64 caseId, const QString &what, const QString &words, const Actor &actor);

    CarePlanRepository &m_plans;
    DeadlineRepository &m_deadlines;
    CaseService &m_cases;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
