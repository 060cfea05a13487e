// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace cartella::domain {
class ServiceHub;
}

namespace cartella::repository {
class Storage;
enum class OpenMode;
} // namespace cartella::repository

namespace cartella::cli {

// Exit statuses of cartella-admin.
enum ExitStatus
{
    ExitOk = 0,
    ExitFailure = 1, // bad input or a refused operation: the message says why
    ExitUsage = 2,   // the command line itself is wrong
};

// The blocks of the usage text, in the order they are printed.
enum class UsageGroup
{
    General,
    Services,
    Projects,
};

// What every command runs with: the two streams, the database path, the --user name, the storage and services
// once opened, the logged-in actor, and the ways to say that something failed or the command line is wrong.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    // `usage` gives the whole usage text, printed after a wrong command line.
    CommandContext(QTextStream &out, QTextStream &err, QString databasePath, QString user,
                   std::function<QString()> usage);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &databasePath() const { return m_databasePath; }

    // Opens the database, closing the one opened before. On failure it has said why on err() and returns
    // nullptr.
    repository::Storage *openStorage(repository::OpenMode mode);
    // The domain services on the storage opened last, built when first asked for.
    domain::ServiceHub &hub();
    // Opens the database as it is and logs in as --user (the password from $CARTELLA_PASSWORD or typed); the
    // actor's purpose is "administration" unless $CARTELLA_PURPOSE names another. On failure it has said why
    // and returns false.
    bool logIn();
    domain::Actor &actor() { return m_actor; }

    // The message on err(); returns ExitFailure.
    int fail(const QString &message);
    // The message, a blank line and the usage text on err(); returns ExitUsage.
    int badUsage(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    QString m_user;
    std::function<QString()> m_usage;
    std::unique_ptr<repository::Storage> m_storage;
    std::unique_ptr<domain::ServiceHub> m_hub;
    domain::Actor m_actor;
};

// One command of cartella-admin: its first word, its lines in the usage text, and what it does with the words
// after it. AdminCli holds one of each in a table.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // Its lines in the usage text, translated; each ends with a new line.
    virtual QString usage() const = 0;
    virtual UsageGroup group() const { return UsageGroup::General; }
    // Whether these arguments (after the name) draw text, which needs a QGuiApplication (fonts).
    virtual bool paints(const QStringList &args) const
    {
        Q_UNUSED(args);
        return false;
    }
    virtual int run(CommandContext &context, const QStringList &args) = 0;
};

// The subcommands of a command that acts as the logged-in user: each first word with what it does with the
// words after it.
using Subcommands = std::vector<std::pair<QString, std::function<int(const QStringList &args)>>>;
// Logs in and runs the subcommand `args` begins with. Without one of them, the command line is wrong and
// `needs` says what the command takes.
int runLoggedIn(CommandContext &context, const QStringList &args, const QString &needs,
                const Subcommands &subcommands);

} // namespace cartella::cli
