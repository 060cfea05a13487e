// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/mandatespanel.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/minori/mandatedialogs.h"
#include "gui/minori/probationdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

enum TaskColumn
{
    KindColumn,
    DueColumn,
    StateColumn,
    DescriptionColumn,
    TaskColumnCount
};

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    return table;
}

QString measuresText(const CourtMandate &m)
{
    QStringList out;
    for (const MandateMeasure measure : m.measures)
        out << (measure == MandateMeasure::Other && !m.otherMeasure.isEmpty()
                    ? m.otherMeasure
                    : Vocabulary<MandateMeasure>::label(measure));
    return out.join(QStringLiteral("; "));
}

} // namespace

MandatesPanel::MandatesPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_decrees(makeTable(QStringLiteral("decreesTable"),
                          {tr("Decree of"), tr("Authority"), tr("Number"), tr("Measures")}, this)),
      m_tasks(makeTable(QStringLiteral("tasksTable"),
                        {tr("Task"), tr("Due by"), tr("State"), tr("Description")}, this)),
      m_newDecree(new QPushButton(tr("New &decree…"), this)),
      m_correct(new QPushButton(tr("Correc&t decree…"), this)),
      m_addTask(new QPushButton(tr("Fu&rther task…"), this)),
      m_probation(new QPushButton(tr("Messa alla &prova…"), this)),
      m_changeDue(new QPushButton(tr("C&hange due date…"), this)),
      m_complete(new QPushButton(tr("&Mark task done…"), this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_newDecree->setObjectName(QStringLiteral("newDecreeButton"));
    m_correct->setObjectName(QStringLiteral("correctDecreeButton"));
    m_addTask->setObjectName(QStringLiteral("addTaskButton"));
    m_probation->setObjectName(QStringLiteral("probationButton"));
    m_changeDue->setObjectName(QStringLiteral("changeDueButton"));
    m_complete->setObjectName(QStringLiteral("completeTaskButton"));
    const bool mayEdit = m_session.may(Operation::EditMandates);
    for (QPushButton *b : {m_newDecree, m_correct, m_addTask, m_probation, m_changeDue, m_complete})
        b->setVisible(mayEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newDecree);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_addTask);
    buttons->addStretch(1);
    buttons->addWidget(m_probation);
    buttons->addWidget(m_changeDue);
    buttons->addWidget(m_complete);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_decrees);
    splitter->addWidget(m_tasks);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_decrees, &QTableWidget::currentCellChanged, this, [this] {
        fillTasks();
        updateButtons();
    });
    connect(m_tasks, &QTableWidget::currentCellChanged, this, &MandatesPanel::updateButtons);
    connect(m_newDecree, &QPushButton::clicked, this, &MandatesPanel::newDecree);
    connect(m_correct, &QPushButton::clicked, this, &MandatesPanel::correctDecree);
    connect(m_addTask, &QPushButton::clicked, this, &MandatesPanel::addTask);
    connect(m_probation, &QPushButton::clicked, this, &MandatesPanel::probation);
    connect(m_changeDue, &QPushButton::clicked, this, &MandatesPanel::changeDueDate);
    connect(m_complete, &QPushButton::clicked, this, &MandatesPanel::completeTask);
    updateButtons();
}

void MandatesPanel::showCase(const Case &c)
{
    m_case = c;
    reload();
}

void MandatesPanel::reload()
{
    const qint64 shownMandate = selectedMandate() ? selectedMandate()->id : 0;
    const auto found = m_session.services().mandates.ofCase(m_case.id, m_session.actor());
    m_mandates = found ? found.value() : QList<CourtMandate>{};
    if (!found)
        m_summary->setText(found.error().message);
    else if (m_mandates.isEmpty())
        m_summary->setText(tr("No court decree for this case."));
    else
        m_summary->setText(tr("%n decree(s). Each open task is a deadline of the responsible worker.",
                              nullptr, int(m_mandates.size())));
    m_decrees->setRowCount(int(m_mandates.size()));
    int selectRow = m_mandates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_mandates.size(); ++i) {
        const CourtMandate &m = m_mandates.at(i);
        m_decrees->setItem(i, 0, new QTableWidgetItem(showDate(m.decreeDate)));
        m_decrees->setItem(i, 1, new QTableWidgetItem(Vocabulary<MandateAuthority>::label(m.authority)));
        m_decrees->setItem(i, 2, new QTableWidgetItem(m.decreeNumber));
        m_decrees->setItem(i, 3, new QTableWidgetItem(measuresText(m)));
        if (m.id == shownMandate)
            selectRow = i;
    }
    m_decrees->resizeColumnsToContents();
    m_decrees->resizeRowsToContents();
    m_decrees->setCurrentCell(selectRow, 0);
    fillTasks();
    updateButtons();
}

void MandatesPanel::fillTasks()
{
    const qint64 shownTask = selectedTask() ? selectedTask()->id : 0;
    const CourtMandate *m = selectedMandate();
    const QList<MandateTask> tasks = m ? m->tasks : QList<MandateTask>{};
    const QDate today = domain::officeToday();
    m_tasks->setRowCount(int(tasks.size()));
    int selectRow = tasks.isEmpty() ? -1 : 0;
    for (int i = 0; i < tasks.size(); ++i) {
        const MandateTask &t = tasks.at(i);
        QString state;
        bool late = false;
        if (!t.open()) {
            state = tr("Done on %1").arg(showDate(t.completedOn));
        } else {
            const qint64 left = today.daysTo(t.dueOn);
            late = left < 0;
            state = late ? tr("Overdue by %n day(s)", nullptr, int(-left))
                         : (left == 0 ? tr("Due today") : tr("%n day(s) left", nullptr, int(left)));
        }
        if (t.probation) {
            const Probation &p = *t.probation;
            state += QLatin1Char('\n') + tr("Probation %1 – %2: %3")
                                             .arg(showDate(p.startsOn), showDate(p.endsOn),
                                                  Vocabulary<ProbationOutcome>::label(p.outcome));
        }
        QString due = showDate(t.dueOn);
        if (!t.dueChanges.isEmpty())
            due += QLatin1Char('\n') + tr("(was %1)").arg(showDate(t.dueChanges.last().fromDate));
        auto *stateItem = new QTableWidgetItem(state);
        if (late) {
            QFont bold = stateItem->font();
            bold.setBold(true);
            stateItem->setFont(bold);
            stateItem->setForeground(QColor(0xa9, 0x32, 0x26));
        }
        m_tasks->setItem(i, KindColumn, new QTableWidgetItem(Vocabulary<MandateTaskKind>::label(t.kind)));
        m_tasks->setItem(i, DueColumn, new QTableWidgetItem(due));
        m_tasks->setItem(i, StateColumn, stateItem);
        m_tasks->setItem(i, DescriptionColumn, new QTableWidgetItem(t.description));
        if (!t.dueChanges.isEmpty()) {
            QStringList history;
            for (const DueDateChange &c : t.dueChanges)
                history
                    << tr("%1 → %2 by %3: %4").arg(showDate(c.fromDate), showDate(c.toDate), c.by, c.reason);
            m_tasks->item(i, DueColumn)->setToolTip(history.join(QLatin1Char('\n')));
        }
        if (t.id == shownTask)
            selectRow = i;
    }
    m_tasks->resizeColumnToContents(KindColumn);
    m_tasks->resizeColumnToContents(DueColumn);
    m_tasks->resizeColumnToContents(StateColumn);
    m_tasks->resizeRowsToContents();
    m_tasks->setCurrentCell(selectRow, 0);
}

const CourtMandate *MandatesPanel::selectedMandate() const
{
    const int row = m_decrees->currentRow();
    return row >= 0 && row < m_mandates.size() ? &m_mandates.at(row) : nullptr;
}

const MandateTask *MandatesPanel::selectedTask() const
{
    const CourtMandate *m = selectedMandate();
    const int row = m_tasks->currentRow();
    return m && row >= 0 && row < m->tasks.size() ? &m->tasks.at(row) : nullptr;
}

void MandatesPanel::selectTask(qint64 taskId)
{
    for (int i = 0; i < m_mandates.size(); ++i) {
        for (int j = 0; j < m_mandates.at(i).tasks.size(); ++j) {
            if (m_mandates.at(i).tasks.at(j).id == taskId) {
                m_decrees->setCurrentCell(i, 0);
                m_tasks->setCurrentCell(j, 0);
                return;
            }
        }
    }
}

bool MandatesPanel::writable() const
{
    return m_session.may(Operation::EditMandates) && m_case.id != 0 && m_case.status != CaseStatus::Closed;
}

void MandatesPanel::updateButtons()
{
    const MandateTask *t = selectedTask();
    const bool openTask = t && t->open();
    m_newDecree->setEnabled(writable());
    m_correct->setEnabled(writable() && selectedMandate());
    m_addTask->setEnabled(writable() && selectedMandate());
    // A messa alla prova task is set up, then closed with its outcome.
    const bool probationTask = openTask && t->kind == MandateTaskKind::Probation;
    m_probation->setEnabled(writable() && probationTask);
    m_probation->setText(probationTask && t->probation ? tr("Probation &outcome…")
                                                       : tr("Messa alla &prova…"));
    m_changeDue->setEnabled(writable() && openTask);
    // A messa alla prova closes with its outcome.
    m_complete->setEnabled(writable() && openTask && !t->probation);
}

void MandatesPanel::newDecree()
{
    MandateDialog dialog(m_session, m_case.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool wasRestricted = m_case.restricted;
    emit changed(
        wasRestricted
            ? tr("Decree %1 recorded with its tasks as deadlines.").arg(dialog.recorded().decreeNumber)
            : tr("Decree %1 recorded with its tasks as deadlines; the case is now riservato.")
                  .arg(dialog.recorded().decreeNumber));
}

void MandatesPanel::correctDecree()
{
    if (const CourtMandate *m = selectedMandate()) {
        MandateDialog dialog(m_session, *m, this);
        if (dialog.exec() == QDialog::Accepted)
            emit changed(
                tr("Decree %1 corrected; the earlier version is kept.").arg(dialog.recorded().decreeNumber));
    }
}

void MandatesPanel::probation()
{
    const CourtMandate *m = selectedMandate();
    const MandateTask *t = selectedTask();
    if (!m || !t)
        return;
    const ProbationDialog::Act act = ProbationDialog::actFor(*t);
    ProbationDialog dialog(m_session, act, *m, *t, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(
            act == ProbationDialog::Act::SetUp
                ? tr("Messa alla prova recorded.")
                : tr("Outcome of the messa alla prova recorded; the task and its deadline are closed."));
}

void MandatesPanel::addTask()
{
    if (const CourtMandate *m = selectedMandate()) {
        MandateTaskDialog dialog(m_session, MandateTaskDialog::Kind::AddTask, *m, {}, this);
        if (dialog.exec() == QDialog::Accepted)
            emit changed(tr("Task added to decree %1.").arg(m->decreeNumber));
    }
}

void MandatesPanel::changeDueDate()
{
    const CourtMandate *m = selectedMandate();
    const MandateTask *t = selectedTask();
    if (!m || !t)
        return;
    MandateTaskDialog dialog(m_session, MandateTaskDialog::Kind::ChangeDueDate, *m, *t, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("The due date has changed; the deadline follows it."));
}

void MandatesPanel::completeTask()
{
    const CourtMandate *m = selectedMandate();
    const MandateTask *t = selectedTask();
    if (!m || !t)
        return;
    MandateTaskDialog dialog(m_session, MandateTaskDialog::Kind::Complete, *m, *t, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Task marked as done; its deadline is closed."));
}

} // namespace cartella::gui
