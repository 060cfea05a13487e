// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteuserrepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <cstdio>
#include <memory>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

QVariant optionalInstant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

const QString kUserColumns = QStringLiteral(
    "id, username, full_name, fiscal_code, role, municipalities, coalesce(worker_id, 0) AS worker_id, "
    "password_hash, "
    "must_change_password, failed_logins, locked_until, active, created_at, created_by, updated_at, "
    "updated_by, "
    "version");

// A row of audit_log: id, at, user_name, workstation, purpose, action, entity, entity_id, details.
AuditRecord readAudit(const Row &row)
{
    return {row.id("id"),        row.instant("at"),  row.text("user_name"), row.text("workstation"),
            row.text("purpose"), row.text("action"), row.text("entity"),    row.id("entity_id"),
            row.text("details")};
}

} // namespace

Result<qint64> SqliteUserRepository::countUsers()
{
    sql::Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) AS users FROM users")) || !q.next())
        return queryError(q);
    return Row(q).number("users");
}

Result<qint64> SqliteUserRepository::insertUser(const User &u, const QString &by)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO users (username, full_name, fiscal_code, role, municipalities, worker_id, "
                 "password_hash, must_change_password, active, created_at, created_by, updated_at, "
                 "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"),
             {u.username, u.fullName, text(u.fiscalCode), Vocabulary<Role>::code(u.role),
              text(u.municipalityCodes.join(QLatin1Char(','))),
              u.workerId > 0 ? QVariant(u.workerId) : QVariant(), u.passwordHash,
              u.mustChangePassword ? 1 : 0, now, by, now, by}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteUserRepository::updateUser(const User &u, const QString &by)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE users SET full_name = ?, fiscal_code = ?, role = ?, municipalities = ?, "
                 "worker_id = ?, password_hash = ?, must_change_password = ?, failed_logins = ?, "
                 "locked_until = ?, active = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                 "WHERE id = ? AND version = ?"),
             {u.fullName, text(u.fiscalCode), Vocabulary<Role>::code(u.role),
              text(u.municipalityCodes.join(QLatin1Char(','))),
              u.workerId > 0 ? QVariant(u.workerId) : QVariant(), u.passwordHash,
              u.mustChangePassword ? 1 : 0, u.failedLogins, optionalInstant(u.lockedUntil), u.active ? 1 : 0,
              nowUtc(), by, u.id, u.stamp.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{
            ErrorCode::Conflict, Tr::tr("Someone else changed the user in the meantime."), {}, {u.id}};
    return ok();
}

Status SqliteUserRepository::setLoginState(qint64 userId, int failedLogins, const QDateTime &lockedUntil)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
             {failedLogins, optionalInstant(lockedUntil), userId}))
        return queryError(q);
    return ok();
}

Result<QList<User>> SqliteUserRepository::select(const QString &where, const QVariantList &values)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ") + where, values))
        return queryError(q);
    QList<User> out;
    const Row row(q);
    while (q.next()) {
        User u;
        u.id = row.id("id");
        u.username = row.text("username");
        u.fullName = row.text("full_name");
        u.fiscalCode = row.text("fiscal_code");
        u.role = row.code<Role>("role");
        u.municipalityCodes = row.text("municipalities").split(QLatin1Char(','), Qt::SkipEmptyParts);
        u.workerId = row.id("worker_id");
        u.passwordHash = row.text("password_hash");
        u.mustChangePassword = row.flag("must_change_password");
        u.failedLogins = row.integer("failed_logins");
        u.lockedUntil = row.instant("locked_until");
        u.active = row.flag("active");
        u.stamp = row.stamp();
        out.append(u);
    }
    return out;
}

Result<std::optional<User>> SqliteUserRepository::findUser(qint64 id)
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<User>() : std::optional<User>(found.value().first());
}

Result<std::optional<User>> SqliteUserRepository::findUserByName(const QString &username)
{
    auto found = select(QStringLiteral("WHERE username = ?"), {username}); // the column is COLLATE NOCASE
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<User>() : std::optional<User>(found.value().first());
}

Result<QList<User>> SqliteUserRepository::users()
{
    return select(QStringLiteral("ORDER BY username"), {});
}

const QString &SqliteAuditTrail::genesisHash()
{
    static const QString zero(64, QLatin1Char('0'));
    return zero;
}

QString SqliteAuditTrail::chainHash(const AuditRecord &r, const QString &storedAt,
                                    const QString &previousHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto field = [&h](const QString &value) {
        const QByteArray bytes = value.toUtf8();
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
    };
    field(previousHash);
    field(QString::number(r.id));
    field(storedAt); // the text as stored: a parsed and re-printed date could hide an edit
    field(r.userName);
    field(r.workstation);
    field(r.purpose);
    field(r.action);
    field(r.entity);
    field(QString::number(r.entityId));
    field(r.details);
    return QString::fromLatin1(h.result().toHex());
}

Status SqliteAuditTrail::append(const AuditRecord &record)
{
    auto tx = m_db.begin(); // a savepoint inside the caller's transaction
    if (!tx)
        return tx.error();
    sql::Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return queryError(q);
    AuditRecord r = record;
    QString previous = genesisHash();
    r.id = 1;
    if (q.next()) {
        const Row last(q);
        r.id = last.id("id") + 1;
        previous = last.text("hash");
    }
    q.finish();
    const QString at = r.at.toUTC().toString(Qt::ISODateWithMs);
    if (!run(q,
             QStringLiteral("INSERT INTO audit_log (id, at, user_name, workstation, purpose, action, entity, "
                            "entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {r.id, at, r.userName, text(r.workstation), text(r.purpose), r.action, text(r.entity),
              r.entityId, text(r.details), previous, chainHash(r, at, previous)}))
        return queryError(q);
    return tx.value()->commit();
}

Status SqliteAuditTrail::appendRead(const AuditRecord &record)
{
    // Opening a case must not wait for a disk sync (docs/benchmarks.md): the WAL frame is written, and synced
    // by the next change's commit or checkpoint. Only outside a caller's transaction, whose sync it would
    // weaken.
    const bool relaxed = !m_db.inTransaction() && m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    Status written = [&]() -> Status {
        auto tx = m_db.begin();
        if (!tx)
            return tx.error();
        if (Status s = append(record); !s)
            return s;
        return tx.value()->commit();
    }();
    if (relaxed && !m_db.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return Error{ErrorCode::Storage, Tr::tr("The audit trail could not be read or written."), {}, {}};
    return written;
}

Result<QList<AuditRecord>> SqliteAuditTrail::recordsFor(const QString &entity, qint64 entityId)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT id, at, user_name, workstation, purpose, action, entity, entity_id, details FROM "
                 "audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
             {entity, entityId}))
        return queryError(q);
    QList<AuditRecord> out;
    const Row row(q);
    while (q.next())
        out.append(readAudit(row));
    return out;
}

Result<AuditVerification> SqliteAuditTrail::verify()
{
    // The whole trail (2.4 million records on `demo --size large`) is read through the SQLite C API: through
    // QtSql every record became QStrings, a parsed instant and UTF-8 again before hashing, 7 µs a record and
    // 17 s in all. The hash is chainHash's, over the same bytes: the stored UTF-8 text of each field (an
    // integer column reads as its decimal text, as QString::number writes it). docs/benchmarks.md.
    sqlite3 *db = m_db.handle();
    sqlite3_stmt *stmt = nullptr;
    if (!db ||
        sqlite3_prepare_v2(db,
                           "SELECT id, at, user_name, workstation, purpose, action, entity, entity_id, "
                           "details, prev_hash, hash FROM audit_log ORDER BY id",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error{ErrorCode::Storage, Tr::tr("The audit trail could not be read or written."), {}, {}};
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(stmt, sqlite3_finalize);
    AuditVerification v;
    QByteArray expectedPrevious = genesisHash().toLatin1();
    qint64 expectedId = 1;
    const auto broken = [&v](qint64 id, const QString &problem) {
        v.intact = false;
        v.firstBadId = id;
        v.problem = problem;
    };
    QCryptographicHash h(QCryptographicHash::Sha256);
    char length[24];
    const auto bytes = [stmt](int column) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return QByteArrayView(text ? text : "", sqlite3_column_bytes(stmt, column));
    };
    const auto field = [&h, &length](QByteArrayView value) {
        const int n = std::snprintf(length, sizeof length, "%lld:", static_cast<long long>(value.size()));
        h.addData(QByteArrayView(length, n));
        h.addData(value);
    };
    int step;
    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        const QByteArray previous = bytes(9).toByteArray();
        const QByteArray stored = bytes(10).toByteArray();
        ++v.records;
        if (id != expectedId) {
            broken(id, Tr::tr("record %1 follows record %2: records were deleted or renumbered")
                           .arg(id)
                           .arg(expectedId - 1));
            return v;
        }
        h.reset();
        field(previous);
        field(bytes(0));                            // id
        for (int column = 1; column <= 8; ++column) // at ... details, in chainHash's order
            field(bytes(column));
        if (h.result().toHex() != stored) {
            broken(id, Tr::tr("record %1 was edited: its content does not match its hash").arg(id));
            return v;
        }
        if (previous != expectedPrevious) {
            broken(id,
                   Tr::tr("record %1 does not continue the chain: a record before it was deleted, inserted "
                          "or reordered")
                       .arg(id));
            return v;
        }
        expectedPrevious = stored;
        ++expectedId;
    }
    if (step != SQLITE_DONE)
        return Error{ErrorCode::Storage, Tr::tr("The audit trail could not be read or written."), {}, {}};
    return v;
}

} // namespace cartella::repository
