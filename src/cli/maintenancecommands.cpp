// SPDX-License-Identifier: EUPL-1.2
#include "cli/maintenancecommands.h"

#include "cli/options.h"
#include "domain/access/auditor.h"
#include "repository/migrator.h"
#include "repository/storage.h"
#include "support/support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <spdlog/spdlog.h>

namespace cartella::cli {

using repository::OpenMode;
using repository::Storage;

namespace {

// Maintenance commands run without a user and are audited as the local system.
bool auditMaintenance(CommandContext &context, Storage &storage, const QString &action,
                      const QJsonObject &details)
{
    domain::Auditor auditor(storage.audit(), QSysInfo::machineHostName());
    const domain::Status written =
        auditor.recordAlone(domain::Actor::localSystem(), action, QStringLiteral("database"), 0, details);
    if (!written)
        context.fail(written.error().message);
    return written.ok();
}

} // namespace

QString InitCommand::usage() const
{
    return tr("  init                         create a new database (or confirm an existing one)\n");
}

QString MigrateCommand::usage() const
{
    return tr("  migrate                      update an existing database to this version's schema\n");
}

QString StatusCommand::usage() const
{
    return tr("  status [--json]              schema version and number of rows per table\n");
}

QString PathsCommand::usage() const
{
    return tr("  paths                        where the database, the backups and the logs are\n");
}

QString AuditCommand::usage() const
{
    return tr("  audit verify [--json]        check that no record of the audit trail was edited, deleted,\n"
              "                               inserted or reordered\n");
}

int InitCommand::run(CommandContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return context.badUsage(tr("The command %1 takes no arguments.").arg(name()));
    const QString &path = context.databasePath();
    QTextStream &out = context.out();
    const bool existed = QFileInfo::exists(path);
    Storage *storage = context.openStorage(OpenMode::CreateOrMigrate);
    if (!storage)
        return ExitFailure;
    const auto version = storage->schemaVersion();
    if (!version)
        return context.fail(version.error().message);
    if (existed)
        out << tr("The database %1 already exists; its schema is version %2.").arg(path).arg(version.value())
            << Qt::endl;
    else
        out << tr("Database created: %1 (schema version %2).").arg(path).arg(version.value()) << Qt::endl;
    if (!auditMaintenance(
            context, *storage, QStringLiteral("database_init"),
            {{QStringLiteral("schema"), version.value()}, {QStringLiteral("created"), !existed}}))
        return ExitFailure;
    return ExitOk;
}

int MigrateCommand::run(CommandContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return context.badUsage(tr("The command %1 takes no arguments.").arg(name()));
    const QString &path = context.databasePath();
    QTextStream &out = context.out();
    if (!QFileInfo::exists(path))
        return context.fail(tr("The database file %1 does not exist. Use \"init\" to create one.").arg(path));
    Storage *before = context.openStorage(OpenMode::ExistingAsIs);
    if (!before)
        return ExitFailure;
    const auto from = before->schemaVersion();
    if (!from)
        return context.fail(from.error().message);

    // Closes the file as it was and opens it again, migrated.
    Storage *storage = context.openStorage(OpenMode::CreateOrMigrate);
    if (!storage)
        return ExitFailure;
    const auto to = storage->schemaVersion();
    if (!to)
        return context.fail(to.error().message);
    if (to.value() == from.value()) {
        out << tr("The database is up to date (schema version %1).").arg(to.value()) << Qt::endl;
    } else {
        out << tr("The database was updated from schema version %1 to %2.").arg(from.value()).arg(to.value())
            << Qt::endl;
        if (!storage->migrationBackup().isEmpty())
            out << tr("A copy of the file as it was is in %1.").arg(storage->migrationBackup()) << Qt::endl;
    }
    if (!auditMaintenance(context, *storage, QStringLiteral("database_migrated"),
                          {{QStringLiteral("schema"), domain::change(from.value(), to.value())}}))
        return ExitFailure;
    return ExitOk;
}

int PathsCommand::run(CommandContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return context.badUsage(tr("The command paths takes no arguments."));
    // Machine-readable: scripts/run reads the database line.
    const QFileInfo db(context.databasePath());
    QTextStream &out = context.out();
    out << QStringLiteral("database=") << db.absoluteFilePath() << Qt::endl
        << QStringLiteral("backups=") << db.absoluteDir().filePath(QStringLiteral("backups")) << Qt::endl
        << QStringLiteral("logs=") << support::logDirectory() << Qt::endl;
    return ExitOk;
}

int StatusCommand::run(CommandContext &context, const QStringList &args)
{
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    if (!options->positional().isEmpty())
        return context.badUsage(tr("The command status takes no arguments."));
    Storage *storage = context.openStorage(OpenMode::ExistingAsIs);
    if (!storage)
        return ExitFailure;
    const auto version = storage->schemaVersion();
    if (!version)
        return context.fail(version.error().message);
    const auto counts = storage->counts();
    if (!counts)
        return context.fail(counts.error().message);
    // Counted before the record of this reading, so that two readings agree.
    if (!auditMaintenance(context, *storage, QStringLiteral("status_read"), {}))
        return ExitFailure;
    QTextStream &out = context.out();
    if (options->has(QStringLiteral("json"))) {
        QJsonObject countObject;
        for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
            countObject.insert(it.key(), it.value());
        const QJsonObject root{{QStringLiteral("schema_version"), version.value()},
                               {QStringLiteral("counts"), countObject}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << tr("Database: %1").arg(QFileInfo(context.databasePath()).absoluteFilePath()) << Qt::endl
        << tr("Schema version: %1 (this program: %2)")
               .arg(version.value())
               .arg(repository::Migrator(storage->database()).latestVersion())
        << Qt::endl;
    for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
        out << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
    return ExitOk;
}

int AuditCommand::run(CommandContext &context, const QStringList &args)
{
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    if (options->positional() != QStringList{QStringLiteral("verify")})
        return context.badUsage(tr("Use: audit verify [--json]"));
    Storage *storage = context.openStorage(OpenMode::ExistingAsIs);
    if (!storage)
        return ExitFailure;
    const auto verified = storage->audit().verify();
    if (!verified)
        return context.fail(verified.error().message);
    const domain::AuditVerification &v = verified.value();
    if (!auditMaintenance(context, *storage, QStringLiteral("audit_verified"),
                          {{QStringLiteral("records"), v.records},
                           {QStringLiteral("intact"), v.intact},
                           {QStringLiteral("firstBadId"), v.firstBadId}}))
        return ExitFailure;
    spdlog::info("audit verify: {} records, intact={}, first bad id {}", v.records, v.intact, v.firstBadId);
    QTextStream &out = context.out();
    if (options->has(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("records"), v.records},
                                         {QStringLiteral("intact"), v.intact},
                                         {QStringLiteral("first_bad_id"), v.firstBadId},
                                         {QStringLiteral("problem"), v.problem}})
                   .toJson(QJsonDocument::Indented);
    } else if (v.intact) {
        out << tr("The audit trail is intact: %n record(s).", nullptr, int(v.records)) << Qt::endl;
    } else {
        out << tr("The audit trail was tampered with: %1.").arg(v.problem) << Qt::endl;
    }
    return v.intact ? ExitOk : ExitFailure;
}

} // namespace cartella::cli
