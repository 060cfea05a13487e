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

// Percorsi di inclusione sociale (PIS): an agreed activity that is not employment, followed by an educator,
// with a monthly subsidy that follows the month's attendance under the office's rule.
//   set up       the worker who requests services, on a PIS requested or approved, once
//   the rule     read by whoever records or reads attendance; changed by the zone manager (ApproveAid)
//   attendance   once per month, by who records payments or by the path's own educator (on the case's
//                team); the subsidy the rule gives is stored with the rule as it was, so that a later change
//                of the rule applies to later months only
//   pay a month  who records payments: exactly the month's subsidy, once, through DeliveryService::pay
// Each change is one transaction with its audit record (docs/decisions/0012-pis-attendance-rule.md).
class InclusionService
{
    Q_DECLARE_TR_FUNCTIONS(InclusionService)

public:
    static inline const QString kRuleKey = QStringLiteral("pis_attendance_rule");

    InclusionService(InclusionRepository &paths, ServiceRepository &services, CaseService &cases,
                     DeliveryService &deliveries, TransactionProvider &transactions, Auditor &audit);

    Result<InclusionPath> setUp(qint64 deliveryId, const QString &activity, qint64 educatorWorkerId,
                                qint64 monthlySubsidyCents, const Actor &actor);

    Result<AttendanceRule> attendanceRule(const Actor &actor);
    Result<AttendanceRule> setAttendanceRule(int minimumPercent, int fullPercent, const Actor &actor);

    // The month's attendance (`month` "YYYY-MM", within the service's start and end, not in the future) and
    // the subsidy the current rule gives for it.
    Result<InclusionPath> recordAttendance(qint64 deliveryId, const QString &month, int plannedHours,
                                           int attendedHours, const Actor &actor);
    // Pays the month's recorded subsidy out of the PIS commitment.
    Result<InclusionPath> payMonth(qint64 deliveryId, const QString &month, QDate paidOn,
                                   const QString &reference, const Actor &actor);

    // The path with its months; nullopt when the PIS was not set up yet.
    Result<std::optional<InclusionPath>> path(qint64 deliveryId, const Actor &actor);

    // Whether the actor may record attendance on `path`: who records payments, or its own educator.
    static bool mayRecordAttendance(const Actor &actor, const InclusionPath &path);

private:
    // The delivery of kind Inclusion, if its case is visible to the actor (for a change: by role only).
    Result<ServiceDelivery> inclusionDelivery(qint64 deliveryId, const Actor &actor, bool forChange,
                                              Case *ofCase = nullptr);
    Result<InclusionPath> load(qint64 deliveryId, const Actor &actor, bool forChange);
    Result<AttendanceRule> currentRule();

    InclusionRepository &m_paths;
    ServiceRepository &m_services;
    CaseService &m_cases;
    DeliveryService &m_deliveries;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
