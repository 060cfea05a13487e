// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// `cartella-admin --user NAME retention apply --closed-before YYYY-MM-DD [--dry-run] [--json]`: anonymises
// the cases closed before the date and the persons who appear in nothing newer (RetentionService). A dry run
// prints counts and case numbers only, and changes nothing.
class RetentionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("retention"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace cartella::cli
