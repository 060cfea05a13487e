// SPDX-License-Identifier: EUPL-1.2
#include "gui/emergencies/rotapanel.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "gui/emergencies/pisformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

RotaPanel::RotaPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *weekLabel = new QLabel(tr("&Week of"), this);
    m_week = new QDateEdit(domain::officeToday(), this);
    m_week->setObjectName(QStringLiteral("weekEdit"));
    m_week->setDisplayFormat(kDateFormat);
    m_week->setCalendarPopup(true);
    weekLabel->setBuddy(m_week);
    auto *previous = new QPushButton(tr("&Previous week"), this);
    auto *next = new QPushButton(tr("Ne&xt week"), this);
    top->addWidget(weekLabel);
    top->addWidget(m_week);
    top->addWidget(previous);
    top->addWidget(next);
    top->addStretch();
    layout->addLayout(top);

    m_gaps = new QLabel(this);
    m_gaps->setObjectName(QStringLiteral("gapsLabel"));
    m_gaps->setWordWrap(true);
    m_gaps->setTextFormat(Qt::PlainText);
    layout->addWidget(m_gaps);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("shiftsTable"));
    m_table->setHorizontalHeaderLabels({tr("Worker"), tr("From"), tr("To")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 160);
    m_table->setColumnWidth(2, 160);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add shift…"), this);
    m_change = new QPushButton(tr("C&hange shift…"), this);
    m_cancel = new QPushButton(tr("Ca&ncel shift"), this);
    for (QPushButton *b : {m_add, m_change, m_cancel}) {
        buttons->addWidget(b);
        b->setVisible(m_session.may(Operation::ManageRota));
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_week, &QDateEdit::dateChanged, this, &RotaPanel::refresh);
    connect(previous, &QPushButton::clicked, this, [this] { m_week->setDate(m_week->date().addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { m_week->setDate(m_week->date().addDays(7)); });
    connect(m_add, &QPushButton::clicked, this, [this] { editShift(nullptr); });
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (const OnCallShift *s = selectedShift())
            editShift(s);
    });
    connect(m_cancel, &QPushButton::clicked, this, &RotaPanel::cancelShift);
}

void RotaPanel::showWeekOf(const QDate &day)
{
    if (m_week->date() == day)
        refresh();
    else
        m_week->setDate(day);
}

QString RotaPanel::gapsText() const
{
    return m_gaps->text();
}

void RotaPanel::refresh()
{
    const QDate monday = m_week->date().addDays(1 - m_week->date().dayOfWeek());
    const QDateTime from = monday.startOfDay().toUTC();
    const QDateTime to = monday.addDays(7).startOfDay().toUTC();
    const auto shifts = m_session.services().prontoIntervento.shifts(from, to, m_session.actor());
    m_shifts = shifts ? shifts.value() : QList<OnCallShift>{};
    if (!shifts)
        emit statusMessage(shifts.error().message);
    m_table->setRowCount(0);
    for (const OnCallShift &s : std::as_const(m_shifts)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(s.workerName));
        m_table->setItem(row, 1, new QTableWidgetItem(showInstant(s.from)));
        m_table->setItem(row, 2, new QTableWidgetItem(showInstant(s.to)));
    }
    const auto gaps = m_session.services().prontoIntervento.gaps(from, to, m_session.actor());
    QStringList lines;
    if (gaps) {
        for (const CoverGap &g : gaps.value())
            lines.append(
                tr("Warning: nobody is on call from %1 to %2.").arg(showInstant(g.from), showInstant(g.to)));
    }
    m_gaps->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #a93226; font-weight: bold;"));
    m_gaps->setText(lines.isEmpty() ? tr("The week from %1 is covered throughout.").arg(showDate(monday))
                                    : lines.join(QLatin1Char('\n')));
}

const OnCallShift *RotaPanel::selectedShift() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_shifts.size() ? &m_shifts.at(row) : nullptr;
}

void RotaPanel::editShift(const OnCallShift *shift)
{
    OnCallShift draft;
    if (shift) {
        draft = *shift;
    } else {
        const QDate monday = m_week->date().addDays(1 - m_week->date().dayOfWeek());
        draft.from = QDateTime(monday, QTime(8, 0)).toUTC();
        draft.to = QDateTime(monday, QTime(20, 0)).toUTC();
    }
    ShiftDialog dialog(m_session, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(shift ? tr("Shift changed.") : tr("Shift added."));
}

void RotaPanel::cancelShift()
{
    const OnCallShift *s = selectedShift();
    if (!s)
        return;
    if (QMessageBox::question(this, tr("Cancel shift"),
                              tr("Cancel the shift of %1 from %2 to %3?")
                                  .arg(s->workerName, showInstant(s->from), showInstant(s->to))) !=
        QMessageBox::Yes)
        return;
    const auto done =
        m_session.services().prontoIntervento.cancelShift(s->id, s->stamp.version, m_session.actor());
    if (!done) {
        QMessageBox::warning(this, tr("Cancel shift"), done.error().message);
        return;
    }
    refresh();
    emit statusMessage(tr("Shift cancelled."));
}

ShiftDialog::ShiftDialog(Session &session, OnCallShift shift, QWidget *parent)
    : QDialog(parent), m_session(session), m_shift(std::move(shift))
{
    setWindowTitle(m_shift.id ? tr("Change shift") : tr("Add shift"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    addActiveWorkers(m_worker, m_session.services().cases.workers(m_session.actor()));
    if (const int i = m_worker->findData(m_shift.workerId); i >= 0)
        m_worker->setCurrentIndex(i);
    m_from = new QLineEdit(showInstant(m_shift.from), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QLineEdit(showInstant(m_shift.to), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    form->addRow(tr("&Worker"), m_worker);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #a93226;"));
    layout->addWidget(m_message);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &ShiftDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
}

void ShiftDialog::accept()
{
    OnCallShift draft = m_shift;
    draft.workerId = m_worker->currentData().toLongLong();
    draft.from = parseInstant(m_from->text());
    draft.to = parseInstant(m_to->text());
    for (QLineEdit *edit : {m_from, m_to}) {
        if (!parseInstant(edit->text()).isValid()) {
            m_message->setText(tr("Write the time as dd/mm/yyyy hh:mm."));
            edit->setFocus();
            return;
        }
    }
    const auto done = draft.id ? m_session.services().prontoIntervento.changeShift(draft, m_session.actor())
                               : m_session.services().prontoIntervento.addShift(draft, m_session.actor());
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    m_saved = done.value();
    QDialog::accept();
}

} // namespace cartella::gui
