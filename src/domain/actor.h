#pragma once

#include <QString>

namespace cartella::domain {

// Who is acting. Every service call takes one, so that permissions and audit can be added without
// changing any call site; until login exists it names a local operator.
struct Actor
{
    QString userName;

    static Actor localSystem() { return Actor{QStringLiteral("system")}; }
};

} // namespace cartella::domain
