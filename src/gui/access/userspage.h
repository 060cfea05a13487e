// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/user.h"

#include <QWidget>

class QTableWidget;

namespace cartella::gui {

class Session;

// The users, for the system administrator: who they are, their role, the Comuni they serve, and whether they
// must change their password or are locked out; new users and password resets.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    void newUser();
    void resetPassword();
    QTableWidget *table() const { return m_table; }

signals:
    void statusMessage(const QString &message);

private:
    Session &m_session;
    QTableWidget *m_table = nullptr;
    QList<domain::User> m_users;
};

} // namespace cartella::gui
