// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/budget.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BudgetLineDialog;
class BudgetChangeDialog;
} // namespace Ui

namespace cartella::gui {

class Session;

// A new budget line (capitolo) for a year with its initial allocation (ui/budgetlinedialog.ui). The service's
// refusal (a duplicate line number, a missing name) is shown in the dialog, which keeps what was typed.
class BudgetLineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetLineDialog)

public:
    BudgetLineDialog(Session &session, int year, QWidget *parent = nullptr);
    ~BudgetLineDialog() override;

    // The line created, once accepted.
    const domain::BudgetLine &created() const { return m_created; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::BudgetLineDialog> m_ui;
    Session &m_session;
    domain::BudgetLine m_created;
};

// A recorded act on a line's money (ui/budgetchangedialog.ui): a variation of its allocation, up or down,
// with the act and the reason; or the zone manager's authorisation to spend beyond the allocation, with the
// reason.
class BudgetChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetChangeDialog)

public:
    enum class Kind
    {
        Allocation,
        Overspend,
    };

    BudgetChangeDialog(Session &session, Kind kind, const domain::BudgetLine &line,
                       QWidget *parent = nullptr);
    ~BudgetChangeDialog() override;

public slots:
    void accept() override;

private:
    void showFigures();

    std::unique_ptr<Ui::BudgetChangeDialog> m_ui;
    Session &m_session;
    Kind m_kind;
    domain::BudgetLine m_line;
};

} // namespace cartella::gui
