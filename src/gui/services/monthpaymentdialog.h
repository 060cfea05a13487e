// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Ui {
class MonthPaymentDialog;
}

namespace cartella::gui {

// Pays one month of a periodic benefit (ui/monthpaymentdialog.ui): the months that can be paid with their
// amounts, the date paid and the payment order's reference. `pay` does the payment; a refusal is shown and
// keeps what was typed. Used by the PIS and the tirocinio dialogs.
class MonthPaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthPaymentDialog)

public:
    struct Payable
    {
        QString month; // YYYY-MM
        qint64 amountCents = 0;
    };
    using Pay = std::function<domain::Status(const QString &month, QDate paidOn, const QString &reference)>;

    MonthPaymentDialog(const QList<Payable> &months, Pay pay, QWidget *parent = nullptr);
    ~MonthPaymentDialog() override;

    QString messageText() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::MonthPaymentDialog> m_ui;
    QList<Payable> m_months;
    Pay m_pay;
};

} // namespace cartella::gui
