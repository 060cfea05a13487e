// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/services.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApprovalDialog;
class PaymentDialog;
} // namespace Ui

namespace cartella::gui {

class Session;

// The zone manager's approval of a request (ui/approvaldialog.ui): the budget line that pays it, with its
// figures, and, when the line cannot bear it, the recorded authorisation to go beyond its allocation.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    ApprovalDialog(Session &session, const domain::ServiceDelivery &delivery, QWidget *parent = nullptr);
    ~ApprovalDialog() override;

public slots:
    void accept() override;

private:
    void updateFigures();

    std::unique_ptr<Ui::ApprovalDialog> m_ui;
    Session &m_session;
    domain::ServiceDelivery m_delivery;
    bool m_paysMoney = false;
};

// A payment out of an approved benefit's commitment (ui/paymentdialog.ui).
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    PaymentDialog(Session &session, const domain::ServiceDelivery &delivery, QWidget *parent = nullptr);
    ~PaymentDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PaymentDialog> m_ui;
    Session &m_session;
    domain::ServiceDelivery m_delivery;
};

} // namespace cartella::gui
