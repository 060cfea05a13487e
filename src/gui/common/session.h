// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/access.h"
#include "domain/access/actor.h"

#include <QObject>

namespace cartella::domain {
class ServiceHub;
}

namespace cartella::gui {

// One login: who is working and the domain services they work through (owned by main(), never by the
// session). Every window of the login shares it, and it carries the news of what one of them saved, so that
// a page subscribes to the session instead of to the other pages (as Tiled's Document does).
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(domain::ServiceHub &services, domain::Actor actor, QObject *parent = nullptr);
    ~Session() override;

    domain::ServiceHub &services() const { return m_services; }
    const domain::Actor &actor() const { return m_actor; }
    // Whether the acting user's role allows the operation (the services check it again).
    bool may(domain::Operation operation) const { return domain::permits(m_actor, operation); }

signals:
    // Something of the case was saved: its data, people, status, diary, project or mandates.
    void caseChanged(qint64 caseId);
    // Deadlines were added, completed or moved.
    void deadlinesChanged();
    // A person's registry data changed.
    void personChanged(qint64 personId);
    // Services and aid were requested, decided, paid, concluded or revoked (in the case named; 0 when the
    // change may touch several).
    void deliveriesChanged(qint64 caseId);

private:
    domain::ServiceHub &m_services;
    const domain::Actor m_actor;
};

} // namespace cartella::gui
