// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/workplacementdialog.h"

#include "domain/kernel/money.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/monthlyformat.h"
#include "gui/services/monthpaymentdialog.h"
#include "ui_workplacementdialog.h"

#include <QHeaderView>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

// The months to show and pay: from the start to now, and any month paid outside them.
QStringList placementMonths(const WorkPlacement &p)
{
    QStringList months = serviceMonths(p.delivery);
    for (const MonthPayment &paid : p.months) {
        if (!months.contains(paid.month))
            months << paid.month;
    }
    months.sort();
    return months;
}

const MonthPayment *paymentOf(const WorkPlacement &p, const QString &month)
{
    for (const MonthPayment &paid : p.months) {
        if (paid.month == month)
            return &paid;
    }
    return nullptr;
}

} // namespace

WorkPlacementDialog::WorkPlacementDialog(Session &session, qint64 deliveryId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WorkPlacementDialog>()), m_session(session),
      m_deliveryId(deliveryId)
{
    m_ui->setupUi(this);
    for (QLabel *label : {m_ui->headerLabel, m_ui->detailsLabel, m_ui->messageLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->monthsTable->setColumnCount(3);
    m_ui->monthsTable->setHorizontalHeaderLabels({tr("Month"), tr("Reimbursement"), tr("Paid on")});
    m_ui->monthsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->monthsTable->verticalHeader()->hide();
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &WorkPlacementDialog::setUpPlacement);
    connect(m_ui->payButton, &QPushButton::clicked, this, &WorkPlacementDialog::payMonth);
    reload();
}

WorkPlacementDialog::~WorkPlacementDialog() = default;

void WorkPlacementDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

QString WorkPlacementDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool WorkPlacementDialog::reload()
{
    m_placement.reset();
    const auto found = m_session.services().placements.placement(m_deliveryId, m_session.actor());
    if (!found) {
        m_ui->pages->hide();
        say(found.error().message, true);
        return false;
    }
    m_ui->pages->show();
    if (found.value()) {
        m_placement = found.value();
        showPlacement();
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

void WorkPlacementDialog::showSetUp(const ServiceDelivery &d)
{
    m_ui->headerLabel->setText(deliveryHeaderText(d));
    m_ui->pages->setCurrentWidget(m_ui->setUpPage);
    const bool beforeStart = d.status == DeliveryStatus::Requested || d.status == DeliveryStatus::Approved;
    const bool mayChange = m_session.may(Operation::RequestServices) && beforeStart;
    if (mayChange)
        m_ui->setUpIntro->setText(
            tr("Set up the tirocinio: where the person is placed, who follows them there, "
               "the insurance, the hours and the monthly expense reimbursement."));
    else if (!beforeStart)
        m_ui->setUpIntro->setText(tr("The tirocinio was not set up before the service started or closed."));
    else
        m_ui->setUpIntro->setText(tr("The tirocinio has not been set up yet."));
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->hostEdit, m_ui->tutorEdit, m_ui->insuranceEdit,
                                                       m_ui->hoursSpin, m_ui->reimbursementEdit})
        w->setEnabled(mayChange);
    m_ui->setUpButton->setVisible(mayChange);
    if (!m_formFilled) {
        m_formFilled = true;
        if (d.monthlyCents > 0)
            m_ui->reimbursementEdit->setText(plainEuro(d.monthlyCents));
        if (d.monthlyMinutes > 0) // hours per month, as requested: about 4⅓ weeks a month
            m_ui->hoursSpin->setValue(int(qMin<qint64>(60, qint64(d.monthlyMinutes) * 12 / (52 * 60))));
    }
}

void WorkPlacementDialog::showPlacement()
{
    const WorkPlacement &p = *m_placement;
    m_ui->headerLabel->setText(deliveryHeaderText(p.delivery));
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
    const QString none = tr("not given");
    m_ui->detailsLabel->setText(tr("Host organisation: %1\nTutor: %2\nInsurance policy: %3\nHours per week: "
                                   "%4\nMonthly reimbursement: %5")
                                    .arg(p.hostOrganisation, p.tutor.isEmpty() ? none : p.tutor,
                                         p.insurancePolicy.isEmpty() ? none : p.insurancePolicy,
                                         QString::number(p.weeklyHours),
                                         formatEuro(p.monthlyReimbursementCents)));
    const QStringList months = placementMonths(p);
    m_ui->monthsTable->setRowCount(int(months.size()));
    bool payable = false;
    for (int i = 0; i < months.size(); ++i) {
        const MonthPayment *paid = paymentOf(p, months.at(i));
        auto *month = new QTableWidgetItem(monthText(months.at(i)));
        month->setData(Qt::UserRole, months.at(i));
        m_ui->monthsTable->setItem(i, 0, month);
        auto *amount =
            new QTableWidgetItem(formatEuro(paid ? paid->amountCents : p.monthlyReimbursementCents));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->monthsTable->setItem(i, 1, amount);
        QString when = tr("not paid");
        if (paid)
            when = paid->reference.isEmpty() ? showDate(paid->paidOn)
                                             : tr("%1 (%2)").arg(showDate(paid->paidOn), paid->reference);
        m_ui->monthsTable->setItem(i, 2, new QTableWidgetItem(when));
        payable = payable || !paid;
    }
    m_ui->monthsTable->resizeColumnsToContents();
    const bool inProgress =
        p.delivery.status == DeliveryStatus::Approved || p.delivery.status == DeliveryStatus::Active;
    m_ui->payButton->setVisible(m_session.may(Operation::RecordPayments));
    m_ui->payButton->setEnabled(inProgress && payable);
}

bool WorkPlacementDialog::setUpPlacement()
{
    const auto cents = parseEuro(m_ui->reimbursementEdit->text());
    if (!cents) {
        say(tr("Write the monthly reimbursement in euro, e.g. 500,00."), true);
        m_ui->reimbursementEdit->setFocus();
        return false;
    }
    const auto made = m_session.services().placements.setUp(
        m_deliveryId, m_ui->hostEdit->text(), m_ui->tutorEdit->text(), m_ui->insuranceEdit->text(),
        m_ui->hoursSpin->value(), *cents, m_session.actor());
    if (!made) {
        say(made.error().message, true);
        const QString field = made.error().fields.isEmpty() ? QString() : made.error().fields.first().field;
        if (field == QLatin1String("host"))
            m_ui->hostEdit->setFocus();
        else if (field == QLatin1String("tutor"))
            m_ui->tutorEdit->setFocus();
        else if (field == QLatin1String("insurance"))
            m_ui->insuranceEdit->setFocus();
        else if (field == QLatin1String("hours"))
            m_ui->hoursSpin->setFocus();
        else if (field == QLatin1String("reimbursement"))
            m_ui->reimbursementEdit->setFocus();
        return false;
    }
    reload();
    say(tr("The tirocinio is set up."), false);
    emit changed();
    return true;
}

void WorkPlacementDialog::payMonth()
{
    if (!m_placement)
        return;
    QList<MonthPaymentDialog::Payable> payable;
    for (const QString &month : placementMonths(*m_placement)) {
        if (!paymentOf(*m_placement, month))
            payable.append({month, m_placement->monthlyReimbursementCents});
    }
    MonthPaymentDialog dialog(
        payable,
        [this](const QString &month, QDate paidOn, const QString &reference) -> Status {
            const auto paid = m_session.services().placements.payMonth(m_deliveryId, month, paidOn, reference,
                                                                       m_session.actor());
            if (!paid)
                return paid.error();
            return ok();
        },
        this);
    dialog.setWindowTitle(tr("Pay a month of the tirocinio"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    say(tr("Payment recorded."), false);
    emit changed();
}

} // namespace cartella::gui
