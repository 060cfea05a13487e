// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/kernel/transaction.h"
#include "domain/services/budgetrepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Budget lines and every euro on them. A line's figures are always derived from its append-only movements,
// and no operation lets a line's available amount go below minus what a zone manager authorised to overspend.
// The money of services (commitments on approval, payments, releases) goes through DeliveryService, which
// calls the unchecked-permission operations below inside its own transaction.
class BudgetService
{
    Q_DECLARE_TR_FUNCTIONS(BudgetService)

public:
    BudgetService(BudgetRepository &budget, TransactionProvider &transactions, Auditor &audit);

    Result<QList<BudgetLine>> lines(int year, const Actor &actor);
    Result<BudgetLine> line(qint64 lineId, const Actor &actor);
    Result<BudgetFigures> figures(qint64 lineId, const Actor &actor);
    Result<QList<BudgetMovement>> movements(qint64 lineId, int limit, const Actor &actor);

    // A new line for a year, with its initial allocation.
    Result<BudgetLine> createLine(BudgetLine line, qint64 allocationCents, QDate onDate, const Actor &actor);
    // An allocation variation (positive or negative) with its act number and reason. A reduction may not take
    // the line below what it has already committed and paid.
    Result<BudgetFigures> changeAllocation(qint64 lineId, qint64 deltaCents, QDate onDate,
                                           const QString &reference, const QString &reason,
                                           const Actor &actor);
    // The zone manager's recorded authorisation to spend `amountCents` beyond the allocation.
    Result<BudgetFigures> authoriseOverspend(qint64 lineId, qint64 amountCents, QDate onDate,
                                             const QString &reason, const Actor &actor);

    // For DeliveryService, inside its transaction; the caller has checked the permission.
    // Sets `amountCents` aside for the delivery; refused when the line cannot bear it.
    Status commit(qint64 lineId, qint64 deliveryId, qint64 amountCents, QDate onDate, const Actor &actor);
    // Pays out of the delivery's outstanding commitment.
    Status pay(qint64 lineId, qint64 deliveryId, qint64 amountCents, QDate onDate, const QString &period,
               const QString &reference, const Actor &actor);
    // Gives back what the delivery still has committed and unpaid (none: nothing is written).
    Result<qint64> releaseRest(qint64 lineId, qint64 deliveryId, QDate onDate, const QString &reason,
                               const Actor &actor);
    Result<DeliveryMoney> deliveryMoney(qint64 deliveryId);

private:
    Result<BudgetLine> findLine(qint64 lineId);
    Status audit(const Actor &actor, const QString &action, const BudgetMovement &m);

    BudgetRepository &m_budget;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
