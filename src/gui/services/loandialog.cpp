// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/loandialog.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_loandialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *money(qint64 cents)
{
    return cell(formatEuro(cents), Qt::AlignRight | Qt::AlignVCenter);
}

void prepare(QTableWidget *table, const QStringList &headers, int stretch)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->verticalHeader()->hide();
}

} // namespace

LoanDialog::LoanDialog(Session &session, qint64 deliveryId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoanDialog>()), m_session(session), m_deliveryId(deliveryId)
{
    m_ui->setupUi(this);
    prepare(m_ui->planTable, {tr("No."), tr("Due"), tr("Amount"), tr("Paid"), tr("State"), tr("Days late")},
            4);
    prepare(m_ui->previewTable, {tr("No."), tr("Due"), tr("Amount")}, 1);
    prepare(m_ui->repaymentsTable, {tr("Paid on"), tr("Amount"), tr("Reference"), tr("Recorded by")}, 2);
    m_ui->firstDueEdit->setText(showDate(domain::officeToday().addMonths(1)));
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &LoanDialog::updatePreview);
    connect(m_ui->firstDueEdit, &QLineEdit::textChanged, this, &LoanDialog::updatePreview);
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &LoanDialog::setUpPlan);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &LoanDialog::showRepaymentForm);
    connect(m_ui->writeOffButton, &QPushButton::clicked, this, &LoanDialog::showWriteOffForm);
    connect(m_ui->saveRepaymentButton, &QPushButton::clicked, this, &LoanDialog::recordRepayment);
    connect(m_ui->amountEdit, &QLineEdit::returnPressed, this, &LoanDialog::recordRepayment);
    connect(m_ui->referenceEdit, &QLineEdit::returnPressed, this, &LoanDialog::recordRepayment);
    connect(m_ui->cancelRepaymentButton, &QPushButton::clicked, this, &LoanDialog::hideForms);
    connect(m_ui->confirmWriteOffButton, &QPushButton::clicked, this, &LoanDialog::writeOff);
    connect(m_ui->cancelWriteOffButton, &QPushButton::clicked, this, &LoanDialog::hideForms);
    connect(m_ui->writeOffDateEdit, &QLineEdit::textChanged, this, &LoanDialog::fillLines);
    // Return in a line edit records or sets up; it must not close the dialog.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    hideForms();
    reload();
}

LoanDialog::~LoanDialog() = default;

LoanDialog *LoanDialog::openFor(Session &session, qint64 deliveryId, QWidget *parent)
{
    auto *dialog = new LoanDialog(session, deliveryId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString LoanDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void LoanDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

void LoanDialog::refused(const Error &error)
{
    say(error.message, true);
    const QString field = error.fields.isEmpty() ? QString() : error.fields.first().field;
    const QList<std::pair<const char *, QWidget *>> widgets{
        {"count", m_ui->countSpin},   {"firstDue", m_ui->firstDueEdit},   {"amount", m_ui->amountEdit},
        {"paidOn", m_ui->paidOnEdit}, {"reference", m_ui->referenceEdit}, {"line", m_ui->lineCombo},
        {"reason", m_ui->reasonEdit}, {"asOf", m_ui->writeOffDateEdit}};
    for (const auto &[key, widget] : widgets) {
        if (field == QLatin1String(key) && widget->isVisible()) {
            widget->setFocus();
            return;
        }
    }
}

qint64 LoanDialog::principalCents() const
{
    if (!m_view)
        return 0;
    return m_view->loan ? m_view->loan->principalCents : m_view->delivery.comuneShareCents;
}

bool LoanDialog::reload()
{
    const auto found =
        m_session.services().loans.standing(m_deliveryId, domain::officeToday(), m_session.actor());
    if (!found) {
        m_view.reset();
        fill();
        say(found.error().message, true);
        return false;
    }
    m_view = found.value();
    fill();
    return true;
}

void LoanDialog::fill()
{
    const bool known = m_view.has_value();
    const bool hasPlan = known && m_view->loan.has_value();
    const bool open = hasPlan && m_view->loan->open();
    m_ui->planGroup->setVisible(hasPlan);
    m_ui->repaymentsGroup->setVisible(hasPlan);
    const bool maySetUp = known && !hasPlan && m_session.may(Operation::ApproveAid);
    m_ui->setUpGroup->setVisible(maySetUp);
    m_ui->recordButton->setVisible(open && m_session.may(Operation::RecordPayments));
    m_ui->writeOffButton->setVisible(open && m_session.may(Operation::ApproveAid));
    if (!open)
        hideForms();
    if (!known) {
        m_ui->headerLabel->clear();
        m_ui->principalValue->clear();
        m_ui->statusValue->clear();
        return;
    }
    const LoanDelivery &d = m_view->delivery;
    setWindowTitle(tr("Honour loan of %1").arg(d.personName));
    m_ui->headerLabel->setText(tr("%1 — case %2 — %3").arg(d.personName, d.caseNumber, d.serviceName));
    m_ui->principalValue->setText(formatEuro(principalCents()));
    m_ui->statusValue->setText(hasPlan ? Vocabulary<LoanStatus>::label(m_view->loan->status)
                                       : tr("Repayment plan not set up yet"));
    if (!hasPlan) {
        if (!maySetUp)
            say(tr("The zone manager sets up the repayment plan."), false);
        updatePreview();
        return;
    }
    fillPlan();
    fillRepayments();
}

void LoanDialog::fillPlan()
{
    const LoanStanding &s = m_view->standing;
    const bool writtenOff = m_view->loan->status == LoanStatus::WrittenOff;
    QTableWidget *table = m_ui->planTable;
    table->setRowCount(int(s.instalments.size()));
    for (int row = 0; row < s.instalments.size(); ++row) {
        const InstalmentStanding &i = s.instalments.at(row);
        QString state;
        if (i.paid())
            state = i.daysLate > 0 ? tr("Paid late") : tr("Paid");
        else if (writtenOff)
            state = tr("Written off");
        else if (i.overdue)
            state = i.partlyPaid() ? tr("OVERDUE, partly paid") : tr("OVERDUE");
        else
            state = i.partlyPaid() ? tr("Partly paid") : tr("To come");
        const bool overdue = i.overdue && !writtenOff;
        const QList<QTableWidgetItem *> items{
            cell(QString::number(i.instalment.number), Qt::AlignRight | Qt::AlignVCenter),
            cell(showDate(i.instalment.dueOn)),
            money(i.instalment.amountCents),
            money(i.paidCents),
            cell(state),
            cell(i.daysLate > 0 ? QString::number(i.daysLate) : QString(),
                 Qt::AlignRight | Qt::AlignVCenter)};
        for (int col = 0; col < items.size(); ++col) {
            QTableWidgetItem *item = items.at(col);
            if (overdue) { // the word and the weight say it; the colour only adds to them
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(QColor(0xa9, 0x32, 0x26));
            } else if (i.paid()) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            table->setItem(row, col, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    QString repaid = formatEuro(s.repaidCents);
    if (s.overpaidCents > 0)
        repaid += QLatin1Char(' ') + tr("(%1 more than the plan)").arg(formatEuro(s.overpaidCents));
    m_ui->repaidValue->setText(repaid);
    m_ui->outstandingValue->setText(writtenOff ? tr("none (written off)") : formatEuro(s.outstandingCents));
    m_ui->arrearsValue->setText(
        writtenOff || s.overdueCount == 0
            ? formatEuro(0)
            : tr("%1 (%n instalment(s) overdue)", nullptr, s.overdueCount).arg(formatEuro(s.arrearsCents)));
    const InstalmentStanding *next = writtenOff ? nullptr : s.next();
    m_ui->nextDueValue->setText(next ? tr("%1, instalment %2: %3")
                                           .arg(showDate(next->instalment.dueOn))
                                           .arg(next->instalment.number)
                                           .arg(formatEuro(next->unpaidCents()))
                                     : tr("nothing"));
    const Loan &loan = *m_view->loan;
    m_ui->writtenOffValue->setVisible(writtenOff);
    if (writtenOff)
        m_ui->writtenOffValue->setText(
            tr("%1 written off on %2: %3")
                .arg(formatEuro(loan.writtenOffCents), showDate(loan.writtenOffOn), loan.writeOffReason));
}

void LoanDialog::fillRepayments()
{
    const QList<LoanRepayment> &repayments = m_view->repayments;
    QTableWidget *table = m_ui->repaymentsTable;
    table->setRowCount(int(repayments.size()));
    for (int row = 0; row < repayments.size(); ++row) {
        const LoanRepayment &r = repayments.at(row);
        table->setItem(row, 0, cell(showDate(r.paidOn)));
        table->setItem(row, 1, money(r.amountCents));
        table->setItem(row, 2, cell(r.reference));
        table->setItem(row, 3, cell(r.by));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
}

void LoanDialog::updatePreview()
{
    if (!m_view || m_view->loan)
        return;
    const QDate first = parseDate(m_ui->firstDueEdit->text());
    const int count = m_ui->countSpin->value();
    const QList<Instalment> plan = loanSchedule(principalCents(), count, first);
    m_ui->previewTable->setRowCount(int(plan.size()));
    for (int row = 0; row < plan.size(); ++row) {
        const Instalment &i = plan.at(row);
        m_ui->previewTable->setItem(row, 0,
                                    cell(QString::number(i.number), Qt::AlignRight | Qt::AlignVCenter));
        m_ui->previewTable->setItem(row, 1, cell(showDate(i.dueOn)));
        m_ui->previewTable->setItem(row, 2, money(i.amountCents));
    }
    if (!first.isValid())
        m_ui->previewLabel->setText(tr("Write the first due date as dd/mm/yyyy."));
    else if (plan.isEmpty())
        m_ui->previewLabel->setText(
            tr("%1 cannot be split into %2 instalments.").arg(formatEuro(principalCents())).arg(count));
    else if (plan.first().amountCents == plan.last().amountCents)
        m_ui->previewLabel->setText(tr("%n instalment(s) of %1, from %2 to %3.", nullptr, int(plan.size()))
                                        .arg(formatEuro(plan.first().amountCents),
                                             showDate(plan.first().dueOn), showDate(plan.last().dueOn)));
    else
        m_ui->previewLabel->setText(
            tr("%n instalment(s) of %1 and the last of %2, from %3 to %4.", nullptr, int(plan.size()) - 1)
                .arg(formatEuro(plan.first().amountCents), formatEuro(plan.last().amountCents),
                     showDate(plan.first().dueOn), showDate(plan.last().dueOn)));
}

bool LoanDialog::setUpPlan()
{
    const QString typed = m_ui->firstDueEdit->text().trimmed();
    const QDate first = parseDate(typed);
    if (!typed.isEmpty() && !first.isValid()) {
        say(tr("Write the date as dd/mm/yyyy."), true);
        m_ui->firstDueEdit->setFocus();
        return false;
    }
    const auto made =
        m_session.services().loans.setUp(m_deliveryId, m_ui->countSpin->value(), first, m_session.actor());
    if (!made) {
        refused(made.error());
        return false;
    }
    m_view = made.value();
    fill();
    say(tr("Repayment plan set up: %n instalment(s).", nullptr, int(m_view->plan.size())), false);
    emit loanChanged(m_deliveryId);
    return true;
}

void LoanDialog::hideForms()
{
    m_ui->repaymentForm->hide();
    m_ui->writeOffForm->hide();
}

void LoanDialog::showRepaymentForm()
{
    m_ui->writeOffForm->hide();
    if (m_ui->paidOnEdit->text().trimmed().isEmpty())
        m_ui->paidOnEdit->setText(showDate(domain::officeToday()));
    if (m_ui->amountEdit->text().trimmed().isEmpty() && m_view) {
        if (const InstalmentStanding *next = m_view->standing.next())
            m_ui->amountEdit->setPlaceholderText(plainEuro(next->unpaidCents()));
    }
    m_ui->repaymentForm->show();
    m_ui->amountEdit->setFocus();
}

bool LoanDialog::recordRepayment()
{
    const std::optional<qint64> amount = parseEuro(m_ui->amountEdit->text());
    if (!amount) {
        say(tr("Write the amount in euro, e.g. 125,50."), true);
        m_ui->amountEdit->setFocus();
        return false;
    }
    const QString typedDate = m_ui->paidOnEdit->text().trimmed();
    const QDate paidOn = parseDate(typedDate);
    if (!typedDate.isEmpty() && !paidOn.isValid()) {
        say(tr("Write the date as dd/mm/yyyy."), true);
        m_ui->paidOnEdit->setFocus();
        return false;
    }
    const auto recorded = m_session.services().loans.recordRepayment(
        m_deliveryId, *amount, paidOn, m_ui->referenceEdit->text(), m_session.actor());
    if (!recorded) {
        refused(recorded.error());
        return false;
    }
    m_view = recorded.value();
    m_ui->amountEdit->clear();
    m_ui->referenceEdit->clear();
    m_ui->repaymentForm->hide();
    fill();
    say(m_view->loan->status == LoanStatus::Repaid
            ? tr("Repayment of %1 recorded: the loan is repaid in full.").arg(formatEuro(*amount))
            : tr("Repayment of %1 recorded.").arg(formatEuro(*amount)),
        false);
    emit loanChanged(m_deliveryId);
    return true;
}

void LoanDialog::showWriteOffForm()
{
    m_ui->repaymentForm->hide();
    if (m_ui->writeOffDateEdit->text().trimmed().isEmpty())
        m_ui->writeOffDateEdit->setText(showDate(domain::officeToday())); // fills the lines
    else
        fillLines();
    if (m_view)
        m_ui->writeOffInfo->setText(
            tr("The remainder of %1 is written off against the chosen assistance line "
               "and the loan is closed. This cannot be undone.")
                .arg(formatEuro(m_view->standing.outstandingCents)));
    m_ui->writeOffForm->show();
    m_ui->reasonEdit->setFocus();
}

void LoanDialog::fillLines()
{
    const QDate on = parseDate(m_ui->writeOffDateEdit->text());
    const qint64 chosen = m_ui->lineCombo->currentData().toLongLong();
    m_ui->lineCombo->clear();
    if (!on.isValid())
        return;
    const auto lines = m_session.services().loans.assistanceLines(on.year(), m_session.actor());
    if (!lines) {
        say(lines.error().message, true);
        return;
    }
    for (const BudgetLine &l : lines.value())
        m_ui->lineCombo->addItem(tr("%1 — %2").arg(l.code, l.name), l.id);
    if (lines.value().isEmpty())
        m_ui->lineCombo->setPlaceholderText(tr("No assistance line for %1").arg(on.year()));
    const int index = m_ui->lineCombo->findData(chosen);
    m_ui->lineCombo->setCurrentIndex(index >= 0 ? index : (m_ui->lineCombo->count() > 0 ? 0 : -1));
}

bool LoanDialog::writeOff()
{
    const QString typedDate = m_ui->writeOffDateEdit->text().trimmed();
    const QDate on = parseDate(typedDate);
    if (!typedDate.isEmpty() && !on.isValid()) {
        say(tr("Write the date as dd/mm/yyyy."), true);
        m_ui->writeOffDateEdit->setFocus();
        return false;
    }
    const qint64 line = m_ui->lineCombo->currentData().toLongLong();
    const auto done = m_session.services().loans.writeOff(m_deliveryId, line, m_ui->reasonEdit->toPlainText(),
                                                          on, m_session.actor());
    if (!done) {
        refused(done.error());
        return false;
    }
    m_view = done.value();
    m_ui->reasonEdit->clear();
    m_ui->writeOffForm->hide();
    fill();
    say(tr("%1 written off; the loan is closed.").arg(formatEuro(m_view->loan->writtenOffCents)), false);
    emit loanChanged(m_deliveryId);
    return true;
}

} // namespace cartella::gui
