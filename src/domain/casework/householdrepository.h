// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/household.h"
#include "domain/kernel/result.h"

#include <optional>

namespace cartella::domain {

class HouseholdRepository
{
public:
    virtual ~HouseholdRepository() = default;

    virtual Result<qint64> insertHousehold(const QString &userName) = 0;
    // Bumps the household's version if it still is `expectedVersion`; the caller's change is then safe to
    // write.
    virtual Status touch(qint64 householdId, int expectedVersion, const QString &userName) = 0;
    virtual Status addMember(qint64 householdId, const HouseholdMember &member, const QString &userName) = 0;
    virtual Status endMembership(qint64 householdId, qint64 personId, QDate leftOn) = 0;
    virtual Result<std::optional<Household>> findHousehold(qint64 householdId) = 0;
    // The household a person currently belongs to.
    virtual Result<std::optional<qint64>> householdOf(qint64 personId) = 0;
};

} // namespace cartella::domain
