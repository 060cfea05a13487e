// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/monthpaymentdialog.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "gui/common/formhelpers.h"
#include "gui/services/monthlyformat.h"
#include "ui_monthpaymentdialog.h"

#include <QPushButton>

namespace cartella::gui {

MonthPaymentDialog::MonthPaymentDialog(const QList<Payable> &months, Pay pay, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MonthPaymentDialog>()), m_months(months),
      m_pay(std::move(pay))
{
    m_ui->setupUi(this);
    for (const Payable &p : m_months)
        m_ui->monthCombo->addItem(monthText(p.month), p.month);
    const auto showAmount = [this] {
        const int i = m_ui->monthCombo->currentIndex();
        m_ui->amountLabel->setText(
            i >= 0 && i < m_months.size() ? domain::formatEuro(m_months.at(i).amountCents) : QString());
    };
    connect(m_ui->monthCombo, &QComboBox::currentIndexChanged, this, showAmount);
    showAmount();
    m_ui->paidOnEdit->setText(showDate(domain::officeToday()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pay"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_months.isEmpty());
    if (m_months.isEmpty())
        m_ui->messageLabel->setText(tr("No month can be paid now."));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MonthPaymentDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MonthPaymentDialog::~MonthPaymentDialog() = default;

QString MonthPaymentDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void MonthPaymentDialog::accept()
{
    const QString month = m_ui->monthCombo->currentData().toString();
    if (month.isEmpty())
        return;
    const QDate paidOn = parseDate(m_ui->paidOnEdit->text());
    if (!paidOn.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date of the payment as dd/mm/yyyy."));
        m_ui->paidOnEdit->setFocus();
        return;
    }
    const domain::Status paid = m_pay(month, paidOn, m_ui->referenceEdit->text().trimmed());
    if (!paid) {
        m_ui->messageLabel->setText(paid.error().message);
        const QString field = paid.error().fields.isEmpty() ? QString() : paid.error().fields.first().field;
        if (field == QLatin1String("paidOn"))
            m_ui->paidOnEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cartella::gui
