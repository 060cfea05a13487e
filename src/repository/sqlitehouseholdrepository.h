// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/householdrepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteHouseholdRepository final : public domain::HouseholdRepository
{
public:
    explicit SqliteHouseholdRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertHousehold(const QString &userName) override;
    domain::Status touch(qint64 householdId, int expectedVersion, const QString &userName) override;
    domain::Status addMember(qint64 householdId, const domain::HouseholdMember &member,
                             const QString &userName) override;
    domain::Status endMembership(qint64 householdId, qint64 personId, QDate leftOn) override;
    domain::Result<std::optional<domain::Household>> findHousehold(qint64 householdId) override;
    domain::Result<std::optional<qint64>> householdOf(qint64 personId) override;

private:
    Database &m_db;
};

} // namespace cartella::repository
