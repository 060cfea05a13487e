// SPDX-License-Identifier: EUPL-1.2
// CaseService, the reading side: which case an actor may see (their scope, a break-glass access), what of it
// they may read, the audited opening, and the lists and counts. The changes are in caseservice.cpp.
#include "domain/access/access.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/officeclock.h"

#include <QJsonObject>

namespace cartella::domain {

Result<Case> CaseService::visible(qint64 caseId, const Actor &actor, bool *inEmergency)
{
    if (inEmergency)
        *inEmergency = false;
    // A case the actor may not see is answered as if it did not exist: not even its number leaks.
    const Error missing = missingCase(caseId);
    if (!permits(actor, Operation::ListCases))
        return missing;
    const auto found = m_cases.findCase(caseId);
    if (!found)
        return found.error();
    if (!found.value())
        return missing;
    if (CaseScope::of(actor).sees(*found.value()))
        return readable(*found.value(), actor);
    if (m_emergency && actor.userId > 0) {
        const auto granted =
            m_emergency->hasActiveAccess(caseId, actor.userId, QDateTime::currentDateTimeUtc());
        if (!granted)
            return granted.error();
        if (granted.value()) {
            if (inEmergency)
                *inEmergency = true;
            return readable(*found.value(), actor);
        }
    }
    return missing;
}

Error CaseService::missingCase(qint64 caseId)
{
    return Error{ErrorCode::NotFound, tr("The case does not exist."), {}, {caseId}};
}

Case CaseService::readable(Case c, const Actor &actor)
{
    if (!permits(actor, Operation::ReadCaseContent))
        c.notes.clear();
    return c;
}

Result<Case> CaseService::get(qint64 caseId, const Actor &actor)
{
    return visible(caseId, actor);
}

Result<Case> CaseService::get(qint64 caseId, const Actor &actor, bool *inEmergency)
{
    return visible(caseId, actor, inEmergency);
}

Result<Case> CaseService::view(qint64 caseId, const Actor &actor)
{
    bool inEmergency = false;
    auto found = visible(caseId, actor, &inEmergency);
    if (!found)
        return found;
    QJsonObject details;
    if (inEmergency)
        details.insert(QStringLiteral("emergency"), true);
    if (Status s = m_audit.recordAlone(actor, QStringLiteral("case_viewed"), QStringLiteral("case"), caseId,
                                       details);
        !s)
        return s.error();
    return found;
}

Result<Case> CaseService::getForChange(qint64 caseId, const Actor &actor)
{
    bool inEmergency = false;
    auto found = visible(caseId, actor, &inEmergency);
    if (found && inEmergency)
        return missingCase(caseId);
    return found;
}

Result<bool> CaseService::seenInEmergency(qint64 caseId, const Actor &actor)
{
    bool inEmergency = false;
    const auto found = visible(caseId, actor, &inEmergency);
    if (!found)
        return found.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(found.error());
    return inEmergency;
}

Result<Case> CaseService::getByNumber(const QString &number, const Actor &actor)
{
    const auto found = m_cases.findCaseByNumber(number.trimmed());
    if (!found)
        return found.error();
    const Error missing{ErrorCode::NotFound, tr("There is no case %1.").arg(number.trimmed()), {}, {}};
    if (!found.value())
        return missing;
    const auto c = get(found.value()->id, actor);
    if (!c && c.error().code == ErrorCode::NotFound)
        return missing;
    return c;
}

Result<QList<CaseEvent>> CaseService::history(qint64 caseId, const Actor &actor)
{
    if (const auto c = get(caseId, actor); !c)
        return c.error();
    if (Status allowed = require(actor, Operation::ReadCaseContent); !allowed)
        return allowed.error();
    return m_cases.history(caseId);
}

CaseQuery CaseService::scoped(CaseQuery query, const Actor &actor)
{
    query.visibility = CaseScope::of(actor).visibility();
    return query;
}

Result<QList<CaseSummary>> CaseService::list(const CaseQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ListCases); !allowed)
        return allowed.error();
    CaseQuery q = scoped(query, actor);
    q.limit = std::clamp(q.limit, 1, 500);
    if (!q.today.isValid())
        q.today = officeToday();
    return m_cases.listCases(q);
}

Result<QList<Municipality>> CaseService::municipalitiesWithCases(const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ListCases); !allowed)
        return allowed.error();
    const auto codes = m_cases.caseMunicipalities();
    if (!codes)
        return codes.error();
    QList<Municipality> out;
    for (const QString &code : codes.value()) {
        if (!actor.municipalityCodes.isEmpty() && !actor.municipalityCodes.contains(code))
            continue;
        if (const auto m = m_places.municipality(code))
            out.append(*m);
    }
    std::sort(out.begin(), out.end(),
              [](const Municipality &a, const Municipality &b) { return a.name < b.name; });
    return out;
}

Result<qint64> CaseService::count(const CaseQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ListCases); !allowed)
        return allowed.error();
    return m_cases.countCases(scoped(query, actor));
}

} // namespace cartella::domain
