// SPDX-License-Identifier: EUPL-1.2
#include "cli/usercommand.h"

#include "cli/admincli.h"
#include "cli/login.h"
#include "cli/options.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "repository/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cartella::cli {

using namespace cartella::domain;
using repository::OpenMode;
using repository::Storage;

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

int UserCommand::usage(const QString &message)
{
    m_usageError = message;
    return ExitUsage;
}

QString UserCommand::newPassword(const char *variable)
{
    QString password = qEnvironmentVariable(variable);
    if (!password.isEmpty())
        return password;
    password = readSecret(m_err, tr("Temporary password"));
    if (password != readSecret(m_err, tr("Repeat it")))
        return {};
    return password;
}

int UserCommand::run(const QStringList &args, const QString &databasePath)
{
    if (args.isEmpty())
        return usage(tr("Use: user list | user add NAME ... | user reset-password NAME"));
    const QString sub = args.first();
    QString error;
    const auto options = Options::parse(args.mid(1),
                                        {QStringLiteral("full-name"), QStringLiteral("role"),
                                         QStringLiteral("worker"), QStringLiteral("comuni")},
                                        {QStringLiteral("json")}, &error);
    if (!options)
        return usage(error);
    if (sub != QLatin1String("list") && sub != QLatin1String("add") && sub != QLatin1String("reset-password"))
        return usage(tr("Unknown user command \"%1\".").arg(sub));
    if (sub != QLatin1String("list") && options->positional().size() != 1)
        return usage(tr("Name the user: user %1 NAME.").arg(sub));
    if (sub == QLatin1String("add") &&
        (!options->has(QStringLiteral("full-name")) || !options->has(QStringLiteral("role"))))
        return usage(tr("user add needs --full-name and --role (social_worker, zone_manager, administrative, "
                        "educator, system_admin)."));

    auto storage = Storage::open(databasePath, OpenMode::ExistingAsIs);
    if (!storage) {
        m_err << storage.error().message << Qt::endl;
        return ExitFailure;
    }
    ServiceHub hub(storage.value()->repositories());
    const std::optional<Actor> loggedIn = logInAs(hub.auth, m_user, m_err);
    if (!loggedIn)
        return ExitFailure;
    const Actor &actor = *loggedIn;

    if (sub == QLatin1String("list")) {
        const auto users = hub.auth.users(actor);
        if (!users) {
            m_err << users.error().message << Qt::endl;
            return ExitFailure;
        }
        QJsonArray rows;
        for (const User &u : users.value()) {
            rows.append(QJsonObject{{QStringLiteral("username"), u.username},
                                    {QStringLiteral("full_name"), u.fullName},
                                    {QStringLiteral("role"), Vocabulary<Role>::code(u.role)},
                                    {QStringLiteral("active"), u.active},
                                    {QStringLiteral("must_change_password"), u.mustChangePassword}});
            if (!options->has(QStringLiteral("json")))
                m_out << QStringLiteral("%1\t%2\t%3")
                             .arg(u.username, u.fullName, Vocabulary<Role>::label(u.role))
                      << Qt::endl;
        }
        if (options->has(QStringLiteral("json")))
            m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const QString password = newPassword("CARTELLA_NEW_PASSWORD");
    if (password.isEmpty()) {
        m_err << tr("No temporary password given (or the two differ).") << Qt::endl;
        return ExitFailure;
    }
    if (sub == QLatin1String("add")) {
        const QString roleCode = options->value(QStringLiteral("role"));
        const QList<Role> roles = Vocabulary<Role>::values();
        if (std::none_of(roles.cbegin(), roles.cend(),
                         [&](Role r) { return Vocabulary<Role>::code(r) == roleCode; }))
            return usage(tr("Unknown role \"%1\".").arg(roleCode));
        User draft;
        draft.username = options->positional().first();
        draft.fullName = options->value(QStringLiteral("full-name"));
        draft.role = Vocabulary<Role>::fromCode(roleCode);
        draft.workerId = options->value(QStringLiteral("worker")).toLongLong();
        draft.municipalityCodes =
            options->value(QStringLiteral("comuni")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const auto created = hub.auth.createUser(draft, password, actor);
        if (!created) {
            m_err << created.error().message << Qt::endl;
            return ExitFailure;
        }
        m_out << tr("User %1 created; the password must be changed at the first login.")
                     .arg(created.value().username)
              << Qt::endl;
        return ExitOk;
    }
    const auto users = hub.auth.users(actor);
    if (!users) {
        m_err << users.error().message << Qt::endl;
        return ExitFailure;
    }
    const QString name = options->positional().first();
    for (const User &u : users.value()) {
        if (u.username.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const auto reset = hub.auth.resetPassword(u.id, password, actor);
        if (!reset) {
            m_err << reset.error().message << Qt::endl;
            return ExitFailure;
        }
        m_out << tr("Password of %1 reset; it must be changed at the next login.").arg(u.username)
              << Qt::endl;
        return ExitOk;
    }
    m_err << tr("There is no user %1.").arg(name) << Qt::endl;
    return ExitFailure;
}

} // namespace cartella::cli
