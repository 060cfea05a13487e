#pragma once

#include "actor.h"
#include "casework.h"

#include <optional>

namespace cartella::domain {

// Which cases an actor may see. An actor without a role is the local system (maintenance commands, demo data,
// tests): it sees everything. Social workers and educators see the cases they are responsible for or on the
// team of; zone managers and administrative officers see every case of the zone; system administrators none.
struct CaseScope
{
    enum class Kind
    {
        All,
        OwnAndTeam,
        None,
    };
    Kind kind = Kind::All;
    qint64 workerId = 0; // for OwnAndTeam

    static CaseScope of(const Actor &actor);
    bool sees(const Case &c) const;
};

// Whether an actor may read what is written in a case: diary, project, notes. Administrative officers and
// system administrators may not, even for the cases they see.
bool mayReadCaseContent(const Actor &actor);

} // namespace cartella::domain
