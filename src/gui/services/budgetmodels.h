// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/budget.h"

#include <QAbstractTableModel>
#include <QList>

namespace cartella::gui {

// One budget line with its figures, as the budget page lists it.
// A line's figures in one sentence: allocation, committed, paid, available, and any authorised overspend.
QString budgetFiguresText(const domain::BudgetFigures &figures);

struct BudgetLineRow
{
    domain::BudgetLine line;
    domain::BudgetFigures figures;
};

// The budget lines of a year with their figures. A year has a handful of lines (capitoli), read whole from
// BudgetService, so the model holds them all. A line beyond its allocation shows its negative available
// amount in bold red and says so in words in the tooltip and the "Beyond" column, not by colour alone.
class BudgetLineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetLineModel)

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        AllocationColumn,
        CommittedColumn,
        PaidColumn,
        AvailableColumn,
        OverspendColumn,
        ColumnCount
    };
    enum Role
    {
        LineIdRole = Qt::UserRole + 1, // qint64, on every column
    };

    explicit BudgetLineModel(QObject *parent = nullptr);

    void setRows(QList<BudgetLineRow> rows);
    const QList<BudgetLineRow> &rows() const { return m_rows; }
    int rowOf(qint64 lineId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const BudgetLineRow &row, int column) const;

    QList<BudgetLineRow> m_rows;
};

// The movements of one line, newest first: what makes its figures (allocations, commitments, payments,
// releases, authorised overspends, loan write-offs). They are append-only; the page shows the latest ones.
class BudgetMovementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetMovementModel)

public:
    enum Column
    {
        DateColumn,
        KindColumn,
        AmountColumn,
        ServiceColumn,
        ReferenceColumn,
        ReasonColumn,
        ByColumn,
        ColumnCount
    };

    explicit BudgetMovementModel(QObject *parent = nullptr);

    void setMovements(QList<domain::BudgetMovement> movements);
    const QList<domain::BudgetMovement> &movements() const { return m_movements; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const domain::BudgetMovement &m, int column) const;

    QList<domain::BudgetMovement> m_movements;
};

} // namespace cartella::gui
