// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// `demo --size small|zone|large [--persons N] [--seed S]` and `demo --persons N [--seed S]`: a synthetic zone
// (or persons only) in an empty database, all or nothing (README, "Demo data").
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString usage() const override;
    // A demo by size files court reports as PDFs.
    bool paints(const QStringList &args) const override;
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace cartella::cli
