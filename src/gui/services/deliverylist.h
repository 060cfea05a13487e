// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/services.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class DeliveryList;
}

namespace cartella::gui {

class Session;

// A list of services delivered with what can be done to the selected one (ui/deliverylist.ui): the case's
// "Services" tab and the Services page both show one. Every button is offered only to a role that may use it,
// and only in a state where it applies; the services check both again.
class DeliveryList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryList)

public:
    using Loader = std::function<domain::Result<QList<domain::ServiceDelivery>>()>;

    DeliveryList(Session &session, QWidget *parent = nullptr);
    ~DeliveryList() override;

    void setLoader(Loader loader);
    // The case column, for lists across cases; the "new request" button, for a case's own list.
    void setShowsCase(bool shows);
    void setOffersNewRequest(bool offers);
    void reload();
    const QList<domain::ServiceDelivery> &deliveries() const { return m_deliveries; }
    void select(qint64 deliveryId);
    const domain::ServiceDelivery *selected() const;

public slots:
    bool approveSelected();
    bool rejectSelected();
    bool startSelected();
    bool concludeSelected();
    bool cancelSelected();
    bool paySelected();

signals:
    void newRequest();
    void iseeOf(qint64 personId, const QString &name);
    void detailsOf(const domain::ServiceDelivery &delivery);
    void openCase(qint64 caseId);
    void changed(const QString &message);
    void failed(const QString &message);

private:
    void fill();
    void updateButtons();
    qint64 outstandingCents(const domain::ServiceDelivery &d) const;
    bool finish(const domain::Result<domain::ServiceDelivery> &result, const QString &message);
    // Asks for a reason; false when the user gives up.
    bool askReason(const QString &title, const QString &label, QString &reason);
    // Tells the other lists and pages that services and aid of the case changed.
    void announce(qint64 caseId, const QString &message);

    std::unique_ptr<Ui::DeliveryList> m_ui;
    Session &m_session;
    Loader m_loader;
    bool m_showsCase = false;
    bool m_announcing = false; // this list made the change it is told about
    QList<domain::ServiceDelivery> m_deliveries;
};

} // namespace cartella::gui
