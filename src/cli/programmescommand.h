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

// The generic projects (ProgrammeService), as a logged-in user who may read them or their counts:
//   projects list [--json]
//   projects counts [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv FILE]
// The period defaults to 1 January of this year until today.
class ProgrammesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    ProgrammesCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    // ExitUsage leaves the reason in usageError().
    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    int list(domain::ServiceHub &hub, const QStringList &args);
    int counts(domain::ServiceHub &hub, const QStringList &args);
    int usage(const QString &message);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
    domain::Actor m_actor;
};

} // namespace cartella::cli
