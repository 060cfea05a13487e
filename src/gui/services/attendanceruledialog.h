// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "gui/common/services.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AttendanceRuleDialog;
}

namespace cartella::gui {

// The zone manager's attendance rule for the PIS (ui/attendanceruledialog.ui), with a worked example that
// follows the figures as they are typed. A refusal keeps what was typed.
class AttendanceRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceRuleDialog)

public:
    AttendanceRuleDialog(Services services, domain::AttendanceRule current, QWidget *parent = nullptr);
    ~AttendanceRuleDialog() override;

    // The rule saved, once accepted.
    const domain::AttendanceRule &rule() const { return m_rule; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void updateExample();

    std::unique_ptr<Ui::AttendanceRuleDialog> m_ui;
    Services m_services;
    domain::AttendanceRule m_rule;
};

} // namespace cartella::gui
