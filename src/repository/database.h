// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/kernel/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;

namespace cartella::repository {

// One connection to one Cartella SQLite file. Owns a uniquely named QSqlDatabase connection, so each
// thread or component that needs its own connection opens its own Database. Not thread-safe.
class Database final : public domain::TransactionProvider
{
public:
    // Opens (and, if allowed, creates) the file and sets the pragmas. Does not migrate: see Migrator.
    static domain::Result<std::unique_ptr<Database>> open(const QString &path, bool createIfMissing = true);
    ~Database() override;
    Q_DISABLE_COPY_MOVE(Database)

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    sqlite3 *handle() const;

    // BEGIN IMMEDIATE at the outermost level, SAVEPOINTs inside it.
    domain::Result<std::unique_ptr<domain::TransactionScope>> begin() override;
    bool inTransaction() const { return m_depth > 0; }

    // Runs a script of several statements (migrations).
    domain::Status execScript(const QByteArray &sql);
    // Runs one statement without results.
    domain::Status exec(const QString &sql);

    // A storage error for the user, with the first line of the technical cause logged and shown (names of
    // tables and constraints, never data).
    static domain::Error storageError(const QString &what, const QString &cause);

    // Prepared statements kept for the life of the connection (see sql::Query): a statement run thousands of
    // times is parsed once. `takeStatement` hands out the statement prepared for `sql` and keeps no copy, so
    // that a nested use of the same text prepares its own; `keepStatement` takes a finished one back.
    std::optional<QSqlQuery> takeStatement(const QString &sql) const;
    void keepStatement(const QString &sql, QSqlQuery &&statement) const;

private:
    Database(QString path, QString connectionName);
    friend class SqlTransaction;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    int m_depth = 0;
    mutable std::unordered_map<QString, QSqlQuery> m_statements; // a cache: not part of what it is
};

} // namespace cartella::repository
