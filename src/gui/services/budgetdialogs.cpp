// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/budgetdialogs.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/budgetmodels.h"
#include "ui_budgetchangedialog.h"
#include "ui_budgetlinedialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QString firstField(const Error &e)
{
    return e.fields.isEmpty() ? QString() : e.fields.first().field;
}

} // namespace

BudgetLineDialog::BudgetLineDialog(Session &session, int year, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BudgetLineDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->yearSpin->setValue(year);
    m_ui->onDateEdit->setText(domain::officeToday().year() == year
                                  ? domain::officeToday().toString(kDateFormat)
                                  : QDate(year, 1, 1).toString(kDateFormat));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create line"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BudgetLineDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->codeEdit->setFocus();
}

BudgetLineDialog::~BudgetLineDialog() = default;

void BudgetLineDialog::accept()
{
    const QString allocationText = m_ui->allocationEdit->text().trimmed();
    const auto allocation = allocationText.isEmpty() ? std::optional<qint64>(0) : parseEuro(allocationText);
    if (!allocation) {
        m_ui->messageLabel->setText(tr("Write the amount in euro, e.g. 1.250,00 or 80,5."));
        m_ui->allocationEdit->setFocus();
        return;
    }
    const QDate on = parseDate(m_ui->onDateEdit->text());
    if (!on.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->onDateEdit->setFocus();
        return;
    }
    BudgetLine line;
    line.year = m_ui->yearSpin->value();
    line.code = m_ui->codeEdit->text().trimmed();
    line.name = m_ui->nameEdit->text().trimmed();
    line.assistance = m_ui->assistanceCheck->isChecked();
    const auto created = m_session.services().budget.createLine(line, *allocation, on, m_session.actor());
    if (!created) {
        m_ui->messageLabel->setText(created.error().message);
        const QString field = firstField(created.error());
        if (field == QLatin1String("name"))
            m_ui->nameEdit->setFocus();
        else if (field == QLatin1String("allocation"))
            m_ui->allocationEdit->setFocus();
        else if (field == QLatin1String("year"))
            m_ui->yearSpin->setFocus();
        else
            m_ui->codeEdit->setFocus();
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

BudgetChangeDialog::BudgetChangeDialog(Session &session, Kind kind, const BudgetLine &line, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BudgetChangeDialog>()), m_session(session), m_kind(kind),
      m_line(line)
{
    m_ui->setupUi(this);
    const bool allocation = kind == Kind::Allocation;
    setWindowTitle(allocation ? tr("Change the allocation") : tr("Authorise spending beyond the allocation"));
    m_ui->summaryLabel->setText(tr("Line %1 — %2, %3").arg(line.code, line.name).arg(line.year));
    m_ui->directionCombo->addItem(tr("Increase"), 1);
    m_ui->directionCombo->addItem(tr("Decrease"), -1);
    m_ui->directionLabel->setVisible(allocation);
    m_ui->directionCombo->setVisible(allocation);
    m_ui->referenceLabel->setVisible(allocation);
    m_ui->referenceEdit->setVisible(allocation);
    m_ui->reasonEdit->setPlaceholderText(
        allocation ? tr("Why the allocation changes")
                   : tr("Why the line may go beyond its allocation (at least 10 characters)"));
    m_ui->onDateEdit->setText(domain::officeToday().toString(kDateFormat));
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setText(allocation ? tr("&Record variation") : tr("A&uthorise"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BudgetChangeDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFigures();
    (allocation ? static_cast<QWidget *>(m_ui->directionCombo) : m_ui->amountEdit)->setFocus();
}

BudgetChangeDialog::~BudgetChangeDialog() = default;

void BudgetChangeDialog::showFigures()
{
    const auto f = m_session.services().budget.figures(m_line.id, m_session.actor());
    if (!f) {
        m_ui->figuresLabel->setText(f.error().message);
        return;
    }
    const BudgetFigures &figures = f.value();
    m_ui->figuresLabel->setText(budgetFiguresText(figures));
}

void BudgetChangeDialog::accept()
{
    const auto amount = parseEuro(m_ui->amountEdit->text());
    if (!amount || *amount == 0) {
        m_ui->messageLabel->setText(tr("Write the amount in euro, e.g. 1.250,00 or 80,5."));
        m_ui->amountEdit->setFocus();
        return;
    }
    const QDate on = parseDate(m_ui->onDateEdit->text());
    if (!on.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->onDateEdit->setFocus();
        return;
    }
    const QString reason = m_ui->reasonEdit->toPlainText().trimmed();
    const auto done = m_kind == Kind::Allocation
                          ? m_session.services().budget.changeAllocation(
                                m_line.id, *amount * m_ui->directionCombo->currentData().toInt(), on,
                                m_ui->referenceEdit->text().trimmed(), reason, m_session.actor())
                          : m_session.services().budget.authoriseOverspend(m_line.id, *amount, on, reason,
                                                                           m_session.actor());
    if (!done) {
        showFigures(); // a colleague may have spent on the line meanwhile
        m_ui->messageLabel->setText(done.error().message);
        const QString field = firstField(done.error());
        if (field == QLatin1String("reason"))
            m_ui->reasonEdit->setFocus();
        else if (field == QLatin1String("onDate"))
            m_ui->onDateEdit->setFocus();
        else
            m_ui->amountEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cartella::gui
