// SPDX-License-Identifier: EUPL-1.2
#include "gui/access/logindialogs.h"

#include "ui_changepassworddialog.h"
#include "ui_firstadmindialog.h"
#include "ui_logindialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

void showError(QLabel *label, const QString &message)
{
    label->setStyleSheet(QStringLiteral("color: #a93226;"));
    label->setText(message);
}

} // namespace

LoginDialog::LoginDialog(AuthService &auth, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_auth(auth)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->titleLabel->setText(QStringLiteral("<h2>Cartella</h2><p>%1</p>")
                                  .arg(tr("Database: %1").arg(databaseName).toHtmlEscaped()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (attempt())
            accept();
    });
    m_ui->usernameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool LoginDialog::attempt()
{
    const auto logged = m_auth.login(m_ui->usernameEdit->text(), m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear(); // never kept in a widget longer than needed
    if (!logged) {
        showError(m_ui->messageLabel, logged.error().message);
        m_ui->passwordEdit->setFocus();
        return false;
    }
    m_user = logged.value();
    return true;
}

FirstAdminDialog::FirstAdminDialog(AuthService &auth, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_auth(auth)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create administrator"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
}

FirstAdminDialog::~FirstAdminDialog() = default;

QString FirstAdminDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool FirstAdminDialog::create()
{
    if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text()) {
        showError(m_ui->messageLabel, tr("The two passwords differ."));
        m_ui->confirmEdit->clear();
        m_ui->confirmEdit->setFocus();
        return false;
    }
    User draft;
    draft.username = m_ui->usernameEdit->text();
    draft.fullName = m_ui->fullNameEdit->text();
    draft.fiscalCode = m_ui->fiscalCodeEdit->text();
    const auto created = m_auth.createFirstAdministrator(draft, m_ui->passwordEdit->text());
    if (!created) {
        showError(m_ui->messageLabel, created.error().message);
        return false;
    }
    return true;
}

ChangePasswordDialog::ChangePasswordDialog(AuthService &auth, const User &user, bool required,
                                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_auth(auth), m_user(user)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setText(required
                                  ? tr("Your password was set by an administrator: choose your own to go on.")
                                  : tr("Choose a new password for %1.").arg(user.username));
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (change())
            accept();
    });
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool ChangePasswordDialog::change()
{
    if (m_ui->newEdit->text() != m_ui->confirmEdit->text()) {
        showError(m_ui->messageLabel, tr("The two new passwords differ."));
        m_ui->confirmEdit->clear();
        m_ui->confirmEdit->setFocus();
        return false;
    }
    const auto changed = m_auth.changePassword(m_user.id, m_ui->currentEdit->text(), m_ui->newEdit->text());
    if (!changed) {
        showError(m_ui->messageLabel, changed.error().message);
        return false;
    }
    return true;
}

} // namespace cartella::gui
