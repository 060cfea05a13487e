// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/attendanceruledialog.h"

#include "domain/kernel/money.h"
#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "ui_attendanceruledialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

AttendanceRuleDialog::AttendanceRuleDialog(Session &session, AttendanceRule current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AttendanceRuleDialog>()), m_session(session), m_rule(current)
{
    m_ui->setupUi(this);
    m_ui->exampleLabel->setTextFormat(Qt::PlainText);
    m_ui->fullSpin->setValue(current.fullPercent);
    m_ui->minimumSpin->setValue(current.minimumPercent);
    connect(m_ui->fullSpin, &QSpinBox::valueChanged, this, &AttendanceRuleDialog::updateExample);
    connect(m_ui->minimumSpin, &QSpinBox::valueChanged, this, &AttendanceRuleDialog::updateExample);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AttendanceRuleDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateExample();
}

AttendanceRuleDialog::~AttendanceRuleDialog() = default;

QString AttendanceRuleDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void AttendanceRuleDialog::updateExample()
{
    const AttendanceRule rule{m_ui->minimumSpin->value(), m_ui->fullSpin->value()};
    if (!rule.valid()) {
        m_ui->exampleLabel->setText(tr("The whole subsidy cannot start below the minimum."));
        return;
    }
    constexpr qint64 subsidy = 30000;
    const auto give = [&](int attended) {
        return formatEuro(monthlySubsidy(subsidy, 40, attended, rule));
    };
    m_ui->exampleLabel->setText(
        tr("For example, with a subsidy of %1 and 40 hours planned: 38 hours attended give "
           "%2, 30 hours give %3, 19 hours give %4.")
            .arg(formatEuro(subsidy), give(38), give(30), give(19)));
}

void AttendanceRuleDialog::accept()
{
    const auto saved = m_session.services().inclusion.setAttendanceRule(
        m_ui->minimumSpin->value(), m_ui->fullSpin->value(), m_session.actor());
    if (!saved) {
        m_ui->messageLabel->setText(saved.error().message);
        return;
    }
    m_rule = saved.value();
    QDialog::accept();
}

} // namespace cartella::gui
