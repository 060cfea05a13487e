// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/deliveryservice.h"

#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonObject>

namespace cartella::domain {

namespace {

QString statusCode(DeliveryStatus s)
{
    return Vocabulary<DeliveryStatus>::code(s);
}

ServiceDelivery fromRequest(const DeliveryRequest &r)
{
    ServiceDelivery d;
    static_cast<DeliveryTerms &>(d) = r; // provider, period, hours, cost and shares as asked
    d.caseId = r.caseId;
    d.personId = r.personId;
    d.catalogueId = r.catalogueId;
    d.requestedOn = r.requestedOn;
    d.protocol = r.protocol;
    d.budgetLineId = r.budgetLineId;
    d.iseeExemptionReason = r.iseeExemptionReason.trimmed();
    return d;
}

} // namespace

DeliveryService::DeliveryService(ServiceRepository &services, CaseService &cases, IseeService &isee,
                                 BudgetService &budget, TransactionProvider &transactions, Auditor &audit)
    : m_services(services), m_cases(cases), m_isee(isee), m_budget(budget), m_transactions(transactions),
      m_audit(audit)
{}

Result<CatalogueEntry> DeliveryService::entry(qint64 catalogueId)
{
    const auto found = m_services.findEntry(catalogueId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalid(QStringLiteral("service"), tr("Choose a service from the catalogue."));
    return *found.value();
}

Status DeliveryService::validate(const ServiceDelivery &d, const CatalogueEntry &e, const Case &c) const
{
    const bool member = std::any_of(c.members.cbegin(), c.members.cend(),
                                    [&](const CaseMember &m) { return m.personId == d.personId; });
    if (!member)
        return invalid(QStringLiteral("person"),
                       tr("The service is for a person of the case: add them first."));
    if (e.retired())
        return invalid(QStringLiteral("service"),
                       tr("\"%1\" was retired from the catalogue on %2.")
                           .arg(e.name, e.retiredOn.toString(QStringLiteral("dd/MM/yyyy"))));
    if (!d.requestedOn.isValid())
        return invalid(QStringLiteral("requestedOn"), tr("Give the date of the request."));
    if (d.requestedOn > officeToday())
        return invalid(QStringLiteral("requestedOn"), tr("The request date cannot be in the future."));
    if (d.protocol.trimmed().size() > 50)
        return invalid(QStringLiteral("protocol"),
                       tr("The protocol number is too long (at most 50 characters)."));
    if (d.costCents < 0 || d.monthlyCents < 0 || d.comuneShareCents < 0 || d.userShareCents < 0 ||
        d.healthShareCents < 0)
        return invalid(QStringLiteral("cost"), tr("Amounts cannot be negative."));
    if (d.comuneShareCents + d.userShareCents + d.healthShareCents != d.costCents)
        return invalid(
            QStringLiteral("cost"),
            tr("The shares of the Comune (%1), the user (%2) and the health service (%3) must add up to "
               "the cost (%4).")
                .arg(formatEuro(d.comuneShareCents), formatEuro(d.userShareCents),
                     formatEuro(d.healthShareCents), formatEuro(d.costCents)));
    if (e.paysMoney() && d.comuneShareCents <= 0)
        return invalid(QStringLiteral("cost"), tr("Give the amount the Comune pays."));
    if (e.periodic && !d.startsOn.isValid())
        return invalid(QStringLiteral("startsOn"), tr("A periodic service needs its start date."));
    if (d.startsOn.isValid() && d.endsOn.isValid() && d.endsOn < d.startsOn)
        return invalid(QStringLiteral("endsOn"), tr("The end comes before the start."));
    if (d.monthlyMinutes < 0 || d.monthlyMinutes > 744 * 60)
        return invalid(QStringLiteral("hours"), tr("The hours per month are out of range."));
    if (!d.iseeExemptionReason.isEmpty() && d.iseeExemptionReason.size() < 15)
        return invalid(QStringLiteral("iseeExemption"),
                       tr("Explain the exemption from the ISEE rule (at least 15 characters)."));
    return ok();
}

Result<ServiceDelivery> DeliveryService::request(const DeliveryRequest &r, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto c = m_cases.getForChange(r.caseId, actor);
    if (!c)
        return c.error();
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    const auto e = entry(r.catalogueId);
    if (!e)
        return e.error();
    ServiceDelivery d = fromRequest(r);
    d.status = DeliveryStatus::Requested;
    d.meansTest = e.value().meansTest;
    if (Status valid = validate(d, e.value(), c.value()); !valid)
        return valid.error();
    const auto isee = m_isee.check(e.value(), d.personId, d.requestedOn);
    if (!isee && d.iseeExemptionReason.isEmpty())
        return isee.error();
    if (isee && isee.value())
        d.iseeId = isee.value()->id;
    if (isee)
        d.iseeExemptionReason.clear(); // the rule holds: nothing to exempt
    const auto id = m_services.insertDelivery(d, actor.userName);
    if (!id)
        return id.error();
    QJsonObject details{{QStringLiteral("case"), d.caseId},
                        {QStringLiteral("person"), d.personId},
                        {QStringLiteral("catalogue"), d.catalogueId},
                        {QStringLiteral("status"), statusCode(d.status)},
                        {QStringLiteral("cost_cents"), d.costCents},
                        {QStringLiteral("comune_share_cents"), d.comuneShareCents}};
    if (!d.iseeExemptionReason.isEmpty())
        details.insert(QStringLiteral("isee_exemption"), true);
    if (Status s = m_audit.record(actor, QStringLiteral("service_requested"), QStringLiteral("service"),
                                  id.value(), details);
        !s)
        return s.error();
    if (e.value().restricted && !c.value().restricted) {
        const auto marked = m_cases.setRestricted(
            c.value().id, c.value().stamp.version, true,
            tr("A protection path was requested (%1): the case is riservato.").arg(e.value().name), actor);
        if (!marked)
            return marked.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id.value(), actor);
}

Result<ServiceDelivery> DeliveryService::forChange(qint64 id, int expectedVersion, const Actor &actor)
{
    const auto found = m_services.findDelivery(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The service does not exist."), {}, {id}};
    const auto c = m_cases.getForChange(found.value()->caseId, actor);
    if (!c)
        return Error{ErrorCode::NotFound, tr("The service does not exist."), {}, {id}};
    if (found.value()->stamp.version != expectedVersion)
        return Error{
            ErrorCode::Conflict,
            tr("Someone else changed this service in the meantime. Reload it and try again; nothing was "
               "changed."),
            {},
            {id}};
    return *found.value();
}

Result<ServiceDelivery> DeliveryService::write(TransactionScope &tx, const ServiceDelivery &before,
                                               const ServiceDelivery &after, const QString &action,
                                               const Actor &actor)
{
    if (Status s = m_services.updateDelivery(after, actor.userName); !s)
        return s.error();
    QJsonObject details{{QStringLiteral("version"), change(before.stamp.version, before.stamp.version + 1)}};
    if (before.status != after.status)
        details.insert(QStringLiteral("status"), change(statusCode(before.status), statusCode(after.status)));
    if (before.budgetLineId != after.budgetLineId)
        details.insert(QStringLiteral("budget_line"),
                       after.budgetLineId ? QJsonValue(*after.budgetLineId) : QJsonValue());
    if (before.costCents != after.costCents)
        details.insert(QStringLiteral("cost_cents"), change(before.costCents, after.costCents));
    if (before.comuneShareCents != after.comuneShareCents)
        details.insert(QStringLiteral("comune_share_cents"),
                       change(before.comuneShareCents, after.comuneShareCents));
    if (Status s = m_audit.record(actor, action, QStringLiteral("service"), before.id, details); !s)
        return s.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    return get(before.id, actor);
}

Result<ServiceDelivery> DeliveryService::amend(const ServiceDelivery &changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = forChange(changed.id, changed.stamp.version, actor);
    if (!before)
        return before.error();
    if (before.value().status != DeliveryStatus::Requested)
        return invalid(QStringLiteral("status"), tr("Only a request not yet decided can be changed."));
    const auto c = m_cases.getForChange(before.value().caseId, actor);
    if (!c)
        return c.error();
    const auto e = entry(before.value().catalogueId);
    if (!e)
        return e.error();
    ServiceDelivery after = changed;
    after.caseId = before.value().caseId;
    after.personId = before.value().personId;
    after.catalogueId = before.value().catalogueId;
    after.status = DeliveryStatus::Requested;
    after.meansTest = e.value().meansTest;
    after.iseeExemptionReason = after.iseeExemptionReason.trimmed();
    if (Status valid = validate(after, e.value(), c.value()); !valid)
        return valid.error();
    const auto isee = m_isee.check(e.value(), after.personId, after.requestedOn);
    if (!isee && after.iseeExemptionReason.isEmpty())
        return isee.error();
    after.iseeId = isee && isee.value() ? std::optional(isee.value()->id) : std::nullopt;
    if (isee)
        after.iseeExemptionReason.clear();
    return write(*tx.value(), before.value(), after, QStringLiteral("service_amended"), actor);
}

Result<ServiceDelivery> DeliveryService::approve(qint64 id, int expectedVersion,
                                                 std::optional<qint64> budgetLineId, QDate on,
                                                 const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
        return allowed.error();
    if (!on.isValid())
        on = officeToday();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = forChange(id, expectedVersion, actor);
    if (!before)
        return before.error();
    const ServiceDelivery &d = before.value();
    if (d.status != DeliveryStatus::Requested)
        return invalid(QStringLiteral("status"),
                       tr("Only a request can be approved; this one is %1.")
                           .arg(Vocabulary<DeliveryStatus>::label(d.status).toLower()));
    if (on < d.requestedOn)
        return invalid(QStringLiteral("decidedOn"), tr("The decision cannot come before the request."));
    const auto e = entry(d.catalogueId);
    if (!e)
        return e.error();
    ServiceDelivery after = d;
    after.status = DeliveryStatus::Approved;
    after.decidedOn = on;
    after.decidedBy = actor.userName;
    if (budgetLineId)
        after.budgetLineId = budgetLineId;
    // Economic benefits need their line; a service the Comune pays a provider for commits on one when given.
    if (e.value().paysMoney() && d.comuneShareCents > 0 && !after.budgetLineId)
        return invalid(QStringLiteral("budgetLine"),
                       tr("Choose the budget line that pays for this benefit."));
    if (d.comuneShareCents > 0 && after.budgetLineId) {
        if (Status committed = m_budget.commit(*after.budgetLineId, d.id, d.comuneShareCents, on, actor);
            !committed)
            return committed.error();
    }
    return write(*tx.value(), d, after, QStringLiteral("service_approved"), actor);
}

Result<ServiceDelivery> DeliveryService::reject(qint64 id, int expectedVersion, const QString &reason,
                                                QDate on, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
        return allowed.error();
    if (reason.trimmed().size() < 5)
        return invalid(QStringLiteral("reason"), tr("Say why the request is rejected."));
    if (!on.isValid())
        on = officeToday();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = forChange(id, expectedVersion, actor);
    if (!before)
        return before.error();
    if (before.value().status != DeliveryStatus::Requested)
        return invalid(QStringLiteral("status"), tr("Only a request can be rejected."));
    ServiceDelivery after = before.value();
    after.status = DeliveryStatus::Rejected;
    after.decidedOn = on;
    after.decidedBy = actor.userName;
    after.decisionReason = reason.trimmed();
    after.closedOn = on;
    return write(*tx.value(), before.value(), after, QStringLiteral("service_rejected"), actor);
}

Result<ServiceDelivery> DeliveryService::start(qint64 id, int expectedVersion, QDate on, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = forChange(id, expectedVersion, actor);
    if (!before)
        return before.error();
    if (before.value().status != DeliveryStatus::Approved)
        return invalid(QStringLiteral("status"), tr("Only an approved service can start."));
    ServiceDelivery after = before.value();
    after.status = DeliveryStatus::Active;
    if (!after.startsOn.isValid())
        after.startsOn = on.isValid() ? on : officeToday();
    return write(*tx.value(), before.value(), after, QStringLiteral("service_started"), actor);
}

Result<ServiceDelivery> DeliveryService::conclude(qint64 id, int expectedVersion, QDate on,
                                                  const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    if (!on.isValid())
        on = officeToday();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = forChange(id, expectedVersion, actor);
    if (!before)
        return before.error();
    const ServiceDelivery &d = before.value();
    if (d.status != DeliveryStatus::Active && d.status != DeliveryStatus::Approved)
        return invalid(QStringLiteral("status"), tr("Only a service in progress can be concluded."));
    if (d.startsOn.isValid() && on < d.startsOn)
        return invalid(QStringLiteral("endsOn"), tr("The end comes before the start."));
    if (d.budgetLineId) {
        if (const auto released =
                m_budget.releaseRest(*d.budgetLineId, d.id, on, tr("Service concluded"), actor);
            !released)
            return released.error();
    }
    ServiceDelivery after = d;
    after.status = DeliveryStatus::Concluded;
    after.closedOn = on;
    if (!after.endsOn.isValid() || after.endsOn > on)
        after.endsOn = on;
    return write(*tx.value(), d, after, QStringLiteral("service_concluded"), actor);
}

Result<ServiceDelivery> DeliveryService::cancel(qint64 id, int expectedVersion, const QString &reason,
                                                QDate on, const Actor &actor)
{
    if (!permits(actor, Operation::ApproveAid)) {
        if (Status allowed = require(actor, Operation::RequestServices); !allowed)
            return allowed.error();
    }
    if (reason.trimmed().size() < 5)
        return invalid(QStringLiteral("reason"), tr("Say why the service is cancelled."));
    if (!on.isValid())
        on = officeToday();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = forChange(id, expectedVersion, actor);
    if (!before)
        return before.error();
    const ServiceDelivery &d = before.value();
    if (!d.open())
        return invalid(QStringLiteral("status"), tr("The service is closed already."));
    // Withdrawing a request is the worker's; revoking what was granted is the zone manager's.
    if (d.status != DeliveryStatus::Requested) {
        if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
            return allowed.error();
    }
    if (d.budgetLineId && d.status != DeliveryStatus::Requested) {
        if (const auto released = m_budget.releaseRest(*d.budgetLineId, d.id, on, reason, actor); !released)
            return released.error();
    }
    ServiceDelivery after = d;
    after.status = DeliveryStatus::Cancelled;
    after.decisionReason = reason.trimmed();
    after.closedOn = on;
    return write(*tx.value(), d, after, QStringLiteral("service_cancelled"), actor);
}

Result<ServiceDelivery> DeliveryService::pay(qint64 id, qint64 amountCents, QDate paidOn,
                                             const QString &period, const QString &reference,
                                             const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordPayments); !allowed)
        return allowed.error();
    if (!paidOn.isValid())
        return invalid(QStringLiteral("paidOn"), tr("Give the date of the payment."));
    if (paidOn > officeToday())
        return invalid(QStringLiteral("paidOn"), tr("A payment cannot be recorded before it is made."));
    if (!period.isEmpty() && !QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).isValid())
        return invalid(QStringLiteral("period"), tr("The month paid is written as YYYY-MM."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_services.findDelivery(id);
    if (!found)
        return found.error();
    if (!found.value() || !m_cases.get(found.value()->caseId, actor))
        return Error{ErrorCode::NotFound, tr("The service does not exist."), {}, {id}};
    const ServiceDelivery d = *found.value();
    if (d.status != DeliveryStatus::Approved && d.status != DeliveryStatus::Active)
        return invalid(QStringLiteral("status"), tr("Only an approved benefit can be paid."));
    if (!d.budgetLineId)
        return invalid(QStringLiteral("budgetLine"), tr("This service has no budget line: it pays nothing."));
    if (paidOn < d.decidedOn)
        return invalid(QStringLiteral("paidOn"), tr("A payment cannot come before the approval."));
    if (Status paid = m_budget.pay(*d.budgetLineId, d.id, amountCents, paidOn, period, reference, actor);
        !paid)
        return paid.error();
    const auto money = m_budget.deliveryMoney(d.id);
    if (!money)
        return money.error();
    const auto e = entry(d.catalogueId);
    if (!e)
        return e.error();
    ServiceDelivery after = d;
    if (d.status == DeliveryStatus::Approved) {
        after.status = DeliveryStatus::Active;
        if (!after.startsOn.isValid())
            after.startsOn = paidOn;
    }
    if (!e.value().periodic && money.value().outstandingCents() == 0 && e.value().kind != ServiceKind::Loan) {
        after.status = DeliveryStatus::Concluded;
        after.closedOn = paidOn;
        if (!after.endsOn.isValid())
            after.endsOn = paidOn;
    }
    if (after.status == d.status) {
        if (Status done = tx.value()->commit(); !done)
            return done.error();
        return get(id, actor);
    }
    return write(*tx.value(), d, after, QStringLiteral("service_paid"), actor);
}

Result<ServiceDelivery> DeliveryService::get(qint64 id, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadServices); !allowed)
        return allowed.error();
    const auto found = m_services.findDelivery(id);
    if (!found)
        return found.error();
    if (!found.value() || !m_cases.get(found.value()->caseId, actor))
        return Error{ErrorCode::NotFound, tr("The service does not exist."), {}, {id}};
    return *found.value();
}

Result<ServiceDelivery> DeliveryService::ofKind(qint64 id, ServiceKind kind, const QString &otherKind,
                                                const Actor &actor, bool forChange, Case *ofCase)
{
    const auto found = m_services.findDelivery(id);
    if (!found)
        return found.error();
    const Error missing{ErrorCode::NotFound, tr("The service does not exist."), {}, {id}};
    if (!found.value())
        return missing;
    const auto c = forChange ? m_cases.getForChange(found.value()->caseId, actor)
                             : m_cases.get(found.value()->caseId, actor);
    if (!c)
        return missing;
    if (found.value()->kind != kind)
        return invalid(QStringLiteral("service"), otherKind);
    if (ofCase)
        *ofCase = c.value();
    return *found.value();
}

Result<DeliveryMoney> DeliveryService::money(qint64 id, const Actor &actor)
{
    if (const auto d = get(id, actor); !d)
        return d.error();
    return m_budget.deliveryMoney(id);
}

Result<QList<ServiceDelivery>> DeliveryService::forCase(qint64 caseId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadServices); !allowed)
        return allowed.error();
    if (const auto c = m_cases.get(caseId, actor); !c)
        return c.error();
    DeliveryQuery q;
    q.caseId = caseId;
    return m_services.deliveries(q, {}); // the case is visible: all of its services are
}

Result<QList<ServiceDelivery>> DeliveryService::forPerson(qint64 personId, const Actor &actor)
{
    DeliveryQuery q;
    q.personId = personId;
    return list(q, actor);
}

Result<QList<ServiceDelivery>> DeliveryService::list(const DeliveryQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadServices); !allowed)
        return allowed.error();
    return m_services.deliveries(query, CaseScope::of(actor).visibility());
}

} // namespace cartella::domain
