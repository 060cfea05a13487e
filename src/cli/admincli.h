// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace cartella::repository {
class Storage;
}

namespace cartella::cli {

// Exit statuses of cartella-admin.
enum ExitStatus
{
    ExitOk = 0,
    ExitFailure = 1, // bad input or a refused operation: the message says why
    ExitUsage = 2,   // the command line itself is wrong
};

// cartella-admin: the domain services from the command line. `run` takes the arguments after the
// global options (see support::takeGlobalOptions) and the database path they chose.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    AdminCli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments, const QString &databasePath);
    // Whether the command (the arguments after the global options) draws text: `person export --pdf`, and a
    // demo by size, whose court reports are filed as PDFs. Those need a QGuiApplication (fonts); the
    // offscreen platform is enough.
    static bool paints(const QStringList &arguments);
    // --user: the user the commands that need one act as.
    void setUser(const QString &user) { m_user = user; }
    QString usage() const;
    // The services and settings commands: a block of their own, so that the translation of usage() stays
    // whole.
    QString servicesUsage() const;

private:
    int init(const QString &path);
    int migrate(const QString &path);
    int paths(const QStringList &args, const QString &path);
    int status(const QStringList &args, const QString &path);
    int demo(const QStringList &args, const QString &path);
    int audit(const QStringList &args, const QString &path);
    int fiscalCode(const QStringList &args);
    int fail(const QString &message);
    // Maintenance commands run without a user and are audited as the local system.
    bool auditMaintenance(repository::Storage &storage, const QString &action, const QJsonObject &details);
    int badUsage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
};

} // namespace cartella::cli
