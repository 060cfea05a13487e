// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/budgetservice.h"

#include "domain/access/access.h"
#include "domain/kernel/money.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonObject>

namespace cartella::domain {

namespace {

Status mayRead(const Actor &actor)
{
    if (permits(actor, Operation::ManageBudget))
        return ok();
    return require(actor, Operation::ReadServices);
}

} // namespace

BudgetService::BudgetService(BudgetRepository &budget, TransactionProvider &transactions, Auditor &audit)
    : m_budget(budget), m_transactions(transactions), m_audit(audit)
{}

Result<BudgetLine> BudgetService::findLine(qint64 lineId)
{
    const auto found = m_budget.findLine(lineId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The budget line does not exist."), {}, {lineId}};
    return *found.value();
}

Status BudgetService::audit(const Actor &actor, const QString &action, const BudgetMovement &m)
{
    QJsonObject details{{QStringLiteral("kind"), Vocabulary<MovementKind>::code(m.kind)},
                        {QStringLiteral("amount_cents"), m.amountCents},
                        {QStringLiteral("on"), m.onDate.toString(Qt::ISODate)}};
    if (m.deliveryId > 0)
        details.insert(QStringLiteral("delivery"), m.deliveryId);
    if (!m.period.isEmpty())
        details.insert(QStringLiteral("period"), m.period);
    return m_audit.record(actor, action, QStringLiteral("budget_line"), m.lineId, details);
}

Result<QList<BudgetLine>> BudgetService::lines(int year, const Actor &actor)
{
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    return m_budget.lines(year);
}

Result<BudgetLine> BudgetService::line(qint64 lineId, const Actor &actor)
{
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    return findLine(lineId);
}

Result<BudgetFigures> BudgetService::figures(qint64 lineId, const Actor &actor)
{
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    return m_budget.figures(lineId);
}

Result<QList<BudgetMovement>> BudgetService::movements(qint64 lineId, int limit, const Actor &actor)
{
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    return m_budget.movements(lineId, limit);
}

Result<BudgetLine> BudgetService::createLine(BudgetLine line, qint64 allocationCents, QDate onDate,
                                             const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageBudget); !allowed)
        return allowed.error();
    if (line.year < 2000 || line.year > 2999)
        return invalid(QStringLiteral("year"), tr("Give the year of the budget."));
    if (line.code.trimmed().isEmpty())
        return invalid(QStringLiteral("code"), tr("Give the number of the budget line (capitolo)."));
    if (line.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), tr("Give the budget line a name."));
    if (allocationCents < 0)
        return invalid(QStringLiteral("allocation"), tr("The allocation cannot be negative."));
    if (!onDate.isValid())
        onDate = QDate(line.year, 1, 1);
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto sameYear = m_budget.lines(line.year);
    if (!sameYear)
        return sameYear.error();
    for (const BudgetLine &existing : sameYear.value()) {
        if (existing.code.compare(line.code.trimmed(), Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::Duplicate,
                         tr("Budget line %1 already exists for %2.").arg(existing.code).arg(line.year),
                         {{QStringLiteral("code"), tr("Already exists for this year.")}},
                         {existing.id}};
    }
    const auto id = m_budget.insertLine(line, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("budget_line_created"), QStringLiteral("budget_line"), id.value(),
            {{QStringLiteral("year"), line.year}, {QStringLiteral("assistance"), line.assistance}});
        !s)
        return s.error();
    if (allocationCents > 0) {
        const BudgetMovement m{0,
                               id.value(),
                               MovementKind::Allocation,
                               allocationCents,
                               0,
                               onDate,
                               {},
                               {},
                               tr("Initial allocation"),
                               {},
                               actor.userName};
        if (const auto added = m_budget.addMovement(m); !added)
            return added.error();
        if (Status s = audit(actor, QStringLiteral("budget_allocation"), m); !s)
            return s.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return findLine(id.value());
}

Result<BudgetFigures> BudgetService::changeAllocation(qint64 lineId, qint64 deltaCents, QDate onDate,
                                                      const QString &reference, const QString &reason,
                                                      const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageBudget); !allowed)
        return allowed.error();
    if (deltaCents == 0)
        return invalid(QStringLiteral("amount"), tr("Give the amount of the variation."));
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why the allocation changes."));
    if (!onDate.isValid())
        return invalid(QStringLiteral("onDate"), tr("Give the date of the variation."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    if (const auto found = findLine(lineId); !found)
        return found.error();
    const auto before = m_budget.figures(lineId);
    if (!before)
        return before.error();
    if (deltaCents < 0 && before.value().availableCents() + deltaCents < 0)
        return invalid(
            QStringLiteral("amount"),
            tr("The line has only %1 available: a reduction of %2 would take it below what is already "
               "committed and paid.")
                .arg(formatEuro(before.value().availableCents()), formatEuro(-deltaCents)));
    const BudgetMovement m{
        0,  lineId,        MovementKind::Allocation, deltaCents, 0, onDate, {}, reference, reason,
        {}, actor.userName};
    if (const auto added = m_budget.addMovement(m); !added)
        return added.error();
    if (Status s = audit(actor, QStringLiteral("budget_allocation"), m); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_budget.figures(lineId);
}

Result<BudgetFigures> BudgetService::authoriseOverspend(qint64 lineId, qint64 amountCents, QDate onDate,
                                                        const QString &reason, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::AuthoriseOverspend); !allowed)
        return allowed.error();
    if (amountCents <= 0)
        return invalid(QStringLiteral("amount"),
                       tr("Give the amount that may be spent beyond the allocation."));
    if (reason.trimmed().size() < 10)
        return invalid(QStringLiteral("reason"),
                       tr("Say why the line may go beyond its allocation (at least 10 characters)."));
    if (!onDate.isValid())
        return invalid(QStringLiteral("onDate"), tr("Give the date of the authorisation."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    if (const auto found = findLine(lineId); !found)
        return found.error();
    const BudgetMovement m{0,      lineId, MovementKind::Override, amountCents, 0, onDate, {}, {},
                           reason, {},     actor.userName};
    if (const auto added = m_budget.addMovement(m); !added)
        return added.error();
    if (Status s = audit(actor, QStringLiteral("budget_overspend_authorised"), m); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_budget.figures(lineId);
}

Status BudgetService::commit(qint64 lineId, qint64 deliveryId, qint64 amountCents, QDate onDate,
                             const Actor &actor)
{
    if (amountCents <= 0)
        return invalid(QStringLiteral("amount"), tr("There is no amount to commit."));
    const auto line = findLine(lineId);
    if (!line)
        return line.error();
    if (onDate.year() != line.value().year)
        return invalid(QStringLiteral("budgetLine"), tr("Budget line %1 is for %2: choose a line of %3.")
                                                         .arg(line.value().code)
                                                         .arg(line.value().year)
                                                         .arg(onDate.year()));
    const auto figures = m_budget.figures(lineId);
    if (!figures)
        return figures.error();
    if (figures.value().spendableCents() < amountCents)
        return invalid(
            QStringLiteral("budgetLine"),
            tr("Budget line %1 has %2 available and cannot commit %3: %4 are missing. A zone manager "
               "may authorise the overspend, with its reason.")
                .arg(line.value().code, formatEuro(figures.value().spendableCents()), formatEuro(amountCents),
                     formatEuro(amountCents - figures.value().spendableCents())));
    const BudgetMovement m{
        0, lineId, MovementKind::Commitment, amountCents, deliveryId, onDate, {}, {}, {}, {}, actor.userName};
    if (const auto added = m_budget.addMovement(m); !added)
        return added.error();
    return audit(actor, QStringLiteral("budget_commitment"), m);
}

Status BudgetService::pay(qint64 lineId, qint64 deliveryId, qint64 amountCents, QDate onDate,
                          const QString &period, const QString &reference, const Actor &actor)
{
    if (amountCents <= 0)
        return invalid(QStringLiteral("amount"), tr("The payment must be above zero."));
    if (!onDate.isValid())
        return invalid(QStringLiteral("paidOn"), tr("Give the date of the payment."));
    const auto money = m_budget.deliveryMoney(deliveryId);
    if (!money)
        return money.error();
    if (amountCents > money.value().outstandingCents())
        return invalid(
            QStringLiteral("amount"),
            tr("Only %1 remain committed for this benefit: a payment of %2 would go beyond what was "
               "approved.")
                .arg(formatEuro(money.value().outstandingCents()), formatEuro(amountCents)));
    const BudgetMovement m{
        0,  lineId, MovementKind::Payment, amountCents, deliveryId, onDate, period, reference,
        {}, {},     actor.userName};
    if (const auto added = m_budget.addMovement(m); !added)
        return added.error();
    return audit(actor, QStringLiteral("budget_payment"), m);
}

Result<qint64> BudgetService::releaseRest(qint64 lineId, qint64 deliveryId, QDate onDate,
                                          const QString &reason, const Actor &actor)
{
    const auto money = m_budget.deliveryMoney(deliveryId);
    if (!money)
        return money.error();
    const qint64 rest = money.value().outstandingCents();
    if (rest <= 0)
        return qint64(0);
    const BudgetMovement m{0,      lineId, MovementKind::Release, rest, deliveryId, onDate, {}, {},
                           reason, {},     actor.userName};
    if (const auto added = m_budget.addMovement(m); !added)
        return added.error();
    if (Status s = audit(actor, QStringLiteral("budget_release"), m); !s)
        return s.error();
    return rest;
}

Result<DeliveryMoney> BudgetService::deliveryMoney(qint64 deliveryId)
{
    return m_budget.deliveryMoney(deliveryId);
}

} // namespace cartella::domain
