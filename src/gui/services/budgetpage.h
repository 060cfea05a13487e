// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cartella::gui {

class Session;

class BudgetLineModel;
class BudgetMovementModel;

// The "Budget" section: the budget lines (capitoli) of a year with their allocation, committed, paid and
// available amounts, and the movements of the selected line that make them. Who manages the budget creates
// lines and changes their allocation; the zone manager authorises spending beyond it. Every figure comes from
// BudgetService, which derives it from the movements; the page computes nothing but the year's totals.
class BudgetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPage)

public:
    explicit BudgetPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    void setYear(int year);
    // Selects a line of the shown year (false when it is not listed).
    bool selectLine(qint64 lineId);
    qint64 selectedLineId() const;

    BudgetLineModel *lineModel() const { return m_lines; }
    BudgetMovementModel *movementModel() const { return m_movements; }

public slots:
    void newLine();
    void changeAllocation();
    void authoriseOverspend();

signals:
    void statusMessage(const QString &message);

private:
    void showMovements();
    void updateButtons();

    Session &m_session;
    QSpinBox *m_year;
    QPushButton *m_newLine;
    QPushButton *m_allocation;
    QPushButton *m_overspend;
    QLabel *m_totals;
    QLabel *m_message;
    QLabel *m_movementsTitle;
    BudgetLineModel *m_lines;
    BudgetMovementModel *m_movements;
    QTableView *m_lineView;
    QTableView *m_movementView;
};

} // namespace cartella::gui
