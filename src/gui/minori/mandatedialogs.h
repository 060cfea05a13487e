// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/mandate.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MandateDialog;
class MandateTaskDialog;
} // namespace Ui

namespace cartella::gui {

class Session;

// A new court decree for a case (ui/mandatedialog.ui): the authority, number and date, the measures ordered
// and the tasks it gives the service, each by its due date. MandateService records it whole, with a deadline
// per task, and makes the case riservato; its refusal is shown here and what was typed stays.
// Given a recorded decree, the same form corrects its authority, number, date and measures (a new version;
// the tasks have their own acts).
class MandateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MandateDialog)

public:
    MandateDialog(Session &session, qint64 caseId, QWidget *parent = nullptr);
    MandateDialog(Session &session, const domain::CourtMandate &correcting, QWidget *parent = nullptr);
    ~MandateDialog() override;

    const domain::CourtMandate &recorded() const { return m_recorded; }

public slots:
    void accept() override;
    // Moves the task typed in the task row into the decree's list.
    bool addTask();

private:
    void fillTasks();

    std::unique_ptr<Ui::MandateDialog> m_ui;
    Session &m_session;
    qint64 m_caseId;
    std::optional<domain::CourtMandate> m_correcting;
    QList<domain::MandateTaskDraft> m_tasks;
    domain::CourtMandate m_recorded;
};

// One act on a decree's task (ui/mandatetaskdialog.ui): a further task for the decree, a new due date with
// the reason (the court's extension), or the task done on a day.
class MandateTaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MandateTaskDialog)

public:
    enum class Kind
    {
        AddTask,
        ChangeDueDate,
        Complete,
    };

    // `task` is the task acted on (ignored for AddTask, which adds to `mandate`).
    MandateTaskDialog(Session &session, Kind kind, const domain::CourtMandate &mandate,
                      const domain::MandateTask &task, QWidget *parent = nullptr);
    ~MandateTaskDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::MandateTaskDialog> m_ui;
    Session &m_session;
    Kind m_kind;
    domain::CourtMandate m_mandate;
    domain::MandateTask m_task;
};

} // namespace cartella::gui
