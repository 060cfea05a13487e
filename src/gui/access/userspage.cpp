// SPDX-License-Identifier: EUPL-1.2
#include "gui/access/userspage.h"

#include "domain/servicehub.h"
#include "gui/access/userdialog.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

UsersPage::UsersPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this))
{
    auto *title = new QLabel(tr("<b>Users</b>"), this);
    auto *newButton = new QPushButton(tr("&New user…"), this);
    auto *resetButton = new QPushButton(tr("&Reset password…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(resetButton);
    bar->addWidget(newButton);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("Comuni served"), tr("Password"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(newButton, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(resetButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    refresh();
}

void UsersPage::refresh()
{
    const auto users = m_session.services().auth.users(m_session.actor());
    m_users = users ? users.value() : QList<User>();
    m_table->setRowCount(int(m_users.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        QString password = u.mustChangePassword ? tr("to change at the next login") : tr("set");
        if (u.lockedUntil.isValid() && u.lockedUntil > now)
            password =
                tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        const QStringList cells{
            u.username,
            u.fullName,
            Vocabulary<Role>::label(u.role),
            u.municipalityCodes.isEmpty() ? tr("whole zone") : u.municipalityCodes.join(QStringLiteral(", ")),
            password,
            u.active ? tr("yes") : tr("no")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void UsersPage::newUser()
{
    UserDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("User %1 created; the password must be changed at the first login.")
                           .arg(dialog.createdUser().username));
}

void UsersPage::resetPassword()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size()) {
        emit statusMessage(tr("Choose a user first."));
        return;
    }
    const User user = m_users.at(row);
    bool accepted = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset password"), tr("Temporary password for %1:").arg(user.username),
                              QLineEdit::Password, {}, &accepted);
    if (!accepted)
        return;
    const auto reset = m_session.services().auth.resetPassword(user.id, password, m_session.actor());
    if (!reset) {
        QMessageBox::warning(this, tr("Reset password"), reset.error().message);
        return;
    }
    refresh();
    emit statusMessage(tr("Password of %1 reset; it must be changed at the next login.").arg(user.username));
}

} // namespace cartella::gui
