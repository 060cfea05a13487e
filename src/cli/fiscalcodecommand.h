// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// `cartella-admin fiscal-code check|decode|compute`: needs no database.
class FiscalCodeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("fiscal-code"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;

private:
    int check(CommandContext &context, const QStringList &codes);
    int decode(CommandContext &context, const QStringList &args);
    int compute(CommandContext &context, const QStringList &args);
};

} // namespace cartella::cli
