// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/servicespage.h"

#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/deliverylist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

constexpr int kShown = 500;

}

ServicesPage::ServicesPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_status(new QComboBox(this)), m_count(new QLabel(this)),
      m_list(new DeliveryList(m_session, this))
{
    auto *filterLabel = new QLabel(tr("&Status:"), this);
    filterLabel->setBuddy(m_status);
    m_status->addItem(tr("All"), QString());
    fillCombo<DeliveryStatus>(m_status);
    // The zone manager's work is the requests waiting for a decision.
    setComboValue(m_status,
                  m_session.may(Operation::ApproveAid) ? DeliveryStatus::Requested : DeliveryStatus::Active);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    m_list->setShowsCase(true);
    m_list->setLoader([this] {
        DeliveryQuery q;
        const QString code = m_status->currentData().toString();
        if (!code.isEmpty())
            q.status = Vocabulary<DeliveryStatus>::fromCode(code);
        q.limit = kShown;
        return m_session.services().deliveries.list(q, m_session.actor());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ServicesPage::refresh);
    connect(m_list, &DeliveryList::openCase, this, &ServicesPage::openCase);
    connect(m_list, &DeliveryList::changed, this, [this](const QString &message) {
        refresh();
        emit statusMessage(message);
    });
    connect(m_list, &DeliveryList::failed, this,
            [this](const QString &message) { m_count->setText(message); });
}

void ServicesPage::refresh()
{
    m_count->clear();
    m_list->reload();
    const qsizetype n = m_list->deliveries().size();
    if (m_count->text().isEmpty())
        m_count->setText(n >= kShown ? tr("The latest %1 shown").arg(kShown)
                                     : tr("%n service(s)", nullptr, int(n)));
}

} // namespace cartella::gui
