// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/deadlineservice.h"

#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

namespace cartella::domain {

DeadlineService::DeadlineService(DeadlineRepository &deadlines, CarePlanRepository &plans, CaseService &cases,
                                 TransactionProvider &transactions, Auditor &audit)
    : m_deadlines(deadlines), m_plans(plans), m_cases(cases), m_transactions(transactions), m_audit(audit)
{}

Result<Deadline> DeadlineService::add(Deadline draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditDeadlines); !allowed)
        return allowed.error();
    draft.title = draft.title.simplified();
    if (draft.title.isEmpty())
        return invalid(QStringLiteral("title"), tr("Say what is due."));
    if (!draft.dueOn.isValid())
        return invalid(QStringLiteral("due"), tr("A deadline needs its date."));
    draft.source = DeadlineSource::Manual;
    draft.sourceId = 0;
    draft.state = DeadlineState::Open;
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto c = m_cases.getForChange(draft.caseId, actor);
    if (!c)
        return c.error();
    if (c.value().status == CaseStatus::Closed)
        return invalid(QStringLiteral("case"), tr("Case %1 is closed.").arg(c.value().number()));
    if (const auto owner = m_cases.activeWorker(draft.ownerWorkerId, QStringLiteral("owner")); !owner)
        return owner.error();
    const auto id = m_deadlines.insertDeadline(draft, actor.userName);
    if (!id)
        return id.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("deadline_added"), QStringLiteral("deadline"), id.value(),
                           {{QStringLiteral("case"), draft.caseId},
                            {QStringLiteral("due"), draft.dueOn.toString(Qt::ISODate)},
                            {QStringLiteral("owner"), draft.ownerWorkerId}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    const auto stored = m_deadlines.findDeadline(id.value());
    if (!stored)
        return stored.error();
    return *stored.value();
}

Result<Deadline> DeadlineService::close(qint64 deadlineId, int expectedVersion, DeadlineState state,
                                        const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditDeadlines); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_deadlines.findDeadline(deadlineId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The deadline does not exist."), {}, {deadlineId}};
    const Deadline d = *found.value();
    const auto c = m_cases.getForChange(d.caseId, actor);
    if (!c)
        return c.error();
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    if (d.state != DeadlineState::Open)
        return Error{ErrorCode::Conflict,
                     tr("This deadline was already closed (%1) by %2.")
                         .arg(Vocabulary<DeadlineState>::label(d.state), d.closedBy),
                     {},
                     {deadlineId}};
    if (d.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this deadline in the meantime. Reload and try again."),
                     {},
                     {deadlineId}};
    if (d.source == DeadlineSource::Loan)
        return invalid(QStringLiteral("state"),
                       tr("This deadline follows the loan's repayments: record the repayment instead."));
    if (d.source == DeadlineSource::MandateTask)
        return invalid(
            QStringLiteral("state"),
            tr("This deadline is a task of a court mandate: complete the task in the mandate instead."));
    if (d.source == DeadlineSource::PlacementTerm)
        return invalid(QStringLiteral("state"),
                       tr("This deadline is the term of a foster placement: extend or end the placement in "
                          "the Affido view instead."));
    if (state == DeadlineState::Cancelled && d.source != DeadlineSource::Manual)
        return invalid(QStringLiteral("state"),
                       tr("This deadline comes from the project: change the action or the review instead."));
    if (Status s = m_deadlines.closeDeadline(deadlineId, expectedVersion, state, actor.userName); !s)
        return s.error();
    if (d.source == DeadlineSource::Action && state == DeadlineState::Done) {
        const auto action = m_plans.findAction(d.sourceId);
        if (!action)
            return action.error();
        if (action.value() && (action.value()->status == ActionStatus::Planned ||
                               action.value()->status == ActionStatus::InProgress)) {
            CareAction done = *action.value();
            done.status = ActionStatus::Done;
            if (Status s = m_plans.updateAction(done, actor.userName); !s)
                return s.error();
            const CaseEvent planEvent{CaseEvent::Kind::PlanChanged,
                                      QStringLiteral("action_status:") +
                                          Vocabulary<ActionStatus>::code(ActionStatus::Done),
                                      done.what,
                                      {},
                                      QDateTime::currentDateTimeUtc(),
                                      actor.userName,
                                      {}};
            if (Status s = m_cases.recordEvent(d.caseId, planEvent, actor); !s)
                return s.error();
        }
    }
    const CaseEvent event{CaseEvent::Kind::DeadlineClosed,
                          Vocabulary<DeadlineState>::code(state),
                          d.title,
                          {},
                          QDateTime::currentDateTimeUtc(),
                          actor.userName,
                          {}};
    if (Status s = m_cases.recordEvent(d.caseId, event, actor); !s)
        return s.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("deadline_closed"), QStringLiteral("deadline"), deadlineId,
                           {{QStringLiteral("case"), d.caseId},
                            {QStringLiteral("state"), change(Vocabulary<DeadlineState>::code(d.state),
                                                             Vocabulary<DeadlineState>::code(state))}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    const auto stored = m_deadlines.findDeadline(deadlineId);
    if (!stored)
        return stored.error();
    return *stored.value();
}

Result<Deadline> DeadlineService::complete(qint64 deadlineId, int expectedVersion, const Actor &actor)
{
    return close(deadlineId, expectedVersion, DeadlineState::Done, actor);
}

Result<Deadline> DeadlineService::cancel(qint64 deadlineId, int expectedVersion, const Actor &actor)
{
    return close(deadlineId, expectedVersion, DeadlineState::Cancelled, actor);
}

namespace {

DeadlineQuery scoped(DeadlineQuery q, const Actor &actor)
{
    q.visibility = CaseScope::of(actor).visibility();
    return q;
}

} // namespace

Result<QList<Deadline>> DeadlineService::list(const DeadlineQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadDeadlines); !allowed)
        return allowed.error();
    DeadlineQuery q = scoped(query, actor);
    q.limit = std::clamp(q.limit, 1, 2000);
    return m_deadlines.listDeadlines(q);
}

Result<qint64> DeadlineService::overdueCount(std::optional<qint64> ownerWorkerId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadDeadlines); !allowed)
        return allowed.error();
    DeadlineQuery q;
    q.ownerWorkerId = ownerWorkerId;
    return m_deadlines.countOverdue(scoped(q, actor), officeToday());
}

} // namespace cartella::domain
