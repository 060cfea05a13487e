// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/minori/mandate.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cartella::gui {

class Session;

// The case's "Court mandates" tab (Tutela Minori): its decrees, newest first, and the tasks of the chosen one
// with their due dates, days left and history. Who may record mandates adds a decree, a further task, a new
// due date with its reason, or marks a task done; a messa alla prova closes with its outcome instead. Each
// open task is a deadline of the responsible worker, which MandateService keeps in step.
class MandatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MandatesPanel)

public:
    explicit MandatesPanel(Session &session, QWidget *parent = nullptr);

    void showCase(const domain::Case &c);
    const QList<domain::CourtMandate> &mandates() const { return m_mandates; }
    const domain::CourtMandate *selectedMandate() const;
    const domain::MandateTask *selectedTask() const;
    void selectTask(qint64 taskId);

public slots:
    void newDecree();
    void correctDecree();
    void addTask();
    void probation();
    void changeDueDate();
    void completeTask();

signals:
    void changed(const QString &message);
    void failed(const QString &message);

private:
    void reload();
    void fillTasks();
    void updateButtons();
    bool writable() const;

    Session &m_session;
    domain::Case m_case;
    QList<domain::CourtMandate> m_mandates;
    QLabel *m_summary;
    QTableWidget *m_decrees;
    QTableWidget *m_tasks;
    QPushButton *m_newDecree;
    QPushButton *m_correct;
    QPushButton *m_addTask;
    QPushButton *m_probation;
    QPushButton *m_changeDue;
    QPushButton *m_complete;
};

} // namespace cartella::gui
