// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/casestatusrules.h"

#include "domain/kernel/vocabulary.h"

namespace cartella::domain {

bool CaseStatusRules::allowed(CaseStatus from, CaseStatus to)
{
    using S = CaseStatus;
    if (to == S::Closed)
        return from != S::Closed;
    switch (from) {
    case S::Reception:
        return to == S::Assessment;
    case S::Assessment:
        return to == S::InCharge;
    case S::InCharge:
        return to == S::Suspended;
    case S::Suspended:
        return to == S::InCharge;
    case S::Closed:
        return to == S::InCharge;
    }
    return false;
}

QList<CaseStatus> CaseStatusRules::next(CaseStatus from)
{
    QList<CaseStatus> out;
    for (const CaseStatus to : Vocabulary<CaseStatus>::values()) {
        if (allowed(from, to))
            out.append(to);
    }
    return out;
}

} // namespace cartella::domain
