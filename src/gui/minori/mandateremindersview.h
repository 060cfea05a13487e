// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/mandate.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cartella::gui {

class Session;

// Tutela Minori across cases: the tasks of court decrees whose due date is within its reminder window (30 and
// 7 days ahead unless the zone manager set others) or already past, nearest first, in the cases the user may
// see. Double-clicking a row opens the case on its court mandates.
class MandateRemindersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MandateRemindersView)

public:
    explicit MandateRemindersView(Session &session, QWidget *parent = nullptr);

    void refresh();
    const QList<domain::MandateReminder> &reminders() const { return m_reminders; }
    QString summaryText() const;

public slots:
    void changeReminderDays();

signals:
    void openMandateTask(qint64 caseId, qint64 taskId);
    void statusMessage(const QString &message);

private:
    Session &m_session;
    QList<domain::MandateReminder> m_reminders;
    QLabel *m_summary;
    QCheckBox *m_mine;
    QPushButton *m_days;
    QTableWidget *m_table;
};

} // namespace cartella::gui
