// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CaseMembersPanel;
}

namespace cartella::gui {

class Session;

// The "members and household" tab of a case (ui/casememberspanel.ui): the people with their roles, adding a
// person, each person's household, and the team working on the case.
class CaseMembersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseMembersPanel)

public:
    CaseMembersPanel(Session &session, QWidget *parent = nullptr);
    ~CaseMembersPanel() override;

    void showCase(const domain::Case &c);
    bool addMember(qint64 personId, domain::MemberRole role);
    bool saveTeam();

signals:
    // The case changed here: the window reloads it. `message` says what happened.
    void changed(const QString &message);
    void failed(const QString &message);

private:
    void askAddMember();
    void openHousehold();

    std::unique_ptr<Ui::CaseMembersPanel> m_ui;
    Session &m_session;
    domain::Case m_case;
};

} // namespace cartella::gui
