// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteemergencyaccessrepository.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<qint64> SqliteEmergencyAccessRepository::insertAccess(const EmergencyAccess &a)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO emergency_accesses (case_id, user_id, user_name, reason, at, expires_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {a.caseId, a.userId, a.userName, a.reason, utc(a.at), utc(a.expiresAt)}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Result<bool> SqliteEmergencyAccessRepository::hasActiveAccess(qint64 caseId, qint64 userId,
                                                              const QDateTime &now)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT EXISTS (SELECT 1 FROM emergency_accesses WHERE case_id = ? AND user_id = ? "
                 "AND at <= ? AND expires_at > ?) AS active"),
             {caseId, userId, utc(now), utc(now)}) ||
        !q.next())
        return queryError(q);
    return Row(q).flag("active");
}

Result<QList<EmergencyAccess>> SqliteEmergencyAccessRepository::select(const QString &where,
                                                                       const QVariantList &values)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("SELECT a.id, a.case_id, c.number, a.user_id, a.user_name, a.reason, a.at, "
                            "a.expires_at, a.responsible_acknowledged_at, a.responsible_acknowledged_by, "
                            "a.manager_acknowledged_at, a.manager_acknowledged_by FROM emergency_accesses a "
                            "JOIN cases c ON c.id = a.case_id WHERE ") +
                 where + QStringLiteral(" ORDER BY a.at DESC, a.id DESC"),
             values))
        return queryError(q);
    QList<EmergencyAccess> out;
    const Row row(q);
    while (q.next()) {
        EmergencyAccess a;
        a.id = row.id("id");
        a.caseId = row.id("case_id");
        a.caseNumber = row.text("number");
        a.userId = row.id("user_id");
        a.userName = row.text("user_name");
        a.reason = row.text("reason");
        a.at = row.instant("at");
        a.expiresAt = row.instant("expires_at");
        a.responsibleAcknowledgedAt = row.instant("responsible_acknowledged_at");
        a.responsibleAcknowledgedBy = row.text("responsible_acknowledged_by");
        a.managerAcknowledgedAt = row.instant("manager_acknowledged_at");
        a.managerAcknowledgedBy = row.text("manager_acknowledged_by");
        out.append(a);
    }
    return out;
}

Result<std::optional<EmergencyAccess>> SqliteEmergencyAccessRepository::findAccess(qint64 id)
{
    const auto found = select(QStringLiteral("a.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<EmergencyAccess>()
                                   : std::optional<EmergencyAccess>(found.value().first());
}

Result<QList<EmergencyAccess>> SqliteEmergencyAccessRepository::accesses(const EmergencyAccessQuery &query)
{
    QStringList clauses{QStringLiteral("1")};
    QVariantList values;
    if (query.caseId) {
        clauses << QStringLiteral("a.case_id = ?");
        values << *query.caseId;
    }
    QStringList pending;
    if (query.unacknowledgedByResponsible) {
        pending << QStringLiteral("(a.responsible_acknowledged_at IS NULL AND c.responsible_worker_id = ?)");
        values << *query.unacknowledgedByResponsible;
    }
    if (query.unacknowledgedByManager)
        pending << QStringLiteral("a.manager_acknowledged_at IS NULL");
    if (!pending.isEmpty())
        clauses << QLatin1Char('(') + pending.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return select(clauses.join(QStringLiteral(" AND ")), values);
}

Status SqliteEmergencyAccessRepository::acknowledge(qint64 id, bool asManager, const QString &by,
                                                    const QDateTime &at)
{
    sql::Query q(m_db);
    const QString sql =
        asManager
            ? QStringLiteral("UPDATE emergency_accesses SET manager_acknowledged_at = ?, "
                             "manager_acknowledged_by = ? WHERE id = ? AND manager_acknowledged_at IS NULL")
            : QStringLiteral("UPDATE emergency_accesses SET responsible_acknowledged_at = ?, "
                             "responsible_acknowledged_by = ? WHERE id = ? AND "
                             "responsible_acknowledged_at IS NULL");
    if (!run(q, sql, {utc(at), by, id}))
        return queryError(q);
    return ok();
}

} // namespace cartella::repository
