// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/authservice.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace cartella::gui {

// Locks the session after a time without keyboard or mouse input: every window of the application is hidden
// (nothing personal stays on screen) and a lock screen asks the same user's password. Unlocking shows the
// windows again exactly as they were, with whatever was being typed.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    IdleLock(domain::AuthService &auth, domain::Actor actor, int idleMilliseconds, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }
    // Locks now (the timer calls this); the lock screen is shown without blocking the caller.
    void lock();
    // Tries a password on the lock screen; on success the windows come back.
    bool unlock(const QString &password);
    QString lockMessage() const { return m_message; }

    // The idle time from QSettings "session/idleMinutes" (default 10 minutes).
    static int configuredIdleMilliseconds();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLockScreen();

    domain::AuthService &m_auth;
    domain::Actor m_actor;
    QTimer *m_timer;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hidden;
    QPointer<QWidget> m_lockScreen;
    QString m_message;
};

} // namespace cartella::gui
