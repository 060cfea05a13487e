// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace cartella::domain {
class AuthService;
}

namespace cartella::cli {

// Logs in as `user` (the --user option or $CARTELLA_USER) for a command that shows or changes personal data.
// The password comes from $CARTELLA_PASSWORD or is typed without echo. On failure, says why on `err` and
// returns nothing. The actor's purpose is "administration" unless $CARTELLA_PURPOSE names another.
std::optional<domain::Actor> logInAs(domain::AuthService &auth, const QString &user, QTextStream &err);

} // namespace cartella::cli
