#include "sqlitebudgetrepository.h"

#include "domain/vocabulary.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BudgetRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The budget could not be read or written."), q.lastError().text());
}

BudgetLine readLine(const QSqlQuery &q)
{
    BudgetLine l;
    l.id = q.value(0).toLongLong();
    l.year = q.value(1).toInt();
    l.code = q.value(2).toString();
    l.name = q.value(3).toString();
    l.assistance = q.value(4).toBool();
    return l;
}

const QString lineColumns = QStringLiteral("SELECT id, year, code, name, assistance FROM budget_lines ");

} // namespace

Result<qint64> SqliteBudgetRepository::insertLine(const BudgetLine &line, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("INSERT INTO budget_lines (year, code, name, assistance, created_at, created_by) "
                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {line.year, line.code.trimmed(), line.name.trimmed(), line.assistance ? 1 : 0, nowUtc(),
              userName}) ||
        !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status SqliteBudgetRepository::renameLine(qint64 lineId, const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("UPDATE budget_lines SET name = ? WHERE id = ?"), {name.trimmed(), lineId}))
        return queryError(q);
    return ok();
}

Result<std::optional<BudgetLine>> SqliteBudgetRepository::findLine(qint64 lineId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q, lineColumns + QStringLiteral("WHERE id = ?"), {lineId}))
        return queryError(q);
    if (!q.next())
        return std::optional<BudgetLine>();
    return std::optional<BudgetLine>(readLine(q));
}

Result<QList<BudgetLine>> SqliteBudgetRepository::lines(int year)
{
    QSqlQuery q(m_db.connection());
    const bool all = year == 0;
    if (!run(q,
             lineColumns + (all ? QString() : QStringLiteral("WHERE year = ? ")) +
                 QStringLiteral("ORDER BY year DESC, code"),
             all ? QVariantList{} : QVariantList{year}))
        return queryError(q);
    QList<BudgetLine> out;
    while (q.next())
        out.append(readLine(q));
    return out;
}

Result<qint64> SqliteBudgetRepository::addMovement(const BudgetMovement &m)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO budget_movements (line_id, kind, amount_cents, delivery_id, on_date, period, "
                 "reference, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {m.lineId, Vocabulary<MovementKind>::code(m.kind), m.amountCents,
              m.deliveryId > 0 ? QVariant(m.deliveryId) : QVariant(), isoDate(m.onDate), text(m.period),
              text(m.reference.trimmed()), text(m.reason.trimmed()), nowUtc(), m.by}) ||
        !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<BudgetFigures> SqliteBudgetRepository::figures(qint64 lineId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT "
                 "coalesce(sum(CASE kind WHEN 'allocation' THEN amount_cents END), 0), "
                 "coalesce(sum(CASE kind WHEN 'commitment' THEN amount_cents "
                 "WHEN 'payment' THEN -amount_cents WHEN 'release' THEN -amount_cents END), 0), "
                 "coalesce(sum(CASE WHEN kind IN ('payment', 'write_off') THEN amount_cents END), 0), "
                 "coalesce(sum(CASE kind WHEN 'override' THEN amount_cents END), 0) "
                 "FROM budget_movements WHERE line_id = ?"),
             {lineId}) ||
        !q.next())
        return queryError(q);
    BudgetFigures f;
    f.allocationCents = q.value(0).toLongLong();
    f.committedCents = q.value(1).toLongLong();
    f.paidCents = q.value(2).toLongLong();
    f.overriddenCents = q.value(3).toLongLong();
    return f;
}

Result<DeliveryMoney> SqliteBudgetRepository::deliveryMoney(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT "
                            "coalesce(sum(CASE kind WHEN 'commitment' THEN amount_cents END), 0), "
                            "coalesce(sum(CASE kind WHEN 'payment' THEN amount_cents END), 0), "
                            "coalesce(sum(CASE kind WHEN 'release' THEN amount_cents END), 0) "
                            "FROM budget_movements WHERE delivery_id = ?"),
             {deliveryId}) ||
        !q.next())
        return queryError(q);
    DeliveryMoney d;
    d.committedCents = q.value(0).toLongLong();
    d.paidCents = q.value(1).toLongLong();
    d.releasedCents = q.value(2).toLongLong();
    return d;
}

Result<QList<BudgetMovement>> SqliteBudgetRepository::movements(qint64 lineId, int limit)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT id, line_id, kind, amount_cents, coalesce(delivery_id, 0), on_date, period, "
                 "reference, reason, at, by FROM budget_movements WHERE line_id = ? "
                 "ORDER BY on_date DESC, id DESC LIMIT ?"),
             {lineId, limit}))
        return queryError(q);
    QList<BudgetMovement> out;
    while (q.next()) {
        BudgetMovement m;
        m.id = q.value(0).toLongLong();
        m.lineId = q.value(1).toLongLong();
        m.kind = Vocabulary<MovementKind>::fromCode(q.value(2).toString());
        m.amountCents = q.value(3).toLongLong();
        m.deliveryId = q.value(4).toLongLong();
        m.onDate = date(q.value(5));
        m.period = q.value(6).toString();
        m.reference = q.value(7).toString();
        m.reason = q.value(8).toString();
        m.at = instant(q.value(9));
        m.by = q.value(10).toString();
        out.append(m);
    }
    return out;
}

} // namespace cartella::repository
