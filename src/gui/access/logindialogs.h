// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/authservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
class FirstAdminDialog;
class ChangePasswordDialog;
} // namespace Ui

namespace cartella::gui {

// The login screen (ui/logindialog.ui). A refused login keeps the user name and says why (a lock says until
// when); it closes only on a good login.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(domain::AuthService &auth, const QString &databaseName, QWidget *parent = nullptr);
    ~LoginDialog() override;

    bool attempt();
    const domain::User &user() const { return m_user; }
    QString messageText() const;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    domain::AuthService &m_auth;
    domain::User m_user;
};

// The first start of a new database (ui/firstadmindialog.ui): creates the system administrator.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminDialog)

public:
    explicit FirstAdminDialog(domain::AuthService &auth, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    bool create();
    QString messageText() const;

private:
    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    domain::AuthService &m_auth;
};

// Changing one's own password (ui/changepassworddialog.ui); required after an administrator's reset.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(domain::AuthService &auth, const domain::User &user, bool required,
                         QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    bool change();
    QString messageText() const;

private:
    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    domain::AuthService &m_auth;
    domain::User m_user;
};

} // namespace cartella::gui
