// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cartella::domain {
class ServiceHub;
struct Actor;
} // namespace cartella::domain

namespace cartella::cli {

// `cartella-admin --user ADMIN user list|add|reset-password`: user management from the command line, through
// AuthService, so the same rules hold as anywhere (only a system administrator manages users; passwords meet
// the policy; a new or reset password must be changed at the next login).
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    UserCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    int usage(const QString &message);
    // A new password from `variable`, else typed twice without echo.
    QString newPassword(const char *variable);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
};

// Reads a line from the terminal without echoing it (a password). Empty when stdin is not a terminal.
QString readSecret(QTextStream &prompt, const QString &label);

} // namespace cartella::cli
