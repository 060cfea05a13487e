// SPDX-License-Identifier: EUPL-1.2
#include "cli/usercommand.h"

#include "cli/options.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cartella::cli {

using namespace cartella::domain;

QString readSecret(QTextStream &prompt, const QString &label)
{
    if (!isatty(STDIN_FILENO))
        return {};
    prompt << label << QStringLiteral(": ");
    prompt.flush();
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    prompt << Qt::endl;
    return read ? QString::fromUtf8(buffer).trimmed() : QString();
}

QString UserCommand::usage() const
{
    return tr(
        "  user list [--json]           the users (needs --user of a system administrator)\n"
        "  user add NAME --full-name F --role ROLE [--worker ID] [--comuni CODES]\n"
        "                               a new user with a temporary password ($CARTELLA_NEW_PASSWORD or\n"
        "                               typed), to be changed at the first login\n"
        "  user reset-password NAME     a new temporary password, to be changed at the next login\n");
}

QString UserCommand::newPassword(CommandContext &context, const char *variable)
{
    QString password = qEnvironmentVariable(variable);
    if (!password.isEmpty())
        return password;
    password = readSecret(context.err(), tr("Temporary password"));
    if (password != readSecret(context.err(), tr("Repeat it")))
        return {};
    return password;
}

int UserCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty())
        return context.badUsage(tr("Use: user list | user add NAME ... | user reset-password NAME"));
    const QString sub = args.first();
    QString error;
    const auto options = Options::parse(args.mid(1),
                                        {QStringLiteral("full-name"), QStringLiteral("role"),
                                         QStringLiteral("worker"), QStringLiteral("comuni")},
                                        {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    if (sub != QLatin1String("list") && sub != QLatin1String("add") && sub != QLatin1String("reset-password"))
        return context.badUsage(tr("Unknown user command \"%1\".").arg(sub));
    if (sub != QLatin1String("list") && options->positional().size() != 1)
        return context.badUsage(tr("Name the user: user %1 NAME.").arg(sub));
    if (sub == QLatin1String("add") &&
        (!options->has(QStringLiteral("full-name")) || !options->has(QStringLiteral("role"))))
        return context.badUsage(
            tr("user add needs --full-name and --role (social_worker, zone_manager, administrative, "
               "educator, system_admin)."));

    if (!context.logIn())
        return ExitFailure;
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();

    if (sub == QLatin1String("list")) {
        const auto users = hub.auth.users(actor);
        if (!users)
            return context.fail(users.error().message);
        QJsonArray rows;
        for (const User &u : users.value()) {
            rows.append(QJsonObject{{QStringLiteral("username"), u.username},
                                    {QStringLiteral("full_name"), u.fullName},
                                    {QStringLiteral("role"), Vocabulary<Role>::code(u.role)},
                                    {QStringLiteral("active"), u.active},
                                    {QStringLiteral("must_change_password"), u.mustChangePassword}});
            if (!options->has(QStringLiteral("json")))
                out << QStringLiteral("%1\t%2\t%3")
                           .arg(u.username, u.fullName, Vocabulary<Role>::label(u.role))
                    << Qt::endl;
        }
        if (options->has(QStringLiteral("json")))
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const QString password = newPassword(context, "CARTELLA_NEW_PASSWORD");
    if (password.isEmpty())
        return context.fail(tr("No temporary password given (or the two differ)."));
    if (sub == QLatin1String("add")) {
        const QString roleCode = options->value(QStringLiteral("role"));
        const QList<Role> roles = Vocabulary<Role>::values();
        if (std::none_of(roles.cbegin(), roles.cend(),
                         [&](Role r) { return Vocabulary<Role>::code(r) == roleCode; }))
            return context.badUsage(tr("Unknown role \"%1\".").arg(roleCode));
        User draft;
        draft.username = options->positional().first();
        draft.fullName = options->value(QStringLiteral("full-name"));
        draft.role = Vocabulary<Role>::fromCode(roleCode);
        draft.workerId = options->value(QStringLiteral("worker")).toLongLong();
        draft.municipalityCodes =
            options->value(QStringLiteral("comuni")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const auto created = hub.auth.createUser(draft, password, actor);
        if (!created)
            return context.fail(created.error().message);
        out << tr("User %1 created; the password must be changed at the first login.")
                   .arg(created.value().username)
            << Qt::endl;
        return ExitOk;
    }
    const auto users = hub.auth.users(actor);
    if (!users)
        return context.fail(users.error().message);
    const QString name = options->positional().first();
    for (const User &u : users.value()) {
        if (u.username.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const auto reset = hub.auth.resetPassword(u.id, password, actor);
        if (!reset)
            return context.fail(reset.error().message);
        out << tr("Password of %1 reset; it must be changed at the next login.").arg(u.username) << Qt::endl;
        return ExitOk;
    }
    return context.fail(tr("There is no user %1.").arg(name));
}

} // namespace cartella::cli
