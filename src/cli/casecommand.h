// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// `cartella-admin --user NAME case list [--json] [--status S] [--area A]` and `case show NUMBER [--json]`: as
// a logged-in user, who sees only the cases their role allows; `show` is an opening of the case, audited.
class CaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("case"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;

private:
    int list(CommandContext &context, const QStringList &args);
    int show(CommandContext &context, const QStringList &args);
};

} // namespace cartella::cli
