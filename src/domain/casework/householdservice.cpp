// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/householdservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

namespace cartella::domain {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::Invalid, message, {{QStringLiteral("household"), message}}, {}};
}

} // namespace

HouseholdService::HouseholdService(HouseholdRepository &households, TransactionProvider &transactions,
                                   Auditor &audit)
    : m_households(households), m_transactions(transactions), m_audit(audit)
{}

Result<Household> HouseholdService::create(qint64 referencePersonId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditHouseholds); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto current = m_households.householdOf(referencePersonId);
    if (!current)
        return current.error();
    if (current.value())
        return Error{
            ErrorCode::Duplicate, tr("This person already belongs to a household."), {}, {*current.value()}};
    const auto id = m_households.insertHousehold(actor.userName);
    if (!id)
        return id.error();
    const HouseholdMember reference{referencePersonId, HouseholdRelation::Reference, officeToday(), {}};
    if (Status s = m_households.addMember(id.value(), reference, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("household_created"), QStringLiteral("household"),
                                  id.value(), {{QStringLiteral("reference"), referencePersonId}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id.value(), actor);
}

Result<Household> HouseholdService::checkedForChange(qint64 householdId, int expectedVersion,
                                                     const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditHouseholds); !allowed)
        return allowed.error();
    auto household = get(householdId, actor);
    if (!household)
        return household;
    if (household.value().version != expectedVersion)
        return Error{
            ErrorCode::Conflict,
            tr("Someone else changed this household in the meantime. Reload it and try again; nothing "
               "was changed."),
            {},
            {householdId}};
    if (Status s = m_households.touch(householdId, expectedVersion, actor.userName); !s)
        return s.error();
    return household;
}

Result<Household> HouseholdService::addMember(qint64 householdId, int expectedVersion, qint64 personId,
                                              HouseholdRelation relation, const Actor &actor)
{
    if (relation == HouseholdRelation::Reference)
        return invalid(tr("A household has exactly one reference person."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto household = checkedForChange(householdId, expectedVersion, actor);
    if (!household)
        return household.error();
    const auto current = m_households.householdOf(personId);
    if (!current)
        return current.error();
    if (current.value())
        return Error{ErrorCode::Duplicate,
                     *current.value() == householdId
                         ? tr("This person is already a member of this household.")
                         : tr("This person already belongs to another household: remove "
                              "them from it first."),
                     {},
                     {*current.value()}};
    if (Status s =
            m_households.addMember(householdId, {personId, relation, officeToday(), {}}, actor.userName);
        !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("household_member_joined"), QStringLiteral("household"), householdId,
            {{QStringLiteral("person"), personId},
             {QStringLiteral("relation"), Vocabulary<HouseholdRelation>::code(relation)},
             {QStringLiteral("version"), change(expectedVersion, expectedVersion + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(householdId, actor);
}

Result<Household> HouseholdService::removeMember(qint64 householdId, int expectedVersion, qint64 personId,
                                                 const Actor &actor)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto household = checkedForChange(householdId, expectedVersion, actor);
    if (!household)
        return household.error();
    const Household &h = household.value();
    const bool member = std::any_of(h.members.cbegin(), h.members.cend(),
                                    [&](const HouseholdMember &m) { return m.personId == personId; });
    if (!member)
        return invalid(tr("This person is not a member of the household."));
    if (h.referencePersonId() == personId && h.members.size() > 1)
        return invalid(tr("The reference person cannot leave while other members remain."));
    if (Status s = m_households.endMembership(householdId, personId, officeToday()); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("household_member_left"), QStringLiteral("household"), householdId,
            {{QStringLiteral("person"), personId},
             {QStringLiteral("version"), change(expectedVersion, expectedVersion + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(householdId, actor);
}

Result<std::optional<Household>> HouseholdService::householdOf(qint64 personId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadHouseholds); !allowed)
        return allowed.error();
    const auto id = m_households.householdOf(personId);
    if (!id)
        return id.error();
    if (!id.value())
        return std::optional<Household>();
    const auto household = get(*id.value(), actor);
    if (!household)
        return household.error();
    return std::optional<Household>(household.value());
}

Result<Household> HouseholdService::get(qint64 householdId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadHouseholds); !allowed)
        return allowed.error();
    const auto found = m_households.findHousehold(householdId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The household does not exist."), {}, {householdId}};
    return *found.value();
}

} // namespace cartella::domain
