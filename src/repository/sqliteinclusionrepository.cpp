// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteinclusionrepository.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

// The payments for each month of a delivery: budget payments carrying a period, summed per month; the date
// and reference of the latest.
Result<QList<MonthPayment>> paymentsByMonth(Database &db, qint64 deliveryId)
{
    QSqlQuery q(db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT m.period, sum(m.amount_cents) AS paid_cents, max(m.on_date) AS last_paid_on, "
                 "(SELECT l.reference FROM budget_movements l WHERE l.delivery_id = m.delivery_id "
                 " AND l.kind = 'payment' AND l.period = m.period ORDER BY l.on_date DESC, l.id DESC LIMIT "
                 "1) AS last_reference "
                 "FROM budget_movements m WHERE m.delivery_id = ? AND m.kind = 'payment' AND m.period <> '' "
                 "GROUP BY m.period ORDER BY m.period"),
             {deliveryId}))
        return queryError(q);
    QList<MonthPayment> months;
    const Row row(q);
    while (q.next())
        months.append({row.text("period"), row.date("last_paid_on"), row.cents("paid_cents"),
                       row.text("last_reference")});
    return months;
}

} // namespace

Status SqliteInclusionRepository::insertPath(const InclusionPath &p, const QString &userName)
{
    sql::Query q(m_db);
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
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT p.delivery_id, p.activity, coalesce(p.educator_worker_id, 0) AS educator_worker_id, "
                 "coalesce(w.name, '') AS educator_name, p.monthly_subsidy_cents, p.created_at, p.created_by "
                 "FROM inclusion_paths p LEFT JOIN workers w ON w.id = p.educator_worker_id "
                 "WHERE p.delivery_id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<InclusionPath>();
    const Row row(q);
    InclusionPath p;
    p.deliveryId = row.id("delivery_id");
    p.activity = row.text("activity");
    p.educatorWorkerId = row.id("educator_worker_id");
    p.educatorName = row.text("educator_name");
    p.monthlySubsidyCents = row.cents("monthly_subsidy_cents");
    p.createdAt = row.instant("created_at");
    p.createdBy = row.text("created_by");

    const auto payments = paymentsByMonth(m_db, deliveryId);
    if (!payments)
        return payments.error();
    sql::Query a(m_db);
    if (!run(a,
             QStringLiteral("SELECT month, planned_hours, attended_hours, subsidy_cents, rule, recorded_at, "
                            "recorded_by FROM inclusion_attendance WHERE delivery_id = ? ORDER BY month"),
             {deliveryId}))
        return queryError(a);
    const Row month(a);
    while (a.next()) {
        InclusionMonth m;
        m.month = month.text("month");
        m.plannedHours = month.integer("planned_hours");
        m.attendedHours = month.integer("attended_hours");
        m.subsidyCents = month.cents("subsidy_cents");
        m.rule = AttendanceRule::fromJson(month.text("rule")).value_or(AttendanceRule{});
        m.recordedAt = month.instant("recorded_at");
        m.recordedBy = month.text("recorded_by");
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
    sql::Query q(m_db);
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
    sql::Query q(m_db);
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
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("SELECT delivery_id, host_organisation, tutor, insurance_policy, weekly_hours, "
                            "monthly_reimbursement_cents, created_at, created_by FROM work_placements "
                            "WHERE delivery_id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<WorkPlacement>();
    const Row row(q);
    WorkPlacement p;
    p.deliveryId = row.id("delivery_id");
    p.hostOrganisation = row.text("host_organisation");
    p.tutor = row.text("tutor");
    p.insurancePolicy = row.text("insurance_policy");
    p.weeklyHours = row.integer("weekly_hours");
    p.monthlyReimbursementCents = row.cents("monthly_reimbursement_cents");
    p.createdAt = row.instant("created_at");
    p.createdBy = row.text("created_by");
    const auto payments = paymentsByMonth(m_db, deliveryId);
    if (!payments)
        return payments.error();
    p.months = payments.value();
    return std::optional<WorkPlacement>(p);
}

} // namespace cartella::repository
