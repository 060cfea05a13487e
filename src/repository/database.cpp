// SPDX-License-Identifier: EUPL-1.2
#include "repository/database.h"

#include "repository/sqlerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <atomic>

namespace cartella::repository {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Status;

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("cartella-%1").arg(++counter);
}

} // namespace

// The RAII guard behind TransactionProvider::begin(): rolls back unless committed.
class SqlTransaction final : public domain::TransactionScope
{
public:
    SqlTransaction(Database &db, int level) : m_db(db), m_level(level) {}
    ~SqlTransaction() override
    {
        if (m_done)
            return;
        const bool outer = m_level == 1;
        const QString sql = outer ? QStringLiteral("ROLLBACK")
                                  : QStringLiteral("ROLLBACK TO sp%1; RELEASE sp%1").arg(m_level);
        if (Status s = outer ? m_db.exec(sql) : m_db.execScript(sql.toUtf8()); !s)
            spdlog::error("rollback at level {} failed", m_level);
        --m_db.m_depth;
    }

    Status commit() override
    {
        if (m_done)
            return Error{ErrorCode::Usage, Tr::tr("The transaction was already finished."), {}, {}};
        // Committing an outer scope while an inner one is open would commit the inner scope's unfinished
        // work.
        if (m_level != m_db.m_depth)
            return Error{ErrorCode::Usage,
                         Tr::tr("An inner transaction is still open; nothing was committed."),
                         {},
                         {}};
        const QString sql =
            m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
        if (Status s = m_db.exec(sql); !s)
            return s; // the destructor rolls back
        m_done = true;
        --m_db.m_depth;
        return domain::ok();
    }

private:
    Database &m_db;
    int m_level;
    bool m_done = false;
};

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_statements.clear(); // the statements go before their connection
    if (m_connection.isOpen())
        m_connection.close();
    m_connection = QSqlDatabase(); // the last handle goes before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, bool createIfMissing)
{
    const QFileInfo info(path);
    if (!createIfMissing && !info.exists())
        return Error{ErrorCode::NotFound, Tr::tr("The database file %1 does not exist.").arg(path), {}, {}};
    if (!info.absoluteDir().exists())
        return Error{
            ErrorCode::NotFound, Tr::tr("The folder %1 does not exist.").arg(info.absolutePath()), {}, {}};

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    database->m_connection = db;
    if (!db.open())
        return storageError(Tr::tr("The database %1 could not be opened.").arg(path), db.lastError().text());
    // A file that is not a database fails on its first read, not on open.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (Status s = database->exec(QString::fromLatin1(pragma)); !s)
            return Error{ErrorCode::Storage,
                         Tr::tr("%1 is not a Cartella database, or it is damaged.").arg(path),
                         {},
                         {}};
    }
    spdlog::info("database opened ({})", database->m_connectionName.toStdString());
    return database;
}

std::optional<QSqlQuery> Database::takeStatement(const QString &sql) const
{
    const auto found = m_statements.find(sql);
    if (found == m_statements.end())
        return std::nullopt;
    std::optional<QSqlQuery> statement(std::move(found->second));
    m_statements.erase(found);
    return statement;
}

void Database::keepStatement(const QString &sql, QSqlQuery &&statement) const
{
    // A few hundred distinct texts at most (the repositories' own); a text built with a varying number of
    // placeholders adds one per count, which stays small too.
    constexpr std::size_t kMost = 2000;
    if (m_statements.size() < kMost)
        m_statements.insert_or_assign(sql, std::move(statement));
}

QSqlDatabase Database::connection() const
{
    return m_connection; // held, not looked up by name: the lookup takes a global lock on every query
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Result<std::unique_ptr<domain::TransactionScope>> Database::begin()
{
    const int level = m_depth + 1;
    const QString sql =
        level == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(level);
    if (Status s = exec(sql); !s)
        return s.error();
    m_depth = level;
    return std::unique_ptr<domain::TransactionScope>(new SqlTransaction(*this, level));
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql) && (q.lastError().nativeErrorCode() == QLatin1String("5") ||
                         q.lastError().nativeErrorCode() == QLatin1String("6"))) {
        spdlog::warn("database busy: {}", q.lastError().text().toStdString());
        return Error{ErrorCode::Conflict,
                     Tr::tr("Another user or program is saving to the database right now. Try again in a few "
                            "seconds; nothing was changed."),
                     {},
                     {}};
    }
    if (q.lastError().isValid())
        return storageError(Tr::tr("The database refused an operation."), q.lastError().text());
    return domain::ok();
}

Status Database::execScript(const QByteArray &sql)
{
    sqlite3 *h = handle();
    if (!h)
        return storageError(Tr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));
    char *message = nullptr;
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString cause = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return storageError(Tr::tr("The database refused an operation."), cause);
    }
    return domain::ok();
}

Error Database::storageError(const QString &what, const QString &cause)
{
    // SQLite's messages are one line that names tables and constraints, never the values involved. Other
    // engines add lines that quote the values (PostgreSQL's DETAIL: the key that already exists): only the
    // first line is kept.
    const QString reason = cause.section(QLatin1Char('\n'), 0, 0);
    spdlog::error("storage error: {}", reason.toStdString());
    return Error{
        ErrorCode::Storage, what + QLatin1Char('\n') + Tr::tr("Technical detail: %1").arg(reason), {}, {}};
}

} // namespace cartella::repository
