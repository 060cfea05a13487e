// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/workplacementservice.h"

#include "domain/access/access.h"
#include "domain/kernel/money.h"

#include <QJsonObject>

#include <algorithm>

namespace cartella::domain {

namespace {

QString shownMonth(const QString &month)
{
    const QDate first = ServiceMonths::firstDay(month);
    return first.isValid() ? first.toString(QStringLiteral("MM/yyyy")) : month;
}

} // namespace

WorkPlacementService::WorkPlacementService(WorkPlacementRepository &placements, ServiceRepository &services,
                                           CaseService &cases, DeliveryService &deliveries,
                                           TransactionProvider &transactions, Auditor &audit)
    : m_placements(placements), m_services(services), m_cases(cases), m_deliveries(deliveries),
      m_transactions(transactions), m_audit(audit)
{}

Result<ServiceDelivery> WorkPlacementService::placementDelivery(qint64 deliveryId, const Actor &actor,
                                                                bool forChange, Case *ofCase)
{
    return m_deliveries.ofKind(deliveryId, ServiceKind::WorkPlacement, tr("This service is not a tirocinio."),
                               actor, forChange, ofCase);
}

Result<WorkPlacement> WorkPlacementService::load(qint64 deliveryId, const Actor &actor, bool forChange)
{
    const auto d = placementDelivery(deliveryId, actor, forChange);
    if (!d)
        return d.error();
    const auto found = m_placements.findPlacement(deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("This tirocinio has not been set up yet."), {}, {deliveryId}};
    WorkPlacement p = *found.value();
    p.delivery = d.value();
    return p;
}

Result<WorkPlacement> WorkPlacementService::setUp(qint64 deliveryId, const QString &hostOrganisation,
                                                  const QString &tutor, const QString &insurancePolicy,
                                                  int weeklyHours, qint64 monthlyReimbursementCents,
                                                  const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    WorkPlacement p;
    p.deliveryId = deliveryId;
    p.hostOrganisation = hostOrganisation.trimmed();
    p.tutor = tutor.trimmed();
    p.insurancePolicy = insurancePolicy.trimmed();
    p.weeklyHours = weeklyHours;
    p.monthlyReimbursementCents = monthlyReimbursementCents;
    if (p.hostOrganisation.isEmpty())
        return invalid(QStringLiteral("host"), tr("Give the host organisation."));
    if (p.hostOrganisation.size() > 200)
        return invalid(QStringLiteral("host"),
                       tr("The host organisation is too long (at most 200 characters)."));
    if (p.tutor.size() > 200)
        return invalid(QStringLiteral("tutor"), tr("The tutor's name is too long (at most 200 characters)."));
    if (p.insurancePolicy.size() > 100)
        return invalid(QStringLiteral("insurance"),
                       tr("The insurance policy is too long (at most 100 characters)."));
    if (weeklyHours <= 0 || weeklyHours > 60)
        return invalid(QStringLiteral("hours"), tr("The hours per week go from 1 to 60."));
    if (monthlyReimbursementCents <= 0)
        return invalid(QStringLiteral("reimbursement"), tr("Give the monthly reimbursement."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    Case c;
    const auto d = placementDelivery(deliveryId, actor, true, &c);
    if (!d)
        return d.error();
    if (Status open = m_cases.requireOpen(c); !open)
        return open.error();
    if (d.value().status != DeliveryStatus::Requested && d.value().status != DeliveryStatus::Approved)
        return invalid(QStringLiteral("status"),
                       tr("A tirocinio is set up while it is requested or approved, before it starts."));
    const auto existing = m_placements.findPlacement(deliveryId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Duplicate, tr("This tirocinio is set up already."), {}, {deliveryId}};
    if (d.value().monthlyCents > 0 && monthlyReimbursementCents > d.value().monthlyCents)
        return invalid(QStringLiteral("reimbursement"),
                       tr("The monthly reimbursement (%1) is above the monthly amount of the service (%2).")
                           .arg(formatEuro(monthlyReimbursementCents), formatEuro(d.value().monthlyCents)));
    if (Status s = m_placements.insertPlacement(p, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("work_placement_set_up"), QStringLiteral("service"), deliveryId,
            {{QStringLiteral("weekly_hours"), weeklyHours},
             {QStringLiteral("monthly_reimbursement_cents"), monthlyReimbursementCents}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(deliveryId, actor, false);
}

Result<WorkPlacement> WorkPlacementService::payMonth(qint64 deliveryId, const QString &month, QDate paidOn,
                                                     const QString &reference, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordPayments); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto placement = load(deliveryId, actor, true);
    if (!placement)
        return placement.error();
    const WorkPlacement &p = placement.value();
    if (Status inPeriod = ServiceMonths::check(month, p.delivery, QStringLiteral("month")); !inPeriod)
        return inPeriod.error();
    const auto paid = std::find_if(p.months.cbegin(), p.months.cend(),
                                   [&](const MonthPayment &m) { return m.month == month; });
    if (paid != p.months.cend())
        return Error{ErrorCode::Duplicate,
                     tr("%1 was paid already, on %2.")
                         .arg(shownMonth(month), paid->paidOn.toString(QStringLiteral("dd/MM/yyyy"))),
                     {{QStringLiteral("month"), tr("Paid already.")}},
                     {deliveryId}};
    if (paidOn.isValid() && paidOn < ServiceMonths::firstDay(month))
        return invalid(QStringLiteral("paidOn"),
                       tr("The payment for %1 cannot come before the month.").arg(shownMonth(month)));
    const auto done =
        m_deliveries.pay(deliveryId, p.monthlyReimbursementCents, paidOn, month, reference, actor);
    if (!done)
        return done.error();
    if (Status s = m_audit.record(actor, QStringLiteral("work_placement_month_paid"),
                                  QStringLiteral("service"), deliveryId,
                                  {{QStringLiteral("month"), month},
                                   {QStringLiteral("amount_cents"), p.monthlyReimbursementCents},
                                   {QStringLiteral("on"), paidOn.toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    return load(deliveryId, actor, false);
}

Result<std::optional<WorkPlacement>> WorkPlacementService::placement(qint64 deliveryId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadServices); !allowed)
        return allowed.error();
    const auto d = placementDelivery(deliveryId, actor, false);
    if (!d)
        return d.error();
    const auto found = m_placements.findPlacement(deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<WorkPlacement>();
    WorkPlacement p = *found.value();
    p.delivery = d.value();
    return std::optional<WorkPlacement>(p);
}

} // namespace cartella::domain
