// SPDX-License-Identifier: EUPL-1.2
#include "gui/emergencies/emergencyactiondialogs.h"

#include "domain/servicehub.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "gui/emergencies/pisformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #a93226;"));
    return label;
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->setObjectName(QStringLiteral("buttonBox"));
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QString whoWasIt(const SocialEmergency &e)
{
    const QString names =
        QStringList{e.provisionalSurname, e.provisionalGivenName}.join(QLatin1Char(' ')).trimmed();
    QStringList parts;
    for (const QString &part : {names, e.personDescription}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

// ---- Identify ---------------------------------------------------------------------------------------------

IdentifyEmergencyDialog::IdentifyEmergencyDialog(Session &session, SocialEmergency emergency, QWidget *parent)
    : QDialog(parent), m_session(session), m_emergency(std::move(emergency))
{
    setWindowTitle(tr("Identify the person"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Recorded as: %1 (received %2)").arg(whoWasIt(m_emergency), showInstant(m_emergency.receivedAt)),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_existing = new QRadioButton(tr("A person &already registered"), this);
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    layout->addWidget(m_existing);
    auto *chooseRow = new QHBoxLayout;
    m_chosen = new QLabel(tr("Nobody chosen"), this);
    m_chosen->setTextFormat(Qt::PlainText);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseButton"));
    choose->setAutoDefault(false);
    chooseRow->addWidget(m_chosen, 1);
    chooseRow->addWidget(choose);
    layout->addLayout(chooseRow);

    m_new = new QRadioButton(tr("A &new person for the registry"), this);
    m_new->setObjectName(QStringLiteral("newRadio"));
    layout->addWidget(m_new);
    auto *form = new QFormLayout;
    m_surname = new QLineEdit(m_emergency.provisionalSurname, this);
    m_surname->setObjectName(QStringLiteral("surnameEdit"));
    m_givenName = new QLineEdit(m_emergency.provisionalGivenName, this);
    m_givenName->setObjectName(QStringLiteral("givenNameEdit"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    fillCombo<Sex>(m_sex);
    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("&Surname"), m_surname);
    form->addRow(tr("N&ame"), m_givenName);
    form->addRow(tr("Se&x"), m_sex);
    form->addRow(tr("&Birth date"), m_birthDate);
    layout->addLayout(form);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    layout->addWidget(buttons(this, tr("&Identify")));

    m_new->setChecked(true);
    const auto modeChanged = [this, choose] {
        const bool isNew = m_new->isChecked();
        for (QWidget *w : {static_cast<QWidget *>(m_surname), static_cast<QWidget *>(m_givenName),
                           static_cast<QWidget *>(m_sex), static_cast<QWidget *>(m_birthDate)})
            w->setEnabled(isNew);
        choose->setEnabled(!isNew);
    };
    connect(m_new, &QRadioButton::toggled, this, modeChanged);
    modeChanged();
    connect(choose, &QPushButton::clicked, this, [this] {
        PersonPickerDialog picker(m_session.services().persons, m_session.actor(), {}, this);
        if (!m_emergency.provisionalSurname.isEmpty())
            picker.search(m_emergency.provisionalSurname);
        if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
            setPerson(picker.personId(), picker.personName());
    });
}

void IdentifyEmergencyDialog::setPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_chosen->setText(name);
    m_existing->setChecked(true);
}

QString IdentifyEmergencyDialog::messageText() const
{
    return m_message->text();
}

void IdentifyEmergencyDialog::refuse(const QString &message, QWidget *focus)
{
    m_message->setText(message);
    if (focus)
        focus->setFocus();
}

bool IdentifyEmergencyDialog::identifyExisting(qint64 personId)
{
    const auto done = m_session.services().prontoIntervento.identifyAsExisting(
        m_emergency.id, m_emergency.stamp.version, personId, m_session.actor());
    if (!done) {
        refuse(done.error().message, nullptr);
        return false;
    }
    m_result = done.value();
    return true;
}

void IdentifyEmergencyDialog::accept()
{
    if (m_existing->isChecked()) {
        if (m_personId == 0) {
            refuse(tr("Choose the registered person."), nullptr);
            return;
        }
        if (identifyExisting(m_personId))
            QDialog::accept();
        return;
    }
    Person draft;
    draft.surname = m_surname->text().trimmed();
    draft.givenName = m_givenName->text().trimmed();
    draft.sex = comboValue<Sex>(m_sex);
    const QString born = m_birthDate->text().trimmed();
    draft.birthDate = parseDate(born);
    if (!born.isEmpty() && !draft.birthDate.isValid()) {
        refuse(tr("Write the date as dd/mm/yyyy."), m_birthDate);
        return;
    }
    SimilarPersonPolicy policy = SimilarPersonPolicy::Refuse;
    for (;;) {
        const auto done = m_session.services().prontoIntervento.identifyAsNew(
            m_emergency.id, m_emergency.stamp.version, draft, policy, m_session.actor());
        if (done) {
            m_result = done.value();
            QDialog::accept();
            return;
        }
        const Error &error = done.error();
        const bool similar = error.code == ErrorCode::PossibleDuplicate;
        if ((similar || error.code == ErrorCode::Duplicate) && !error.relatedIds.isEmpty()) {
            const auto other = m_session.services().persons.get(error.relatedIds.first(), m_session.actor());
            QMessageBox box(QMessageBox::Warning, tr("Already in the registry?"), error.message,
                            QMessageBox::NoButton, this);
            QPushButton *useOther = nullptr;
            if (other)
                useOther =
                    box.addButton(tr("It is %1, born %2")
                                      .arg(other.value().displayName(), showDate(other.value().birthDate)),
                                  QMessageBox::AcceptRole);
            QPushButton *anyway =
                similar ? box.addButton(tr("Register a new person anyway"), QMessageBox::DestructiveRole)
                        : nullptr;
            box.addButton(tr("Go back"), QMessageBox::RejectRole);
            box.exec();
            if (useOther && box.clickedButton() == useOther) {
                if (identifyExisting(other.value().id))
                    QDialog::accept();
                return;
            }
            if (anyway && box.clickedButton() == anyway) {
                policy = SimilarPersonPolicy::SaveAnyway;
                continue;
            }
        }
        refuse(error.message, m_surname);
        return;
    }
}

// ---- Hand over --------------------------------------------------------------------------------------------

HandOverDialog::HandOverDialog(Session &session, const PlaceCompleters &places, SocialEmergency emergency,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_places(places), m_emergency(std::move(emergency))
{
    setWindowTitle(tr("Hand over to the territorial service"));
    auto *layout = new QVBoxLayout(this);
    m_existing = new QRadioButton(tr("To an &open case"), this);
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    layout->addWidget(m_existing);
    auto *existingForm = new QFormLayout;
    m_caseNumber = new QLineEdit(this);
    m_caseNumber->setObjectName(QStringLiteral("caseNumberEdit"));
    m_caseNumber->setPlaceholderText(tr("e.g. 2026/0042"));
    existingForm->addRow(tr("Case &number"), m_caseNumber);
    layout->addLayout(existingForm);

    m_new = new QRadioButton(tr("To a &new case opened now"), this);
    m_new->setObjectName(QStringLiteral("newRadio"));
    layout->addWidget(m_new);
    auto *newForm = new QFormLayout;
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    fillCombo<CaseArea>(m_area);
    setComboValue(m_area, m_emergency.kind == EmergencyKind::UnaccompaniedMinor ? CaseArea::FamilyAndMinors
                          : m_emergency.kind == EmergencyKind::ElderlyAlone     ? CaseArea::Elderly
                                                                                : CaseArea::AdultHardship);
    m_municipality = new QLineEdit(m_places.municipalityLabel(m_emergency.municipalityCode), this);
    m_municipality->setObjectName(QStringLiteral("municipalityEdit"));
    m_places.attachMunicipalityCompleter(m_municipality);
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("responsibleCombo"));
    addActiveWorkers(m_responsible, m_session.services().cases.workers(m_session.actor()));
    newForm->addRow(tr("&Area"), m_area);
    newForm->addRow(tr("&Comune"), m_municipality);
    newForm->addRow(tr("&Responsible worker"), m_responsible);
    layout->addLayout(newForm);

    auto *atForm = new QFormLayout;
    m_at = new QLineEdit(showInstant(QDateTime::currentDateTimeUtc()), this);
    m_at->setObjectName(QStringLiteral("handedOverAtEdit"));
    atForm->addRow(tr("Handed over &at"), m_at);
    layout->addLayout(atForm);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    layout->addWidget(buttons(this, tr("&Hand over")));
    if (!m_emergency.identified())
        m_message->setText(tr("The person is not identified yet: a new case needs them identified first."));

    m_existing->setChecked(true);
    connect(m_new, &QRadioButton::toggled, this, &HandOverDialog::modeChanged);
    modeChanged();
}

void HandOverDialog::modeChanged()
{
    const bool isNew = m_new->isChecked();
    m_caseNumber->setEnabled(!isNew);
    m_area->setEnabled(isNew);
    m_municipality->setEnabled(isNew);
    m_responsible->setEnabled(isNew);
}

QString HandOverDialog::messageText() const
{
    return m_message->text();
}

void HandOverDialog::refuse(const QString &message, QWidget *focus)
{
    m_message->setText(message);
    if (focus)
        focus->setFocus();
}

void HandOverDialog::accept()
{
    const QDateTime at = parseInstant(m_at->text());
    if (!at.isValid()) {
        refuse(tr("Write the time as dd/mm/yyyy hh:mm."), m_at);
        return;
    }
    Result<SocialEmergency> done = Error{};
    if (m_existing->isChecked()) {
        const auto c =
            m_session.services().cases.getByNumber(m_caseNumber->text().trimmed(), m_session.actor());
        if (!c) {
            refuse(c.error().message, m_caseNumber);
            return;
        }
        done = m_session.services().prontoIntervento.handOverToCase(m_emergency.id, m_emergency.stamp.version,
                                                                    c.value().id, at, m_session.actor());
    } else {
        const auto municipality = m_places.municipalityCode(m_municipality->text());
        if (!municipality) {
            refuse(tr("The Comune is not in the ISTAT list."), m_municipality);
            return;
        }
        Case draft;
        draft.area = comboValue<CaseArea>(m_area);
        draft.municipalityCode = *municipality;
        draft.responsibleWorkerId = m_responsible->currentData().toLongLong();
        draft.referralSource = ReferralSource::OtherService;
        draft.priority =
            m_emergency.triage == EmergencyTriage::Urgent ? CasePriority::High : CasePriority::Normal;
        done = m_session.services().prontoIntervento.handOverToNewCase(
            m_emergency.id, m_emergency.stamp.version, draft, at, m_session.actor());
    }
    if (!done) {
        refuse(done.error().message, nullptr);
        return;
    }
    m_result = done.value();
    QDialog::accept();
}

} // namespace cartella::gui
