// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/personservicesdialog.h"

#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "gui/services/deliverydetails.h"
#include "gui/services/deliverylist.h"
#include "gui/services/iseedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cartella::gui {

PersonServicesDialog::PersonServicesDialog(Session &session, qint64 personId, const QString &personName,
                                           QWidget *parent)
    : QDialog(parent), m_session(session), m_personId(personId), m_summary(new QLabel(this)),
      m_list(new DeliveryList(m_session, this))
{
    setWindowTitle(tr("Services and aid of %1").arg(personName));
    resize(980, 520);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setShowsCase(true);
    m_list->setLoader(
        [this] { return m_session.services().deliveries.forPerson(m_personId, m_session.actor()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &DeliveryList::changed, this, [this](const QString &message) {
        reload();
        m_summary->setText(summaryText() + QLatin1Char('\n') + message);
    });
    connect(m_list, &DeliveryList::failed, this,
            [this](const QString &message) { m_summary->setText(message); });
    connect(m_list, &DeliveryList::detailsOf, this, [this](const domain::ServiceDelivery &delivery) {
        if (execDeliveryDetails(m_session, delivery, this))
            reload();
    });
    connect(m_list, &DeliveryList::iseeOf, this, [this](qint64 personId, const QString &name) {
        IseeDialog dialog(m_session, personId, name, this);
        dialog.exec();
    });
    connect(m_list, &DeliveryList::openCase, this, [this](qint64 caseId) {
        emit openCase(caseId);
        accept();
    });
    reload();
}

QString PersonServicesDialog::summaryText() const
{
    const auto n = int(m_list->deliveries().size());
    return n == 0 ? tr("No service or aid in the cases you may see.")
                  : tr("%n service(s) and aid in the cases you may see; double-click a row to open its case.",
                       nullptr, n);
}

void PersonServicesDialog::reload()
{
    m_summary->clear();
    m_list->reload();
    if (m_summary->text().isEmpty())
        m_summary->setText(summaryText());
}

} // namespace cartella::gui
