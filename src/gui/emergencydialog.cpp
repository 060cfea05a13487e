#include "emergencydialog.h"

#include "personpickerdialog.h"
#include "pisformat.h"
#include "placecompleters.h"
#include "ui_emergencydialog.h"

#include <QPushButton>
#include <QShortcut>

namespace cartella::gui {

using namespace cartella::domain;

EmergencyDialog::EmergencyDialog(Services services, const PlaceCompleters &places, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmergencyDialog>()), m_services(std::move(services)),
      m_places(places)
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
    addActiveWorkers(m_ui->workerCombo, m_services.cases.workers(m_services.actor));
    if (const auto onCall = m_services.prontoIntervento.onCallAt(now, m_services.actor);
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
        PersonPickerDialog picker(m_services.persons, m_services.actor, {}, this);
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
    if (const QList<FieldIssue> issues = m_services.prontoIntervento.validate(*draft); !issues.isEmpty()) {
        refuse(issues.first().message, widgetFor(issues.first().field));
        return;
    }
    const auto saved = m_services.prontoIntervento.record(*draft, m_services.actor);
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
