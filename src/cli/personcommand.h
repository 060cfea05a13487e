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

// `cartella-admin --user NAME person access-report ID [--json]` and
// `person export ID --json FILE [--pdf FILE]`: a person's rights of access (GDPR art. 15), as a logged-in
// zone manager. The PDF needs a QGuiApplication: admin_main makes one for `person export --pdf`.
class PersonCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    PersonCommand(QTextStream &out, QTextStream &err, QString user)
        : m_out(out), m_err(err), m_user(std::move(user))
    {}

    // ExitUsage leaves the reason in usageError().
    int run(const QStringList &args, const QString &databasePath);
    const QString &usageError() const { return m_usageError; }

    // Whether these command-line arguments (after the global options) write a PDF.
    static bool writesPdf(const QStringList &args);

private:
    int accessReport(domain::ServiceHub &hub, const QStringList &args);
    int exportData(domain::ServiceHub &hub, const QStringList &args);
    int usage(const QString &message);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_usageError;
    domain::Actor m_actor;
};

} // namespace cartella::cli
