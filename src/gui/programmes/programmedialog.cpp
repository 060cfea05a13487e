// SPDX-License-Identifier: EUPL-1.2
#include "gui/programmes/programmedialog.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/session.h"
#include "ui_programmedialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

} // namespace

ProgrammeDialog::ProgrammeDialog(Session &session, qint64 programmeId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProgrammeDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->areaCombo->addItem(tr("Any area"), QString());
    fillCombo<CaseArea>(m_ui->areaCombo);
    fillCombo<ProgrammeTeamRole>(m_ui->roleCombo);
    for (const LeaveReason r : Vocabulary<LeaveReason>::values()) {
        if (r != LeaveReason::ProgrammeEnded) // given by closing the project only
            m_ui->reasonCombo->addItem(Vocabulary<LeaveReason>::label(r), Vocabulary<LeaveReason>::code(r));
    }
    addActiveWorkers(m_ui->workerCombo, m_session.services().cases.workers(m_session.actor()));
    setUpTable(m_ui->teamTable, {tr("Worker"), tr("Role"), tr("From"), tr("To")});
    setUpTable(m_ui->enrolmentsTable, {tr("Case"), tr("Person"), tr("Joined"), tr("Left"), tr("Reason")});
    const QString today = showDate(officeToday());
    m_ui->teamDateEdit->setText(today);
    m_ui->joinedEdit->setText(today);
    m_ui->leftEdit->setText(today);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProgrammeDialog::save);
    connect(m_ui->closeProjectButton, &QPushButton::clicked, this, &ProgrammeDialog::closeProject);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &ProgrammeDialog::addMember);
    connect(m_ui->endMemberButton, &QPushButton::clicked, this, &ProgrammeDialog::endMember);
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &ProgrammeDialog::enrol);
    connect(m_ui->enrolPersonButton, &QPushButton::clicked, this, &ProgrammeDialog::enrolPerson);
    connect(m_ui->dischargeButton, &QPushButton::clicked, this, &ProgrammeDialog::discharge);
    connect(m_ui->caseSearchEdit, &QLineEdit::textChanged, this, &ProgrammeDialog::findCases);
    connect(m_ui->teamTable, &QTableWidget::itemSelectionChanged, this, &ProgrammeDialog::updateButtons);
    connect(m_ui->enrolmentsTable, &QTableWidget::itemSelectionChanged, this,
            &ProgrammeDialog::updateButtons);
    findCases({});
    if (programmeId > 0)
        load(programmeId);
    else
        m_ui->startsEdit->setText(today);
    fill();
}

ProgrammeDialog::~ProgrammeDialog() = default;

void ProgrammeDialog::load(qint64 programmeId)
{
    const auto p = m_session.services().programmes.get(programmeId, m_session.actor());
    if (!p) {
        m_ui->messageLabel->setText(p.error().message);
        return;
    }
    m_programme = p.value();
    const auto e = m_session.services().programmes.enrolments(programmeId, m_session.actor());
    m_enrolments = e ? e.value() : QList<Enrolment>{};
}

void ProgrammeDialog::fill()
{
    const Programme &p = m_programme;
    setWindowTitle(p.id > 0 ? tr("Project: %1").arg(p.name) : tr("New project"));
    if (p.id > 0) {
        m_ui->nameEdit->setText(p.name);
        m_ui->funderEdit->setText(p.funder);
        m_ui->areaCombo->setCurrentIndex(
            p.area ? m_ui->areaCombo->findData(Vocabulary<CaseArea>::code(*p.area)) : 0);
        m_ui->startsEdit->setText(showDate(p.startsOn));
        m_ui->endsEdit->setText(showDate(p.endsOn));
        m_ui->descriptionEdit->setPlainText(p.description);
    }
    int open = 0;
    for (const Enrolment &e : m_enrolments)
        open += e.open() ? 1 : 0;
    m_ui->statusLabel->setText(p.id == 0 ? tr("Save the project first; then set its team and enrol cases.")
                               : p.status == ProgrammeStatus::Closed
                                   ? tr("Closed on %1. %n enrolment(s).", nullptr, int(m_enrolments.size()))
                                         .arg(showDate(p.closedOn))
                                   : tr("Active. %n enrolled now", nullptr, open) +
                                         tr(", %n enrolment(s) in all.", nullptr, int(m_enrolments.size())));
    fillTeam();
    fillEnrolments();
    updateButtons();
}

void ProgrammeDialog::fillTeam()
{
    const QList<ProgrammeTeamMember> &team = m_programme.team;
    m_ui->teamTable->setRowCount(int(team.size()));
    for (int i = 0; i < team.size(); ++i) {
        const ProgrammeTeamMember &m = team.at(i);
        m_ui->teamTable->setItem(i, 0, new QTableWidgetItem(m.workerName));
        m_ui->teamTable->setItem(i, 1, new QTableWidgetItem(Vocabulary<ProgrammeTeamRole>::label(m.role)));
        m_ui->teamTable->setItem(i, 2, new QTableWidgetItem(showDate(m.fromOn)));
        m_ui->teamTable->setItem(i, 3, new QTableWidgetItem(showDate(m.toOn)));
    }
}

void ProgrammeDialog::fillEnrolments()
{
    m_ui->enrolmentsTable->setRowCount(int(m_enrolments.size()));
    for (int i = 0; i < m_enrolments.size(); ++i) {
        const Enrolment &e = m_enrolments.at(i);
        m_ui->enrolmentsTable->setItem(i, 0, new QTableWidgetItem(e.caseId ? e.caseNumber : tr("(no case)")));
        m_ui->enrolmentsTable->setItem(i, 1, new QTableWidgetItem(e.personName));
        m_ui->enrolmentsTable->setItem(i, 2, new QTableWidgetItem(showDate(e.joinedOn)));
        m_ui->enrolmentsTable->setItem(i, 3, new QTableWidgetItem(showDate(e.leftOn)));
        m_ui->enrolmentsTable->setItem(
            i, 4,
            new QTableWidgetItem(e.leaveReason ? Vocabulary<LeaveReason>::label(*e.leaveReason) : QString()));
    }
}

void ProgrammeDialog::updateButtons()
{
    const bool saved = m_programme.id > 0;
    const bool active = !saved || m_programme.status == ProgrammeStatus::Active;
    const bool manage = m_session.may(Operation::ManageProgrammes) && active;
    const bool enrol = saved && active && m_session.may(Operation::EnrolInProgrammes);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->funderEdit),
                       static_cast<QWidget *>(m_ui->areaCombo), static_cast<QWidget *>(m_ui->startsEdit),
                       static_cast<QWidget *>(m_ui->endsEdit), static_cast<QWidget *>(m_ui->descriptionEdit)})
        w->setEnabled(manage);
    m_ui->saveButton->setVisible(manage);
    m_ui->closeProjectButton->setVisible(manage && saved);
    m_ui->teamBox->setEnabled(saved);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->workerCombo), static_cast<QWidget *>(m_ui->roleCombo),
          static_cast<QWidget *>(m_ui->teamDateEdit), static_cast<QWidget *>(m_ui->addMemberButton),
          static_cast<QWidget *>(m_ui->endMemberButton), static_cast<QWidget *>(m_ui->workerLabel)})
        w->setVisible(manage);
    const int member = m_ui->teamTable->currentRow();
    m_ui->endMemberButton->setEnabled(member >= 0 && member < m_programme.team.size() &&
                                      !m_programme.team.at(member).toOn.isValid());
    m_ui->enrolmentsBox->setEnabled(saved);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->caseLabel), static_cast<QWidget *>(m_ui->caseSearchEdit),
                       static_cast<QWidget *>(m_ui->caseCombo), static_cast<QWidget *>(m_ui->joinedEdit),
                       static_cast<QWidget *>(m_ui->enrolButton), static_cast<QWidget *>(m_ui->leftLabel),
                       static_cast<QWidget *>(m_ui->leftEdit), static_cast<QWidget *>(m_ui->reasonCombo),
                       static_cast<QWidget *>(m_ui->dischargeButton)})
        w->setVisible(enrol);
    m_ui->enrolPersonButton->setVisible(enrol && m_session.may(Operation::ReadPersons));
    const int row = m_ui->enrolmentsTable->currentRow();
    m_ui->dischargeButton->setEnabled(row >= 0 && row < m_enrolments.size() && m_enrolments.at(row).open());
}

void ProgrammeDialog::findCases(const QString &text)
{
    m_ui->caseCombo->clear();
    if (!m_session.may(Operation::EnrolInProgrammes))
        return;
    CaseQuery query;
    query.text = text.trimmed();
    query.limit = 50;
    const auto found = m_session.services().cases.list(query, m_session.actor());
    if (!found)
        return;
    for (const CaseSummary &c : found.value()) {
        if (c.status != CaseStatus::Closed)
            m_ui->caseCombo->addItem(tr("%1 – %2").arg(c.number, c.principalName), c.id);
    }
}

bool ProgrammeDialog::refuse(const Error &error)
{
    m_ui->messageLabel->setText(error.message);
    return false;
}

bool ProgrammeDialog::refuse(const QString &message, QWidget *focus)
{
    m_ui->messageLabel->setText(message);
    if (focus)
        focus->setFocus();
    return false;
}

bool ProgrammeDialog::readDate(QWidget *edit, bool optional, QDate *out)
{
    const QString text = static_cast<QLineEdit *>(edit)->text().trimmed();
    *out = parseDate(text);
    if (out->isValid() || (optional && text.isEmpty()))
        return true;
    return refuse(tr("Write the date as dd/mm/yyyy."), edit);
}

bool ProgrammeDialog::save()
{
    ProgrammeDraft d;
    if (!readDate(m_ui->startsEdit, true, &d.startsOn) || !readDate(m_ui->endsEdit, true, &d.endsOn))
        return false;
    d.name = m_ui->nameEdit->text();
    d.funder = m_ui->funderEdit->text();
    if (const QString area = m_ui->areaCombo->currentData().toString(); !area.isEmpty())
        d.area = Vocabulary<CaseArea>::fromCode(area);
    d.description = m_ui->descriptionEdit->toPlainText();
    d.municipalities = m_programme.municipalities;
    const auto saved = m_programme.id > 0 ? m_session.services().programmes.update(
                                                m_programme.id, m_programme.version, d, m_session.actor())
                                          : m_session.services().programmes.create(d, m_session.actor());
    if (!saved) {
        const QString field = saved.error().fields.isEmpty() ? QString() : saved.error().fields.first().field;
        QWidget *focus = field == QLatin1String("name")       ? static_cast<QWidget *>(m_ui->nameEdit)
                         : field == QLatin1String("funder")   ? static_cast<QWidget *>(m_ui->funderEdit)
                         : field == QLatin1String("endsOn")   ? static_cast<QWidget *>(m_ui->endsEdit)
                         : field == QLatin1String("startsOn") ? static_cast<QWidget *>(m_ui->startsEdit)
                                                              : nullptr;
        return refuse(saved.error().message, focus);
    }
    m_changed = true;
    load(saved.value().id);
    fill();
    m_ui->messageLabel->clear();
    return true;
}

void ProgrammeDialog::closeProject()
{
    bool accepted = false;
    const QString typed = QInputDialog::getText(
        this, tr("Close the project"),
        tr("Day the project closes (dd/mm/yyyy). The enrolments still open end that day."), QLineEdit::Normal,
        showDate(officeToday()), &accepted);
    if (!accepted)
        return;
    const QDate on = parseDate(typed);
    if (!on.isValid()) {
        refuse(tr("Write the date as dd/mm/yyyy."), nullptr);
        return;
    }
    const auto closed =
        m_session.services().programmes.close(m_programme.id, m_programme.version, on, m_session.actor());
    if (!closed) {
        refuse(closed.error());
        return;
    }
    m_changed = true;
    load(m_programme.id);
    fill();
    m_ui->messageLabel->clear();
}

bool ProgrammeDialog::addMember()
{
    QDate from;
    if (!readDate(m_ui->teamDateEdit, false, &from))
        return false;
    if (m_ui->workerCombo->currentIndex() < 0)
        return refuse(tr("Choose the worker."), m_ui->workerCombo);
    const auto added = m_session.services().programmes.addTeamMember(
        m_programme.id, m_ui->workerCombo->currentData().toLongLong(),
        comboValue<ProgrammeTeamRole>(m_ui->roleCombo), from, m_session.actor());
    if (!added)
        return refuse(added.error());
    m_changed = true;
    m_programme = added.value();
    fill();
    m_ui->messageLabel->clear();
    return true;
}

bool ProgrammeDialog::endMember()
{
    const int row = m_ui->teamTable->currentRow();
    if (row < 0 || row >= m_programme.team.size())
        return refuse(tr("Choose the team member who leaves."), m_ui->teamTable);
    QDate to;
    if (!readDate(m_ui->teamDateEdit, false, &to))
        return false;
    const auto ended = m_session.services().programmes.endTeamMember(
        m_programme.id, m_programme.team.at(row).id, to, m_session.actor());
    if (!ended)
        return refuse(ended.error());
    m_changed = true;
    m_programme = ended.value();
    fill();
    m_ui->messageLabel->clear();
    return true;
}

bool ProgrammeDialog::enrol()
{
    if (m_ui->caseCombo->currentIndex() < 0)
        return refuse(tr("Find the case to enrol by its number or a member's name."), m_ui->caseSearchEdit);
    QDate joined;
    if (!readDate(m_ui->joinedEdit, false, &joined))
        return false;
    const auto made = m_session.services().programmes.enrol(
        {m_programme.id, m_ui->caseCombo->currentData().toLongLong(), std::nullopt, joined},
        m_session.actor());
    if (!made)
        return refuse(made.error().message, m_ui->joinedEdit);
    m_changed = true;
    load(m_programme.id);
    fill();
    m_ui->messageLabel->clear();
    return true;
}

void ProgrammeDialog::enrolPerson()
{
    PersonPickerDialog picker(m_session.services().persons, m_session.actor(), {}, this);
    picker.setWindowTitle(tr("Enrol a person in %1").arg(m_programme.name));
    if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
        enrolPersonId(picker.personId());
}

bool ProgrammeDialog::enrolPersonId(qint64 personId)
{
    QDate joined;
    if (!readDate(m_ui->joinedEdit, false, &joined))
        return false;
    const auto made = m_session.services().programmes.enrol({m_programme.id, std::nullopt, personId, joined},
                                                            m_session.actor());
    if (!made)
        return refuse(made.error().message, m_ui->joinedEdit);
    m_changed = true;
    load(m_programme.id);
    fill();
    m_ui->messageLabel->clear();
    return true;
}

bool ProgrammeDialog::discharge()
{
    const int row = m_ui->enrolmentsTable->currentRow();
    if (row < 0 || row >= m_enrolments.size())
        return refuse(tr("Choose the enrolment that ends."), m_ui->enrolmentsTable);
    QDate left;
    if (!readDate(m_ui->leftEdit, false, &left))
        return false;
    const Enrolment &e = m_enrolments.at(row);
    const auto done = m_session.services().programmes.discharge(
        e.id, e.version, left, comboValue<LeaveReason>(m_ui->reasonCombo), m_session.actor());
    if (!done)
        return refuse(done.error().message, m_ui->leftEdit);
    m_changed = true;
    load(m_programme.id);
    fill();
    m_ui->messageLabel->clear();
    return true;
}

} // namespace cartella::gui
