// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/persondialog.h"

#include "domain/kernel/fiscalcode.h"
#include "gui/common/formhelpers.h"
#include "gui/common/placecompleters.h"
#include "ui_persondialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>

namespace cartella::gui {

using namespace cartella::domain;

PersonDialog::PersonDialog(PersonService &service, const PlaceCompleters &places, Actor actor,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_service(service), m_places(places),
      m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New person"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c0392b; background: #fdf0ef; }"));
    fillCombos();
    m_places.attachBirthPlaceCompleter(m_ui->birthPlaceEdit);
    m_places.attachMunicipalityCompleter(m_ui->residenceMunicipalityEdit);
    m_places.attachMunicipalityCompleter(m_ui->domicileMunicipalityEdit);
    m_places.attachStateCompleter(m_ui->citizenshipEdit);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &PersonDialog::save);
    connect(m_ui->computeCodeButton, &QPushButton::clicked, this, &PersonDialog::computeFiscalCode);
    connectEdits();
    m_ui->surnameEdit->setFocus();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::fillCombos()
{
    fillCombo<Sex>(m_ui->sexCombo);
    fillCombo<MaritalStatus>(m_ui->maritalCombo);
    fillCombo<EducationLevel>(m_ui->educationCombo);
    fillCombo<EmploymentStatus>(m_ui->employmentCombo);
}

void PersonDialog::connectEdits()
{
    const QList<std::pair<QLineEdit *, QString>> edits{
        {m_ui->surnameEdit, QStringLiteral("surname")},
        {m_ui->givenNameEdit, QStringLiteral("givenName")},
        {m_ui->birthDateEdit, QStringLiteral("birthDate")},
        {m_ui->birthPlaceEdit, QStringLiteral("birthPlace")},
        {m_ui->citizenshipEdit, QStringLiteral("citizenship")},
        {m_ui->residenceMunicipalityEdit, QStringLiteral("residenceMunicipality")},
        {m_ui->residenceStreetEdit, QStringLiteral("residenceStreet")},
        {m_ui->domicileMunicipalityEdit, QStringLiteral("domicileMunicipality")},
        {m_ui->domicileStreetEdit, QStringLiteral("domicileStreet")},
        {m_ui->phoneEdit, QStringLiteral("phone")},
        {m_ui->emailEdit, QStringLiteral("email")},
    };
    for (const auto &[edit, field] : edits)
        connect(edit, &QLineEdit::textEdited, this, [this, field = field] { onEdited(field); });
    connect(m_ui->fiscalCodeEdit, &QLineEdit::textEdited, this, &PersonDialog::onFiscalCodeEdited);
    const QList<std::pair<QComboBox *, QString>> combos{
        {m_ui->sexCombo, QStringLiteral("sex")},
        {m_ui->maritalCombo, QStringLiteral("maritalStatus")},
        {m_ui->educationCombo, QStringLiteral("education")},
        {m_ui->employmentCombo, QStringLiteral("employment")}};
    for (const auto &[combo, field] : combos)
        connect(combo, &QComboBox::activated, this, [this, field = field] { onEdited(field); });
}

void PersonDialog::setPerson(const Person &p)
{
    m_original = p;
    setWindowTitle(tr("Person: %1").arg(p.displayName()));
    m_ui->surnameEdit->setText(p.surname);
    m_ui->givenNameEdit->setText(p.givenName);
    setComboValue(m_ui->sexCombo, p.sex);
    m_ui->birthDateEdit->setText(p.birthDate.toString(kDateFormat));
    m_ui->birthPlaceEdit->setText(m_places.birthPlaceLabel(p.birthPlaceCode));
    m_ui->fiscalCodeEdit->setText(p.fiscalCode);
    m_ui->citizenshipEdit->setText(p.citizenship);
    m_ui->residenceMunicipalityEdit->setText(m_places.municipalityLabel(p.residence.municipalityCode));
    m_ui->residenceStreetEdit->setText(p.residence.street);
    m_ui->domicileMunicipalityEdit->setText(m_places.municipalityLabel(p.domicile.municipalityCode));
    m_ui->domicileStreetEdit->setText(p.domicile.street);
    m_ui->phoneEdit->setText(p.phone);
    m_ui->emailEdit->setText(p.email);
    setComboValue(m_ui->maritalCombo, p.maritalStatus);
    setComboValue(m_ui->educationCombo, p.education);
    setComboValue(m_ui->employmentCombo, p.employment);
    m_touched.clear();
    showIssues(m_service.validate(draft()), true);
}

Person PersonDialog::draft() const
{
    Person p = m_original;
    p.surname = m_ui->surnameEdit->text();
    p.givenName = m_ui->givenNameEdit->text();
    p.sex = comboValue<Sex>(m_ui->sexCombo);
    p.birthDate = parseDate(m_ui->birthDateEdit->text());
    // Unknown place text is passed on as typed: the domain names it in its message.
    p.birthPlaceCode =
        m_places.birthPlaceCode(m_ui->birthPlaceEdit->text()).value_or(m_ui->birthPlaceEdit->text());
    p.fiscalCode = m_ui->fiscalCodeEdit->text();
    p.citizenship = m_ui->citizenshipEdit->text();
    p.residence.municipalityCode = m_places.municipalityCode(m_ui->residenceMunicipalityEdit->text())
                                       .value_or(m_ui->residenceMunicipalityEdit->text());
    p.residence.street = m_ui->residenceStreetEdit->text();
    p.domicile.municipalityCode = m_places.municipalityCode(m_ui->domicileMunicipalityEdit->text())
                                      .value_or(m_ui->domicileMunicipalityEdit->text());
    p.domicile.street = m_ui->domicileStreetEdit->text();
    p.phone = m_ui->phoneEdit->text();
    p.email = m_ui->emailEdit->text();
    p.maritalStatus = comboValue<MaritalStatus>(m_ui->maritalCombo);
    p.education = comboValue<EducationLevel>(m_ui->educationCombo);
    p.employment = comboValue<EmploymentStatus>(m_ui->employmentCombo);
    return p;
}

QString PersonDialog::messageText() const
{
    QStringList parts;
    if (!m_ui->fiscalCodeStatus->text().isEmpty())
        parts.append(m_ui->fiscalCodeStatus->text());
    if (!m_ui->messageLabel->text().isEmpty())
        parts.append(m_ui->messageLabel->text());
    return parts.join(QLatin1Char('\n'));
}

QWidget *PersonDialog::widgetFor(const QString &field) const
{
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("surname"), m_ui->surnameEdit},
        {QStringLiteral("givenName"), m_ui->givenNameEdit},
        {QStringLiteral("sex"), m_ui->sexCombo},
        {QStringLiteral("birthDate"), m_ui->birthDateEdit},
        {QStringLiteral("birthPlace"), m_ui->birthPlaceEdit},
        {QStringLiteral("fiscalCode"), m_ui->fiscalCodeEdit},
        {QStringLiteral("citizenship"), m_ui->citizenshipEdit},
        {QStringLiteral("residenceMunicipality"), m_ui->residenceMunicipalityEdit},
        {QStringLiteral("domicileMunicipality"), m_ui->domicileMunicipalityEdit},
        {QStringLiteral("phone"), m_ui->phoneEdit},
        {QStringLiteral("email"), m_ui->emailEdit},
    };
    return widgets.value(field);
}

void PersonDialog::onEdited(const QString &field)
{
    m_touched.insert(field);
    QList<FieldIssue> issues = m_service.validate(draft());
    if (!m_ui->birthDateEdit->text().trimmed().isEmpty() &&
        !parseDate(m_ui->birthDateEdit->text()).isValid()) {
        issues.removeIf([](const FieldIssue &i) { return i.field == QLatin1String("birthDate"); });
        issues.append(
            {QStringLiteral("birthDate"), tr("The birth date is not a date: write it as dd/mm/yyyy.")});
    }
    showIssues(issues, m_saveAttempted);
}

void PersonDialog::onFiscalCodeEdited()
{
    // A valid code fills in what the user has not typed yet.
    const auto code = FiscalCode::parse(m_ui->fiscalCodeEdit->text(), m_service.places());
    if (code && !code.value().isTemporary()) {
        if (m_ui->sexCombo->currentIndex() <= 0)
            setComboValue(m_ui->sexCombo, code.value().sex());
        if (m_ui->birthDateEdit->text().trimmed().isEmpty())
            m_ui->birthDateEdit->setText(code.value().birthDate().toString(kDateFormat));
        if (m_ui->birthPlaceEdit->text().trimmed().isEmpty())
            m_ui->birthPlaceEdit->setText(m_places.birthPlaceLabel(code.value().birthPlaceCode()));
    }
    onEdited(QStringLiteral("fiscalCode"));
}

void PersonDialog::computeFiscalCode()
{
    const Person p = draft();
    const auto code =
        FiscalCode::compute(p.surname, p.givenName, p.sex, p.birthDate, p.birthPlaceCode, m_service.places());
    if (!code) {
        showIssues(code.error().fields, true);
        return;
    }
    m_ui->fiscalCodeEdit->setText(code.value().text());
    onEdited(QStringLiteral("fiscalCode"));
}

void PersonDialog::showIssues(const QList<FieldIssue> &issues, bool everything)
{
    QStringList codeMessages;
    QStringList otherMessages;
    QSet<QWidget *> invalid;
    for (const FieldIssue &issue : issues) {
        if (!everything && !m_touched.contains(issue.field))
            continue;
        if (QWidget *w = widgetFor(issue.field))
            invalid.insert(w);
        if (issue.message.isEmpty())
            continue;
        (issue.field == QLatin1String("fiscalCode") ? codeMessages : otherMessages).append(issue.message);
    }
    for (QWidget *w : findChildren<QWidget *>()) {
        const bool wasInvalid = w->property("invalid").toBool();
        if (wasInvalid == invalid.contains(w))
            continue;
        w->setProperty("invalid", invalid.contains(w));
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    const auto code = FiscalCode::parse(m_ui->fiscalCodeEdit->text(), m_service.places());
    if (!codeMessages.isEmpty()) {
        m_ui->fiscalCodeStatus->setStyleSheet(QStringLiteral("color: #a93226;"));
        m_ui->fiscalCodeStatus->setText(codeMessages.join(QLatin1Char('\n')));
    } else if (code && !invalid.contains(m_ui->surnameEdit) && otherMessages.isEmpty()) {
        m_ui->fiscalCodeStatus->setStyleSheet(QStringLiteral("color: #1e7d32;"));
        m_ui->fiscalCodeStatus->setText(code.value().isTemporary()
                                            ? tr("Valid temporary code.")
                                            : tr("Valid code, consistent with the data."));
    } else if (code && !code.value().isTemporary() && !m_service.fiscalCodeMismatches(draft()).isEmpty()) {
        m_ui->fiscalCodeStatus->setStyleSheet(QStringLiteral("color: #a04f00;"));
        m_ui->fiscalCodeStatus->setText(tr("Valid code, but it does not match the data: see below."));
    } else if (m_ui->fiscalCodeEdit->text().trimmed().isEmpty()) {
        m_ui->fiscalCodeStatus->setStyleSheet(QStringLiteral("color: #6d6d6d;"));
        m_ui->fiscalCodeStatus->setText(
            tr("No fiscal code: the person will be listed as \"No fiscal code\" until one is entered."));
    } else {
        m_ui->fiscalCodeStatus->clear();
    }
    m_ui->messageLabel->setText(otherMessages.join(QLatin1Char('\n')));
}

bool PersonDialog::isDirty() const
{
    return !m_touched.isEmpty();
}

bool PersonDialog::confirmSimilar(const Error &error)
{
    QStringList names;
    for (const qint64 id : error.relatedIds) {
        const auto other = m_service.get(id, m_actor);
        if (other) {
            const Person &o = other.value();
            names.append(QStringLiteral("• %1, %2 %3")
                             .arg(o.displayName(), o.birthDate.toString(kDateFormat),
                                  o.fiscalCode.isEmpty() ? tr("(no fiscal code)") : o.fiscalCode));
        }
    }
    QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"),
                    error.message + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                    QMessageBox::NoButton, this);
    QPushButton *saveAnyway = box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    box.addButton(tr("Go back to the form"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == saveAnyway;
}

void PersonDialog::offerExisting(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Already registered"), error.message, QMessageBox::NoButton,
                    this);
    QPushButton *open = box.addButton(tr("Open the existing person"), QMessageBox::AcceptRole);
    box.addButton(tr("Go back to the form"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == open && !error.relatedIds.isEmpty()) {
        emit openPersonRequested(error.relatedIds.first());
        QDialog::reject(); // the user chose the existing record over this draft
    }
}

bool PersonDialog::resolveConflict(const Error &error)
{
    m_ui->messageLabel->setText(error.message);
    const auto stored = m_service.get(m_original.id, m_actor);
    if (!stored) {
        QMessageBox::warning(this, tr("Not saved"), error.message);
        return false;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Changed by someone else"),
        tr("%1 was changed by %2 while you were editing. Whichever you choose, the earlier version "
           "stays in the person's history.")
            .arg(stored.value().surname + QLatin1Char(' ') + stored.value().givenName,
                 stored.value().stamp.updatedBy),
        QMessageBox::NoButton, this);
    QPushButton *mine = box.addButton(tr("Save mine over theirs"), QMessageBox::AcceptRole);
    QPushButton *theirs = box.addButton(tr("Show theirs (drop what I typed)"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == mine) {
        m_original.stamp.version = stored.value().stamp.version; // what I typed now follows their version
        return true;
    }
    if (box.clickedButton() == theirs) {
        setPerson(stored.value());
        m_ui->messageLabel->setText(
            tr("Showing the version saved by %1.").arg(stored.value().stamp.updatedBy));
    }
    return false;
}

bool PersonDialog::save()
{
    m_saveAttempted = true;
    if (!m_ui->birthDateEdit->text().trimmed().isEmpty() &&
        !parseDate(m_ui->birthDateEdit->text()).isValid()) {
        onEdited(QStringLiteral("birthDate"));
        return false;
    }
    SimilarPersonPolicy policy = SimilarPersonPolicy::Refuse;
    for (;;) {
        const Person p = draft();
        const Result<Person> result =
            p.id > 0 ? m_service.update(p, m_actor, policy) : m_service.create(p, m_actor, policy);
        if (result) {
            m_saved = result.value();
            m_touched.clear();
            accept();
            return true;
        }
        const Error &error = result.error();
        switch (error.code) {
        case ErrorCode::PossibleDuplicate:
            if (confirmSimilar(error)) {
                policy = SimilarPersonPolicy::SaveAnyway;
                continue;
            }
            return false;
        case ErrorCode::Duplicate:
            showIssues(error.fields, true);
            offerExisting(error);
            return false;
        case ErrorCode::Invalid:
            showIssues(error.fields, true);
            return false;
        case ErrorCode::Conflict:
            if (resolveConflict(error))
                continue; // the user chose to save what they typed over the newer version
            return false;
        default:
            // Storage: the form keeps everything; the message says what happened.
            m_ui->messageLabel->setText(error.message);
            QMessageBox::warning(this, tr("Not saved"), error.message);
            return false;
        }
    }
}

void PersonDialog::reject()
{
    if (isDirty() && QMessageBox::question(this, tr("Discard changes?"),
                                           tr("The changes typed in this form will be lost."),
                                           QMessageBox::Discard | QMessageBox::Cancel,
                                           QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace cartella::gui
