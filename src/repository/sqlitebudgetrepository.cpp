// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitebudgetrepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

BudgetLine readLine(const Row &row)
{
    BudgetLine l;
    l.id = row.id("id");
    l.year = row.integer("year");
    l.code = row.text("code");
    l.name = row.text("name");
    l.assistance = row.flag("assistance");
    return l;
}

const QString lineColumns = QStringLiteral("SELECT id, year, code, name, assistance FROM budget_lines ");

} // namespace

Result<qint64> SqliteBudgetRepository::insertLine(const BudgetLine &line, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO budget_lines (year, code, name, assistance, created_at, created_by) "
                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {line.year, line.code.trimmed(), line.name.trimmed(), line.assistance ? 1 : 0, nowUtc(),
              userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteBudgetRepository::renameLine(qint64 lineId, const QString &name)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("UPDATE budget_lines SET name = ? WHERE id = ?"), {name.trimmed(), lineId}))
        return queryError(q);
    return ok();
}

Result<std::optional<BudgetLine>> SqliteBudgetRepository::findLine(qint64 lineId)
{
    sql::Query q(m_db);
    if (!run(q, lineColumns + QStringLiteral("WHERE id = ?"), {lineId}))
        return queryError(q);
    if (!q.next())
        return std::optional<BudgetLine>();
    return std::optional<BudgetLine>(readLine(Row(q)));
}

Result<QList<BudgetLine>> SqliteBudgetRepository::lines(int year)
{
    sql::Query q(m_db);
    const bool all = year == 0;
    if (!run(q,
             lineColumns + (all ? QString() : QStringLiteral("WHERE year = ? ")) +
                 QStringLiteral("ORDER BY year DESC, code"),
             all ? QVariantList{} : QVariantList{year}))
        return queryError(q);
    QList<BudgetLine> out;
    const Row row(q);
    while (q.next())
        out.append(readLine(row));
    return out;
}

Result<qint64> SqliteBudgetRepository::addMovement(const BudgetMovement &m)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO budget_movements (line_id, kind, amount_cents, delivery_id, on_date, period, "
                 "reference, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {m.lineId, Vocabulary<MovementKind>::code(m.kind), m.amountCents,
              m.deliveryId > 0 ? QVariant(m.deliveryId) : QVariant(), isoDate(m.onDate), text(m.period),
              text(m.reference.trimmed()), text(m.reason.trimmed()), nowUtc(), m.by}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Result<BudgetFigures> SqliteBudgetRepository::figures(qint64 lineId)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT "
                 "coalesce(sum(CASE kind WHEN 'allocation' THEN amount_cents END), 0) AS allocation_cents, "
                 "coalesce(sum(CASE kind WHEN 'commitment' THEN amount_cents "
                 "WHEN 'payment' THEN -amount_cents WHEN 'release' THEN -amount_cents END), 0) "
                 "AS committed_cents, "
                 "coalesce(sum(CASE WHEN kind IN ('payment', 'write_off') THEN amount_cents END), 0) "
                 "AS paid_cents, "
                 "coalesce(sum(CASE kind WHEN 'override' THEN amount_cents END), 0) AS overridden_cents "
                 "FROM budget_movements WHERE line_id = ?"),
             {lineId}) ||
        !q.next())
        return queryError(q);
    const Row row(q);
    BudgetFigures f;
    f.allocationCents = row.cents("allocation_cents");
    f.committedCents = row.cents("committed_cents");
    f.paidCents = row.cents("paid_cents");
    f.overriddenCents = row.cents("overridden_cents");
    return f;
}

Result<DeliveryMoney> SqliteBudgetRepository::deliveryMoney(qint64 deliveryId)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT "
                 "coalesce(sum(CASE kind WHEN 'commitment' THEN amount_cents END), 0) "
                 "AS committed_cents, "
                 "coalesce(sum(CASE kind WHEN 'payment' THEN amount_cents END), 0) AS paid_cents, "
                 "coalesce(sum(CASE kind WHEN 'release' THEN amount_cents END), 0) AS released_cents "
                 "FROM budget_movements WHERE delivery_id = ?"),
             {deliveryId}) ||
        !q.next())
        return queryError(q);
    const Row row(q);
    DeliveryMoney d;
    d.committedCents = row.cents("committed_cents");
    d.paidCents = row.cents("paid_cents");
    d.releasedCents = row.cents("released_cents");
    return d;
}

Result<QList<BudgetMovement>> SqliteBudgetRepository::movements(qint64 lineId, int limit)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("SELECT id, line_id, kind, amount_cents, coalesce(delivery_id, 0) AS "
                            "delivery_id, on_date, period, "
                            "reference, reason, at, by FROM budget_movements WHERE line_id = ? "
                            "ORDER BY on_date DESC, id DESC LIMIT ?"),
             {lineId, limit}))
        return queryError(q);
    QList<BudgetMovement> out;
    const Row row(q);
    while (q.next()) {
        BudgetMovement m;
        m.id = row.id("id");
        m.lineId = row.id("line_id");
        m.kind = row.code<MovementKind>("kind");
        m.amountCents = row.cents("amount_cents");
        m.deliveryId = row.id("delivery_id");
        m.onDate = row.date("on_date");
        m.period = row.text("period");
        m.reference = row.text("reference");
        m.reason = row.text("reason");
        m.at = row.instant("at");
        m.by = row.text("by");
        out.append(m);
    }
    return out;
}

} // namespace cartella::repository
