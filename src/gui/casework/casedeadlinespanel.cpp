// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/casedeadlinespanel.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_casedeadlinespanel.h"

#include <QHeaderView>

namespace cartella::gui {

using namespace cartella::domain;

CaseDeadlinesPanel::CaseDeadlinesPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CaseDeadlinesPanel>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->deadlinesTable->setColumnCount(5);
    m_ui->deadlinesTable->setHorizontalHeaderLabels(
        {tr("Due"), tr("What"), tr("Owner"), tr("From"), tr("State")});
    m_ui->deadlinesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->deadlinesTable->verticalHeader()->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, &CaseDeadlinesPanel::addDeadline);
    connect(m_ui->titleEdit, &QLineEdit::returnPressed, this, &CaseDeadlinesPanel::addDeadline);
    connect(m_ui->completeButton, &QPushButton::clicked, this, &CaseDeadlinesPanel::completeSelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CaseDeadlinesPanel::cancelSelected);
    connect(m_ui->showClosedCheck, &QCheckBox::toggled, this, [this] { showCase(m_case); });
    connect(m_ui->deadlinesTable, &QTableWidget::currentCellChanged, this, [this] {
        const Deadline *d = selected();
        const bool open = d && d->state == DeadlineState::Open && m_case.status != CaseStatus::Closed;
        m_ui->completeButton->setEnabled(open && completedByHand(d->source));
        m_ui->cancelButton->setEnabled(open && d->source == DeadlineSource::Manual);
    });
}

CaseDeadlinesPanel::~CaseDeadlinesPanel() = default;

void CaseDeadlinesPanel::showCase(const Case &c)
{
    const bool sameCase = m_case.id == c.id;
    m_case = c;
    const qint64 owner = sameCase && m_ui->ownerCombo->count() > 0
                             ? m_ui->ownerCombo->currentData().toLongLong()
                             : c.responsibleWorkerId;
    m_ui->ownerCombo->clear();
    addActiveWorkers(m_ui->ownerCombo, m_session.services().cases.workers(m_session.actor()));
    m_ui->ownerCombo->setCurrentIndex(m_ui->ownerCombo->findData(owner));
    m_ui->addGroup->setEnabled(c.status != CaseStatus::Closed);
    DeadlineQuery query;
    query.caseId = c.id;
    query.openOnly = !m_ui->showClosedCheck->isChecked();
    const auto found = m_session.services().deadlines.list(query, m_session.actor());
    if (!found) {
        emit failed(found.error().message);
        return;
    }
    m_deadlines = found.value();
    fill();
}

void CaseDeadlinesPanel::fill()
{
    const QDate today = domain::officeToday();
    m_ui->deadlinesTable->setRowCount(int(m_deadlines.size()));
    for (int i = 0; i < m_deadlines.size(); ++i) {
        const Deadline &d = m_deadlines.at(i);
        const QString state =
            d.state == DeadlineState::Open
                ? (d.dueOn < today ? tr("Past its date") : Vocabulary<DeadlineState>::label(d.state))
                : tr("%1 on %2 by %3")
                      .arg(Vocabulary<DeadlineState>::label(d.state), showDate(d.closedOn), d.closedBy);
        const QStringList cells{showDate(d.dueOn), deadlineText(d), d.ownerName,
                                Vocabulary<DeadlineSource>::label(d.source), state};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, d.id);
            if (d.state == DeadlineState::Open && d.dueOn < today)
                item->setForeground(QColor(0xa9, 0x32, 0x26));
            else if (d.state != DeadlineState::Open)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_ui->deadlinesTable->setItem(i, col, item);
        }
    }
    m_ui->deadlinesTable->resizeColumnToContents(0);
    m_ui->deadlinesTable->resizeColumnToContents(2);
    m_ui->deadlinesTable->resizeColumnToContents(3);
    m_ui->deadlinesTable->setCurrentCell(m_deadlines.isEmpty() ? -1 : 0, 0);
    m_ui->completeButton->setEnabled(selected() && selected()->state == DeadlineState::Open &&
                                     completedByHand(selected()->source) &&
                                     m_case.status != CaseStatus::Closed);
}

void CaseDeadlinesPanel::selectDeadline(qint64 id)
{
    for (int i = 0; i < m_deadlines.size(); ++i) {
        if (m_deadlines.at(i).id == id)
            m_ui->deadlinesTable->setCurrentCell(i, 0);
    }
}

const Deadline *CaseDeadlinesPanel::selected() const
{
    const int row = m_ui->deadlinesTable->currentRow();
    return row >= 0 && row < m_deadlines.size() ? &m_deadlines.at(row) : nullptr;
}

bool CaseDeadlinesPanel::addDeadline()
{
    const QString typed = m_ui->dueEdit->text().trimmed();
    Deadline draft;
    draft.caseId = m_case.id;
    draft.title = m_ui->titleEdit->text();
    draft.dueOn = parseDate(typed);
    draft.ownerWorkerId = m_ui->ownerCombo->currentData().toLongLong();
    if (!typed.isEmpty() && !draft.dueOn.isValid()) {
        emit failed(tr("Write the date as dd/mm/yyyy."));
        return false;
    }
    const auto added = m_session.services().deadlines.add(draft, m_session.actor());
    if (!added) {
        emit failed(added.error().message);
        return false;
    }
    m_ui->titleEdit->clear();
    m_ui->dueEdit->clear();
    showCase(m_case);
    selectDeadline(added.value().id);
    emit changed(tr("Deadline added."));
    return true;
}

bool CaseDeadlinesPanel::close(bool done)
{
    const Deadline *d = selected();
    if (!d) {
        emit failed(tr("Select a deadline first."));
        return false;
    }
    const auto closed = done ? m_session.services().deadlines.complete(d->id, d->version, m_session.actor())
                             : m_session.services().deadlines.cancel(d->id, d->version, m_session.actor());
    if (!closed) {
        emit failed(closed.error().message);
        showCase(m_case); // show what the colleague did
        return false;
    }
    emit changed(done ? tr("Deadline done.") : tr("Deadline cancelled."));
    return true;
}

bool CaseDeadlinesPanel::completeSelected()
{
    return close(true);
}

bool CaseDeadlinesPanel::cancelSelected()
{
    return close(false);
}

} // namespace cartella::gui
