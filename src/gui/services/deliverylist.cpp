// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/deliverylist.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/services/deliverydialogs.h"
#include "gui/services/deliveryrequestdialog.h"
#include "ui_deliverylist.h"

#include <QHeaderView>
#include <QInputDialog>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

enum Column
{
    RequestedOn,
    Service,
    For,
    CaseNumber,
    Status,
    Amount,
    Period,
    ColumnCount
};

QString period(const ServiceDelivery &d)
{
    if (!d.startsOn.isValid())
        return {};
    return d.endsOn.isValid()
               ? QStringLiteral("%1 – %2").arg(showDate(d.startsOn), showDate(d.endsOn))
               : QCoreApplication::translate("DeliveryList", "from %1").arg(showDate(d.startsOn));
}

} // namespace

DeliveryList::DeliveryList(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeliveryList>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels({tr("Requested"), tr("Service"), tr("For"), tr("Case"),
                                            tr("Status"), tr("Paid by the Comune"), tr("Period")});
    m_ui->table->horizontalHeader()->setSectionResizeMode(Service, QHeaderView::Stretch);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setColumnHidden(CaseNumber, true);
    m_ui->newButton->setVisible(false);
    connect(m_ui->table, &QTableWidget::currentCellChanged, this, &DeliveryList::updateButtons);
    connect(m_ui->table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const ServiceDelivery *d = selected(); d && m_showsCase)
            emit openCase(d->caseId);
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &DeliveryList::newRequest);
    // What another list or window of this login decided or paid shows here too (the selection stays).
    connect(&m_session, &Session::deliveriesChanged, this, [this] {
        if (!m_announcing)
            reload();
    });
    connect(m_ui->approveButton, &QPushButton::clicked, this, &DeliveryList::approveSelected);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &DeliveryList::rejectSelected);
    connect(m_ui->startButton, &QPushButton::clicked, this, &DeliveryList::startSelected);
    connect(m_ui->concludeButton, &QPushButton::clicked, this, &DeliveryList::concludeSelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DeliveryList::cancelSelected);
    connect(m_ui->payButton, &QPushButton::clicked, this, &DeliveryList::paySelected);
    connect(m_ui->iseeButton, &QPushButton::clicked, this, [this] {
        if (const ServiceDelivery *d = selected())
            emit iseeOf(d->personId, d->personName);
    });
    connect(m_ui->detailsButton, &QPushButton::clicked, this, [this] {
        if (const ServiceDelivery *d = selected())
            emit detailsOf(*d);
    });
    updateButtons();
}

DeliveryList::~DeliveryList() = default;

void DeliveryList::setLoader(Loader loader)
{
    m_loader = std::move(loader);
}

void DeliveryList::setShowsCase(bool shows)
{
    m_showsCase = shows;
    m_ui->table->setColumnHidden(CaseNumber, !shows);
}

void DeliveryList::setOffersNewRequest(bool offers)
{
    m_ui->newButton->setVisible(offers && m_session.may(Operation::RequestServices));
}

void DeliveryList::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    if (!m_loader)
        return;
    const auto loaded = m_loader();
    if (!loaded) {
        m_deliveries.clear();
        fill();
        emit failed(loaded.error().message);
        return;
    }
    m_deliveries = loaded.value();
    fill();
    if (keep > 0)
        select(keep);
}

void DeliveryList::fill()
{
    m_ui->table->setRowCount(int(m_deliveries.size()));
    for (int i = 0; i < m_deliveries.size(); ++i) {
        const ServiceDelivery &d = m_deliveries.at(i);
        const QStringList cells{showDate(d.requestedOn),
                                d.serviceName,
                                d.personName,
                                d.caseNumber,
                                Vocabulary<DeliveryStatus>::label(d.status),
                                d.comuneShareCents > 0 ? formatEuro(d.comuneShareCents) : QString(),
                                period(d)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == Amount)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!d.open())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_ui->table->setItem(i, col, item);
        }
    }
    for (const int col : {RequestedOn, For, CaseNumber, Status, Amount, Period})
        m_ui->table->resizeColumnToContents(col);
    m_ui->table->setCurrentCell(m_deliveries.isEmpty() ? -1 : 0, 0);
    updateButtons();
}

void DeliveryList::select(qint64 deliveryId)
{
    for (int i = 0; i < m_deliveries.size(); ++i) {
        if (m_deliveries.at(i).id == deliveryId)
            m_ui->table->setCurrentCell(i, 0);
    }
}

const ServiceDelivery *DeliveryList::selected() const
{
    const int row = m_ui->table->currentRow();
    return row >= 0 && row < m_deliveries.size() ? &m_deliveries.at(row) : nullptr;
}

qint64 DeliveryList::outstandingCents(const ServiceDelivery &d) const
{
    const auto money = m_session.services().deliveries.money(d.id, m_session.actor());
    return money ? money.value().outstandingCents() : 0;
}

void DeliveryList::updateButtons()
{
    const ServiceDelivery *d = selected();
    const auto status = d ? std::optional(d->status) : std::nullopt;
    const bool money = d && d->budgetLineId.has_value();
    auto offer = [](QPushButton *button, bool allowed, bool applies) {
        button->setVisible(allowed);
        button->setEnabled(applies);
    };
    offer(m_ui->approveButton, m_session.may(Operation::ApproveAid), status == DeliveryStatus::Requested);
    offer(m_ui->rejectButton, m_session.may(Operation::ApproveAid), status == DeliveryStatus::Requested);
    offer(m_ui->startButton, m_session.may(Operation::RequestServices), status == DeliveryStatus::Approved);
    offer(m_ui->concludeButton, m_session.may(Operation::RequestServices),
          status == DeliveryStatus::Approved || status == DeliveryStatus::Active);
    offer(m_ui->cancelButton,
          m_session.may(Operation::RequestServices) || m_session.may(Operation::ApproveAid),
          d && d->open() &&
              (status == DeliveryStatus::Requested
                   ? m_session.may(Operation::RequestServices) || m_session.may(Operation::ApproveAid)
                   : m_session.may(Operation::ApproveAid)));
    // Nothing left to pay (the commitment paid in full) is nothing to offer.
    const bool payable = money && (status == DeliveryStatus::Approved || status == DeliveryStatus::Active) &&
                         m_session.may(Operation::RecordPayments) && outstandingCents(*d) > 0;
    offer(m_ui->payButton, m_session.may(Operation::RecordPayments), payable);
    offer(m_ui->iseeButton, m_session.may(Operation::ReadServices) || m_session.may(Operation::RecordIsee),
          d != nullptr);
    const bool hasDetails = d && (d->kind == ServiceKind::Loan || d->kind == ServiceKind::Inclusion ||
                                  d->kind == ServiceKind::WorkPlacement);
    m_ui->detailsButton->setVisible(hasDetails);
    if (hasDetails)
        m_ui->detailsButton->setText(d->kind == ServiceKind::Loan        ? tr("&Loan…")
                                     : d->kind == ServiceKind::Inclusion ? tr("Inc&lusion path…")
                                                                         : tr("P&lacement…"));
    if (!d) {
        m_ui->detailLabel->setText(m_deliveries.isEmpty() ? tr("No services yet.") : QString());
        return;
    }
    QStringList lines;
    lines << tr("%1 — %2, requested on %3%4")
                 .arg(d->serviceName, Vocabulary<DeliveryStatus>::label(d->status), showDate(d->requestedOn),
                      d->protocol.isEmpty() ? QString() : tr(" (protocol %1)").arg(d->protocol));
    if (!d->providerName.isEmpty())
        lines
            << tr("Provider: %1 (%2)").arg(d->providerName, Vocabulary<ProviderKind>::label(d->providerKind));
    if (d->costCents > 0)
        lines << tr("Cost %1: Comune %2 · user %3 · health service %4")
                     .arg(formatEuro(d->costCents), formatEuro(d->comuneShareCents),
                          formatEuro(d->userShareCents), formatEuro(d->healthShareCents));
    if (d->monthlyMinutes > 0)
        lines << tr("%1 hours a month").arg(showHours(d->monthlyMinutes));
    if (!d->iseeExemptionReason.isEmpty())
        lines << tr("Exempted from the ISEE rule: %1").arg(d->iseeExemptionReason);
    if (d->decidedOn.isValid())
        lines << tr("Decided on %1 by %2").arg(showDate(d->decidedOn), d->decidedBy);
    if (!d->decisionReason.isEmpty())
        lines << tr("Reason: %1").arg(d->decisionReason);
    if (money) {
        if (const auto m = m_session.services().deliveries.money(d->id, m_session.actor()))
            lines << tr("Committed %1 · paid %2 · given back %3 · still to pay %4")
                         .arg(formatEuro(m.value().committedCents), formatEuro(m.value().paidCents),
                              formatEuro(m.value().releasedCents), formatEuro(m.value().outstandingCents()));
    }
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

bool DeliveryList::finish(const Result<ServiceDelivery> &result, const QString &message)
{
    if (!result) {
        emit failed(result.error().message);
        reload(); // show what a colleague may have done meanwhile
        return false;
    }
    reload();
    select(result.value().id);
    announce(result.value().caseId, message);
    return true;
}

void DeliveryList::announce(qint64 caseId, const QString &message)
{
    m_announcing = true;
    emit m_session.deliveriesChanged(caseId);
    m_announcing = false;
    emit changed(message);
}

bool DeliveryList::askReason(const QString &title, const QString &label, QString &reason)
{
    bool ok = false;
    reason = QInputDialog::getMultiLineText(this, title, label, reason, &ok);
    return ok;
}

bool DeliveryList::approveSelected()
{
    const ServiceDelivery *d = selected();
    if (!d)
        return false;
    const qint64 id = d->id;
    ApprovalDialog dialog(m_session, *d, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qint64 caseId = d->caseId;
    reload();
    select(id);
    announce(caseId, tr("Request approved."));
    return true;
}

bool DeliveryList::rejectSelected()
{
    const ServiceDelivery *d = selected();
    if (!d)
        return false;
    const ServiceDelivery current = *d;
    QString reason;
    // A refused reason is asked again with what was typed.
    while (
        askReason(tr("Reject the request"), tr("Why is the request rejected? The reason is kept."), reason)) {
        const auto rejected = m_session.services().deliveries.reject(
            current.id, current.stamp.version, reason, domain::officeToday(), m_session.actor());
        if (rejected || rejected.error().code != ErrorCode::Invalid || rejected.error().fields.isEmpty() ||
            rejected.error().fields.first().field != QLatin1String("reason"))
            return finish(rejected, tr("Request rejected."));
        emit failed(rejected.error().message);
    }
    return false;
}

bool DeliveryList::startSelected()
{
    const ServiceDelivery *d = selected();
    if (!d)
        return false;
    return finish(m_session.services().deliveries.start(d->id, d->stamp.version, domain::officeToday(),
                                                        m_session.actor()),
                  tr("Service started."));
}

bool DeliveryList::concludeSelected()
{
    const ServiceDelivery *d = selected();
    if (!d)
        return false;
    const ServiceDelivery current = *d;
    bool ok = false;
    const QString typed =
        QInputDialog::getText(this, tr("Conclude the service"),
                              tr("Concluded on (dd/mm/yyyy). What is still committed goes back to the line."),
                              QLineEdit::Normal, domain::officeToday().toString(kDateFormat), &ok);
    if (!ok)
        return false;
    const QDate on = parseDate(typed);
    if (!on.isValid()) {
        emit failed(tr("Write the date as dd/mm/yyyy."));
        return false;
    }
    return finish(
        m_session.services().deliveries.conclude(current.id, current.stamp.version, on, m_session.actor()),
        tr("Service concluded."));
}

bool DeliveryList::cancelSelected()
{
    const ServiceDelivery *d = selected();
    if (!d)
        return false;
    const ServiceDelivery current = *d;
    QString reason;
    const QString title =
        current.status == DeliveryStatus::Requested ? tr("Withdraw the request") : tr("Revoke the service");
    while (askReason(title, tr("Why? The reason is kept; what is still committed goes back to the line."),
                     reason)) {
        const auto cancelled = m_session.services().deliveries.cancel(
            current.id, current.stamp.version, reason, domain::officeToday(), m_session.actor());
        if (cancelled || cancelled.error().code != ErrorCode::Invalid || cancelled.error().fields.isEmpty() ||
            cancelled.error().fields.first().field != QLatin1String("reason"))
            return finish(cancelled, tr("Service cancelled."));
        emit failed(cancelled.error().message);
    }
    return false;
}

bool DeliveryList::paySelected()
{
    const ServiceDelivery *d = selected();
    if (!d)
        return false;
    const qint64 id = d->id;
    PaymentDialog dialog(m_session, *d, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qint64 caseId = d->caseId;
    reload();
    select(id);
    announce(caseId, tr("Payment recorded."));
    return true;
}

} // namespace cartella::gui
