// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/budget.h"

#include <optional>

namespace cartella::domain {

// Budget lines and their append-only movements.
class BudgetRepository
{
public:
    virtual ~BudgetRepository() = default;

    virtual Result<qint64> insertLine(const BudgetLine &line, const QString &userName) = 0;
    virtual Status renameLine(qint64 lineId, const QString &name) = 0;
    virtual Result<std::optional<BudgetLine>> findLine(qint64 lineId) = 0;
    virtual Result<QList<BudgetLine>> lines(int year) = 0; // year 0: all
    virtual Result<qint64> addMovement(const BudgetMovement &movement) = 0;
    virtual Result<BudgetFigures> figures(qint64 lineId) = 0;
    virtual Result<DeliveryMoney> deliveryMoney(qint64 deliveryId) = 0;
    // A line's movements, newest first.
    virtual Result<QList<BudgetMovement>> movements(qint64 lineId, int limit) = 0;
};

} // namespace cartella::domain
