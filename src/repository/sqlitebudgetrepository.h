// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/budgetrepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteBudgetRepository final : public domain::BudgetRepository
{
public:
    explicit SqliteBudgetRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertLine(const domain::BudgetLine &line, const QString &userName) override;
    domain::Status renameLine(qint64 lineId, const QString &name) override;
    domain::Result<std::optional<domain::BudgetLine>> findLine(qint64 lineId) override;
    domain::Result<QList<domain::BudgetLine>> lines(int year) override;
    domain::Result<qint64> addMovement(const domain::BudgetMovement &movement) override;
    domain::Result<domain::BudgetFigures> figures(qint64 lineId) override;
    domain::Result<domain::DeliveryMoney> deliveryMoney(qint64 deliveryId) override;
    domain::Result<QList<domain::BudgetMovement>> movements(qint64 lineId, int limit) override;

private:
    Database &m_db;
};

} // namespace cartella::repository
