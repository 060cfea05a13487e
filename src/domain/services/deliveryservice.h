// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"
#include "domain/services/budgetservice.h"
#include "domain/services/iseeservice.h"
#include "domain/services/servicerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Services delivered to the people of a case, and their money.
//   requested -> approved | rejected        (the zone manager; a rejection says why)
//   approved  -> active -> concluded        (the worker; what stays committed is given back at the end)
//   requested | approved | active -> cancelled (a withdrawn request; a revoked grant, by the zone manager)
// A benefit that pays money commits the Comune's share on its budget line when approved (a service paid to a
// provider does too, when it names a line); payments come out of that commitment. Each step is one
// transaction with its budget movements and audit records.
class DeliveryService
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryService)

public:
    DeliveryService(ServiceRepository &services, CaseService &cases, IseeService &isee, BudgetService &budget,
                    TransactionProvider &transactions, Auditor &audit);

    Result<ServiceDelivery> request(const DeliveryRequest &request, const Actor &actor);
    // Changes a request not yet decided; `delivery.stamp.version` is the one read.
    Result<ServiceDelivery> amend(const ServiceDelivery &delivery, const Actor &actor);
    // With `budgetLineId` the zone manager picks or confirms the line the money is committed on.
    Result<ServiceDelivery> approve(qint64 id, int expectedVersion, std::optional<qint64> budgetLineId,
                                    QDate on, const Actor &actor);
    Result<ServiceDelivery> reject(qint64 id, int expectedVersion, const QString &reason, QDate on,
                                   const Actor &actor);
    Result<ServiceDelivery> start(qint64 id, int expectedVersion, QDate on, const Actor &actor);
    Result<ServiceDelivery> conclude(qint64 id, int expectedVersion, QDate on, const Actor &actor);
    Result<ServiceDelivery> cancel(qint64 id, int expectedVersion, const QString &reason, QDate on,
                                   const Actor &actor);
    // A payment out of the benefit's commitment; `period` (YYYY-MM) for a monthly one. The first payment puts
    // an approved benefit in progress; paying a one-off benefit in full concludes it.
    Result<ServiceDelivery> pay(qint64 id, qint64 amountCents, QDate paidOn, const QString &period,
                                const QString &reference, const Actor &actor);

    Result<ServiceDelivery> get(qint64 id, const Actor &actor);
    // The delivery of `kind` (a PIS, a tirocinio), if its case is visible to the actor (`forChange`: by role
    // only, not through an emergency access); `ofCase` receives the case, read once. Another kind is refused
    // with `otherKind`.
    Result<ServiceDelivery> ofKind(qint64 id, ServiceKind kind, const QString &otherKind, const Actor &actor,
                                   bool forChange, Case *ofCase = nullptr);
    Result<DeliveryMoney> money(qint64 id, const Actor &actor);
    Result<QList<ServiceDelivery>> forCase(qint64 caseId, const Actor &actor);
    // Everything a person receives, across the cases the actor may see.
    Result<QList<ServiceDelivery>> forPerson(qint64 personId, const Actor &actor);
    Result<QList<ServiceDelivery>> list(const DeliveryQuery &query, const Actor &actor);

private:
    Status validate(const ServiceDelivery &d, const CatalogueEntry &entry, const Case &c) const;
    Result<CatalogueEntry> entry(qint64 catalogueId);
    // The delivery, visible to the actor, at the version they read, in the case they may change.
    Result<ServiceDelivery> forChange(qint64 id, int expectedVersion, const Actor &actor);
    Result<ServiceDelivery> write(TransactionScope &tx, const ServiceDelivery &before,
                                  const ServiceDelivery &after, const QString &action, const Actor &actor);

    ServiceRepository &m_services;
    CaseService &m_cases;
    IseeService &m_isee;
    BudgetService &m_budget;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
