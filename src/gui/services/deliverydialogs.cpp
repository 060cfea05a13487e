// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/deliverydialogs.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/budgetmodels.h"
#include "ui_approvaldialog.h"
#include "ui_paymentdialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QString summary(const ServiceDelivery &d)
{
    return QCoreApplication::translate("DeliveryDialogs", "%1 for %2 (case %3): %4 paid by the Comune.")
        .arg(d.serviceName, d.personName, d.caseNumber, formatEuro(d.comuneShareCents));
}

} // namespace

ApprovalDialog::ApprovalDialog(Session &session, const ServiceDelivery &delivery, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ApprovalDialog>()), m_session(session), m_delivery(delivery)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summary(delivery));
    m_ui->decidedOnEdit->setText(domain::officeToday().toString(kDateFormat));
    if (const auto entry = m_session.services().catalogue.get(delivery.catalogueId, m_session.actor()))
        m_paysMoney = entry.value().paysMoney() && delivery.comuneShareCents > 0;
    if (const auto lines =
            m_session.services().budget.lines(domain::officeToday().year(), m_session.actor())) {
        for (const BudgetLine &l : lines.value())
            m_ui->budgetLineCombo->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    }
    if (delivery.budgetLineId)
        m_ui->budgetLineCombo->setCurrentIndex(m_ui->budgetLineCombo->findData(*delivery.budgetLineId));
    m_ui->budgetLineLabel->setVisible(m_paysMoney);
    m_ui->budgetLineCombo->setVisible(m_paysMoney);
    m_ui->overrideGroup->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->budgetLineCombo, &QComboBox::currentIndexChanged, this, &ApprovalDialog::updateFigures);
    updateFigures();
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::updateFigures()
{
    if (!m_paysMoney || m_ui->budgetLineCombo->currentIndex() < 0) {
        m_ui->figuresLabel->setText(m_paysMoney ? tr("There is no budget line for this year: a line must be "
                                                     "created on the Budget page first.")
                                                : tr("This service moves no money on the budget."));
        return;
    }
    const auto f = m_session.services().budget.figures(m_ui->budgetLineCombo->currentData().toLongLong(),
                                                       m_session.actor());
    if (!f) {
        m_ui->figuresLabel->setText(f.error().message);
        return;
    }
    const BudgetFigures &figures = f.value();
    m_ui->figuresLabel->setText(budgetFiguresText(figures));
    const qint64 missing = m_delivery.comuneShareCents - figures.spendableCents();
    const bool short_ = missing > 0;
    m_ui->overrideGroup->setVisible(short_ && m_session.may(Operation::AuthoriseOverspend));
    if (short_) {
        m_ui->overrideAmountEdit->setText(plainEuro(missing));
        m_ui->messageLabel->setText(tr("The line is %1 short of this benefit.").arg(formatEuro(missing)));
    } else {
        m_ui->messageLabel->clear();
    }
}

void ApprovalDialog::accept()
{
    const QDate on = parseDate(m_ui->decidedOnEdit->text());
    if (!on.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->decidedOnEdit->setFocus();
        return;
    }
    std::optional<qint64> line;
    if (m_paysMoney && m_ui->budgetLineCombo->currentIndex() >= 0)
        line = m_ui->budgetLineCombo->currentData().toLongLong();
    if (line && m_ui->overrideGroup->isVisible() && m_ui->overrideGroup->isChecked()) {
        const auto amount = parseEuro(m_ui->overrideAmountEdit->text());
        if (!amount) {
            m_ui->messageLabel->setText(tr("Write the amount in euro, e.g. 1.250,00 or 80,5."));
            m_ui->overrideAmountEdit->setFocus();
            return;
        }
        // The authorisation is an act of its own: kept even if the approval below is then refused.
        const auto authorised = m_session.services().budget.authoriseOverspend(
            *line, *amount, on, m_ui->overrideReasonEdit->toPlainText(), m_session.actor());
        if (!authorised) {
            m_ui->messageLabel->setText(authorised.error().message);
            m_ui->overrideReasonEdit->setFocus();
            return;
        }
        m_ui->overrideGroup->setChecked(false);
        m_ui->overrideReasonEdit->clear();
    }
    const auto approved = m_session.services().deliveries.approve(m_delivery.id, m_delivery.stamp.version,
                                                                  line, on, m_session.actor());
    if (!approved) {
        updateFigures(); // a colleague may have spent on the line meanwhile
        m_ui->messageLabel->setText(approved.error().message);
        return;
    }
    QDialog::accept();
}

PaymentDialog::PaymentDialog(Session &session, const ServiceDelivery &delivery, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PaymentDialog>()), m_session(session), m_delivery(delivery)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summary(delivery));
    m_ui->paidOnEdit->setText(domain::officeToday().toString(kDateFormat));
    const auto money = m_session.services().deliveries.money(delivery.id, m_session.actor());
    if (money) {
        const DeliveryMoney &m = money.value();
        m_ui->figuresLabel->setText(tr("Committed %1 · paid %2 · still to pay %3")
                                        .arg(formatEuro(m.committedCents - m.releasedCents),
                                             formatEuro(m.paidCents), formatEuro(m.outstandingCents())));
        const qint64 suggested = delivery.monthlyCents > 0
                                     ? std::min(delivery.monthlyCents, m.outstandingCents())
                                     : m.outstandingCents();
        m_ui->amountEdit->setText(plainEuro(suggested));
    }
    const bool monthly = delivery.monthlyCents > 0;
    m_ui->periodLabel->setVisible(monthly);
    m_ui->periodEdit->setVisible(monthly);
    if (monthly)
        m_ui->periodEdit->setText(domain::officeToday().toString(QStringLiteral("yyyy-MM")));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record payment"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::accept()
{
    const auto amount = parseEuro(m_ui->amountEdit->text());
    if (!amount) {
        m_ui->messageLabel->setText(tr("Write the amount in euro, e.g. 1.250,00 or 80,5."));
        m_ui->amountEdit->setFocus();
        return;
    }
    const QDate on = parseDate(m_ui->paidOnEdit->text());
    if (!on.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->paidOnEdit->setFocus();
        return;
    }
    const QString period = m_ui->periodEdit->isVisible() ? m_ui->periodEdit->text().trimmed() : QString();
    const auto paid = m_session.services().deliveries.pay(m_delivery.id, *amount, on, period,
                                                          m_ui->referenceEdit->text(), m_session.actor());
    if (!paid) {
        m_ui->messageLabel->setText(paid.error().message);
        const QString field = paid.error().fields.isEmpty() ? QString() : paid.error().fields.first().field;
        if (field == QLatin1String("paidOn"))
            m_ui->paidOnEdit->setFocus();
        else if (field == QLatin1String("period"))
            m_ui->periodEdit->setFocus();
        else
            m_ui->amountEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cartella::gui
