// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/casework/emergencyaccess.h"

#include <QFrame>

#include <memory>

namespace Ui {
class CaseAccessBar;
}

namespace cartella::gui {

class Session;

// Above a case's tabs (ui/caseaccessbar.ui): whether the case is riservato, with the button to mark it or
// lift the mark; a red banner when the user sees the case only through an emergency access; and, for the
// responsible worker and the zone manager, the emergency accesses they have not acknowledged yet.
class CaseAccessBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseAccessBar)

public:
    explicit CaseAccessBar(Session &session, QWidget *parent = nullptr);
    ~CaseAccessBar() override;

    void showCase(const domain::Case &c);
    // Whether the user sees the shown case only through an emergency access (read and diary only).
    bool inEmergency() const { return m_inEmergency; }
    bool acknowledgeFirst();

signals:
    void changed(const QString &message);
    void failed(const QString &message);

private:
    void toggleRestriction();

    std::unique_ptr<Ui::CaseAccessBar> m_ui;
    Session &m_session;
    domain::Case m_case;
    bool m_inEmergency = false;
    QList<domain::EmergencyAccess> m_pending;
};

} // namespace cartella::gui
