// SPDX-License-Identifier: EUPL-1.2
#include "gui/emergencies/emergencydialog.h"

#include "domain/servicehub.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "gui/emergencies/pisformat.h"
#include "ui_emergencydialog.h"

#include <QPushButton>
#include <QShortcut>

namespace cartella::gui {

using namespace cartella::domain;

EmergencyDialog::EmergencyDialog(Session &session, const PlaceCompleters &places, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmergencyDialog>()), m_session(session), m_places(places)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #a93226;"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->receivedEdit->setText(showInstant(now));
    m_places.attachMunicipalityCompleter(m_ui->municipalityEdit);
    fillCombo<EmergencyChannel>(m_ui->channelCombo);
    fillCombo<EmergencyReporter>(m_ui->reporterCombo);
    fillCombo<EmergencyKind>(m_ui->kindCombo);
    fillCombo<EmergencyTriage>(m_ui->triageCombo);

    m_ui->workerCombo->addItem(tr("(nobody yet)"), qint64(0));
    addActiveWorkers(m_ui->workerCombo, m_session.services().cases.workers(m_session.actor()));
    if (const auto onCall = m_session.services().prontoIntervento.onCallAt(now, m_session.actor());
        onCall && !onCall.value().isEmpty()) {
        const OnCallShift &shift = onCall.value().first();
        if (const int i = m_ui->workerCombo->findData(shift.workerId); i >= 0)
            m_ui->workerCombo->setCurrentIndex(i);
        m_ui->workerLabel->setToolTip(tr("%1 is on call now.").arg(shift.workerName));
    }

    const auto nowInto = [this](QLineEdit *edit) {
        edit->setText(showInstant(QDateTime::currentDateTimeUtc()));
    };
    connect(m_ui->receivedNowButton, &QPushButton::clicked, this, [=, this] { nowInto(m_ui->receivedEdit); });
    connect(m_ui->activatedNowButton, &QPushButton::clicked, this,
            [=, this] { nowInto(m_ui->activatedEdit); });
    connect(m_ui->arrivedNowButton, &QPushButton::clicked, this, [=, this] { nowInto(m_ui->arrivedEdit); });
    m_ui->activatedNowButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->arrivedNowButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_ui->activatedNowButton->setToolTip(tr("Activated now (Ctrl+1)"));
    m_ui->arrivedNowButton->setToolTip(tr("Arrived now (Ctrl+2)"));

    connect(m_ui->choosePersonButton, &QPushButton::clicked, this, [this] {
        PersonPickerDialog picker(m_session.services().persons, m_session.actor(), {}, this);
        if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
            setPerson(picker.personId(), picker.personName());
    });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &EmergencyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EmergencyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->municipalityEdit->setFocus();
}

EmergencyDialog::EmergencyDialog(Session &session, const PlaceCompleters &places,
                                 const SocialEmergency &editing, QWidget *parent)
    : EmergencyDialog(session, places, parent)
{
    m_editing = editing;
    setWindowTitle(tr("Emergency received %1").arg(showInstant(editing.receivedAt)));
    m_ui->receivedEdit->setText(showInstant(editing.receivedAt));
    m_ui->municipalityEdit->setText(m_places.municipalityLabel(editing.municipalityCode));
    setComboValue(m_ui->channelCombo, editing.channel);
    setComboValue(m_ui->reporterCombo, editing.reporter);
    m_ui->reporterNameEdit->setText(editing.reporterName);
    m_ui->reporterContactEdit->setText(editing.reporterContact);
    setComboValue(m_ui->kindCombo, editing.kind);
    setComboValue(m_ui->triageCombo, editing.triage);
    m_ui->descriptionEdit->setText(editing.personDescription);
    m_ui->provisionalSurnameEdit->setText(editing.provisionalSurname);
    m_ui->provisionalGivenNameEdit->setText(editing.provisionalGivenName);
    m_ui->workerCombo->setCurrentIndex(std::max(0, m_ui->workerCombo->findData(editing.workerId)));
    m_ui->workerLabel->setToolTip(QString());
    m_ui->activatedEdit->setText(showInstant(editing.activatedAt));
    m_ui->arrivedEdit->setText(showInstant(editing.arrivedAt));
    m_ui->actionsEdit->setPlainText(editing.actions);
    m_ui->placementCheck->setChecked(editing.urgentPlacement);
    m_ui->outcomeEdit->setPlainText(editing.outcome);
    if (editing.identified()) {
        // Identification is written once, through its own act.
        setPerson(editing.personId, editing.personName);
        m_ui->choosePersonButton->setEnabled(false);
    }
    // What is usually missing at the time of the call.
    (editing.arrivedAt.isValid() ? static_cast<QWidget *>(m_ui->outcomeEdit) : m_ui->arrivedEdit)->setFocus();
}

EmergencyDialog::~EmergencyDialog() = default;

void EmergencyDialog::setPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_ui->personStateLabel->setText(personId > 0 ? name : tr("Not identified"));
}

QString EmergencyDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void EmergencyDialog::refuse(const QString &message, QWidget *focus)
{
    m_ui->messageLabel->setText(message);
    if (focus)
        focus->setFocus();
}

QWidget *EmergencyDialog::widgetFor(const QString &field) const
{
    const QHash<QString, QWidget *> widgets{{QStringLiteral("receivedAt"), m_ui->receivedEdit},
                                            {QStringLiteral("municipality"), m_ui->municipalityEdit},
                                            {QStringLiteral("reporterName"), m_ui->reporterNameEdit},
                                            {QStringLiteral("reporterContact"), m_ui->reporterContactEdit},
                                            {QStringLiteral("worker"), m_ui->workerCombo},
                                            {QStringLiteral("activatedAt"), m_ui->activatedEdit},
                                            {QStringLiteral("arrivedAt"), m_ui->arrivedEdit},
                                            {QStringLiteral("actions"), m_ui->actionsEdit},
                                            {QStringLiteral("outcome"), m_ui->outcomeEdit},
                                            {QStringLiteral("personDescription"), m_ui->descriptionEdit},
                                            {QStringLiteral("person"), m_ui->choosePersonButton}};
    return widgets.value(field);
}

std::optional<SocialEmergency> EmergencyDialog::readForm()
{
    SocialEmergency d;
    const auto instant = [this](QLineEdit *edit, bool required, QDateTime &into) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() && !required)
            return true;
        into = parseInstant(text);
        if (into.isValid())
            return true;
        refuse(tr("Write the time as dd/mm/yyyy hh:mm."), edit);
        return false;
    };
    if (!instant(m_ui->receivedEdit, true, d.receivedAt) ||
        !instant(m_ui->activatedEdit, false, d.activatedAt) ||
        !instant(m_ui->arrivedEdit, false, d.arrivedAt))
        return std::nullopt;
    const auto municipality = m_places.municipalityCode(m_ui->municipalityEdit->text());
    if (!municipality) {
        refuse(tr("The Comune is not in the ISTAT list."), m_ui->municipalityEdit);
        return std::nullopt;
    }
    d.municipalityCode = *municipality;
    d.channel = comboValue<EmergencyChannel>(m_ui->channelCombo);
    d.reporter = comboValue<EmergencyReporter>(m_ui->reporterCombo);
    d.reporterName = m_ui->reporterNameEdit->text();
    d.reporterContact = m_ui->reporterContactEdit->text();
    d.kind = comboValue<EmergencyKind>(m_ui->kindCombo);
    d.triage = comboValue<EmergencyTriage>(m_ui->triageCombo);
    d.personDescription = m_ui->descriptionEdit->text();
    d.provisionalSurname = m_ui->provisionalSurnameEdit->text();
    d.provisionalGivenName = m_ui->provisionalGivenNameEdit->text();
    d.personId = m_personId;
    d.workerId = m_ui->workerCombo->currentData().toLongLong();
    d.actions = m_ui->actionsEdit->toPlainText();
    d.urgentPlacement = m_ui->placementCheck->isChecked();
    d.outcome = m_ui->outcomeEdit->toPlainText();
    return d;
}

void EmergencyDialog::accept()
{
    const auto draft = readForm();
    if (!draft)
        return;
    if (const QList<FieldIssue> issues = m_session.services().prontoIntervento.validate(*draft);
        !issues.isEmpty()) {
        refuse(issues.first().message, widgetFor(issues.first().field));
        return;
    }
    Result<SocialEmergency> saved = Error{};
    if (m_editing) {
        // Identification and handover stay as they are; the service changes only what the form shows.
        SocialEmergency changed = *m_editing;
        const SocialEmergency &typed = *draft;
        // The form shows minutes: an instant left as shown keeps its seconds (the response times use them).
        const auto kept = [](const QDateTime &was, const QDateTime &now) {
            return was.isValid() && now.isValid() && showInstant(was) == showInstant(now) ? was : now;
        };
        changed.receivedAt = kept(m_editing->receivedAt, typed.receivedAt);
        changed.municipalityCode = typed.municipalityCode;
        changed.channel = typed.channel;
        changed.reporter = typed.reporter;
        changed.reporterName = typed.reporterName;
        changed.reporterContact = typed.reporterContact;
        changed.kind = typed.kind;
        changed.triage = typed.triage;
        changed.personDescription = typed.personDescription;
        changed.provisionalSurname = typed.provisionalSurname;
        changed.provisionalGivenName = typed.provisionalGivenName;
        changed.workerId = typed.workerId;
        changed.activatedAt = kept(m_editing->activatedAt, typed.activatedAt);
        changed.arrivedAt = kept(m_editing->arrivedAt, typed.arrivedAt);
        changed.actions = typed.actions;
        changed.urgentPlacement = typed.urgentPlacement;
        changed.outcome = typed.outcome;
        saved = m_session.services().prontoIntervento.update(changed, m_session.actor());
    } else {
        saved = m_session.services().prontoIntervento.record(*draft, m_session.actor());
    }
    if (!saved) {
        const Error &error = saved.error();
        refuse(error.message, error.fields.isEmpty() ? nullptr : widgetFor(error.fields.first().field));
        return;
    }
    m_ui->messageLabel->clear();
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace cartella::gui
