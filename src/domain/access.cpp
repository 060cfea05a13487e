#include "access.h"

namespace cartella::domain {

CaseScope CaseScope::of(const Actor &actor)
{
    if (!actor.role)
        return {Kind::All, 0};
    switch (*actor.role) {
    case Role::ZoneManager:
    case Role::Administrative:
        return {Kind::All, 0};
    case Role::SocialWorker:
    case Role::Educator:
        return actor.workerId > 0 ? CaseScope{Kind::OwnAndTeam, actor.workerId} : CaseScope{Kind::None, 0};
    case Role::SystemAdmin:
        return {Kind::None, 0};
    }
    return {Kind::None, 0};
}

bool CaseScope::sees(const Case &c) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::None:
        return false;
    case Kind::OwnAndTeam:
        return c.responsibleWorkerId == workerId || c.teamWorkerIds.contains(workerId);
    }
    return false;
}

bool mayReadCaseContent(const Actor &actor)
{
    return !actor.role || (*actor.role != Role::Administrative && *actor.role != Role::SystemAdmin);
}

} // namespace cartella::domain
