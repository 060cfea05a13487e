// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/inclusiondialog.h"

#include "domain/kernel/money.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/attendancedialog.h"
#include "gui/services/attendanceruledialog.h"
#include "gui/services/monthlyformat.h"
#include "gui/services/monthpaymentdialog.h"
#include "ui_inclusiondialog.h"

#include <QHeaderView>

namespace cartella::gui {

using namespace cartella::domain;

InclusionDialog::InclusionDialog(Session &session, qint64 deliveryId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InclusionDialog>()), m_session(session),
      m_deliveryId(deliveryId)
{
    m_ui->setupUi(this);
    for (QLabel *label : {m_ui->headerLabel, m_ui->detailsLabel, m_ui->ruleLabel, m_ui->messageLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->monthsTable->setColumnCount(6);
    m_ui->monthsTable->setHorizontalHeaderLabels({tr("Month"), tr("Hours planned"), tr("Hours attended"),
                                                  tr("Attendance"), tr("Subsidy"), tr("Paid on")});
    m_ui->monthsTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_ui->monthsTable->verticalHeader()->hide();
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &InclusionDialog::setUpPath);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &InclusionDialog::recordAttendance);
    connect(m_ui->payButton, &QPushButton::clicked, this, &InclusionDialog::payMonth);
    connect(m_ui->ruleButton, &QPushButton::clicked, this, &InclusionDialog::changeRule);
    reload();
}

InclusionDialog::~InclusionDialog() = default;

void InclusionDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

QString InclusionDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool InclusionDialog::reload()
{
    m_path.reset();
    const auto found = m_session.services().inclusion.path(m_deliveryId, m_session.actor());
    if (!found) {
        m_ui->pages->hide();
        say(found.error().message, true);
        return false;
    }
    m_ui->pages->show();
    if (const auto rule = m_session.services().inclusion.attendanceRule(m_session.actor()))
        m_rule = rule.value();
    if (found.value()) {
        m_path = found.value();
        showPath();
        return true;
    }
    const auto delivery = m_session.services().deliveries.get(m_deliveryId, m_session.actor());
    if (!delivery) {
        m_ui->pages->hide();
        say(delivery.error().message, true);
        return false;
    }
    showSetUp(delivery.value());
    return true;
}

void InclusionDialog::showSetUp(const ServiceDelivery &d)
{
    m_ui->headerLabel->setText(deliveryHeaderText(d));
    m_ui->pages->setCurrentWidget(m_ui->setUpPage);
    const bool beforeStart = d.status == DeliveryStatus::Requested || d.status == DeliveryStatus::Approved;
    const bool mayChange = m_session.may(Operation::RequestServices) && beforeStart;
    if (mayChange)
        m_ui->setUpIntro->setText(
            tr("Set up the path: the activity agreed with the person, which is not "
               "employment, the educator who follows it and the monthly subsidy. The "
               "subsidy paid each month follows the attendance under the office's rule."));
    else if (!beforeStart)
        m_ui->setUpIntro->setText(tr("The path was not set up before the service started or closed."));
    else
        m_ui->setUpIntro->setText(tr("The path has not been set up yet."));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->activityEdit, m_ui->educatorCombo, m_ui->subsidyEdit})
        w->setEnabled(mayChange);
    m_ui->setUpButton->setVisible(mayChange);
    // Filled once: a refused form keeps what was typed across reloads.
    if (!m_formFilled) {
        m_formFilled = true;
        m_ui->educatorCombo->addItem(tr("(choose)"), qint64(0));
        addActiveWorkers(m_ui->educatorCombo, m_session.services().cases.workers(m_session.actor()));
        if (d.monthlyCents > 0)
            m_ui->subsidyEdit->setText(plainEuro(d.monthlyCents));
    }
}

void InclusionDialog::showPath()
{
    const InclusionPath &p = *m_path;
    m_ui->headerLabel->setText(deliveryHeaderText(p.delivery));
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
    m_ui->detailsLabel->setText(tr("Activity: %1\nEducator: %2\nMonthly subsidy: %3")
                                    .arg(p.activity, p.educatorName.isEmpty() ? tr("none") : p.educatorName,
                                         formatEuro(p.monthlySubsidyCents)));
    m_ui->ruleLabel->setText(attendanceRuleText(m_rule));
    m_ui->monthsTable->setRowCount(int(p.months.size()));
    const auto cell = [this](int row, int column, const QString &text, bool right = false) {
        auto *item = new QTableWidgetItem(text);
        if (right)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->monthsTable->setItem(row, column, item);
        return item;
    };
    for (int i = 0; i < p.months.size(); ++i) {
        const InclusionMonth &m = p.months.at(i);
        cell(i, 0, monthText(m.month))->setData(Qt::UserRole, m.month);
        cell(i, 1, QString::number(m.plannedHours), true);
        cell(i, 2, QString::number(m.attendedHours), true);
        cell(i, 3, percentText(m.plannedHours, m.attendedHours), true);
        cell(i, 4, formatEuro(m.subsidyCents), true)
            ->setToolTip(tr("Under the rule then in force: the whole subsidy from %1 %, nothing below %2 %.")
                             .arg(m.rule.fullPercent)
                             .arg(m.rule.minimumPercent));
        QString paid;
        if (m.paid())
            paid = m.payment->reference.isEmpty()
                       ? showDate(m.payment->paidOn)
                       : tr("%1 (%2)").arg(showDate(m.payment->paidOn), m.payment->reference);
        else
            paid = m.subsidyCents > 0 ? tr("not paid") : tr("nothing to pay");
        cell(i, 5, paid);
    }
    m_ui->monthsTable->resizeColumnsToContents();
    const bool inProgress =
        p.delivery.status == DeliveryStatus::Approved || p.delivery.status == DeliveryStatus::Active;
    m_ui->recordButton->setVisible(InclusionService::mayRecordAttendance(m_session.actor(), p));
    m_ui->recordButton->setEnabled(inProgress);
    m_ui->payButton->setVisible(m_session.may(Operation::RecordPayments));
    const bool payable = std::any_of(p.months.cbegin(), p.months.cend(),
                                     [](const InclusionMonth &m) { return !m.paid() && m.subsidyCents > 0; });
    m_ui->payButton->setEnabled(inProgress && payable);
    m_ui->ruleButton->setVisible(m_session.may(Operation::ApproveAid));
}

bool InclusionDialog::setUpPath()
{
    const qint64 educator = m_ui->educatorCombo->currentData().toLongLong();
    const auto cents = parseEuro(m_ui->subsidyEdit->text());
    if (!cents) {
        say(tr("Write the monthly subsidy in euro, e.g. 300,00."), true);
        m_ui->subsidyEdit->setFocus();
        return false;
    }
    const auto made = m_session.services().inclusion.setUp(m_deliveryId, m_ui->activityEdit->toPlainText(),
                                                           educator, *cents, m_session.actor());
    if (!made) {
        say(made.error().message, true);
        const QString field = made.error().fields.isEmpty() ? QString() : made.error().fields.first().field;
        if (field == QLatin1String("activity"))
            m_ui->activityEdit->setFocus();
        else if (field == QLatin1String("educator"))
            m_ui->educatorCombo->setFocus();
        else if (field == QLatin1String("subsidy"))
            m_ui->subsidyEdit->setFocus();
        return false;
    }
    reload();
    say(tr("The path is set up."), false);
    emit changed();
    return true;
}

void InclusionDialog::recordAttendance()
{
    if (!m_path)
        return;
    AttendanceDialog dialog(m_session, *m_path, m_rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (const InclusionMonth &m : dialog.path().months) {
        if (m.month == dialog.recordedMonth())
            say(tr("Attendance of %1 recorded: the subsidy is %2.")
                    .arg(monthText(m.month), formatEuro(m.subsidyCents)),
                false);
    }
    emit changed();
}

void InclusionDialog::payMonth()
{
    if (!m_path)
        return;
    QList<MonthPaymentDialog::Payable> payable;
    for (const InclusionMonth &m : m_path->months) {
        if (!m.paid() && m.subsidyCents > 0)
            payable.append({m.month, m.subsidyCents});
    }
    MonthPaymentDialog dialog(
        payable,
        [this](const QString &month, QDate paidOn, const QString &reference) -> Status {
            const auto paid = m_session.services().inclusion.payMonth(m_deliveryId, month, paidOn, reference,
                                                                      m_session.actor());
            if (!paid)
                return paid.error();
            return ok();
        },
        this);
    dialog.setWindowTitle(tr("Pay a month of the PIS"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    say(tr("Payment recorded."), false);
    emit changed();
}

void InclusionDialog::changeRule()
{
    AttendanceRuleDialog dialog(m_session, m_rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    say(tr("The attendance rule is changed; it applies to the months recorded from now on."), false);
    emit changed();
}

} // namespace cartella::gui
