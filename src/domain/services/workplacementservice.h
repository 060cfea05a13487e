// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"
#include "domain/services/deliveryservice.h"
#include "domain/services/inclusionrepository.h"
#include "domain/services/servicerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Tirocini (work placements): the host organisation, the tutor, the insurance policy, the weekly hours and
// the monthly expense reimbursement, on a service delivered of kind WorkPlacement.
//   set up       the worker who requests services, on a tirocinio requested or approved, once
//   pay a month  who records payments: the monthly reimbursement, once per month, through
//   DeliveryService::pay
// Each change is one transaction with its audit record (ids, cents and months only).
class WorkPlacementService
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlacementService)

public:
    WorkPlacementService(WorkPlacementRepository &placements, ServiceRepository &services, CaseService &cases,
                         DeliveryService &deliveries, TransactionProvider &transactions, Auditor &audit);

    Result<WorkPlacement> setUp(qint64 deliveryId, const QString &hostOrganisation, const QString &tutor,
                                const QString &insurancePolicy, int weeklyHours,
                                qint64 monthlyReimbursementCents, const Actor &actor);
    // Pays the month's reimbursement (`month` "YYYY-MM", within the service's start and end).
    Result<WorkPlacement> payMonth(qint64 deliveryId, const QString &month, QDate paidOn,
                                   const QString &reference, const Actor &actor);
    // The placement with the months paid; nullopt when the tirocinio was not set up yet.
    Result<std::optional<WorkPlacement>> placement(qint64 deliveryId, const Actor &actor);

private:
    Result<ServiceDelivery> placementDelivery(qint64 deliveryId, const Actor &actor, bool forChange,
                                              Case *ofCase = nullptr);
    Result<WorkPlacement> load(qint64 deliveryId, const Actor &actor, bool forChange);

    WorkPlacementRepository &m_placements;
    ServiceRepository &m_services;
    CaseService &m_cases;
    DeliveryService &m_deliveries;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
