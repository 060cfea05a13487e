// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/budgetmodels.h"

#include "domain/kernel/money.h"
#include "domain/kernel/vocabulary.h"
#include "gui/common/formhelpers.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace cartella::gui {

QString budgetFiguresText(const domain::BudgetFigures &figures)
{
    using domain::formatEuro;
    return QCoreApplication::translate("BudgetFigures",
                                       "Allocation %1 · committed %2 · paid %3 · available %4")
               .arg(formatEuro(figures.allocationCents), formatEuro(figures.committedCents),
                    formatEuro(figures.paidCents), formatEuro(figures.availableCents())) +
           (figures.overriddenCents > 0
                ? QCoreApplication::translate("BudgetFigures", " · authorised overspend %1")
                      .arg(formatEuro(figures.overriddenCents))
                : QString());
}

using namespace cartella::domain;

namespace {

// The red of refusals and overdue counts elsewhere in the application.
const QColor kBeyondRed(0xa9, 0x32, 0x26);

bool isAmount(int column)
{
    return column >= BudgetLineModel::AllocationColumn && column <= BudgetLineModel::OverspendColumn;
}

} // namespace

BudgetLineModel::BudgetLineModel(QObject *parent) : QAbstractTableModel(parent)
{}

void BudgetLineModel::setRows(QList<BudgetLineRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BudgetLineModel::rowOf(qint64 lineId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).line.id == lineId)
            return i;
    }
    return -1;
}

int BudgetLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BudgetLineModel::text(const BudgetLineRow &row, int column) const
{
    const BudgetFigures &f = row.figures;
    switch (column) {
    case CodeColumn:
        return row.line.code;
    case NameColumn:
        return row.line.assistance ? tr("%1 (assistance line)").arg(row.line.name) : row.line.name;
    case AllocationColumn:
        return formatEuro(f.allocationCents);
    case CommittedColumn:
        return formatEuro(f.committedCents);
    case PaidColumn:
        return formatEuro(f.paidCents);
    case AvailableColumn:
        return f.availableCents() < 0 ? tr("%1 beyond").arg(formatEuro(f.availableCents()))
                                      : formatEuro(f.availableCents());
    case OverspendColumn:
        return f.overriddenCents > 0 ? formatEuro(f.overriddenCents) : QString();
    }
    return {};
}

QVariant BudgetLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BudgetLineRow &row = m_rows.at(index.row());
    const bool beyond = index.column() == AvailableColumn && row.figures.availableCents() < 0;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        return isAmount(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return beyond ? QBrush(kBeyondRed) : QVariant();
    case Qt::FontRole:
        if (beyond) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (beyond)
            return tr("The line is %1 beyond its allocation, within the %2 the zone manager authorised.")
                .arg(formatEuro(-row.figures.availableCents()), formatEuro(row.figures.overriddenCents));
        if (index.column() == AvailableColumn)
            return tr("Allocation less committed and paid");
        if (index.column() == OverspendColumn && row.figures.overriddenCents > 0)
            return tr("Spending beyond the allocation authorised by the zone manager");
        if (index.column() == NameColumn)
            return row.line.assistance ? tr("%1\nAssistance line: it bears the unrecovered remainder of "
                                            "honour loans written off")
                                             .arg(row.line.name)
                                       : row.line.name;
        return {};
    case LineIdRole:
        return row.line.id;
    }
    return {};
}

QVariant BudgetLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OverspendColumn)
        return tr("Spending beyond the allocation authorised by the zone manager");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case AllocationColumn:
        return tr("Allocation");
    case CommittedColumn:
        return tr("Committed");
    case PaidColumn:
        return tr("Paid");
    case AvailableColumn:
        return tr("Available");
    case OverspendColumn:
        return tr("Authorised beyond");
    }
    return {};
}

BudgetMovementModel::BudgetMovementModel(QObject *parent) : QAbstractTableModel(parent)
{}

void BudgetMovementModel::setMovements(QList<BudgetMovement> movements)
{
    beginResetModel();
    m_movements = std::move(movements);
    endResetModel();
}

int BudgetMovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_movements.size());
}

int BudgetMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BudgetMovementModel::text(const BudgetMovement &m, int column) const
{
    switch (column) {
    case DateColumn:
        return showDate(m.onDate);
    case KindColumn:
        return m.period.isEmpty() ? Vocabulary<MovementKind>::label(m.kind)
                                  : tr("%1 (%2)").arg(Vocabulary<MovementKind>::label(m.kind), m.period);
    case AmountColumn:
        return formatEuro(m.amountCents);
    case ServiceColumn:
        return m.deliveryId > 0 ? tr("No. %1").arg(m.deliveryId) : QString();
    case ReferenceColumn:
        return m.reference;
    case ReasonColumn:
        return m.reason;
    case ByColumn:
        return m.by;
    }
    return {};
}

QVariant BudgetMovementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_movements.size())
        return {};
    const BudgetMovement &m = m_movements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !m.reason.isEmpty())
            return m.reason;
        if (index.column() == ByColumn && m.at.isValid())
            return tr("Recorded on %1 (UTC)").arg(m.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant BudgetMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Movement");
    case AmountColumn:
        return tr("Amount");
    case ServiceColumn:
        return tr("Service");
    case ReferenceColumn:
        return tr("Act");
    case ReasonColumn:
        return tr("Reason");
    case ByColumn:
        return tr("By");
    }
    return {};
}

} // namespace cartella::gui
