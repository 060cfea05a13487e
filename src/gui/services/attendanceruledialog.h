// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/inclusion.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AttendanceRuleDialog;
}

namespace cartella::gui {

class Session;

// The zone manager's attendance rule for the PIS (ui/attendanceruledialog.ui), with a worked example that
// follows the figures as they are typed. A refusal keeps what was typed.
class AttendanceRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceRuleDialog)

public:
    AttendanceRuleDialog(Session &session, domain::AttendanceRule current, QWidget *parent = nullptr);
    ~AttendanceRuleDialog() override;

    // The rule saved, once accepted.
    const domain::AttendanceRule &rule() const { return m_rule; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void updateExample();

    std::unique_ptr<Ui::AttendanceRuleDialog> m_ui;
    Session &m_session;
    domain::AttendanceRule m_rule;
};

} // namespace cartella::gui
