// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/loan.h"

#include <QDialog>

#include <memory>
#include <optional>

class QTableWidget;

namespace Ui {
class LoanDialog;
}

namespace cartella::gui {

class Session;

// The honour loan of one delivery (ui/loandialog.ui): who and which case, the principal and the status; the
// plan with what each instalment has received and whether it is overdue; the totals; the repayments. Who may
// record payments records a repayment, who approves aid writes off the remainder, and sets up the plan of an
// approved loan that has none (with a preview of the instalments as they type). Every change goes through
// LoanService; a refusal keeps what was typed and says why.
class LoanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoanDialog)

public:
    LoanDialog(Session &session, qint64 deliveryId, QWidget *parent = nullptr);
    ~LoanDialog() override;

    // Opens the loan screen window-modal over `parent`; it deletes itself when closed. Connect to
    // loanChanged() to refresh what shows the delivery or the deadlines.
    static LoanDialog *openFor(Session &session, qint64 deliveryId, QWidget *parent);

    // What is shown, as the service last answered (none if it could not be read).
    const std::optional<domain::LoanView> &view() const { return m_view; }
    QString messageText() const;

public slots:
    // Reads the loan again, as of today.
    bool reload();
    // The forms' actions, with what is typed in them.
    bool setUpPlan();
    bool recordRepayment();
    bool writeOff();
    void showRepaymentForm();
    void showWriteOffForm();

signals:
    // A plan was set up, a repayment recorded or the remainder written off.
    void loanChanged(qint64 deliveryId);

private:
    void fill();
    void fillPlan();
    void fillRepayments();
    void updatePreview();
    void fillLines();
    void hideForms();
    void say(const QString &message, bool error);
    // Shows a refusal and puts the cursor on the field it names.
    void refused(const domain::Error &error);
    qint64 principalCents() const;

    std::unique_ptr<Ui::LoanDialog> m_ui;
    Session &m_session;
    qint64 m_deliveryId;
    std::optional<domain::LoanView> m_view;
};

} // namespace cartella::gui
