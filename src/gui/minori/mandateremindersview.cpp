// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/mandateremindersview.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

MandateRemindersView::MandateRemindersView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_mine(new QCheckBox(tr("Only &mine"), this)), m_days(new QPushButton(tr("Reminder &days…"), this)),
      m_table(new QTableWidget(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_mine->setObjectName(QStringLiteral("mineCheck"));
    m_mine->setVisible(m_session.actor().workerId > 0);
    m_mine->setChecked(m_session.actor().workerId > 0);
    m_days->setObjectName(QStringLiteral("reminderDaysButton"));
    m_days->setVisible(m_session.may(Operation::SetMandateReminders));
    m_table->setObjectName(QStringLiteral("remindersTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Due by"), tr("When"), tr("Case"), tr("Task"), tr("Decree"), tr("Reminder")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_mine);
    top->addWidget(m_days);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_mine, &QCheckBox::toggled, this, &MandateRemindersView::refresh);
    connect(m_days, &QPushButton::clicked, this, &MandateRemindersView::changeReminderDays);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_reminders.size())
            emit openMandateTask(m_reminders.at(row).caseId, m_reminders.at(row).taskId);
    });
}

QString MandateRemindersView::summaryText() const
{
    int overdue = 0;
    for (const MandateReminder &r : m_reminders)
        overdue += r.daysLeft < 0 ? 1 : 0;
    if (m_reminders.isEmpty())
        return tr("No court-mandate task is due within its reminder window.");
    return tr("%n task(s) of court decrees due soon or overdue, %1 overdue.", nullptr,
              int(m_reminders.size()))
        .arg(overdue);
}

void MandateRemindersView::refresh()
{
    const std::optional<qint64> owner = m_mine->isVisible() && m_mine->isChecked()
                                            ? std::optional<qint64>(m_session.actor().workerId)
                                            : std::nullopt;
    const auto found =
        m_session.services().mandates.remindersDue(domain::officeToday(), owner, m_session.actor());
    m_reminders = found ? found.value() : QList<MandateReminder>{};
    m_table->setRowCount(int(m_reminders.size()));
    for (int i = 0; i < m_reminders.size(); ++i) {
        const MandateReminder &r = m_reminders.at(i);
        const QString when = r.daysLeft < 0    ? tr("Overdue by %n day(s)", nullptr, -r.daysLeft)
                             : r.daysLeft == 0 ? tr("Today")
                                               : tr("In %n day(s)", nullptr, r.daysLeft);
        auto *whenItem = new QTableWidgetItem(when);
        if (r.daysLeft < 0) {
            QFont bold = whenItem->font();
            bold.setBold(true);
            whenItem->setFont(bold);
            whenItem->setForeground(QColor(0xa9, 0x32, 0x26));
        }
        m_table->setItem(i, 0, new QTableWidgetItem(showDate(r.dueOn)));
        m_table->setItem(i, 1, whenItem);
        m_table->setItem(i, 2, new QTableWidgetItem(r.caseNumber));
        m_table->setItem(i, 3, new QTableWidgetItem(Vocabulary<MandateTaskKind>::label(r.kind)));
        m_table->setItem(i, 4,
                         new QTableWidgetItem(tr("%1, %2").arg(
                             Vocabulary<MandateAuthority>::label(r.authority), r.decreeNumber)));
        m_table->setItem(i, 5,
                         new QTableWidgetItem(r.reminderDays > 0
                                                  ? tr("%n day(s) ahead", nullptr, r.reminderDays)
                                                  : tr("Past its date")));
    }
    m_summary->setText(found ? summaryText() : found.error().message);
}

void MandateRemindersView::changeReminderDays()
{
    const auto current = m_session.services().mandates.reminderDays(m_session.actor());
    QStringList shown;
    for (const int d : current ? current.value() : QList<int>{})
        shown << QString::number(d);
    bool accepted = false;
    const QString typed = QInputDialog::getText(
        this, tr("Reminders of court mandates"),
        tr("Days before the due date a task is recalled, separated by commas (e.g. 30, 7):"),
        QLineEdit::Normal, shown.join(QStringLiteral(", ")), &accepted);
    if (!accepted)
        return;
    QList<int> days;
    for (const QString &part : typed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool number = false;
        const int d = part.trimmed().toInt(&number);
        if (!number) {
            emit statusMessage(tr("Write whole numbers of days separated by commas, e.g. 30, 7."));
            return;
        }
        days << d;
    }
    const auto set = m_session.services().mandates.setReminderDays(days, m_session.actor());
    if (!set) {
        emit statusMessage(set.error().message);
        return;
    }
    refresh();
    emit statusMessage(tr("Court-mandate reminders changed."));
}

} // namespace cartella::gui
