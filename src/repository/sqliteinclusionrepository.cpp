#include "sqliteinclusionrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InclusionRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(
        Tr::tr("The inclusion paths and work placements could not be read or written."),
        q.lastError().text());
}

// The payments for each month of a delivery: budget payments carrying a period, summed per month; the date
// and reference of the latest.
Result<QList<MonthPayment>> paymentsByMonth(Database &db, qint64 deliveryId)
{
    QSqlQuery q(db.connection());
    if (!run(
            q,
            QStringLiteral(
                "SELECT m.period, sum(m.amount_cents), max(m.on_date), "
                "(SELECT l.reference FROM budget_movements l WHERE l.delivery_id = m.delivery_id "
                " AND l.kind = 'payment' AND l.period = m.period ORDER BY l.on_date DESC, l.id DESC LIMIT 1) "
                "FROM budget_movements m WHERE m.delivery_id = ? AND m.kind = 'payment' AND m.period <> '' "
                "GROUP BY m.period ORDER BY m.period"),
            {deliveryId}))
        return queryError(q);
    QList<MonthPayment> months;
    while (q.next())
        months.append(
            {q.value(0).toString(), date(q.value(2)), q.value(1).toLongLong(), q.value(3).toString()});
    return months;
}

} // namespace

Status SqliteInclusionRepository::insertPath(const InclusionPath &p, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("INSERT INTO inclusion_paths (delivery_id, activity, educator_worker_id, "
                            "monthly_subsidy_cents, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
             {p.deliveryId, text(p.activity),
              p.educatorWorkerId > 0 ? QVariant(p.educatorWorkerId) : QVariant(), p.monthlySubsidyCents,
              nowUtc(), userName}))
        return queryError(q);
    return ok();
}

Result<std::optional<InclusionPath>> SqliteInclusionRepository::findPath(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT p.delivery_id, p.activity, coalesce(p.educator_worker_id, 0), "
                            "coalesce(w.name, ''), p.monthly_subsidy_cents, p.created_at, p.created_by "
                            "FROM inclusion_paths p LEFT JOIN workers w ON w.id = p.educator_worker_id "
                            "WHERE p.delivery_id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<InclusionPath>();
    InclusionPath p;
    p.deliveryId = q.value(0).toLongLong();
    p.activity = q.value(1).toString();
    p.educatorWorkerId = q.value(2).toLongLong();
    p.educatorName = q.value(3).toString();
    p.monthlySubsidyCents = q.value(4).toLongLong();
    p.createdAt = instant(q.value(5));
    p.createdBy = q.value(6).toString();

    const auto payments = paymentsByMonth(m_db, deliveryId);
    if (!payments)
        return payments.error();
    QSqlQuery a(m_db.connection());
    if (!run(a,
             QStringLiteral("SELECT month, planned_hours, attended_hours, subsidy_cents, rule, recorded_at, "
                            "recorded_by FROM inclusion_attendance WHERE delivery_id = ? ORDER BY month"),
             {deliveryId}))
        return queryError(a);
    while (a.next()) {
        InclusionMonth m;
        m.month = a.value(0).toString();
        m.plannedHours = a.value(1).toInt();
        m.attendedHours = a.value(2).toInt();
        m.subsidyCents = a.value(3).toLongLong();
        m.rule = AttendanceRule::fromJson(a.value(4).toString()).value_or(AttendanceRule{});
        m.recordedAt = instant(a.value(5));
        m.recordedBy = a.value(6).toString();
        for (const MonthPayment &paid : payments.value()) {
            if (paid.month == m.month)
                m.payment = paid;
        }
        p.months.append(m);
    }
    return std::optional<InclusionPath>(p);
}

Status SqliteInclusionRepository::insertMonth(qint64 deliveryId, const InclusionMonth &m,
                                              const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO inclusion_attendance (delivery_id, month, planned_hours, attended_hours, "
                 "subsidy_cents, rule, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {deliveryId, m.month, m.plannedHours, m.attendedHours, m.subsidyCents, m.rule.toJson(), nowUtc(),
              userName}))
        return queryError(q);
    return ok();
}

Status SqliteWorkPlacementRepository::insertPlacement(const WorkPlacement &p, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO work_placements (delivery_id, host_organisation, tutor, insurance_policy, "
                 "weekly_hours, monthly_reimbursement_cents, created_at, created_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {p.deliveryId, text(p.hostOrganisation), text(p.tutor), text(p.insurancePolicy), p.weeklyHours,
              p.monthlyReimbursementCents, nowUtc(), userName}))
        return queryError(q);
    return ok();
}

Result<std::optional<WorkPlacement>> SqliteWorkPlacementRepository::findPlacement(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT delivery_id, host_organisation, tutor, insurance_policy, weekly_hours, "
                            "monthly_reimbursement_cents, created_at, created_by FROM work_placements "
                            "WHERE delivery_id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<WorkPlacement>();
    WorkPlacement p;
    p.deliveryId = q.value(0).toLongLong();
    p.hostOrganisation = q.value(1).toString();
    p.tutor = q.value(2).toString();
    p.insurancePolicy = q.value(3).toString();
    p.weeklyHours = q.value(4).toInt();
    p.monthlyReimbursementCents = q.value(5).toLongLong();
    p.createdAt = instant(q.value(6));
    p.createdBy = q.value(7).toString();
    const auto payments = paymentsByMonth(m_db, deliveryId);
    if (!payments)
        return payments.error();
    p.months = payments.value();
    return std::optional<WorkPlacement>(p);
}

} // namespace cartella::repository
