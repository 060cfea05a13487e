// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/mandatedialogs.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_mandatedialog.h"
#include "ui_mandatetaskdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

QString firstField(const Error &e)
{
    return e.fields.isEmpty() ? QString() : e.fields.first().field;
}

} // namespace

MandateDialog::MandateDialog(Session &session, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MandateDialog>()), m_session(session), m_caseId(caseId)
{
    m_ui->setupUi(this);
    fillCombo<MandateAuthority>(m_ui->authorityCombo);
    fillCombo<MandateTaskKind>(m_ui->taskKindCombo);
    for (const MandateMeasure m : Vocabulary<MandateMeasure>::values()) {
        auto *item = new QListWidgetItem(Vocabulary<MandateMeasure>::label(m), m_ui->measuresList);
        item->setData(Qt::UserRole, Vocabulary<MandateMeasure>::code(m));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->tasksTable->setColumnCount(3);
    m_ui->tasksTable->setHorizontalHeaderLabels({tr("Task"), tr("Due by"), tr("Description")});
    m_ui->tasksTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->tasksTable->verticalHeader()->hide();
    m_ui->tasksTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->tasksTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord decree"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MandateDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addTaskButton, &QPushButton::clicked, this, &MandateDialog::addTask);
    connect(m_ui->taskDescriptionEdit, &QLineEdit::returnPressed, this, &MandateDialog::addTask);
    connect(m_ui->removeTaskButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->tasksTable->currentRow();
        if (row >= 0 && row < m_tasks.size()) {
            m_tasks.removeAt(row);
            fillTasks();
        }
    });
}

MandateDialog::MandateDialog(Session &session, const CourtMandate &correcting, QWidget *parent)
    : MandateDialog(session, correcting.caseId, parent)
{
    m_correcting = correcting;
    setWindowTitle(tr("Correct the decree"));
    m_ui->tasksGroup->hide();
    setComboValue(m_ui->authorityCombo, correcting.authority);
    m_ui->numberEdit->setText(correcting.decreeNumber);
    m_ui->dateEdit->setText(showDate(correcting.decreeDate));
    for (int i = 0; i < m_ui->measuresList->count(); ++i) {
        QListWidgetItem *item = m_ui->measuresList->item(i);
        const auto measure = Vocabulary<MandateMeasure>::fromCode(item->data(Qt::UserRole).toString());
        item->setCheckState(correcting.measures.contains(measure) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->otherEdit->setText(correcting.otherMeasure);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Save &correction"));
    adjustSize();
}

MandateDialog::~MandateDialog() = default;

bool MandateDialog::addTask()
{
    const QDate due = parseDate(m_ui->taskDueEdit->text());
    if (!due.isValid()) {
        m_ui->messageLabel->setText(tr("Write the task's due date as dd/mm/yyyy."));
        m_ui->taskDueEdit->setFocus();
        return false;
    }
    m_tasks.append(
        {comboValue<MandateTaskKind>(m_ui->taskKindCombo), m_ui->taskDescriptionEdit->text().trimmed(), due});
    m_ui->taskDueEdit->clear();
    m_ui->taskDescriptionEdit->clear();
    m_ui->messageLabel->clear();
    fillTasks();
    m_ui->taskKindCombo->setFocus();
    return true;
}

void MandateDialog::fillTasks()
{
    m_ui->tasksTable->setRowCount(int(m_tasks.size()));
    for (int i = 0; i < m_tasks.size(); ++i) {
        const MandateTaskDraft &t = m_tasks.at(i);
        m_ui->tasksTable->setItem(i, 0, new QTableWidgetItem(Vocabulary<MandateTaskKind>::label(t.kind)));
        m_ui->tasksTable->setItem(i, 1, new QTableWidgetItem(showDate(t.dueOn)));
        m_ui->tasksTable->setItem(i, 2, new QTableWidgetItem(t.description));
    }
    m_ui->tasksTable->resizeColumnToContents(0);
}

void MandateDialog::accept()
{
    // A task typed in the row but not yet added is part of what the user means to record.
    if (!m_ui->taskDueEdit->text().trimmed().isEmpty() && !addTask())
        return;
    const QDate date = parseDate(m_ui->dateEdit->text());
    if (!m_ui->dateEdit->text().trimmed().isEmpty() && !date.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->dateEdit->setFocus();
        return;
    }
    MandateDraft draft;
    draft.caseId = m_caseId;
    draft.authority = comboValue<MandateAuthority>(m_ui->authorityCombo);
    draft.decreeNumber = m_ui->numberEdit->text().trimmed();
    draft.decreeDate = date;
    for (int i = 0; i < m_ui->measuresList->count(); ++i) {
        const QListWidgetItem *item = m_ui->measuresList->item(i);
        if (item->checkState() == Qt::Checked)
            draft.measures.append(Vocabulary<MandateMeasure>::fromCode(item->data(Qt::UserRole).toString()));
    }
    draft.otherMeasure = m_ui->otherEdit->text().trimmed();
    draft.tasks = m_tasks;
    const auto recorded = m_correcting
                              ? m_session.services().mandates.update(m_correcting->id, m_correcting->version,
                                                                     draft, m_session.actor())
                              : m_session.services().mandates.record(draft, m_session.actor());
    if (!recorded) {
        m_ui->messageLabel->setText(recorded.error().message);
        const QString field = firstField(recorded.error());
        if (field.contains(QLatin1String("number"), Qt::CaseInsensitive))
            m_ui->numberEdit->setFocus();
        else if (field.contains(QLatin1String("date"), Qt::CaseInsensitive))
            m_ui->dateEdit->setFocus();
        else if (field.contains(QLatin1String("other"), Qt::CaseInsensitive))
            m_ui->otherEdit->setFocus();
        else if (field.contains(QLatin1String("measure"), Qt::CaseInsensitive))
            m_ui->measuresList->setFocus();
        return;
    }
    m_recorded = recorded.value();
    QDialog::accept();
}

MandateTaskDialog::MandateTaskDialog(Session &session, Kind kind, const CourtMandate &mandate,
                                     const MandateTask &task, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MandateTaskDialog>()), m_session(session), m_kind(kind),
      m_mandate(mandate), m_task(task)
{
    m_ui->setupUi(this);
    fillCombo<MandateTaskKind>(m_ui->kindCombo);
    const QString decree = tr("Decree %1 of %2, %3")
                               .arg(mandate.decreeNumber, showDate(mandate.decreeDate),
                                    Vocabulary<MandateAuthority>::label(mandate.authority));
    const bool adding = kind == Kind::AddTask;
    m_ui->kindLabel->setVisible(adding);
    m_ui->kindCombo->setVisible(adding);
    m_ui->textLabel->setVisible(kind != Kind::Complete);
    m_ui->textEdit->setVisible(kind != Kind::Complete);
    switch (kind) {
    case Kind::AddTask:
        setWindowTitle(tr("A further task of the decree"));
        m_ui->summaryLabel->setText(decree);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add task"));
        break;
    case Kind::ChangeDueDate:
        setWindowTitle(tr("Change the due date"));
        m_ui->summaryLabel->setText(
            tr("%1, due by %2.\n%3")
                .arg(Vocabulary<MandateTaskKind>::label(task.kind), showDate(task.dueOn), decree));
        m_ui->dateLabel->setText(tr("New &due date"));
        m_ui->textLabel->setText(tr("&Reason"));
        m_ui->textEdit->setPlaceholderText(
            tr("Why the date changes, e.g. the court's extension and its date"));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change date"));
        break;
    case Kind::Complete:
        setWindowTitle(tr("Task done"));
        m_ui->summaryLabel->setText(
            tr("%1, due by %2.\n%3")
                .arg(Vocabulary<MandateTaskKind>::label(task.kind), showDate(task.dueOn), decree));
        m_ui->dateLabel->setText(tr("Done &on"));
        m_ui->dateEdit->setText(domain::officeToday().toString(kDateFormat));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark as done"));
        break;
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MandateTaskDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (adding ? static_cast<QWidget *>(m_ui->kindCombo) : m_ui->dateEdit)->setFocus();
}

MandateTaskDialog::~MandateTaskDialog() = default;

void MandateTaskDialog::accept()
{
    const QDate date = parseDate(m_ui->dateEdit->text());
    if (!date.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->dateEdit->setFocus();
        return;
    }
    const QString text = m_ui->textEdit->toPlainText().trimmed();
    Result<CourtMandate> done = Error{};
    switch (m_kind) {
    case Kind::AddTask:
        done = m_session.services().mandates.addTask(
            m_mandate.id, {comboValue<MandateTaskKind>(m_ui->kindCombo), text, date}, m_session.actor());
        break;
    case Kind::ChangeDueDate:
        done = m_session.services().mandates.changeDueDate(m_task.id, m_task.version, date, text,
                                                           m_session.actor());
        break;
    case Kind::Complete:
        done = m_session.services().mandates.completeTask(m_task.id, m_task.version, date, m_session.actor());
        break;
    }
    if (!done) {
        m_ui->messageLabel->setText(done.error().message);
        if (firstField(done.error()).contains(QLatin1String("reason"), Qt::CaseInsensitive))
            m_ui->textEdit->setFocus();
        else
            m_ui->dateEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cartella::gui
