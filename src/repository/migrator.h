// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "repository/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cartella::repository {

struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QString checksum; // SHA-256 of the file, hex

    static Migration make(int version, const QString &name, const QByteArray &sql);
};

// Brings a database to the schema this program knows: migrations/NNNN_name.sql, compiled in as resources,
// applied in order, each in its own transaction together with its row in schema_migrations.
class Migrator
{
public:
    // The migrations compiled into the program, in order.
    static QList<Migration> embedded();

    explicit Migrator(Database &db, QList<Migration> migrations = embedded());

    int latestVersion() const;
    // Version recorded in the file: 0 for an empty file.
    domain::Result<int> currentVersion() const;
    // Refuses a file written by a newer schema, and one whose applied migrations differ from ours.
    domain::Status check() const;
    // Applies what is missing. Before touching a file that already holds a schema, copies it to
    // `backupDir` (default: a "backups" folder beside the file). Returns the number of migrations applied.
    domain::Result<int> migrate(const QString &backupDir = {});
    // Where the last migrate() put its backup, if it made one.
    const QString &lastBackup() const { return m_lastBackup; }

private:
    domain::Status backup(int fromVersion, const QString &backupDir);

    Database &m_db;
    QList<Migration> m_migrations;
    QString m_lastBackup;
};

} // namespace cartella::repository
