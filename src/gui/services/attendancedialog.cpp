// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/attendancedialog.h"

#include "domain/kernel/money.h"
#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "gui/services/monthlyformat.h"
#include "ui_attendancedialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

QString attendanceRuleText(const AttendanceRule &rule)
{
    return AttendanceDialog::tr(
               "Office rule: the whole subsidy from %1 % of the planned hours attended, nothing "
               "below %2 %, in proportion in between.")
        .arg(rule.fullPercent)
        .arg(rule.minimumPercent);
}

AttendanceDialog::AttendanceDialog(Session &session, InclusionPath path, AttendanceRule rule, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AttendanceDialog>()), m_session(session),
      m_path(std::move(path)), m_rule(rule)
{
    m_ui->setupUi(this);
    m_ui->previewLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    QStringList recorded;
    for (const InclusionMonth &m : m_path.months)
        recorded << m.month;
    for (const QString &month : serviceMonths(m_path.delivery)) {
        if (!recorded.contains(month))
            m_ui->monthCombo->addItem(monthText(month), month);
    }
    // The plan of the last month recorded is the likeliest plan of the next one.
    if (!m_path.months.isEmpty())
        m_ui->plannedSpin->setValue(m_path.months.last().plannedHours);
    m_ui->ruleLabel->setText(attendanceRuleText(m_rule));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(hasMonths());
    if (!hasMonths())
        m_ui->messageLabel->setText(tr("Every month up to now is recorded."));
    connect(m_ui->plannedSpin, &QSpinBox::valueChanged, this, &AttendanceDialog::updatePreview);
    connect(m_ui->attendedSpin, &QSpinBox::valueChanged, this, &AttendanceDialog::updatePreview);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

AttendanceDialog::~AttendanceDialog() = default;

bool AttendanceDialog::hasMonths() const
{
    return m_ui->monthCombo->count() > 0;
}

QString AttendanceDialog::previewText() const
{
    return m_ui->previewLabel->text();
}

QString AttendanceDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void AttendanceDialog::updatePreview()
{
    const int planned = m_ui->plannedSpin->value();
    const int attended = m_ui->attendedSpin->value();
    QString text;
    if (planned <= 0) {
        text = tr("Give the hours planned for the month.");
    } else if (attended > planned) {
        text = tr("The hours attended cannot exceed the hours planned.");
    } else {
        const qint64 cents = monthlySubsidy(m_path.monthlySubsidyCents, planned, attended, m_rule);
        const QString percent = percentText(planned, attended);
        if (cents == m_path.monthlySubsidyCents)
            text = tr("%1 attended: the whole subsidy, %2.").arg(percent, formatEuro(cents));
        else if (cents == 0)
            text = tr("%1 attended, below the minimum of %2 %: no subsidy for this month.")
                       .arg(percent)
                       .arg(m_rule.minimumPercent);
        else
            text = tr("%1 attended: %2 of %3, in proportion to the hours attended.")
                       .arg(percent, formatEuro(cents), formatEuro(m_path.monthlySubsidyCents));
    }
    m_ui->previewLabel->setText(text);
}

void AttendanceDialog::accept()
{
    const QString month = m_ui->monthCombo->currentData().toString();
    if (month.isEmpty())
        return;
    const auto recorded = m_session.services().inclusion.recordAttendance(
        m_path.deliveryId, month, m_ui->plannedSpin->value(), m_ui->attendedSpin->value(), m_session.actor());
    if (!recorded) {
        m_ui->messageLabel->setText(recorded.error().message);
        const QString field =
            recorded.error().fields.isEmpty() ? QString() : recorded.error().fields.first().field;
        if (field == QLatin1String("planned"))
            m_ui->plannedSpin->setFocus();
        else if (field == QLatin1String("attended"))
            m_ui->attendedSpin->setFocus();
        else if (field == QLatin1String("month"))
            m_ui->monthCombo->setFocus();
        return;
    }
    m_path = recorded.value();
    m_recordedMonth = month;
    QDialog::accept();
}

} // namespace cartella::gui
