// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/intakedialog.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "ui_intakedialog.h"
#include "ui_opencasedialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

void showMessage(QLabel *label, const QString &message)
{
    label->setStyleSheet(QStringLiteral("color: #a93226;"));
    label->setText(message);
}

} // namespace

IntakeDialog::IntakeDialog(Session &session, const PlaceCompleters &places, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IntakeDialog>()), m_session(session), m_places(places)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->dateEdit->setText(showDate(domain::officeToday()));
    fillCombo<ContactChannel>(m_ui->channelCombo);
    fillCombo<CaseArea>(m_ui->areaCombo);
    setComboValue(m_ui->areaCombo, CaseArea::AdultHardship);
    for (const IntakeOutcome o : Vocabulary<IntakeOutcome>::values()) {
        if (o != IntakeOutcome::CaseOpened) // a case is opened from the saved contact
            m_ui->outcomeCombo->addItem(Vocabulary<IntakeOutcome>::label(o),
                                        Vocabulary<IntakeOutcome>::code(o));
    }
    m_places.attachMunicipalityCompleter(m_ui->municipalityEdit);
    const auto updateReferred = [this] {
        const bool referred = comboValue<IntakeOutcome>(m_ui->outcomeCombo) == IntakeOutcome::Referred;
        m_ui->referredToEdit->setEnabled(referred);
        m_ui->referredToLabel->setEnabled(referred);
    };
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, updateReferred);
    updateReferred();
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, [this] {
        PersonPickerDialog picker(m_session.services().persons, m_session.actor(), {}, this);
        if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
            addPerson(picker.personId(), picker.personName());
    });
    connect(m_ui->removePersonButton, &QPushButton::clicked, this,
            [this] { delete m_ui->personsList->currentItem(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::addPerson(qint64 personId, const QString &name)
{
    for (int i = 0; i < m_ui->personsList->count(); ++i) {
        if (m_ui->personsList->item(i)->data(Qt::UserRole).toLongLong() == personId)
            return;
    }
    auto *item = new QListWidgetItem(name, m_ui->personsList);
    item->setData(Qt::UserRole, personId);
}

void IntakeDialog::setRequest(const QString &text)
{
    m_ui->requestEdit->setPlainText(text);
}

QString IntakeDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool IntakeDialog::save()
{
    IntakeContact draft;
    const QString typedDate = m_ui->dateEdit->text().trimmed();
    draft.contactDate = parseDate(typedDate);
    if (!draft.contactDate.isValid()) {
        showMessage(m_ui->messageLabel, tr("Write the date as dd/mm/yyyy."));
        m_ui->dateEdit->setFocus();
        return false;
    }
    const auto municipality = m_places.municipalityCode(m_ui->municipalityEdit->text());
    if (!municipality) {
        showMessage(m_ui->messageLabel, tr("The Comune is not in the ISTAT list."));
        m_ui->municipalityEdit->setFocus();
        return false;
    }
    draft.channel = comboValue<ContactChannel>(m_ui->channelCombo);
    draft.area = comboValue<CaseArea>(m_ui->areaCombo);
    draft.municipalityCode = *municipality;
    for (int i = 0; i < m_ui->personsList->count(); ++i)
        draft.personIds.append(m_ui->personsList->item(i)->data(Qt::UserRole).toLongLong());
    draft.visitor = m_ui->visitorEdit->text();
    draft.request = m_ui->requestEdit->toPlainText();
    draft.response = m_ui->responseEdit->toPlainText();
    draft.outcome = comboValue<IntakeOutcome>(m_ui->outcomeCombo);
    draft.referredTo = m_ui->referredToEdit->text();
    const auto saved = m_session.services().intakes.record(draft, m_session.actor());
    if (!saved) {
        showMessage(m_ui->messageLabel, saved.error().message);
        return false;
    }
    m_saved = saved.value();
    return true;
}

OpenCaseDialog::OpenCaseDialog(Session &session, const PlaceCompleters &places, const IntakeContact &intake,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OpenCaseDialog>()), m_session(session), m_places(places),
      m_intake(intake)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setText(
        tr("A case opens with the people of the contact of %1. The request becomes the case "
           "notes and the first diary entry.")
            .arg(showDate(intake.contactDate)));
    fillCombo<CaseArea>(m_ui->areaCombo);
    setComboValue(m_ui->areaCombo, intake.area);
    fillCombo<ReferralSource>(m_ui->referralCombo);
    setComboValue(m_ui->referralCombo, intake.channel == ContactChannel::Referral
                                           ? ReferralSource::OtherService
                                           : ReferralSource::Spontaneous);
    fillCombo<CasePriority>(m_ui->priorityCombo);
    m_places.attachMunicipalityCompleter(m_ui->municipalityEdit);
    m_ui->municipalityEdit->setText(m_places.municipalityLabel(intake.municipalityCode));
    addActiveWorkers(m_ui->responsibleCombo, m_session.services().cases.workers(m_session.actor()));
    m_ui->membersTable->setColumnCount(2);
    m_ui->membersTable->setHorizontalHeaderLabels({tr("Person"), tr("Role")});
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->membersTable->setColumnWidth(1, 240);
    m_ui->membersTable->verticalHeader()->hide();
    for (int i = 0; i < intake.personIds.size(); ++i)
        addMemberRow(intake.personIds.at(i), intake.personNames.value(i),
                     i == 0 ? MemberRole::PrincipalBeneficiary : MemberRole::FamilyMember);
    if (intake.personIds.isEmpty())
        showMessage(m_ui->messageLabel,
                    tr("Nobody from the registry is linked to this contact: add the person it is "
                       "about (register them first if needed)."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!intake.personIds.isEmpty());
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, [this] {
        PersonPickerDialog picker(m_session.services().persons, m_session.actor(), {}, this);
        if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
            addMemberRow(picker.personId(), picker.personName(),
                         m_ui->membersTable->rowCount() == 0 ? MemberRole::PrincipalBeneficiary
                                                             : MemberRole::FamilyMember);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (openCase())
            accept();
    });
}

OpenCaseDialog::~OpenCaseDialog() = default;

void OpenCaseDialog::addMemberRow(qint64 personId, const QString &name, MemberRole role)
{
    for (int i = 0; i < m_ui->membersTable->rowCount(); ++i) {
        if (m_ui->membersTable->item(i, 0)->data(Qt::UserRole).toLongLong() == personId)
            return;
    }
    const int row = m_ui->membersTable->rowCount();
    m_ui->membersTable->insertRow(row);
    auto *item = new QTableWidgetItem(name);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setData(Qt::UserRole, personId);
    m_ui->membersTable->setItem(row, 0, item);
    auto *roleCombo = new QComboBox(m_ui->membersTable);
    fillCombo<MemberRole>(roleCombo);
    setComboValue(roleCombo, role);
    m_ui->membersTable->setCellWidget(row, 1, roleCombo);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
}

QString OpenCaseDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool OpenCaseDialog::openCase()
{
    const auto municipality = m_places.municipalityCode(m_ui->municipalityEdit->text());
    Case draft;
    draft.area = comboValue<CaseArea>(m_ui->areaCombo);
    draft.municipalityCode = municipality.value_or(m_ui->municipalityEdit->text());
    draft.responsibleWorkerId = m_ui->responsibleCombo->currentData().toLongLong();
    draft.referralSource = comboValue<ReferralSource>(m_ui->referralCombo);
    draft.priority = comboValue<CasePriority>(m_ui->priorityCombo);
    for (int i = 0; i < m_ui->membersTable->rowCount(); ++i) {
        const auto *role = qobject_cast<QComboBox *>(m_ui->membersTable->cellWidget(i, 1));
        draft.members.append({m_ui->membersTable->item(i, 0)->data(Qt::UserRole).toLongLong(),
                              comboValue<MemberRole>(role),
                              {}});
    }
    const auto opened =
        m_session.services().intakes.openCase(m_intake.id, m_intake.stamp.version, draft, m_session.actor());
    if (!opened) {
        showMessage(m_ui->messageLabel, opened.error().message);
        return false;
    }
    m_caseId = opened.value().id;
    return true;
}

} // namespace cartella::gui
