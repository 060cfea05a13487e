// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/householdrepository.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// Households: a person belongs to at most one at a time; each has exactly one reference person. Members leave
// (with a date) rather than being deleted, so earlier compositions remain on record.
class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdService)

public:
    HouseholdService(HouseholdRepository &households, TransactionProvider &transactions, Auditor &audit);

    // A new household with `referencePersonId` as its reference person.
    Result<Household> create(qint64 referencePersonId, const Actor &actor);
    Result<Household> addMember(qint64 householdId, int expectedVersion, qint64 personId,
                                HouseholdRelation relation, const Actor &actor);
    // The reference person cannot leave while others remain: name another reference first.
    Result<Household> removeMember(qint64 householdId, int expectedVersion, qint64 personId,
                                   const Actor &actor);
    Result<std::optional<Household>> householdOf(qint64 personId, const Actor &actor);
    Result<Household> get(qint64 householdId, const Actor &actor);

private:
    Result<Household> checkedForChange(qint64 householdId, int expectedVersion, const Actor &actor);

    HouseholdRepository &m_households;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
