// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cartella::domain {
class ServiceHub;
}

namespace cartella::cli {

// `cartella-admin --user NAME case list [--json] [--status S] [--area A]` and `case show NUMBER [--json]`: as
// a logged-in user, who sees only the cases their role allows; `show` is an opening of the case, audited.
class CaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    CaseCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    // ExitUsage leaves the reason in usageError().
    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    int list(domain::ServiceHub &hub, const QStringList &args);
    int show(domain::ServiceHub &hub, const QStringList &args);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
    domain::Actor m_actor;
};

} // namespace cartella::cli
