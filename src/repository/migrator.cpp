// SPDX-License-Identifier: EUPL-1.2
#include "repository/migrator.h"

#include "repository/sqlerror.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace cartella::repository {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Status;

namespace {

struct Applied
{
    int version;
    QString checksum;
};

Result<QList<Applied>> appliedMigrations(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) AS tables FROM sqlite_master WHERE type = 'table' AND name = "
                               "'schema_migrations'")))
        return sql::queryError(q);
    q.next();
    if (sql::Row(q).integer("tables") == 0)
        return QList<Applied>{};
    if (!q.exec(QStringLiteral("SELECT version, checksum FROM schema_migrations ORDER BY version")))
        return sql::queryError(q);
    QList<Applied> applied;
    const sql::Row row(q);
    while (q.next())
        applied.append({row.integer("version"), row.text("checksum")});
    return applied;
}

} // namespace

Migration Migration::make(int version, const QString &name, const QByteArray &sql)
{
    return Migration{version, name, sql,
                     QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex())};
}

QList<Migration> Migrator::embedded()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            qFatal("Cartella: badly named migration %s", qPrintable(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("Cartella: unreadable migration %s", qPrintable(file));
        out.append(Migration::make(m.captured(1).toInt(), m.captured(2), f.readAll()));
    }
    return out;
}

Migrator::Migrator(Database &db, QList<Migration> migrations) : m_db(db), m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion() const
{
    const auto applied = appliedMigrations(m_db);
    if (!applied)
        return applied.error();
    return applied.value().isEmpty() ? 0 : applied.value().last().version;
}

Status Migrator::check() const
{
    const auto applied = appliedMigrations(m_db);
    if (!applied)
        return applied.error();
    for (const Applied &a : applied.value()) {
        if (a.version > latestVersion())
            return Error{
                ErrorCode::Conflict,
                Tr::tr("This database was written by a newer version of Cartella (schema %1; this program "
                       "knows up to %2). Install the newer version to open it; the file was not changed.")
                    .arg(a.version)
                    .arg(latestVersion()),
                {},
                {}};
        const auto ours = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                       [&](const Migration &m) { return m.version == a.version; });
        if (ours == m_migrations.cend() || ours->checksum != a.checksum)
            return Error{
                ErrorCode::Conflict,
                Tr::tr("Migration %1 applied to this database differs from the one in this program: the "
                       "schema cannot be trusted. The file was not changed; contact support.")
                    .arg(a.version, 4, 10, QLatin1Char('0')),
                {},
                {}};
    }
    return domain::ok();
}

Status Migrator::backup(int fromVersion, const QString &backupDir)
{
    const QFileInfo info(m_db.path());
    const QString dirPath =
        backupDir.isEmpty() ? info.absoluteDir().filePath(QStringLiteral("backups")) : backupDir;
    if (!QDir().mkpath(dirPath))
        return Error{
            ErrorCode::Storage, Tr::tr("The backup folder %1 could not be created.").arg(dirPath), {}, {}};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString target = QDir(dirPath).filePath(
        QStringLiteral("%1-schema%2-%3.sqlite").arg(info.completeBaseName()).arg(fromVersion).arg(stamp));
    sql::Query q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Database::storageError(
            Tr::tr("The backup before the update could not be written; nothing was changed."),
            q.lastError().text());
    m_lastBackup = target;
    spdlog::info("backup before migration from schema {} written", fromVersion);
    return domain::ok();
}

Result<int> Migrator::migrate(const QString &backupDir)
{
    if (Status s = check(); !s)
        return s.error();
    const auto current = currentVersion();
    if (!current)
        return current.error();
    QList<Migration> pending;
    for (const Migration &m : m_migrations) {
        if (m.version > current.value())
            pending.append(m);
    }
    if (pending.isEmpty())
        return 0;
    if (current.value() > 0) {
        if (Status s = backup(current.value(), backupDir); !s)
            return s.error();
    }
    for (const Migration &m : pending) {
        auto tx = m_db.begin();
        if (!tx)
            return tx.error();
        QByteArray script = m.sql;
        if (m.version == pending.first().version && current.value() == 0)
            script.prepend(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
                "NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);\n");
        if (Status s = m_db.execScript(script); !s)
            return Error{ErrorCode::Storage,
                         Tr::tr("Updating the database to schema %1 failed; it was left as it was.\n%2")
                             .arg(m.version)
                             .arg(s.error().message),
                         {},
                         {}};
        sql::Query q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(m.checksum);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec())
            return Database::storageError(Tr::tr("The database update could not be recorded."),
                                          q.lastError().text());
        if (Status s = m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !s)
            return s.error();
        if (Status s = tx.value()->commit(); !s)
            return s.error();
        spdlog::info("migration {:04} applied", m.version);
    }
    return int(pending.size());
}

} // namespace cartella::repository
