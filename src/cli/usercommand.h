// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

namespace cartella::cli {

// `cartella-admin --user ADMIN user list|add|reset-password`: user management from the command line, through
// AuthService, so the same rules hold as anywhere (only a system administrator manages users; passwords meet
// the policy; a new or reset password must be changed at the next login).
class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString usage() const override;
    int run(CommandContext &context, const QStringList &args) override;

private:
    // A new password from `variable`, else typed twice without echo.
    QString newPassword(CommandContext &context, const char *variable);
};

// Reads a line from the terminal without echoing it (a password). Empty when stdin is not a terminal.
QString readSecret(QTextStream &prompt, const QString &label);

} // namespace cartella::cli
