// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/careplanservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

namespace cartella::domain {

CarePlanService::CarePlanService(CarePlanRepository &plans, DeadlineRepository &deadlines, CaseService &cases,
                                 TransactionProvider &transactions, Auditor &audit)
    : m_plans(plans), m_deadlines(deadlines), m_cases(cases), m_transactions(transactions), m_audit(audit)
{}

Result<CarePlan> CarePlanService::plan(qint64 caseId, const Actor &actor)
{
    if (auto c = m_cases.get(caseId, actor); !c) // answers "does not exist" for a case the actor may not see
        return c.error();
    if (Status allowed = require(actor, Operation::ReadCaseContent); !allowed)
        return allowed.error();
    return m_plans.plan(caseId);
}

Result<Case> CarePlanService::openCase(qint64 caseId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditProject); !allowed)
        return allowed.error();
    auto c = m_cases.getForChange(caseId, actor);
    if (c && c.value().status == CaseStatus::Closed)
        return Error{ErrorCode::Invalid,
                     tr("Case %1 is closed: reopen it to change its project.").arg(c.value().number()),
                     {},
                     {caseId}};
    return c;
}

Status CarePlanService::history(qint64 caseId, const QString &what, const QString &words, const Actor &actor)
{
    const CaseEvent event{CaseEvent::Kind::PlanChanged,    what,           words, {},
                          QDateTime::currentDateTimeUtc(), actor.userName, {}};
    if (Status s = m_audit.record(actor, QStringLiteral("project_changed"), QStringLiteral("case"), caseId,
                                  {{QStringLiteral("change"), what}});
        !s)
        return s;
    return m_cases.recordEvent(caseId, event, actor);
}

Status CarePlanService::syncDeadline(qint64 caseId, DeadlineSource source, qint64 sourceId,
                                     const QString &title, const QDate &dueOn, qint64 ownerWorkerId,
                                     const Actor &actor)
{
    const auto open = m_deadlines.openDeadlineOf(source, sourceId);
    if (!open)
        return open.error();
    if (!dueOn.isValid()) {
        if (!open.value())
            return ok();
        return m_deadlines.closeDeadline(open.value()->id, open.value()->version, DeadlineState::Cancelled,
                                         actor.userName);
    }
    if (open.value()) {
        Deadline d = *open.value();
        if (d.title == title && d.dueOn == dueOn && d.ownerWorkerId == ownerWorkerId)
            return ok();
        d.title = title;
        d.dueOn = dueOn;
        d.ownerWorkerId = ownerWorkerId;
        return m_deadlines.updateDeadline(d);
    }
    Deadline d;
    d.caseId = caseId;
    d.source = source;
    d.sourceId = sourceId;
    d.title = title;
    d.dueOn = dueOn;
    d.ownerWorkerId = ownerWorkerId;
    const auto id = m_deadlines.insertDeadline(d, actor.userName);
    return id ? ok() : Status(id.error());
}

Result<CarePlan> CarePlanService::setPlannedEnd(qint64 caseId, int expectedVersion, const QDate &plannedEndOn,
                                                const Actor &actor)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto c = openCase(caseId, actor);
    if (!c)
        return c.error();
    if (plannedEndOn.isValid() && plannedEndOn < c.value().openedOn)
        return invalid(QStringLiteral("plannedEnd"),
                       tr("The project cannot end before the case was opened."));
    if (Status s = m_plans.savePlannedEnd(caseId, expectedVersion, plannedEndOn, actor.userName); !s)
        return s.error();
    if (Status s = syncDeadline(caseId, DeadlineSource::PlannedEnd, caseId, tr("Planned end of the project"),
                                plannedEndOn, c.value().responsibleWorkerId, actor);
        !s)
        return s.error();
    if (Status s = history(caseId, QStringLiteral("planned_end"), plannedEndOn.toString(Qt::ISODate), actor);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_plans.plan(caseId);
}

Result<CarePlan> CarePlanService::addObjective(qint64 caseId, const QString &title, const Actor &actor)
{
    CareObjective objective;
    objective.caseId = caseId;
    objective.title = title.trimmed();
    if (objective.title.isEmpty())
        return invalid(QStringLiteral("objective"), tr("An objective needs a description."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    if (const auto c = openCase(caseId, actor); !c)
        return c.error();
    if (const auto id = m_plans.insertObjective(objective, actor.userName); !id)
        return id.error();
    if (Status s = history(caseId, QStringLiteral("objective_added"), objective.title, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_plans.plan(caseId);
}

Result<CarePlan> CarePlanService::setObjectiveStatus(qint64 objectiveId, int expectedVersion,
                                                     ObjectiveStatus status, const Actor &actor)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_plans.findObjective(objectiveId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The objective does not exist."), {}, {objectiveId}};
    CareObjective objective = *found.value();
    if (const auto c = openCase(objective.caseId, actor); !c)
        return c.error();
    if (objective.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this objective in the meantime. Reload and try again."),
                     {},
                     {objectiveId}};
    if (objective.status == status)
        return m_plans.plan(objective.caseId);
    objective.status = status;
    if (Status s = m_plans.updateObjective(objective, actor.userName); !s)
        return s.error();
    // A reached or dropped objective leaves nothing pending: its open actions are cancelled with their
    // deadlines.
    if (status != ObjectiveStatus::Active) {
        const auto plan = m_plans.plan(objective.caseId);
        if (!plan)
            return plan.error();
        for (CareAction a : plan.value().actions) {
            if (a.objectiveId != objective.id ||
                (a.status != ActionStatus::Planned && a.status != ActionStatus::InProgress))
                continue;
            a.status = ActionStatus::Cancelled;
            if (Status s = m_plans.updateAction(a, actor.userName); !s)
                return s.error();
            if (Status s = m_deadlines.closeDeadlineOf(DeadlineSource::Action, a.id, DeadlineState::Cancelled,
                                                       actor.userName);
                !s)
                return s.error();
            if (Status s = history(objective.caseId,
                                   QStringLiteral("action_status:") +
                                       Vocabulary<ActionStatus>::code(ActionStatus::Cancelled),
                                   a.what, actor);
                !s)
                return s.error();
        }
    }
    if (Status s = history(objective.caseId,
                           QStringLiteral("objective_status:") + Vocabulary<ObjectiveStatus>::code(status),
                           objective.title, actor);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_plans.plan(objective.caseId);
}

Result<CarePlan> CarePlanService::addAction(CareAction draft, const Actor &actor)
{
    draft.what = draft.what.trimmed();
    if (draft.what.isEmpty())
        return invalid(QStringLiteral("what"), tr("Say what the action is."));
    if (draft.dueOn.isValid() && draft.dueOn < officeToday())
        return invalid(QStringLiteral("due"), tr("A new action cannot be due in the past."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto objective = m_plans.findObjective(draft.objectiveId);
    if (!objective)
        return objective.error();
    if (!objective.value() || objective.value()->caseId != draft.caseId)
        return invalid(QStringLiteral("objective"), tr("Choose the objective the action serves."));
    if (objective.value()->status != ObjectiveStatus::Active)
        return invalid(QStringLiteral("objective"), tr("Actions can only be added to an active objective."));
    if (const auto c = openCase(draft.caseId, actor); !c)
        return c.error();
    if (const auto owner = m_cases.activeWorker(draft.ownerWorkerId, QStringLiteral("owner")); !owner)
        return owner.error();
    const auto id = m_plans.insertAction(draft, actor.userName);
    if (!id)
        return id.error();
    const bool pending = draft.status == ActionStatus::Planned || draft.status == ActionStatus::InProgress;
    if (Status s = syncDeadline(draft.caseId, DeadlineSource::Action, id.value(), draft.what,
                                pending ? draft.dueOn : QDate(), draft.ownerWorkerId, actor);
        !s)
        return s.error();
    if (Status s = history(draft.caseId, QStringLiteral("action_added"), draft.what, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_plans.plan(draft.caseId);
}

Result<CarePlan> CarePlanService::updateAction(CareAction changed, const Actor &actor)
{
    changed.what = changed.what.trimmed();
    if (changed.what.isEmpty())
        return invalid(QStringLiteral("what"), tr("Say what the action is."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_plans.findAction(changed.id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The action does not exist."), {}, {changed.id}};
    const CareAction before = *found.value();
    if (const auto c = openCase(before.caseId, actor); !c)
        return c.error();
    if (before.version != changed.version)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this action in the meantime. Reload and try again."),
                     {},
                     {changed.id}};
    if (before.status == ActionStatus::Done || before.status == ActionStatus::Cancelled)
        return invalid(QStringLiteral("status"), tr("A done or cancelled action is not changed any more."));
    // Someone who left may still be named on an action being closed; only a new owner must be active.
    if (changed.ownerWorkerId != before.ownerWorkerId) {
        if (const auto owner = m_cases.activeWorker(changed.ownerWorkerId, QStringLiteral("owner")); !owner)
            return owner.error();
    }
    changed.caseId = before.caseId;
    changed.objectiveId = before.objectiveId;
    if (Status s = m_plans.updateAction(changed, actor.userName); !s)
        return s.error();
    if (changed.status == ActionStatus::Done || changed.status == ActionStatus::Cancelled) {
        const DeadlineState state =
            changed.status == ActionStatus::Done ? DeadlineState::Done : DeadlineState::Cancelled;
        if (Status s = m_deadlines.closeDeadlineOf(DeadlineSource::Action, changed.id, state, actor.userName);
            !s)
            return s.error();
    } else if (Status s = syncDeadline(changed.caseId, DeadlineSource::Action, changed.id, changed.what,
                                       changed.dueOn, changed.ownerWorkerId, actor);
               !s) {
        return s.error();
    }
    const QString what = changed.status != before.status ? QStringLiteral("action_status:") +
                                                               Vocabulary<ActionStatus>::code(changed.status)
                                                         : QStringLiteral("action_changed");
    if (Status s = history(changed.caseId, what, changed.what, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_plans.plan(changed.caseId);
}

Result<CarePlan> CarePlanService::addReview(CareReview draft, const Actor &actor)
{
    draft.outcome = draft.outcome.trimmed();
    if (!draft.reviewDate.isValid())
        return invalid(QStringLiteral("reviewDate"), tr("A review needs its date."));
    if (draft.reviewDate > officeToday())
        return invalid(QStringLiteral("reviewDate"), tr("A review cannot be recorded before it happens."));
    if (draft.outcome.isEmpty())
        return invalid(QStringLiteral("outcome"), tr("Write the outcome of the review."));
    if (draft.nextReviewOn.isValid() && draft.nextReviewOn <= draft.reviewDate)
        return invalid(QStringLiteral("nextReview"), tr("The next review must come after this one."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto c = openCase(draft.caseId, actor);
    if (!c)
        return c.error();
    if (draft.reviewDate < c.value().openedOn)
        return invalid(QStringLiteral("reviewDate"), tr("A review cannot come before the case was opened."));
    // The review that was due is the one being held now.
    const auto due = m_deadlines.listDeadlines({std::nullopt, draft.caseId, true, 500});
    if (!due)
        return due.error();
    for (const Deadline &d : due.value()) {
        if (d.source == DeadlineSource::Review) {
            if (Status s = m_deadlines.closeDeadline(d.id, d.version, DeadlineState::Done, actor.userName);
                !s)
                return s.error();
        }
    }
    const auto id = m_plans.insertReview(draft, actor.userName);
    if (!id)
        return id.error();
    if (Status s = syncDeadline(draft.caseId, DeadlineSource::Review, id.value(), tr("Project review"),
                                draft.nextReviewOn, c.value().responsibleWorkerId, actor);
        !s)
        return s.error();
    if (Status s = history(draft.caseId, QStringLiteral("review_added"), draft.outcome.left(200), actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_plans.plan(draft.caseId);
}

} // namespace cartella::domain
