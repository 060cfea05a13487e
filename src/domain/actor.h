#pragma once

#include "user.h"

#include <QString>

#include <optional>

namespace cartella::domain {

// Who is acting. Every service call takes one. A logged-in user carries their id, role and worker record
// (AuthService::actorFor); an actor without a role is the local system (maintenance commands, demo data) or a
// test.
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

    static Actor localSystem() { return Actor{QStringLiteral("system")}; }
};

} // namespace cartella::domain
