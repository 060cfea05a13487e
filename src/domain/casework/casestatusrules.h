// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QList>

namespace cartella::domain {

// The only status changes a case may make:
//   accoglienza -> valutazione -> presa in carico <-> sospesa
//   any open status -> chiusa (with a closure reason; many cases close after assessment)
//   chiusa -> presa in carico (reopening, with a note saying why)
// Everything else is refused by CaseService, whoever calls it.
class CaseStatusRules
{
public:
    static bool allowed(CaseStatus from, CaseStatus to);
    static QList<CaseStatus> next(CaseStatus from);
    static bool isOpen(CaseStatus status) { return status != CaseStatus::Closed; }
};

} // namespace cartella::domain
