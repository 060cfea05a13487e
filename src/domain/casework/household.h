// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cartella::domain {

// How a member relates to the household's reference person.
enum class HouseholdRelation
{
    Reference, // the reference person (richiedente / intestatario)
    Spouse,    // coniuge
    Partner,   // convivente
    Child,     // figlio/a
    Parent,    // genitore
    Sibling,   // fratello / sorella
    Grandparent,
    Guardian,    // tutore
    FosterCarer, // affidatario
    Other,
};

struct HouseholdMember
{
    qint64 personId = 0;
    HouseholdRelation relation = HouseholdRelation::Other;
    QDate joinedOn;
    QString displayName; // read side only
};

// A nucleo familiare: its current members, exactly one of them the reference person.
struct Household
{
    qint64 id = 0;
    QList<HouseholdMember> members;
    int version = 0;

    qint64 referencePersonId() const
    {
        for (const HouseholdMember &m : members) {
            if (m.relation == HouseholdRelation::Reference)
                return m.personId;
        }
        return 0;
    }
};

} // namespace cartella::domain
