// SPDX-License-Identifier: EUPL-1.2
#include "cli/admincli.h"

#include "cli/casecommand.h"
#include "cli/democommand.h"
#include "cli/fiscalcodecommand.h"
#include "cli/maintenancecommands.h"
#include "cli/personcommand.h"
#include "cli/programmescommand.h"
#include "cli/retentioncommand.h"
#include "cli/servicescommand.h"
#include "cli/usercommand.h"

#include <algorithm>

namespace cartella::cli {

namespace {

// In the order of the usage text.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<PathsCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CaseCommand>());
    commands.push_back(std::make_unique<RetentionCommand>());
    commands.push_back(std::make_unique<PersonCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<FiscalCodeCommand>());
    commands.push_back(std::make_unique<ServicesCommand>());
    commands.push_back(std::make_unique<SettingsCommand>());
    commands.push_back(std::make_unique<ProgrammesCommand>());
    return commands;
}

const std::vector<UsageGroup> &usageGroups()
{
    static const std::vector<UsageGroup> groups{UsageGroup::General, UsageGroup::Services,
                                                UsageGroup::Projects};
    return groups;
}

} // namespace

AdminCli::AdminCli(QTextStream &out, QTextStream &err) : AdminCli(out, err, allCommands())
{}

AdminCli::AdminCli(QTextStream &out, QTextStream &err, std::vector<std::unique_ptr<Command>> commands)
    : m_out(out), m_err(err), m_commands(std::move(commands))
{}

AdminCli::~AdminCli() = default;

QString AdminCli::groupTitle(UsageGroup group)
{
    switch (group) {
    case UsageGroup::General:
        return tr("Usage: cartella-admin [--database PATH] [--user NAME] [--lang it|en] [--log-level LEVEL] "
                  "COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n");
    case UsageGroup::Services:
        return tr("\n"
                  "Services and aid:\n");
    case UsageGroup::Projects:
        return tr("\n"
                  "Projects:\n");
    }
    return {};
}

QString AdminCli::usage(UsageGroup last) const
{
    QString text;
    for (const UsageGroup group : usageGroups()) {
        text += groupTitle(group);
        for (const auto &command : m_commands) {
            if (command->group() == group)
                text += command->usage();
        }
        if (group == UsageGroup::General)
            text += tr("\n"
                       "The database is --database PATH, else $CARTELLA_DATABASE, else the application data "
                       "folder.\n"
                       "--user NAME (else $CARTELLA_USER) logs in; the password is $CARTELLA_PASSWORD or "
                       "typed.\n");
        if (group == last)
            break;
    }
    return text;
}

Command *AdminCli::find(const QString &name) const
{
    const auto found = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                    [&](const auto &command) { return command->name() == name; });
    return found == m_commands.cend() ? nullptr : found->get();
}

bool AdminCli::paints(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    QTextStream none;
    const AdminCli table(none, none);
    const Command *command = table.find(arguments.first());
    return command && command->paints(arguments.mid(1));
}

int AdminCli::run(const QStringList &arguments, const QString &databasePath)
{
    CommandContext context(m_out, m_err, databasePath, m_user, [this] { return usage(); });
    if (arguments.isEmpty())
        return context.badUsage(tr("No command given."));
    const QString &name = arguments.first();
    if (name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        m_out << usage();
        return ExitOk;
    }
    Command *command = find(name);
    if (!command)
        return context.badUsage(tr("Unknown command \"%1\".").arg(name));
    return command->run(context, arguments.mid(1));
}

} // namespace cartella::cli
