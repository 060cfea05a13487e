// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/loanservice.h"

#include "domain/access/access.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"

namespace cartella::domain {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

qint64 repaidSoFar(const QList<LoanRepayment> &repayments)
{
    qint64 sum = 0;
    for (const LoanRepayment &r : repayments)
        sum += r.amountCents;
    return sum;
}

qint64 planTotal(const QList<Instalment> &plan)
{
    qint64 sum = 0;
    for (const Instalment &i : plan)
        sum += i.amountCents;
    return sum;
}

} // namespace

LoanService::LoanService(LoanRepository &loans, BudgetRepository &budget, DeadlineRepository &deadlines,
                         CaseService &cases, TransactionProvider &transactions, Auditor &audit)
    : m_loans(loans), m_budget(budget), m_deadlines(deadlines), m_cases(cases), m_transactions(transactions),
      m_audit(audit)
{}

QString LoanService::instalmentTitle(const Instalment &instalment, int count)
{
    return tr("Honour loan: instalment %1 of %2 (%3)")
        .arg(instalment.number)
        .arg(count)
        .arg(formatEuro(instalment.amountCents));
}

Result<LoanDelivery> LoanService::deliveryForChange(qint64 deliveryId, const Actor &actor, Case *ofCase)
{
    const auto found = m_loans.findDelivery(deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The service does not exist."), {}, {deliveryId}};
    const LoanDelivery d = *found.value();
    // A case the actor may not change (or see) answers as if the service did not exist.
    const auto c = m_cases.getForChange(d.caseId, actor);
    if (!c)
        return c.error();
    if (ofCase)
        *ofCase = c.value();
    if (d.kind != ServiceKind::Loan)
        return invalid(QStringLiteral("delivery"), tr("This service is not an honour loan."));
    return d;
}

Result<Loan> LoanService::openLoan(qint64 deliveryId)
{
    const auto loan = m_loans.findLoan(deliveryId);
    if (!loan)
        return loan.error();
    if (!loan.value())
        return invalid(QStringLiteral("delivery"), tr("The loan's repayment plan has not been set up yet."));
    switch (loan.value()->status) {
    case LoanStatus::Open:
        return *loan.value();
    case LoanStatus::Repaid:
        return invalid(QStringLiteral("delivery"), tr("This loan has been repaid in full: it is closed."));
    case LoanStatus::WrittenOff:
        return invalid(QStringLiteral("delivery"),
                       tr("This loan's remainder was written off: it is closed."));
    }
    return *loan.value();
}

Result<LoanView> LoanService::load(const LoanDelivery &delivery, const QDate &asOf)
{
    LoanView view;
    view.delivery = delivery;
    const auto loan = m_loans.findLoan(delivery.deliveryId);
    if (!loan)
        return loan.error();
    view.loan = loan.value();
    if (view.loan) {
        const auto plan = m_loans.instalments(delivery.deliveryId);
        if (!plan)
            return plan.error();
        view.plan = plan.value();
        const auto repayments = m_loans.repayments(delivery.deliveryId);
        if (!repayments)
            return repayments.error();
        view.repayments = repayments.value();
    }
    view.standing = loanStanding(view.plan, view.repayments, asOf.isValid() ? asOf : officeToday());
    return view;
}

Status LoanService::syncDeadline(const LoanDelivery &delivery, const LoanView &view, const Actor &actor)
{
    const auto open = m_deadlines.openDeadlineOf(DeadlineSource::Loan, delivery.deliveryId);
    if (!open)
        return open.error();
    // Every repayment is recorded by today, so the oldest unpaid instalment does not depend on the day.
    const InstalmentStanding *next = view.standing.next();
    if (!view.loan || !view.loan->open() || !next) {
        if (!open.value())
            return ok();
        const bool repaid = view.loan && view.loan->status == LoanStatus::Repaid;
        return m_deadlines.closeDeadline(open.value()->id, open.value()->version,
                                         repaid ? DeadlineState::Done : DeadlineState::Cancelled,
                                         actor.userName);
    }
    const QString title = instalmentTitle(next->instalment, int(view.plan.size()));
    if (open.value()) {
        Deadline d = *open.value();
        if (d.dueOn == next->instalment.dueOn) { // the same instalment: follow the owner (and the language)
            if (d.title == title && d.ownerWorkerId == delivery.responsibleWorkerId)
                return ok();
            d.title = title;
            d.ownerWorkerId = delivery.responsibleWorkerId;
            return m_deadlines.updateDeadline(d);
        }
        // The instalment it stood for is settled: done, and the next one takes its place.
        if (Status s = m_deadlines.closeDeadline(d.id, d.version, DeadlineState::Done, actor.userName); !s)
            return s;
    }
    Deadline d;
    d.caseId = delivery.caseId;
    d.source = DeadlineSource::Loan;
    d.sourceId = delivery.deliveryId;
    d.title = title;
    d.dueOn = next->instalment.dueOn;
    d.ownerWorkerId = delivery.responsibleWorkerId;
    const auto id = m_deadlines.insertDeadline(d, actor.userName);
    return id ? ok() : Status(id.error());
}

Result<LoanView> LoanService::setUp(qint64 deliveryId, int instalmentCount, const QDate &firstDueOn,
                                    const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
        return allowed.error();
    if (instalmentCount < 1 || instalmentCount > kMaxInstalments)
        return invalid(QStringLiteral("count"),
                       tr("A loan is repaid in 1 to %1 monthly instalments.").arg(kMaxInstalments));
    if (!firstDueOn.isValid())
        return invalid(QStringLiteral("firstDue"), tr("Give the date of the first instalment."));
    const QDate today = officeToday();
    if (firstDueOn > today.addMonths(kMaxMonthsToFirstInstalment))
        return invalid(QStringLiteral("firstDue"),
                       tr("The first instalment falls more than %n month(s) from today.", nullptr,
                          kMaxMonthsToFirstInstalment));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    Case c;
    const auto delivery = deliveryForChange(deliveryId, actor, &c);
    if (!delivery)
        return delivery.error();
    const LoanDelivery &d = delivery.value();
    if (Status open = m_cases.requireOpen(c); !open)
        return open.error();
    if (d.status != DeliveryStatus::Approved && d.status != DeliveryStatus::Active)
        return invalid(QStringLiteral("delivery"),
                       tr("The repayment plan is set up once the loan has been approved."));
    const auto existing = m_loans.findLoan(deliveryId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Duplicate, tr("This loan already has its repayment plan."), {}, {deliveryId}};
    const qint64 principal = d.comuneShareCents;
    if (principal <= 0)
        return invalid(QStringLiteral("delivery"),
                       tr("The loan has no amount: the Comune's share of the service is zero."));
    if (principal < instalmentCount)
        return invalid(
            QStringLiteral("count"),
            tr("%1 cannot be split into %2 instalments.").arg(formatEuro(principal)).arg(instalmentCount));
    const QDate decided = d.decidedOn.isValid() ? d.decidedOn : d.requestedOn;
    if (decided.isValid() && firstDueOn < decided)
        return invalid(QStringLiteral("firstDue"),
                       tr("The first instalment cannot fall before the loan was approved (%1).")
                           .arg(decided.toString(QStringLiteral("dd/MM/yyyy"))));
    const QList<Instalment> plan = loanSchedule(principal, instalmentCount, firstDueOn);
    if (Status s = m_loans.insertLoan(deliveryId, principal, plan, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("loan_set_up"), QStringLiteral("loan"), deliveryId,
                                  {{QStringLiteral("case"), d.caseId},
                                   {QStringLiteral("principal_cents"), principal},
                                   {QStringLiteral("instalments"), instalmentCount},
                                   {QStringLiteral("first_due"), iso(plan.first().dueOn)},
                                   {QStringLiteral("last_due"), iso(plan.last().dueOn)}});
        !s)
        return s.error();
    const auto view = load(d, today);
    if (!view)
        return view.error();
    if (Status s = syncDeadline(d, view.value(), actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return view;
}

Result<LoanView> LoanService::recordRepayment(qint64 deliveryId, qint64 amountCents, const QDate &paidOn,
                                              const QString &reference, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordPayments); !allowed)
        return allowed.error();
    if (amountCents <= 0)
        return invalid(QStringLiteral("amount"), tr("Give the amount repaid, more than zero."));
    const QDate today = officeToday();
    if (!paidOn.isValid())
        return invalid(QStringLiteral("paidOn"), tr("Give the day the money was paid."));
    if (paidOn > today)
        return invalid(QStringLiteral("paidOn"), tr("A repayment is recorded once it has been made."));
    const QString ref = reference.simplified();
    if (ref.size() > 100)
        return invalid(QStringLiteral("reference"), tr("The reference is at most 100 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto delivery = deliveryForChange(deliveryId, actor);
    if (!delivery)
        return delivery.error();
    const LoanDelivery &d = delivery.value();
    const auto loan = openLoan(deliveryId);
    if (!loan)
        return loan.error();
    if (d.decidedOn.isValid() && paidOn < d.decidedOn)
        return invalid(QStringLiteral("paidOn"),
                       tr("The loan was approved on %1: a repayment cannot come before.")
                           .arg(d.decidedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    const auto before = load(d, today);
    if (!before)
        return before.error();
    const qint64 outstanding = planTotal(before.value().plan) - repaidSoFar(before.value().repayments);
    if (amountCents > outstanding)
        return invalid(QStringLiteral("amount"), tr("%1 is more than what is still owed: %2.")
                                                     .arg(formatEuro(amountCents), formatEuro(outstanding)));
    LoanRepayment r;
    r.paidOn = paidOn;
    r.amountCents = amountCents;
    r.reference = ref;
    const auto id = m_loans.insertRepayment(deliveryId, r, actor.userName);
    if (!id)
        return id.error();
    const qint64 left = outstanding - amountCents;
    QJsonObject details{{QStringLiteral("case"), d.caseId},
                        {QStringLiteral("repayment"), id.value()},
                        {QStringLiteral("amount_cents"), amountCents},
                        {QStringLiteral("paid_on"), iso(paidOn)},
                        {QStringLiteral("outstanding_cents"), change(outstanding, left)}};
    if (left == 0) {
        if (Status s = m_loans.markRepaid(deliveryId, loan.value().version); !s)
            return s.error();
        details.insert(QStringLiteral("status"), change(QStringLiteral("open"), QStringLiteral("repaid")));
        details.insert(QStringLiteral("version"), change(loan.value().version, loan.value().version + 1));
    }
    if (Status s = m_audit.record(actor, QStringLiteral("loan_repayment"), QStringLiteral("loan"), deliveryId,
                                  details);
        !s)
        return s.error();
    const auto view = load(d, today);
    if (!view)
        return view.error();
    if (Status s = syncDeadline(d, view.value(), actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return view;
}

Result<LoanView> LoanService::writeOff(qint64 deliveryId, qint64 budgetLineId, const QString &reason,
                                       const QDate &asOf, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (why.size() < kMinReasonLength)
        return invalid(
            QStringLiteral("reason"),
            tr("Say why the remainder cannot be recovered (at least %1 characters).").arg(kMinReasonLength));
    const QDate today = officeToday();
    if (!asOf.isValid() || asOf > today)
        return invalid(QStringLiteral("asOf"), tr("Give the day of the write-off, today or before."));
    if (budgetLineId <= 0)
        return invalid(QStringLiteral("line"),
                       tr("Choose the assistance budget line that bears the write-off."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto delivery = deliveryForChange(deliveryId, actor);
    if (!delivery)
        return delivery.error();
    const LoanDelivery &d = delivery.value();
    const auto loan = openLoan(deliveryId);
    if (!loan)
        return loan.error();
    const auto before = load(d, today);
    if (!before)
        return before.error();
    const LoanView &was = before.value();
    const qint64 remainder = planTotal(was.plan) - repaidSoFar(was.repayments);
    if (!was.repayments.isEmpty() && asOf < was.repayments.last().paidOn)
        return invalid(QStringLiteral("asOf"),
                       tr("The write-off cannot come before the last repayment (%1).")
                           .arg(was.repayments.last().paidOn.toString(QStringLiteral("dd/MM/yyyy"))));
    if (d.decidedOn.isValid() && asOf < d.decidedOn)
        return invalid(QStringLiteral("asOf"),
                       tr("The loan was approved on %1: a write-off cannot come before.")
                           .arg(d.decidedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    const auto line = m_budget.findLine(budgetLineId);
    if (!line)
        return line.error();
    if (!line.value())
        return invalid(QStringLiteral("line"), tr("The budget line does not exist."));
    const BudgetLine &l = *line.value();
    if (!l.assistance)
        return invalid(QStringLiteral("line"),
                       tr("Line %1 is not an assistance line: honour loans are written off against the "
                          "assistance line.")
                           .arg(l.code));
    if (l.year != asOf.year())
        return invalid(QStringLiteral("line"),
                       tr("The write-off falls in %1: choose a line of that year.").arg(asOf.year()));
    const auto figures = m_budget.figures(budgetLineId);
    if (!figures)
        return figures.error();
    const qint64 spendable = figures.value().spendableCents();
    if (spendable < remainder)
        return invalid(QStringLiteral("line"),
                       tr("Line %1 lacks %2 to bear this write-off of %3: a zone manager's override on the "
                          "line is needed first.")
                           .arg(l.code, formatEuro(remainder - spendable), formatEuro(remainder)));
    BudgetMovement m;
    m.lineId = budgetLineId;
    m.kind = MovementKind::WriteOff;
    m.amountCents = remainder;
    m.deliveryId = deliveryId;
    m.onDate = asOf;
    m.reason = why;
    m.at = QDateTime::currentDateTimeUtc();
    m.by = actor.userName;
    const auto movement = m_budget.addMovement(m);
    if (!movement)
        return movement.error();
    if (Status s =
            m_loans.markWrittenOff(deliveryId, loan.value().version, remainder, asOf, why, budgetLineId);
        !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("loan_written_off"), QStringLiteral("loan"), deliveryId,
            {{QStringLiteral("case"), d.caseId},
             {QStringLiteral("line"), budgetLineId},
             {QStringLiteral("movement"), movement.value()},
             {QStringLiteral("amount_cents"), remainder},
             {QStringLiteral("on"), iso(asOf)},
             {QStringLiteral("status"), change(QStringLiteral("open"), QStringLiteral("written_off"))},
             {QStringLiteral("version"), change(loan.value().version, loan.value().version + 1)}});
        !s)
        return s.error();
    const auto view = load(d, today);
    if (!view)
        return view.error();
    if (Status s = syncDeadline(d, view.value(), actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return view;
}

Result<LoanView> LoanService::standing(qint64 deliveryId, const QDate &asOf, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadServices); !allowed)
        return allowed.error();
    const auto found = m_loans.findDelivery(deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The service does not exist."), {}, {deliveryId}};
    if (const auto c = m_cases.get(found.value()->caseId, actor); !c)
        return c.error();
    if (found.value()->kind != ServiceKind::Loan)
        return invalid(QStringLiteral("delivery"), tr("This service is not an honour loan."));
    return load(*found.value(), asOf);
}

Result<QList<BudgetLine>> LoanService::assistanceLines(int year, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
        return allowed.error();
    const auto all = m_budget.lines(year);
    if (!all)
        return all.error();
    QList<BudgetLine> assistance;
    for (const BudgetLine &l : all.value()) {
        if (l.assistance)
            assistance.append(l);
    }
    return assistance;
}

} // namespace cartella::domain
