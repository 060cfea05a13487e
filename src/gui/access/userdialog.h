// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/user.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UserDialog;
}

namespace cartella::gui {

class Session;

// A new user (ui/userdialog.ui), for the system administrator: name, codice fiscale, role, the worker record
// they act as (an existing one or a new one with their name), the Comuni served and a temporary password the
// user changes at the first login. A refusal keeps what was typed.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    explicit UserDialog(Session &session, QWidget *parent = nullptr);
    ~UserDialog() override;

    const domain::User &createdUser() const { return m_created; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::UserDialog> m_ui;
    Session &m_session;
    domain::User m_created;
};

} // namespace cartella::gui
