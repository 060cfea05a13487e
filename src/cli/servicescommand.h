// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// The exports of services and aid (ServiceExportService), as a logged-in zone manager or administrative
// officer:
//   services export --csv deliveries|payments --from YYYY-MM-DD --to YYYY-MM-DD [--line ID] [--area CODE]
//                   [--comune ISTAT] --out FILE
//   services siuss --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--problems FILE.csv]
// Files are written whole or not at all. The SIUSS records left out are listed with why; they are a report,
// not a failure: the exit status is 0 when the file (or the report that nothing could be sent) was made.
class ServicesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("services"); }
    QString usage() const override;
    UsageGroup group() const override { return UsageGroup::Services; }
    int run(CommandContext &context, const QStringList &args) override;

private:
    int exportCsv(CommandContext &context, const QStringList &args);
    int siuss(CommandContext &context, const QStringList &args);
};

// `cartella-admin --user NAME settings show` and `settings set KEY VALUE`: the office settings a zone manager
// or system administrator sets from here (the SIUSS sender: siuss_ente_code, siuss_ente_name,
// siuss_ente_belfiore).
class SettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString usage() const override;
    UsageGroup group() const override { return UsageGroup::Services; }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace cartella::cli
