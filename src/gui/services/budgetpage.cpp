// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/budgetpage.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "gui/services/budgetdialogs.h"
#include "gui/services/budgetmodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

// The newest movements of a line shown; a line of a busy year has a few thousand.
constexpr int kMovementsShown = 500;

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

BudgetPage::BudgetPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_year(new QSpinBox(this)),
      m_newLine(new QPushButton(tr("&New line…"), this)),
      m_allocation(new QPushButton(tr("Change a&llocation…"), this)),
      m_overspend(new QPushButton(tr("Authorise &overspend…"), this)), m_totals(new QLabel(this)),
      m_message(new QLabel(this)), m_movementsTitle(new QLabel(this)), m_lines(new BudgetLineModel(this)),
      m_movements(new BudgetMovementModel(this)),
      m_lineView(makeTable(m_lines, QStringLiteral("budgetLines"), this)),
      m_movementView(makeTable(m_movements, QStringLiteral("budgetMovements"), this))
{
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2999);
    m_year->setValue(domain::officeToday().year());
    m_newLine->setObjectName(QStringLiteral("newLineButton"));
    m_allocation->setObjectName(QStringLiteral("allocationButton"));
    m_overspend->setObjectName(QStringLiteral("overspendButton"));
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setStyleSheet(QStringLiteral("color: #a93226;"));
    m_message->setWordWrap(true);
    m_newLine->setVisible(m_session.may(Operation::ManageBudget));
    m_allocation->setVisible(m_session.may(Operation::ManageBudget));
    m_overspend->setVisible(m_session.may(Operation::AuthoriseOverspend));

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_newLine);
    top->addWidget(m_allocation);
    top->addWidget(m_overspend);
    top->addStretch(1);

    // A year has a handful of lines: long names wrap rather than hide that a line is the assistance one.
    m_lineView->setWordWrap(true);
    QHeaderView *lineHeader = m_lineView->horizontalHeader();
    lineHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    lineHeader->setSectionResizeMode(BudgetLineModel::NameColumn, QHeaderView::Stretch);
    QHeaderView *movementHeader = m_movementView->horizontalHeader();
    movementHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    movementHeader->setSectionResizeMode(BudgetMovementModel::ReasonColumn, QHeaderView::Stretch);

    auto *movementsBox = new QWidget(this);
    auto *movementsLayout = new QVBoxLayout(movementsBox);
    movementsLayout->setContentsMargins(0, 0, 0, 0);
    movementsLayout->addWidget(m_movementsTitle);
    movementsLayout->addWidget(m_movementView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_lineView);
    splitter->addWidget(movementsBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totals);

    connect(m_year, &QSpinBox::valueChanged, this, &BudgetPage::refresh);
    connect(m_newLine, &QPushButton::clicked, this, &BudgetPage::newLine);
    connect(m_allocation, &QPushButton::clicked, this, &BudgetPage::changeAllocation);
    connect(m_overspend, &QPushButton::clicked, this, &BudgetPage::authoriseOverspend);
    connect(m_lineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showMovements();
        updateButtons();
    });
    updateButtons();
}

void BudgetPage::setYear(int year)
{
    m_year->setValue(year); // refreshes when it changes
}

void BudgetPage::refresh()
{
    const qint64 selected = selectedLineId();
    m_message->clear();
    QList<BudgetLineRow> rows;
    const auto lines = m_session.services().budget.lines(m_year->value(), m_session.actor());
    if (!lines) {
        m_message->setText(lines.error().message);
    } else {
        for (const BudgetLine &line : lines.value()) {
            const auto figures = m_session.services().budget.figures(line.id, m_session.actor());
            if (!figures) {
                m_message->setText(figures.error().message);
                continue;
            }
            rows.append({line, figures.value()});
        }
    }
    BudgetFigures total;
    for (const BudgetLineRow &row : rows) {
        total.allocationCents += row.figures.allocationCents;
        total.committedCents += row.figures.committedCents;
        total.paidCents += row.figures.paidCents;
    }
    m_lines->setRows(std::move(rows));
    m_lineView->resizeRowsToContents();
    m_totals->setText(m_lines->rows().isEmpty()
                          ? tr("No budget line for %1.").arg(m_year->value())
                          : tr("%n line(s) in %1: allocation %2 · committed %3 · paid %4 · available %5",
                               nullptr, int(m_lines->rows().size()))
                                .arg(m_year->value())
                                .arg(formatEuro(total.allocationCents), formatEuro(total.committedCents),
                                     formatEuro(total.paidCents), formatEuro(total.availableCents())));
    if (!selectLine(selected) && !m_lines->rows().isEmpty())
        selectLine(m_lines->rows().first().line.id);
    showMovements();
    updateButtons();
}

bool BudgetPage::selectLine(qint64 lineId)
{
    const int row = m_lines->rowOf(lineId);
    if (row < 0)
        return false;
    m_lineView->selectionModel()->setCurrentIndex(
        m_lines->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 BudgetPage::selectedLineId() const
{
    const QModelIndex current = m_lineView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BudgetLineModel::LineIdRole).toLongLong() : 0;
}

void BudgetPage::showMovements()
{
    const qint64 lineId = selectedLineId();
    const int row = m_lines->rowOf(lineId);
    if (row < 0) {
        m_movements->setMovements({});
        m_movementsTitle->setText(tr("Choose a line to see its movements."));
        return;
    }
    const BudgetLine &line = m_lines->rows().at(row).line;
    const auto movements = m_session.services().budget.movements(lineId, kMovementsShown, m_session.actor());
    if (!movements) {
        m_movements->setMovements({});
        m_movementsTitle->setText(movements.error().message);
        return;
    }
    const auto n = int(movements.value().size());
    m_movements->setMovements(movements.value());
    m_movementsTitle->setText(
        n >= kMovementsShown ? tr("Movements of line %1, the latest %2:").arg(line.code).arg(kMovementsShown)
                             : tr("Movements of line %1 (%n):", nullptr, n).arg(line.code));
}

void BudgetPage::updateButtons()
{
    const bool chosen = selectedLineId() != 0;
    m_allocation->setEnabled(chosen);
    m_overspend->setEnabled(chosen);
}

void BudgetPage::newLine()
{
    BudgetLineDialog dialog(m_session, m_year->value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BudgetLine &line = dialog.created();
    if (line.year != m_year->value())
        setYear(line.year);
    refresh();
    selectLine(line.id);
    emit statusMessage(tr("Budget line %1 created.").arg(line.code));
}

void BudgetPage::changeAllocation()
{
    const int row = m_lines->rowOf(selectedLineId());
    if (row < 0)
        return;
    const BudgetLine line = m_lines->rows().at(row).line;
    BudgetChangeDialog dialog(m_session, BudgetChangeDialog::Kind::Allocation, line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("The allocation of line %1 has changed.").arg(line.code));
}

void BudgetPage::authoriseOverspend()
{
    const int row = m_lines->rowOf(selectedLineId());
    if (row < 0)
        return;
    const BudgetLine line = m_lines->rows().at(row).line;
    BudgetChangeDialog dialog(m_session, BudgetChangeDialog::Kind::Overspend, line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("Spending beyond the allocation of line %1 authorised.").arg(line.code));
}

} // namespace cartella::gui
