// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/user.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cartella::domain {

// Who is acting, from where, and why. Every service call takes one. A logged-in user carries their id, role,
// worker record and the Comuni they serve (AuthService::actorFor); an actor without a role is the local
// system (maintenance commands, demo data) or a test.
struct Actor
{
    Actor() = default;
    explicit Actor(QString name) : userName(std::move(name)) {}
    Actor(QString name, qint64 id, std::optional<Role> userRole, qint64 worker, QString fromWorkstation)
        : userName(std::move(name)), userId(id), role(userRole), workerId(worker),
          workstation(std::move(fromWorkstation))
    {}

    QString userName;
    qint64 userId = 0;
    std::optional<Role> role;
    qint64 workerId = 0;
    QString workstation;
    QStringList municipalityCodes; // the Comuni served; empty for the whole zone
    // Why the data are processed, written in every audit record: a code from Purpose below, or, for an
    // emergency access, the code and the access id.
    QString purpose = QStringLiteral("casework");

    static Actor localSystem()
    {
        Actor a{QStringLiteral("system")};
        a.purpose = QStringLiteral("maintenance");
        return a;
    }
    // The demo generator: the local system, writing synthetic data.
    static Actor demo()
    {
        Actor a{QStringLiteral("demo")};
        a.purpose = QStringLiteral("demo");
        return a;
    }
};

} // namespace cartella::domain
