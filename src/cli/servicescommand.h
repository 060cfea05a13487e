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

// The exports of services and aid (ServiceExportService), as a logged-in zone manager or administrative
// officer:
//   services export --csv deliveries|payments --from YYYY-MM-DD --to YYYY-MM-DD [--line ID] [--area CODE]
//                   [--comune ISTAT] --out FILE
//   services siuss --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--problems FILE.csv]
// Files are written whole or not at all. The SIUSS records left out are listed with why; they are a report,
// not a failure: the exit status is 0 when the file (or the report that nothing could be sent) was made.
class ServicesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    ServicesCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    // ExitUsage leaves the reason in usageError().
    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    int exportCsv(domain::ServiceHub &hub, const QStringList &args);
    int siuss(domain::ServiceHub &hub, const QStringList &args);
    int usage(const QString &message);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
    domain::Actor m_actor;
};

// `cartella-admin --user NAME settings show` and `settings set KEY VALUE`: the office settings a zone manager
// or system administrator sets from here (the SIUSS sender: siuss_ente_code, siuss_ente_name,
// siuss_ente_belfiore).
class SettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    SettingsCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
};

} // namespace cartella::cli
