// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitedeadlinerepository.h"

#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

Error conflict(qint64 id)
{
    return Error{ErrorCode::Conflict, Tr::tr("Someone else changed the deadline in the meantime."), {}, {id}};
}

// Deadlines of closed cases are left out of the lists by owner and of the counts; reopening brings them back.
const QString kSelect = QStringLiteral(
    "SELECT d.id, d.case_id, d.source, d.source_id, d.title, d.due_on, d.owner_worker_id, "
    "d.state, d.closed_on, "
    "coalesce(d.closed_by, '') AS closed_by, d.created_by, d.version, c.number, w.name FROM deadlines d "
    "JOIN cases c ON c.id = d.case_id JOIN workers w ON w.id = d.owner_worker_id");

Deadline readDeadline(const Row &row)
{
    Deadline d;
    d.id = row.id("id");
    d.caseId = row.id("case_id");
    d.source = row.code<DeadlineSource>("source");
    d.sourceId = row.id("source_id");
    d.title = row.text("title");
    d.dueOn = row.date("due_on");
    d.ownerWorkerId = row.id("owner_worker_id");
    d.state = row.code<DeadlineState>("state");
    d.closedOn = row.date("closed_on");
    d.closedBy = row.text("closed_by");
    d.createdBy = row.text("created_by");
    d.version = row.integer("version");
    d.caseNumber = row.text("number");
    d.ownerName = row.text("name");
    return d;
}

} // namespace

Result<qint64> SqliteDeadlineRepository::insertDeadline(const Deadline &d, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO deadlines (case_id, source, source_id, title, due_on, owner_worker_id, "
                 "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {d.caseId, Vocabulary<DeadlineSource>::code(d.source), d.sourceId, d.title, isoDate(d.dueOn),
              d.ownerWorkerId, nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteDeadlineRepository::updateDeadline(const Deadline &d)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE deadlines SET title = ?, due_on = ?, owner_worker_id = ?, version = version + 1 "
                 "WHERE id = ? AND version = ? AND state = 'open'"),
             {d.title, isoDate(d.dueOn), d.ownerWorkerId, d.id, d.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(d.id));
}

Status SqliteDeadlineRepository::closeDeadline(qint64 id, int expectedVersion, DeadlineState state,
                                               const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE deadlines SET state = ?, closed_on = ?, closed_at = ?, closed_by = ?, "
                            "version = version + 1 WHERE id = ? AND version = ? AND state = 'open'"),
             {Vocabulary<DeadlineState>::code(state), isoDate(domain::officeToday()), nowUtc(), userName, id,
              expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(id));
}

Status SqliteDeadlineRepository::closeDeadlineOf(DeadlineSource source, qint64 sourceId, DeadlineState state,
                                                 const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE deadlines SET state = ?, closed_on = ?, closed_at = ?, closed_by = ?, "
                            "version = version + 1 WHERE source = ? AND source_id = ? AND state = 'open'"),
             {Vocabulary<DeadlineState>::code(state), isoDate(domain::officeToday()), nowUtc(), userName,
              Vocabulary<DeadlineSource>::code(source), sourceId}))
        return queryError(q);
    return ok();
}

Status SqliteDeadlineRepository::moveResponsibleDeadlines(qint64 caseId, qint64 from, qint64 to)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE deadlines SET owner_worker_id = ?, version = version + 1 WHERE case_id = ? AND "
                 "state = 'open' AND source IN ('review', 'planned_end', 'loan', 'mandate_task', "
                 "'placement_term') AND "
                 "owner_worker_id = ?"),
             {to, caseId, from}))
        return queryError(q);
    return ok();
}

Result<QList<Deadline>> SqliteDeadlineRepository::select(const QString &where, const QVariantList &values,
                                                         const QString &tail)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q, kSelect + QStringLiteral(" WHERE ") + where + tail, values))
        return queryError(q);
    QList<Deadline> out;
    const Row row(q);
    while (q.next())
        out.append(readDeadline(row));
    return out;
}

Result<std::optional<Deadline>> SqliteDeadlineRepository::findDeadline(qint64 id)
{
    auto found = select(QStringLiteral("d.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<Deadline>()
                                   : std::optional<Deadline>(found.value().first());
}

Result<std::optional<Deadline>> SqliteDeadlineRepository::openDeadlineOf(DeadlineSource source,
                                                                         qint64 sourceId)
{
    auto found = select(QStringLiteral("d.source = ? AND d.source_id = ? AND d.state = 'open'"),
                        {Vocabulary<DeadlineSource>::code(source), sourceId});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<Deadline>()
                                   : std::optional<Deadline>(found.value().first());
}

Result<QList<Deadline>> SqliteDeadlineRepository::listDeadlines(const DeadlineQuery &query)
{
    QStringList clauses;
    QVariantList values;
    if (!query.caseId) // a case's own list keeps what was done in it, even once it is closed
        clauses << QStringLiteral("c.status <> 'closed'");
    if (query.ownerWorkerId) {
        clauses << QStringLiteral("d.owner_worker_id = ?");
        values << *query.ownerWorkerId;
    }
    if (query.caseId) {
        clauses << QStringLiteral("d.case_id = ?");
        values << *query.caseId;
    }
    if (query.openOnly)
        clauses << QStringLiteral("d.state = 'open'");
    appendVisibility(query.visibility, clauses, values);
    if (clauses.isEmpty())
        clauses << QStringLiteral("1");
    return select(clauses.join(QStringLiteral(" AND ")), values,
                  QStringLiteral(" ORDER BY d.state <> 'open', d.due_on, d.id LIMIT %1").arg(query.limit));
}

Result<qint64> SqliteDeadlineRepository::countOverdue(const DeadlineQuery &query, const QDate &today)
{
    sql::Query q(m_db);
    QString sql = QStringLiteral(
        "SELECT count(*) AS overdue FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE d.state = "
        "'open' AND d.due_on < ? AND c.status <> 'closed'");
    QVariantList values{isoDate(today)};
    if (query.ownerWorkerId) {
        sql += QStringLiteral(" AND d.owner_worker_id = ?");
        values << *query.ownerWorkerId;
    }
    QStringList visible;
    if (appendVisibility(query.visibility, visible, values))
        sql += QStringLiteral(" AND ") + visible.join(QStringLiteral(" AND "));
    if (!run(q, sql, values) || !q.next())
        return queryError(q);
    return Row(q).number("overdue");
}

} // namespace cartella::repository
