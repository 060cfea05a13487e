#include "sqliteuserrepository.h"

#include "domain/vocabulary.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The users could not be read or written."), q.lastError().text());
}

Error auditError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The audit trail could not be read or written."),
                                  q.lastError().text());
}

QVariant optionalInstant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

const QString kUserColumns = QStringLiteral(
    "id, username, full_name, fiscal_code, role, municipalities, coalesce(worker_id, 0), password_hash, "
    "must_change_password, failed_logins, locked_until, active, created_at, created_by, updated_at, "
    "updated_by, "
    "version");

} // namespace

Result<qint64> SqliteUserRepository::countUsers()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<qint64> SqliteUserRepository::insertUser(const User &u, const QString &by)
{
    QSqlQuery q(m_db.connection());
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
    return q.value(0).toLongLong();
}

Status SqliteUserRepository::updateUser(const User &u, const QString &by)
{
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
             {failedLogins, optionalInstant(lockedUntil), userId}))
        return queryError(q);
    return ok();
}

Result<QList<User>> SqliteUserRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ") + where, values))
        return queryError(q);
    QList<User> out;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.fullName = q.value(2).toString();
        u.fiscalCode = q.value(3).toString();
        u.role = Vocabulary<Role>::fromCode(q.value(4).toString());
        u.municipalityCodes = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        u.workerId = q.value(6).toLongLong();
        u.passwordHash = q.value(7).toString();
        u.mustChangePassword = q.value(8).toBool();
        u.failedLogins = q.value(9).toInt();
        u.lockedUntil = q.value(10).isNull() ? QDateTime() : instant(q.value(10));
        u.active = q.value(11).toBool();
        u.stamp = {instant(q.value(12)), q.value(13).toString(), instant(q.value(14)), q.value(15).toString(),
                   q.value(16).toInt()};
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
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return auditError(q);
    AuditRecord r = record;
    QString previous = genesisHash();
    r.id = 1;
    if (q.next()) {
        r.id = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString();
    }
    q.finish();
    const QString at = r.at.toUTC().toString(Qt::ISODateWithMs);
    if (!run(q,
             QStringLiteral("INSERT INTO audit_log (id, at, user_name, workstation, purpose, action, entity, "
                            "entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {r.id, at, r.userName, text(r.workstation), text(r.purpose), r.action, text(r.entity),
              r.entityId, text(r.details), previous, chainHash(r, at, previous)}))
        return auditError(q);
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
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT id, at, user_name, workstation, purpose, action, entity, entity_id, details FROM "
                 "audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
             {entity, entityId}))
        return auditError(q);
    QList<AuditRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), instant(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toString()});
    return out;
}

Result<AuditVerification> SqliteAuditTrail::verify()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, at, user_name, workstation, purpose, action, entity, entity_id, details, "
            "prev_hash, hash FROM audit_log ORDER BY id")))
        return auditError(q);
    AuditVerification v;
    QString expectedPrevious = genesisHash();
    qint64 expectedId = 1;
    const auto broken = [&v](qint64 id, const QString &problem) {
        v.intact = false;
        v.firstBadId = id;
        v.problem = problem;
    };
    while (q.next()) {
        const AuditRecord r{q.value(0).toLongLong(), instant(q.value(1)),     q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                            q.value(6).toString(),   q.value(7).toLongLong(), q.value(8).toString()};
        const QString previous = q.value(9).toString();
        const QString hash = q.value(10).toString();
        ++v.records;
        if (r.id != expectedId) {
            broken(r.id, Tr::tr("record %1 follows record %2: records were deleted or renumbered")
                             .arg(r.id)
                             .arg(expectedId - 1));
            return v;
        }
        if (chainHash(r, q.value(1).toString(), previous) != hash) {
            broken(r.id, Tr::tr("record %1 was edited: its content does not match its hash").arg(r.id));
            return v;
        }
        if (previous != expectedPrevious) {
            broken(r.id,
                   Tr::tr("record %1 does not continue the chain: a record before it was deleted, inserted "
                          "or reordered")
                       .arg(r.id));
            return v;
        }
        expectedPrevious = hash;
        ++expectedId;
    }
    return v;
}

} // namespace cartella::repository
