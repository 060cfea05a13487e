// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/services/services.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DeliveryRequestDialog;
}

namespace cartella::gui {

class Session;

// A request for a service or an aid for a person of a case (ui/deliveryrequestdialog.ui). The ISEE rule of
// the chosen service is shown as it will be applied; the request goes to the zone manager for approval.
class DeliveryRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryRequestDialog)

public:
    DeliveryRequestDialog(Session &session, const domain::Case &c, QWidget *parent = nullptr);
    ~DeliveryRequestDialog() override;

    // The request made, once accepted.
    const domain::ServiceDelivery &delivery() const { return m_delivery; }

public slots:
    void accept() override;

private:
    std::optional<domain::DeliveryRequest> readForm();
    void updateIsee();
    void updateMoneyFields();
    const domain::CatalogueEntry *entry() const;
    void refuse(const QString &message, QWidget *focus);

    std::unique_ptr<Ui::DeliveryRequestDialog> m_ui;
    Session &m_session;
    domain::Case m_case;
    QList<domain::CatalogueEntry> m_entries;
    domain::ServiceDelivery m_delivery;
};

// Hours per month as typed ("20", "12,5") in minutes; nullopt when unreadable.
std::optional<int> parseHours(const QString &text);
QString showHours(int minutes);

} // namespace cartella::gui
