// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/casework/casework.h"

#include <QStringList>

namespace cartella::domain {

// Which cases an actor may see. An actor without a role is the local system (maintenance commands, demo data,
// tests): it sees everything. Social workers and educators see the cases they are responsible for or on the
// team of; zone managers and administrative officers see every case of the Comuni they serve (the whole zone
// when they serve no Comune in particular), but administrative officers not the riservato ones; system
// administrators see none.
struct CaseScope
{
    enum class Kind
    {
        All,
        OwnAndTeam,
        None,
    };
    Kind kind = Kind::All;
    qint64 workerId = 0;         // for OwnAndTeam
    QStringList municipalities;  // for All: empty for the whole zone
    bool hideRestricted = false; // for All

    static CaseScope of(const Actor &actor);
    bool sees(const Case &c) const;
    // This scope, for the queries of lists, counts and search.
    CaseVisibility visibility() const;
};

} // namespace cartella::domain
