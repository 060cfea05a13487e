// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// The generic projects (ProgrammeService), as a logged-in user who may read them or their counts:
//   projects list [--json]
//   projects counts [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv FILE]
// The period defaults to 1 January of this year until today.
class ProgrammesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("projects"); }
    QString usage() const override;
    UsageGroup group() const override { return UsageGroup::Projects; }
    int run(CommandContext &context, const QStringList &args) override;

private:
    int list(CommandContext &context, const QStringList &args);
    int counts(CommandContext &context, const QStringList &args);
};

} // namespace cartella::cli
