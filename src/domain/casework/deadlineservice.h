// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanrepository.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// Scadenze: added by hand or derived from the project (see CarePlanService). They have an owner and are
// completed or cancelled, never deleted. Deadlines of closed cases are left out of lists and counts.
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    DeadlineService(DeadlineRepository &deadlines, CarePlanRepository &plans, CaseService &cases,
                    TransactionProvider &transactions, Auditor &audit);

    Result<Deadline> add(Deadline draft, const Actor &actor);
    // Completing the deadline of a project action also marks the action done.
    Result<Deadline> complete(qint64 deadlineId, int expectedVersion, const Actor &actor);
    // Only deadlines added by hand are cancelled here; derived ones follow their action or review.
    Result<Deadline> cancel(qint64 deadlineId, int expectedVersion, const Actor &actor);

    Result<QList<Deadline>> list(const DeadlineQuery &query, const Actor &actor);
    Result<qint64> overdueCount(std::optional<qint64> ownerWorkerId, const Actor &actor);

private:
    Result<Deadline> close(qint64 deadlineId, int expectedVersion, DeadlineState state, const Actor &actor);

    DeadlineRepository &m_deadlines;
    CarePlanRepository &m_plans;
    CaseService &m_cases;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
