// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanrepository.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"
#include "domain/minori/mandaterepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Tutela Minori: the court mandates of a case. Recording a decree marks its case riservato (in the case
// history) in the same transaction. Every open task is one open deadline of the case's responsible worker
// (source "mandate_task", the task's id): it moves with the task's due date and is done when the task is
// completed, never by hand from the deadline views. Reminders start a configurable number of days ahead (30
// and 7 by default, office_settings 'mandate_reminder_days'). Every change is audited with ids, codes and
// dates only. See docs/decisions/0014-court-mandates.md.
class MandateService
{
    Q_DECLARE_TR_FUNCTIONS(MandateService)

public:
    static constexpr int kMaxReminderLeads = 5;
    static constexpr int kMaxReminderDays = 365;
    static constexpr int kMinReasonLength = 5;
    static inline const QList<int> kDefaultReminderDays{30, 7};

    MandateService(MandateRepository &mandates, DeadlineRepository &deadlines, CaseService &cases,
                   TransactionProvider &transactions, Auditor &audit);

    // A decree with its measures and first tasks, on an open case the actor may change.
    Result<CourtMandate> record(const MandateDraft &draft, const Actor &actor);
    // Corrects the decree's authority, number, date and measures (not its case nor its tasks); the values
    // before are kept as a version.
    Result<CourtMandate> update(qint64 mandateId, int expectedVersion, const MandateDraft &changed,
                                const Actor &actor);
    Result<CourtMandate> addTask(qint64 mandateId, const MandateTaskDraft &task, const Actor &actor);
    // A new due date for an open task, with the reason (e.g. the court's extension); the change is kept.
    Result<CourtMandate> changeDueDate(qint64 taskId, int expectedVersion, const QDate &dueOn,
                                       const QString &reason, const Actor &actor);
    // Completes an open task on `on` (today or before); its deadline is done. A probation task is completed
    // by its outcome instead.
    Result<CourtMandate> completeTask(qint64 taskId, int expectedVersion, const QDate &on,
                                      const Actor &actor);
    // The messa alla prova of a probation task: once.
    Result<CourtMandate> setUpProbation(qint64 taskId, const ProbationDraft &draft, const Actor &actor);
    // The outcome ends the probation and completes its task on `on`. `expectedVersion` is the probation's.
    Result<CourtMandate> recordProbationOutcome(qint64 taskId, int expectedVersion, ProbationOutcome outcome,
                                                const QDate &on, const Actor &actor);

    Result<CourtMandate> get(qint64 mandateId, const Actor &actor);
    // The case's mandates, newest decree first.
    Result<QList<CourtMandate>> ofCase(qint64 caseId, const Actor &actor);
    // Open tasks (of open cases the actor sees) whose due date is within their reminder window as of `asOf`,
    // or past; of `ownerWorkerId`'s deadlines only when given. By due date.
    Result<QList<MandateReminder>> remindersDue(const QDate &asOf, std::optional<qint64> ownerWorkerId,
                                                const Actor &actor);

    // The reminder leads in days, widest first.
    Result<QList<int>> reminderDays(const Actor &actor);
    Result<QList<int>> setReminderDays(const QList<int> &days, const Actor &actor);

    // Pure rules, for the forms to check as the user types.
    static Status validateProbationPeriod(const QDate &startsOn, const QDate &endsOn, bool gravestOffence);
    // The smallest lead ≥ daysLeft (0 when overdue), or -1 when not yet within any.
    static int reminderWindow(int daysLeft, const QList<int> &leads);
    // The deadline's title for a task.
    static QString deadlineTitle(const CourtMandate &mandate, const MandateTask &task);

private:
    Status validate(const MandateDraft &draft) const;
    Status validateTask(const MandateTaskDraft &task) const;
    // The mandate, once its case is open and one the actor may change (`ofCase` receives it).
    Result<CourtMandate> mandateForChange(qint64 mandateId, const Actor &actor, Case *ofCase = nullptr);
    // The open task the actor may change, at `expectedVersion` if given.
    Result<MandateTask> openTaskForChange(qint64 taskId, std::optional<int> expectedVersion,
                                          const Actor &actor, CourtMandate *mandate = nullptr,
                                          Case *ofCase = nullptr);
    // Puts the task's open deadline in step with it: created, moved, or closed as done.
    Status syncDeadline(const Case &c, const CourtMandate &mandate, const MandateTask &task,
                        const Actor &actor);
    Result<QList<int>> storedReminderDays();
    Result<CourtMandate> reload(qint64 mandateId);

    MandateRepository &m_mandates;
    DeadlineRepository &m_deadlines;
    CaseService &m_cases;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
