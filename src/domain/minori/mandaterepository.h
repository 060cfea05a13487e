// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/minori/mandate.h"

#include <optional>

namespace cartella::domain {

// Storage of court mandates, their tasks, due-date changes and messe alla prova, and the office's reminder
// leads. Runs inside the caller's transaction. Stale versions are refused as conflicts.
class MandateRepository
{
public:
    virtual ~MandateRepository() = default;

    virtual Result<qint64> insertMandate(const CourtMandate &mandate, const QString &userName) = 0;
    // Keeps the row as it was in court_mandate_versions, then writes the new values and moves the version.
    virtual Status updateMandate(const CourtMandate &mandate, const QString &userName) = 0;
    // The mandate with its tasks (and their due-date changes and probation).
    virtual Result<std::optional<CourtMandate>> findMandate(qint64 id) = 0;
    virtual Result<QList<CourtMandate>> mandatesOfCase(qint64 caseId) = 0;

    virtual Result<qint64> insertTask(const MandateTask &task, const QString &userName) = 0;
    virtual Result<std::optional<MandateTask>> findTask(qint64 id) = 0;
    // Records the change in mandate_task_due_changes and moves the task's due date.
    virtual Status changeTaskDueDate(qint64 taskId, int expectedVersion, const QDate &to,
                                     const QString &reason, const QString &userName) = 0;
    virtual Status completeTask(qint64 taskId, int expectedVersion, const QDate &on,
                                const QString &userName) = 0;

    virtual Status insertProbation(const Probation &probation, const QString &userName) = 0;
    virtual Status recordProbationOutcome(qint64 taskId, int expectedVersion, ProbationOutcome outcome,
                                          const QDate &on, const QString &userName) = 0;

    // Open tasks of open cases within the query's visibility due by `dueBy`, with their open deadline.
    virtual Result<QList<MandateReminder>> openTasksDueBy(const MandateReminderQuery &query) = 0;

    // office_settings: the value for `key`, "" when missing.
    virtual Result<QString> setting(const QString &key) = 0;
    virtual Status setSetting(const QString &key, const QString &value, const QString &userName) = 0;
};

} // namespace cartella::domain
