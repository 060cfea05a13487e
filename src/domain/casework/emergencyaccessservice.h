// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/emergencyaccess.h"

#include <QCoreApplication>

namespace cartella::domain {

// Break-glass: a worker may open, in an emergency, a case they may not see (a riservato case, or another
// team's), after typing why. The access lasts a working shift, is written to the case history and the audit
// trail, and stays flagged to the case's responsible worker and to the zone manager until each acknowledges
// it.
class EmergencyAccessService
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyAccessService)

public:
    static constexpr int kMinReasonLength = 15;
    static constexpr int kHours = 12;

    EmergencyAccessService(EmergencyAccessRepository &accesses, CaseRepository &cases,
                           CaseService &caseService, TransactionProvider &transactions, Auditor &audit);

    // Opens case `caseNumber` in an emergency and returns it. A case the actor already sees is returned with
    // nothing recorded.
    Result<Case> breakGlass(const QString &caseNumber, const QString &reason, const Actor &actor,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The accesses the actor has to acknowledge: as responsible worker of the case, or as zone manager.
    Result<QList<EmergencyAccess>> toAcknowledge(const Actor &actor);
    // Every emergency access to a case, for those who see the case by role.
    Result<QList<EmergencyAccess>> forCase(qint64 caseId, const Actor &actor);
    // Acknowledges for every part the actor plays: responsible worker, zone manager, or both.
    Result<EmergencyAccess> acknowledge(qint64 accessId, const Actor &actor);

private:
    EmergencyAccessRepository &m_accesses;
    CaseRepository &m_cases;
    CaseService &m_caseService;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
