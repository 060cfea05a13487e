// SPDX-License-Identifier: EUPL-1.2
#include "cli/login.h"

#include "cli/usercommand.h"
#include "domain/access/authservice.h"

namespace cartella::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};

} // namespace

std::optional<domain::Actor> logInAs(domain::AuthService &auth, const QString &user, QTextStream &err)
{
    if (user.isEmpty()) {
        err << Tr::tr("This command acts as a user: give --user NAME (or $CARTELLA_USER).") << Qt::endl;
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("CARTELLA_PASSWORD");
    if (password.isEmpty())
        password = readSecret(err, Tr::tr("Password of %1").arg(user));
    const auto found = auth.login(user, password);
    if (!found) {
        err << found.error().message << Qt::endl;
        return std::nullopt;
    }
    domain::Actor actor = auth.actorFor(found.value());
    const QString purpose = qEnvironmentVariable("CARTELLA_PURPOSE").simplified();
    actor.purpose = purpose.isEmpty() ? QStringLiteral("administration") : purpose.left(200);
    return actor;
}

} // namespace cartella::cli
