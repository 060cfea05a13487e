// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

// The maintenance commands: they show no personal content, run without a user and are audited as the local
// system.
namespace cartella::cli {

// `init`: creates a database, or confirms an existing one.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

// `migrate`: updates an older file to this schema (a backup is made first).
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

// `status [--json]`: the schema version and the rows per table.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

// `paths`: where the database, the backups and the logs are (scripts/run reads the database line).
class PathsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("paths"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

// `audit verify [--json]`: whether the audit trail's hash chain is intact.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace cartella::cli
