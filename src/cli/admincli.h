// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "cli/command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace cartella::cli {

// cartella-admin: the domain services from the command line. A table of commands, each named by its first
// word; the usage text is built from their entries, block by block. `run` takes the arguments after the
// global options (see support::takeGlobalOptions) and the database path they chose.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    // The table of every command of cartella-admin.
    AdminCli(QTextStream &out, QTextStream &err);
    // A table of these commands only (tests).
    AdminCli(QTextStream &out, QTextStream &err, std::vector<std::unique_ptr<Command>> commands);
    ~AdminCli();

    int run(const QStringList &arguments, const QString &databasePath);
    // Whether the command (the arguments after the global options) draws text: `person export --pdf`, and a
    // demo by size, whose court reports are filed as PDFs. Those need a QGuiApplication (fonts); the
    // offscreen platform is enough.
    static bool paints(const QStringList &arguments);
    // --user: the user the commands that need one act as.
    void setUser(const QString &user) { m_user = user; }
    // The usage text: the global options, then each block of the table up to `last` (the general block
    // ends with where the database and the user come from).
    QString usage(UsageGroup last = UsageGroup::Projects) const;

    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    Command *find(const QString &name) const;

private:
    static QString groupTitle(UsageGroup group);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cartella::cli
