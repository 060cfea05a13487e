// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// `cartella-admin --user NAME person access-report ID [--json]` and
// `person export ID --json FILE [--pdf FILE]`: a person's rights of access (GDPR art. 15), as a logged-in
// zone manager. The PDF needs a QGuiApplication: admin_main makes one for `person export --pdf`.
class PersonCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("person"); }
    QString usage() const override;
    // `export ... --pdf FILE` writes a PDF.
    bool paints(const QStringList &args) const override;
    int run(CommandContext &context, const QStringList &args) override;

private:
    int accessReport(CommandContext &context, const QStringList &args);
    int exportData(CommandContext &context, const QStringList &args);
};

} // namespace cartella::cli
