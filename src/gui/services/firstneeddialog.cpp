// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/firstneeddialog.h"

#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "ui_firstneeddialog.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

FirstNeedDialog::FirstNeedDialog(Session &session, const PlaceCompleters &places, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstNeedDialog>()), m_session(session), m_places(places)
{
    m_ui->setupUi(this);
    // The two groups' fields line up: every label as wide as the widest.
    int labelWidth = 0;
    const auto labels = findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->buddy())
            labelWidth = std::max(labelWidth, l->sizeHint().width());
    }
    for (QLabel *l : labels) {
        if (l->buddy())
            l->setMinimumWidth(labelWidth);
    }
    fillCombo<Sex>(m_ui->sexCombo);
    fillCombo<ProviderKind>(m_ui->providerKindCombo);
    if (const auto all = m_session.services().firstNeed.entries(m_session.actor()))
        m_entries = all.value();
    for (int i = 0; i < m_entries.size(); ++i)
        m_ui->serviceCombo->addItem(m_entries.at(i).name, i);
    m_places.attachMunicipalityCompleter(m_ui->municipalityEdit);
    if (m_session.actor().municipalityCodes.size() == 1)
        m_ui->municipalityEdit->setText(
            m_places.municipalityLabel(m_session.actor().municipalityCodes.first()));
    // A new case is the actor's own; a user with no worker record (a zone manager, say) names who follows it.
    const bool nameResponsible = m_session.actor().workerId == 0;
    m_ui->responsibleLabel->setVisible(nameResponsible);
    m_ui->responsibleCombo->setVisible(nameResponsible);
    if (nameResponsible)
        addActiveWorkers(m_ui->responsibleCombo, m_session.services().cases.workers(m_session.actor()));
    m_ui->dateEdit->setText(showDate(domain::officeToday()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FirstNeedDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, &FirstNeedDialog::serviceChanged);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, [this] {
        PersonPickerDialog picker(m_session.services().persons, m_session.actor(), {}, this);
        picker.search(m_ui->surnameEdit->text());
        if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
            setPerson(picker.personId(), picker.personName());
    });
    connect(m_ui->newPersonButton, &QPushButton::clicked, this, [this] {
        setPerson(0, {});
        m_ui->surnameEdit->setFocus();
    });
    m_ui->chooseButton->setEnabled(m_session.may(Operation::ReadPersons));
    setPerson(0, {});
    serviceChanged();
    m_ui->surnameEdit->setFocus();
}

FirstNeedDialog::~FirstNeedDialog() = default;

void FirstNeedDialog::setPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    const bool typed = personId == 0;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->surnameEdit, m_ui->givenNameEdit, m_ui->sexCombo, m_ui->birthDateEdit,
             m_ui->fiscalCodeEdit, m_ui->surnameLabel, m_ui->givenNameLabel, m_ui->sexLabel,
             m_ui->birthDateLabel, m_ui->fiscalCodeLabel})
        w->setEnabled(typed);
    m_ui->newPersonButton->setVisible(!typed);
    m_ui->chosenLabel->setText(typed
                                   ? tr("Not registered yet: type who they are, or choose them if they are.")
                                   : tr("Registered: %1").arg(name));
    m_ui->chosenLabel->setStyleSheet(typed ? QString() : QStringLiteral("font-weight: bold;"));
    if (!typed)
        m_ui->serviceCombo->setFocus();
}

QString FirstNeedDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

const CatalogueEntry *FirstNeedDialog::entry() const
{
    const int i = m_ui->serviceCombo->currentData().toInt();
    return m_ui->serviceCombo->currentIndex() >= 0 && i >= 0 && i < m_entries.size() ? &m_entries.at(i)
                                                                                     : nullptr;
}

void FirstNeedDialog::serviceChanged()
{
    const CatalogueEntry *e = entry();
    if (e && e->code == QLatin1String("sfd_rimborso_associazione"))
        setComboValue(m_ui->providerKindCombo, ProviderKind::Association);
    m_ui->amountEdit->setPlaceholderText(e && e->paysMoney() ? tr("e.g. 23,50")
                                                             : tr("0 if the Comune's own service"));
}

void FirstNeedDialog::refuse(const QString &message, QWidget *focus)
{
    m_ui->messageLabel->setText(message);
    if (focus)
        focus->setFocus();
}

QWidget *FirstNeedDialog::widgetFor(const QString &field) const
{
    const QHash<QString, QWidget *> widgets{{QStringLiteral("surname"), m_ui->surnameEdit},
                                            {QStringLiteral("givenName"), m_ui->givenNameEdit},
                                            {QStringLiteral("sex"), m_ui->sexCombo},
                                            {QStringLiteral("birthDate"), m_ui->birthDateEdit},
                                            {QStringLiteral("fiscalCode"), m_ui->fiscalCodeEdit},
                                            {QStringLiteral("person"), m_ui->chooseButton},
                                            {QStringLiteral("service"), m_ui->serviceCombo},
                                            {QStringLiteral("municipality"), m_ui->municipalityEdit},
                                            {QStringLiteral("responsible"), m_ui->responsibleCombo},
                                            {QStringLiteral("requestedOn"), m_ui->dateEdit},
                                            {QStringLiteral("startsOn"), m_ui->dateEdit},
                                            {QStringLiteral("cost"), m_ui->amountEdit},
                                            {QStringLiteral("text"), m_ui->noteEdit}};
    QWidget *w = widgets.value(field);
    return w && w->isEnabled() && w->isVisible() ? w : nullptr;
}

std::optional<FirstNeedEntry> FirstNeedDialog::readForm()
{
    FirstNeedEntry f;
    f.personId = m_personId;
    if (m_personId == 0) {
        Person &p = f.newPerson;
        p.surname = m_ui->surnameEdit->text().trimmed();
        p.givenName = m_ui->givenNameEdit->text().trimmed();
        p.sex = comboValue<Sex>(m_ui->sexCombo);
        const QString born = m_ui->birthDateEdit->text().trimmed();
        p.birthDate = parseDate(born);
        if (!born.isEmpty() && !p.birthDate.isValid()) {
            refuse(tr("Write the date as dd/mm/yyyy."), m_ui->birthDateEdit);
            return std::nullopt;
        }
        p.fiscalCode = m_ui->fiscalCodeEdit->text().trimmed().toUpper();
    }
    const CatalogueEntry *e = entry();
    if (!e) {
        refuse(tr("Choose the intervention."), m_ui->serviceCombo);
        return std::nullopt;
    }
    f.catalogueId = e->id;
    const auto municipality = m_places.municipalityCode(m_ui->municipalityEdit->text());
    if (!municipality) {
        refuse(tr("The Comune is not in the ISTAT list."), m_ui->municipalityEdit);
        return std::nullopt;
    }
    f.municipalityCode = *municipality;
    if (m_ui->responsibleCombo->isVisibleTo(this))
        f.responsibleWorkerId = m_ui->responsibleCombo->currentData().toLongLong();
    f.on = parseDate(m_ui->dateEdit->text());
    if (!f.on.isValid()) {
        refuse(tr("Write the date as dd/mm/yyyy."), m_ui->dateEdit);
        return std::nullopt;
    }
    if (!m_ui->amountEdit->text().trimmed().isEmpty()) {
        const auto cents = parseEuro(m_ui->amountEdit->text());
        if (!cents) {
            refuse(tr("Write the amount in euro, e.g. 23,50."), m_ui->amountEdit);
            return std::nullopt;
        }
        f.amountCents = *cents;
    }
    f.providerKind = comboValue<ProviderKind>(m_ui->providerKindCombo);
    f.providerName = m_ui->providerNameEdit->text();
    f.note = m_ui->noteEdit->toPlainText();
    return f;
}

bool FirstNeedDialog::confirmSimilar(const Error &error)
{
    QStringList names;
    for (const qint64 id : error.relatedIds) {
        if (const auto other = m_session.services().persons.get(id, m_session.actor())) {
            const Person &o = other.value();
            names.append(QStringLiteral("• %1, %2 %3")
                             .arg(o.displayName(), showDate(o.birthDate),
                                  o.fiscalCode.isEmpty() ? tr("(no fiscal code)") : o.fiscalCode));
        }
    }
    QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"),
                    error.message + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                    QMessageBox::NoButton, this);
    QPushButton *saveAnyway = box.addButton(tr("Register a new person anyway"), QMessageBox::AcceptRole);
    box.addButton(tr("Go back to the form"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == saveAnyway;
}

void FirstNeedDialog::accept()
{
    auto form = readForm();
    if (!form)
        return;
    m_ui->messageLabel->clear();
    for (;;) {
        const auto done = m_session.services().firstNeed.record(*form, m_session.actor());
        if (done) {
            m_result = done.value();
            QDialog::accept();
            return;
        }
        const Error &error = done.error();
        if (error.code == ErrorCode::PossibleDuplicate) {
            if (confirmSimilar(error)) {
                form->similarPersons = SimilarPersonPolicy::SaveAnyway;
                continue;
            }
            refuse(error.message, m_ui->chooseButton);
            return;
        }
        if (error.code == ErrorCode::Duplicate && !error.relatedIds.isEmpty()) {
            // The fiscal code is of someone registered: offer them instead.
            const auto other = m_session.services().persons.get(error.relatedIds.first(), m_session.actor());
            if (other &&
                QMessageBox::question(this, tr("Already registered"),
                                      error.message + QStringLiteral("\n\n") +
                                          tr("Record the intervention for them?")) == QMessageBox::Yes) {
                setPerson(other.value().id, other.value().displayName());
                form->personId = other.value().id;
                continue;
            }
        }
        const QString field = error.fields.isEmpty() ? QString() : error.fields.first().field;
        refuse(error.message, widgetFor(field));
        return;
    }
}

} // namespace cartella::gui
