// SPDX-License-Identifier: EUPL-1.2
#include "gui/access/idlelock.h"

#include "ui_lockscreen.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QSettings>
#include <QTimer>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

// The lock screen: closing it does not unlock.
class LockScreen final : public QDialog
{
public:
    explicit LockScreen(IdleLock &lock, const QString &userName) : m_lock(lock)
    {
        m_ui.setupUi(this);
        setObjectName(QStringLiteral("lockScreen"));
        m_ui.messageLabel->setTextFormat(Qt::PlainText);
        m_ui.titleLabel->setText(
            QStringLiteral("<h2>Cartella</h2><p>%1</p>")
                .arg(IdleLock::tr("The session of %1 is locked after a time without use. "
                                  "Type the password to go back to where you were.")
                         .arg(userName)
                         .toHtmlEscaped()));
        connect(m_ui.unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);
        connect(m_ui.passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    }

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
    void reject() override {} // Esc does not unlock either

private:
    void tryUnlock()
    {
        const QString password = m_ui.passwordEdit->text();
        m_ui.passwordEdit->clear();
        if (!m_lock.unlock(password)) {
            m_ui.messageLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
            m_ui.messageLabel->setText(m_lock.lockMessage());
        }
    }

    IdleLock &m_lock;
    Ui::LockScreen m_ui;
};

} // namespace

IdleLock::IdleLock(AuthService &auth, Actor actor, int idleMilliseconds, QObject *parent)
    : QObject(parent), m_auth(auth), m_actor(std::move(actor)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(idleMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_timer->start();
}

int IdleLock::configuredIdleMilliseconds()
{
    const int minutes = QSettings().value(QStringLiteral("session/idleMinutes"), 10).toInt();
    return std::max(1, minutes) * 60 * 1000;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    m_hidden.clear();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            m_hidden.append(w);
            w->hide();
        }
    }
    m_message.clear();
    showLockScreen();
    emit lockedChanged(true);
}

void IdleLock::showLockScreen()
{
    auto *screen = new LockScreen(*this, m_actor.userName);
    screen->setAttribute(Qt::WA_DeleteOnClose);
    m_lockScreen = screen;
    screen->show();
    screen->raise();
    screen->activateWindow();
}

bool IdleLock::unlock(const QString &password)
{
    if (!m_locked)
        return true;
    const auto unlocked = m_auth.unlock(m_actor, password);
    if (!unlocked) {
        m_message = unlocked.error().message;
        return false;
    }
    m_locked = false;
    if (m_lockScreen)
        m_lockScreen->deleteLater();
    for (const QPointer<QWidget> &w : std::as_const(m_hidden)) {
        if (w)
            w->show();
    }
    m_hidden.clear();
    m_timer->start();
    emit lockedChanged(false);
    return true;
}

} // namespace cartella::gui
