// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/deliveryrequestdialog.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_deliveryrequestdialog.h"

#include <QHash>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

std::optional<int> parseHours(const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    // The same digits as an amount: hundredths of an hour.
    const auto hundredths = parseEuro(text);
    if (!hundredths)
        return std::nullopt;
    return int(*hundredths * 60 / 100);
}

QString showHours(int minutes)
{
    if (minutes % 60 == 0)
        return QString::number(minutes / 60);
    return plainEuro(qint64(minutes) * 100 / 60);
}

DeliveryRequestDialog::DeliveryRequestDialog(Session &session, const Case &c, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeliveryRequestDialog>()), m_session(session), m_case(c)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Request a service — case %1").arg(c.number()));
    for (const CaseMember &m : c.members)
        m_ui->personCombo->addItem(m.displayName, m.personId);
    if (const auto all = m_session.services().catalogue.entries(false, m_session.actor()))
        m_entries = all.value();
    for (int i = 0; i < m_entries.size(); ++i) {
        const CatalogueEntry &e = m_entries.at(i);
        m_ui->serviceCombo->addItem(
            QStringLiteral("%1 — %2").arg(e.name, Vocabulary<ServiceKind>::label(e.kind)), i);
    }
    fillCombo<ProviderKind>(m_ui->providerKindCombo);
    m_ui->budgetLineCombo->addItem(tr("Chosen at approval"), QVariant());
    if (const auto lines =
            m_session.services().budget.lines(domain::officeToday().year(), m_session.actor())) {
        for (const BudgetLine &l : lines.value())
            m_ui->budgetLineCombo->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    }
    m_ui->requestedOnEdit->setText(domain::officeToday().toString(kDateFormat));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send request"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DeliveryRequestDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, &DeliveryRequestDialog::updateIsee);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateMoneyFields();
        updateIsee();
    });
    connect(m_ui->requestedOnEdit, &QLineEdit::editingFinished, this, &DeliveryRequestDialog::updateIsee);
    updateMoneyFields();
    updateIsee();
}

DeliveryRequestDialog::~DeliveryRequestDialog() = default;

const CatalogueEntry *DeliveryRequestDialog::entry() const
{
    const int i = m_ui->serviceCombo->currentData().toInt();
    return m_ui->serviceCombo->currentIndex() >= 0 && i >= 0 && i < m_entries.size() ? &m_entries.at(i)
                                                                                     : nullptr;
}

void DeliveryRequestDialog::updateMoneyFields()
{
    const CatalogueEntry *e = entry();
    const bool money = e && e->paysMoney();
    m_ui->monthlyEdit->setEnabled(e && e->periodic);
    m_ui->budgetLineCombo->setEnabled(money);
    m_ui->hoursEdit->setEnabled(e && !money);
}

void DeliveryRequestDialog::updateIsee()
{
    const CatalogueEntry *e = entry();
    if (!e || e->meansTest != MeansTest::Isee || !e->iseeThresholdCents) {
        m_ui->iseeLabel->setText(e ? tr("Means test: %1.").arg(Vocabulary<MeansTest>::label(e->meansTest))
                                   : QString());
        m_ui->exemptionGroup->setVisible(false);
        return;
    }
    m_ui->exemptionGroup->setVisible(true);
    QDate day = parseDate(m_ui->requestedOnEdit->text());
    if (!day.isValid())
        day = domain::officeToday();
    const auto checked =
        m_session.services().isee.check(*e, m_ui->personCombo->currentData().toLongLong(), day);
    if (!checked) {
        m_ui->iseeLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
        m_ui->iseeLabel->setText(checked.error().message);
        return;
    }
    m_ui->iseeLabel->setStyleSheet({});
    const IseeDeclaration &i = *checked.value();
    m_ui->iseeLabel->setText(tr("ISEE %1 (DSU %2, valid until %3): within the threshold of %4.")
                                 .arg(formatEuro(i.valueCents), i.dsuProtocol, showDate(i.expiresOn()),
                                      formatEuro(*e->iseeThresholdCents)));
}

void DeliveryRequestDialog::refuse(const QString &message, QWidget *focus)
{
    m_ui->messageLabel->setText(message);
    if (focus)
        focus->setFocus();
}

std::optional<DeliveryRequest> DeliveryRequestDialog::readForm()
{
    const CatalogueEntry *e = entry();
    if (!e) {
        refuse(tr("Choose a service from the catalogue."), m_ui->serviceCombo);
        return std::nullopt;
    }
    DeliveryRequest r;
    r.caseId = m_case.id;
    r.personId = m_ui->personCombo->currentData().toLongLong();
    r.catalogueId = e->id;
    r.protocol = m_ui->protocolEdit->text();
    r.providerKind = comboValue<ProviderKind>(m_ui->providerKindCombo);
    r.providerName = m_ui->providerNameEdit->text();
    struct DateField
    {
        QLineEdit *edit;
        QDate *target;
    };
    for (const DateField &f :
         {DateField{m_ui->requestedOnEdit, &r.requestedOn}, DateField{m_ui->startsOnEdit, &r.startsOn},
          DateField{m_ui->endsOnEdit, &r.endsOn}}) {
        const QString typed = f.edit->text().trimmed();
        *f.target = parseDate(typed);
        if (!typed.isEmpty() && !f.target->isValid()) {
            refuse(tr("Write the date as dd/mm/yyyy."), f.edit);
            return std::nullopt;
        }
    }
    const auto hours = parseHours(m_ui->hoursEdit->text());
    if (!hours) {
        refuse(tr("Write the hours as a number, e.g. 20 or 12,5."), m_ui->hoursEdit);
        return std::nullopt;
    }
    r.monthlyMinutes = *hours;
    struct MoneyField
    {
        QLineEdit *edit;
        qint64 *target;
    };
    for (const MoneyField &f :
         {MoneyField{m_ui->costEdit, &r.costCents}, MoneyField{m_ui->monthlyEdit, &r.monthlyCents},
          MoneyField{m_ui->userShareEdit, &r.userShareCents},
          MoneyField{m_ui->healthShareEdit, &r.healthShareCents},
          MoneyField{m_ui->comuneShareEdit, &r.comuneShareCents}}) {
        if (f.edit->text().trimmed().isEmpty()) {
            *f.target = 0;
            continue;
        }
        const auto cents = parseEuro(f.edit->text());
        if (!cents) {
            refuse(tr("Write the amount in euro, e.g. 1.250,00 or 80,5."), f.edit);
            return std::nullopt;
        }
        *f.target = *cents;
    }
    // An empty Comune share is what the others leave of the cost.
    if (m_ui->comuneShareEdit->text().trimmed().isEmpty())
        r.comuneShareCents = std::max<qint64>(0, r.costCents - r.userShareCents - r.healthShareCents);
    if (m_ui->budgetLineCombo->isEnabled() && m_ui->budgetLineCombo->currentData().isValid())
        r.budgetLineId = m_ui->budgetLineCombo->currentData().toLongLong();
    if (m_ui->exemptionGroup->isVisible() && m_ui->exemptionGroup->isChecked())
        r.iseeExemptionReason = m_ui->exemptionEdit->toPlainText();
    return r;
}

void DeliveryRequestDialog::accept()
{
    const auto request = readForm();
    if (!request)
        return;
    const auto made = m_session.services().deliveries.request(*request, m_session.actor());
    if (!made) {
        const QString field = made.error().fields.isEmpty() ? QString() : made.error().fields.first().field;
        const QHash<QString, QWidget *> widgets{{QStringLiteral("person"), m_ui->personCombo},
                                                {QStringLiteral("service"), m_ui->serviceCombo},
                                                {QStringLiteral("requestedOn"), m_ui->requestedOnEdit},
                                                {QStringLiteral("protocol"), m_ui->protocolEdit},
                                                {QStringLiteral("startsOn"), m_ui->startsOnEdit},
                                                {QStringLiteral("endsOn"), m_ui->endsOnEdit},
                                                {QStringLiteral("hours"), m_ui->hoursEdit},
                                                {QStringLiteral("cost"), m_ui->costEdit},
                                                {QStringLiteral("isee"), m_ui->exemptionEdit},
                                                {QStringLiteral("iseeExemption"), m_ui->exemptionEdit}};
        QWidget *focus = widgets.value(field);
        if (field == QLatin1String("isee"))
            m_ui->exemptionGroup->setChecked(true);
        refuse(made.error().message, focus);
        return;
    }
    m_delivery = made.value();
    QDialog::accept();
}

} // namespace cartella::gui
