// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/casescope.h"

namespace cartella::domain {

CaseScope CaseScope::of(const Actor &actor)
{
    if (!actor.role)
        return {};
    CaseScope scope;
    switch (*actor.role) {
    case Role::ZoneManager:
    case Role::Administrative:
        scope.kind = Kind::All;
        scope.municipalities = actor.municipalityCodes;
        scope.hideRestricted = *actor.role == Role::Administrative;
        return scope;
    case Role::SocialWorker:
    case Role::Educator:
        if (actor.workerId > 0) {
            scope.kind = Kind::OwnAndTeam;
            scope.workerId = actor.workerId;
        } else {
            scope.kind = Kind::None;
        }
        return scope;
    case Role::SystemAdmin:
        break;
    }
    scope.kind = Kind::None;
    return scope;
}

bool CaseScope::sees(const Case &c) const
{
    switch (kind) {
    case Kind::All:
        return (municipalities.isEmpty() || municipalities.contains(c.municipalityCode)) &&
               !(hideRestricted && c.restricted);
    case Kind::None:
        return false;
    case Kind::OwnAndTeam:
        return c.responsibleWorkerId == workerId || c.teamWorkerIds.contains(workerId);
    }
    return false;
}

CaseVisibility CaseScope::visibility() const
{
    CaseVisibility v;
    v.nobody = kind == Kind::None;
    if (kind == Kind::OwnAndTeam)
        v.worker = workerId;
    if (kind == Kind::All) {
        v.municipalities = municipalities;
        v.hideRestricted = hideRestricted;
    }
    return v;
}

} // namespace cartella::domain
