// SPDX-License-Identifier: EUPL-1.2
#include "cli/command.h"

#include "cli/usercommand.h"
#include "domain/servicehub.h"
#include "repository/storage.h"

#include <algorithm>

namespace cartella::cli {

CommandContext::CommandContext(QTextStream &out, QTextStream &err, QString databasePath, QString user,
                               std::function<QString()> usage)
    : m_out(out), m_err(err), m_databasePath(std::move(databasePath)), m_user(std::move(user)),
      m_usage(std::move(usage))
{}

CommandContext::~CommandContext() = default;

repository::Storage *CommandContext::openStorage(repository::OpenMode mode)
{
    // The services refer to the storage's repositories: they go first, and the file is closed before it is
    // opened again (migrate reads the version as it is, then migrates).
    m_hub.reset();
    m_storage.reset();
    auto storage = repository::Storage::open(m_databasePath, mode);
    if (!storage) {
        fail(storage.error().message);
        return nullptr;
    }
    m_storage = std::move(storage.value());
    return m_storage.get();
}

domain::ServiceHub &CommandContext::hub()
{
    if (!m_hub)
        m_hub = std::make_unique<domain::ServiceHub>(m_storage->repositories());
    return *m_hub;
}

bool CommandContext::logIn()
{
    if (!openStorage(repository::OpenMode::ExistingAsIs))
        return false;
    if (m_user.isEmpty()) {
        fail(tr("This command acts as a user: give --user NAME (or $CARTELLA_USER)."));
        return false;
    }
    QString password = qEnvironmentVariable("CARTELLA_PASSWORD");
    if (password.isEmpty())
        password = readSecret(m_err, tr("Password of %1").arg(m_user));
    const auto found = hub().auth.login(m_user, password);
    if (!found) {
        fail(found.error().message);
        return false;
    }
    m_actor = hub().auth.actorFor(found.value());
    const QString purpose = qEnvironmentVariable("CARTELLA_PURPOSE").simplified();
    m_actor.purpose = purpose.isEmpty() ? QStringLiteral("administration") : purpose.left(200);
    return true;
}

int CommandContext::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return ExitFailure;
}

int CommandContext::badUsage(const QString &message)
{
    m_err << message << Qt::endl << Qt::endl << m_usage();
    m_err.flush();
    return ExitUsage;
}

int runLoggedIn(CommandContext &context, const QStringList &args, const QString &needs,
                const Subcommands &subcommands)
{
    const auto sub = std::find_if(subcommands.cbegin(), subcommands.cend(),
                                  [&](const auto &s) { return !args.isEmpty() && s.first == args.first(); });
    if (sub == subcommands.cend())
        return context.badUsage(needs);
    if (!context.logIn())
        return ExitFailure;
    return sub->second(args.mid(1));
}

} // namespace cartella::cli
