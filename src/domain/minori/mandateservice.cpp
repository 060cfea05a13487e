// SPDX-License-Identifier: EUPL-1.2
#include "domain/minori/mandateservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonArray>

namespace cartella::domain {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QJsonArray measureCodes(const QList<MandateMeasure> &measures)
{
    QJsonArray out;
    for (const MandateMeasure m : measures)
        out.append(Vocabulary<MandateMeasure>::code(m));
    return out;
}

Error conflict(const QString &message, qint64 id)
{
    return Error{ErrorCode::Conflict, message, {}, {id}};
}

} // namespace

MandateService::MandateService(MandateRepository &mandates, DeadlineRepository &deadlines, CaseService &cases,
                               TransactionProvider &transactions, Auditor &audit)
    : m_mandates(mandates), m_deadlines(deadlines), m_cases(cases), m_transactions(transactions),
      m_audit(audit)
{}

QString MandateService::deadlineTitle(const CourtMandate &mandate, const MandateTask &task)
{
    return tr("%1: decree %2 of %3")
        .arg(Vocabulary<MandateTaskKind>::label(task.kind), mandate.decreeNumber, shown(mandate.decreeDate));
}

int MandateService::reminderWindow(int daysLeft, const QList<int> &leads)
{
    if (daysLeft < 0)
        return 0;
    int best = -1;
    for (const int lead : leads) {
        if (daysLeft <= lead && (best < 0 || lead < best))
            best = lead;
    }
    return best;
}

Status MandateService::validateTask(const MandateTaskDraft &task) const
{
    if (!task.dueOn.isValid())
        return invalid(QStringLiteral("dueOn"), tr("Give the date the task is due by."));
    if (task.description.trimmed().size() > 500)
        return invalid(QStringLiteral("description"),
                       tr("The description of a task is at most 500 characters long."));
    return ok();
}

Status MandateService::validate(const MandateDraft &draft) const
{
    const QString number = draft.decreeNumber.simplified();
    if (number.isEmpty())
        return invalid(QStringLiteral("decreeNumber"), tr("Give the number of the decree."));
    if (number.size() > 60)
        return invalid(QStringLiteral("decreeNumber"),
                       tr("The decree number is at most 60 characters long."));
    if (!draft.decreeDate.isValid())
        return invalid(QStringLiteral("decreeDate"), tr("Give the date of the decree."));
    if (draft.decreeDate > officeToday())
        return invalid(QStringLiteral("decreeDate"), tr("The date of the decree cannot be in the future."));
    if (draft.measures.isEmpty())
        return invalid(QStringLiteral("measures"), tr("Choose at least one measure the decree orders."));
    QList<MandateMeasure> seen;
    for (const MandateMeasure m : draft.measures) {
        if (seen.contains(m))
            return invalid(QStringLiteral("measures"), tr("Each measure is chosen once."));
        seen.append(m);
    }
    const QString other = draft.otherMeasure.simplified();
    if (draft.measures.contains(MandateMeasure::Other) && other.isEmpty())
        return invalid(QStringLiteral("otherMeasure"), tr("Say what the other measure is."));
    if (!draft.measures.contains(MandateMeasure::Other) && !other.isEmpty())
        return invalid(QStringLiteral("otherMeasure"),
                       tr("Describe another measure only when \"Other measure\" is chosen."));
    if (other.size() > 200)
        return invalid(QStringLiteral("otherMeasure"),
                       tr("The other measure is at most 200 characters long."));
    return ok();
}

Result<CourtMandate> MandateService::reload(qint64 mandateId)
{
    const auto found = m_mandates.findMandate(mandateId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The court mandate does not exist."), {}, {mandateId}};
    return *found.value();
}

Result<CourtMandate> MandateService::mandateForChange(qint64 mandateId, const Actor &actor, Case *ofCase)
{
    const auto m = reload(mandateId);
    if (!m)
        return m.error();
    // A case the actor may not change answers as if the mandate did not exist.
    const auto c = m_cases.getForChange(m.value().caseId, actor);
    if (!c)
        return Error{ErrorCode::NotFound, tr("The court mandate does not exist."), {}, {mandateId}};
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    if (ofCase)
        *ofCase = c.value();
    return m;
}

Result<MandateTask> MandateService::openTaskForChange(qint64 taskId, std::optional<int> expectedVersion,
                                                      const Actor &actor, CourtMandate *mandate, Case *ofCase)
{
    const auto found = m_mandates.findTask(taskId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The task does not exist."), {}, {taskId}};
    const MandateTask &t = *found.value();
    const auto m = mandateForChange(t.mandateId, actor, ofCase);
    if (!m)
        return m.error();
    if (mandate)
        *mandate = m.value();
    if (!t.open())
        return conflict(tr("This task was completed on %1 by %2.").arg(shown(t.completedOn), t.completedBy),
                        taskId);
    if (expectedVersion && t.version != *expectedVersion)
        return conflict(tr("Someone else changed this task in the meantime. Reload and try again."), taskId);
    return t;
}

Status MandateService::syncDeadline(const Case &c, const CourtMandate &mandate, const MandateTask &task,
                                    const Actor &actor)
{
    const auto open = m_deadlines.openDeadlineOf(DeadlineSource::MandateTask, task.id);
    if (!open)
        return open.error();
    if (!task.open()) {
        if (!open.value())
            return ok();
        return m_deadlines.closeDeadline(open.value()->id, open.value()->version, DeadlineState::Done,
                                         actor.userName);
    }
    const QString title = deadlineTitle(mandate, task);
    if (open.value()) {
        Deadline d = *open.value();
        if (d.title == title && d.dueOn == task.dueOn)
            return ok();
        d.title = title;
        d.dueOn = task.dueOn;
        return m_deadlines.updateDeadline(d); // the owner follows the case through reassignment
    }
    Deadline d;
    d.caseId = c.id;
    d.source = DeadlineSource::MandateTask;
    d.sourceId = task.id;
    d.title = title;
    d.dueOn = task.dueOn;
    d.ownerWorkerId = c.responsibleWorkerId;
    const auto id = m_deadlines.insertDeadline(d, actor.userName);
    return id ? ok() : Status(id.error());
}

Result<CourtMandate> MandateService::record(const MandateDraft &draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (Status valid = validate(draft); !valid)
        return valid.error();
    for (const MandateTaskDraft &t : draft.tasks) {
        if (Status valid = validateTask(t); !valid)
            return valid.error();
        if (t.dueOn < draft.decreeDate)
            return invalid(QStringLiteral("dueOn"), tr("A task cannot fall due before the decree's date."));
    }
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto c = m_cases.getForChange(draft.caseId, actor);
    if (!c)
        return c.error();
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    CourtMandate m;
    m.caseId = draft.caseId;
    m.authority = draft.authority;
    m.decreeNumber = draft.decreeNumber.simplified();
    m.decreeDate = draft.decreeDate;
    m.measures = draft.measures;
    m.otherMeasure = draft.otherMeasure.simplified();
    const auto id = m_mandates.insertMandate(m, actor.userName);
    if (!id)
        return id.error();
    m.id = id.value();
    if (Status s =
            m_audit.record(actor, QStringLiteral("mandate_recorded"), QStringLiteral("court_mandate"), m.id,
                           {{QStringLiteral("case"), m.caseId},
                            {QStringLiteral("authority"), Vocabulary<MandateAuthority>::code(m.authority)},
                            {QStringLiteral("decree_date"), iso(m.decreeDate)},
                            {QStringLiteral("measures"), measureCodes(m.measures)},
                            {QStringLiteral("tasks"), int(draft.tasks.size())}});
        !s)
        return s.error();
    for (const MandateTaskDraft &t : draft.tasks) {
        MandateTask task;
        task.mandateId = m.id;
        task.kind = t.kind;
        task.description = t.description.trimmed();
        task.dueOn = t.dueOn;
        const auto taskId = m_mandates.insertTask(task, actor.userName);
        if (!taskId)
            return taskId.error();
        task.id = taskId.value();
        if (Status s = m_audit.record(actor, QStringLiteral("mandate_task_added"),
                                      QStringLiteral("mandate_task"), task.id,
                                      {{QStringLiteral("mandate"), m.id},
                                       {QStringLiteral("case"), m.caseId},
                                       {QStringLiteral("kind"), Vocabulary<MandateTaskKind>::code(task.kind)},
                                       {QStringLiteral("due_on"), iso(task.dueOn)}});
            !s)
            return s.error();
        if (Status s = syncDeadline(c.value(), m, task, actor); !s)
            return s.error();
    }
    if (!c.value().restricted) {
        const auto marked =
            m_cases.setRestricted(c.value().id, c.value().stamp.version, true,
                                  tr("A court mandate was recorded: the case is riservato."), actor);
        if (!marked)
            return marked.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reload(m.id);
}

Result<CourtMandate> MandateService::update(qint64 mandateId, int expectedVersion,
                                            const MandateDraft &changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (Status valid = validate(changed); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    Case c;
    const auto before = mandateForChange(mandateId, actor, &c);
    if (!before)
        return before.error();
    const CourtMandate &was = before.value();
    if (was.version != expectedVersion)
        return conflict(
            tr("Someone else changed this court mandate in the meantime. Reload it and try again; "
               "nothing was changed."),
            mandateId);
    CourtMandate now = was;
    now.authority = changed.authority;
    now.decreeNumber = changed.decreeNumber.simplified();
    now.decreeDate = changed.decreeDate;
    now.measures = changed.measures;
    now.otherMeasure = changed.otherMeasure.simplified();
    for (const MandateTask &t : was.tasks) {
        if (t.open() && t.dueOn < now.decreeDate)
            return invalid(
                QStringLiteral("decreeDate"),
                tr("A task of this decree falls due on %1, before that date.").arg(shown(t.dueOn)));
    }
    QJsonObject details{{QStringLiteral("case"), was.caseId}};
    QJsonArray fields;
    if (now.authority != was.authority) {
        fields.append(QStringLiteral("authority"));
        details.insert(QStringLiteral("authority"),
                       change(Vocabulary<MandateAuthority>::code(was.authority),
                              Vocabulary<MandateAuthority>::code(now.authority)));
    }
    if (now.decreeNumber != was.decreeNumber)
        fields.append(QStringLiteral("decree_number"));
    if (now.decreeDate != was.decreeDate) {
        fields.append(QStringLiteral("decree_date"));
        details.insert(QStringLiteral("decree_date"), change(iso(was.decreeDate), iso(now.decreeDate)));
    }
    if (now.measures != was.measures) {
        fields.append(QStringLiteral("measures"));
        details.insert(QStringLiteral("measures"),
                       change(measureCodes(was.measures), measureCodes(now.measures)));
    }
    if (now.otherMeasure != was.otherMeasure)
        fields.append(QStringLiteral("other_measure"));
    if (fields.isEmpty())
        return was;
    details.insert(QStringLiteral("fields"), fields);
    details.insert(QStringLiteral("version"), change(was.version, was.version + 1));
    if (Status s = m_mandates.updateMandate(now, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("mandate_changed"), QStringLiteral("court_mandate"),
                                  mandateId, details);
        !s)
        return s.error();
    for (const MandateTask &t : now.tasks) { // the titles name the decree
        if (Status s = syncDeadline(c, now, t, actor); !s)
            return s.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reload(mandateId);
}

Result<CourtMandate> MandateService::addTask(qint64 mandateId, const MandateTaskDraft &draft,
                                             const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (Status valid = validateTask(draft); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    Case c;
    const auto m = mandateForChange(mandateId, actor, &c);
    if (!m)
        return m.error();
    if (draft.dueOn < m.value().decreeDate)
        return invalid(QStringLiteral("dueOn"), tr("A task cannot fall due before the decree's date."));
    MandateTask task;
    task.mandateId = mandateId;
    task.kind = draft.kind;
    task.description = draft.description.trimmed();
    task.dueOn = draft.dueOn;
    const auto id = m_mandates.insertTask(task, actor.userName);
    if (!id)
        return id.error();
    task.id = id.value();
    if (Status s = m_audit.record(actor, QStringLiteral("mandate_task_added"), QStringLiteral("mandate_task"),
                                  task.id,
                                  {{QStringLiteral("mandate"), mandateId},
                                   {QStringLiteral("case"), c.id},
                                   {QStringLiteral("kind"), Vocabulary<MandateTaskKind>::code(task.kind)},
                                   {QStringLiteral("due_on"), iso(task.dueOn)}});
        !s)
        return s.error();
    if (Status s = syncDeadline(c, m.value(), task, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reload(mandateId);
}

Result<CourtMandate> MandateService::changeDueDate(qint64 taskId, int expectedVersion, const QDate &dueOn,
                                                   const QString &reason, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (!dueOn.isValid())
        return invalid(QStringLiteral("dueOn"), tr("Give the new due date."));
    const QString why = reason.simplified();
    if (why.size() < kMinReasonLength)
        return invalid(
            QStringLiteral("reason"),
            tr("Say why the due date changes (at least %1 characters), e.g. the court's extension.")
                .arg(kMinReasonLength));
    if (why.size() > 500)
        return invalid(QStringLiteral("reason"), tr("The reason is at most 500 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    CourtMandate m;
    Case c;
    const auto task = openTaskForChange(taskId, expectedVersion, actor, &m, &c);
    if (!task)
        return task.error();
    const MandateTask &was = task.value();
    if (dueOn == was.dueOn)
        return invalid(QStringLiteral("dueOn"), tr("The task is already due on %1.").arg(shown(dueOn)));
    if (dueOn < m.decreeDate)
        return invalid(QStringLiteral("dueOn"), tr("A task cannot fall due before the decree's date."));
    if (Status s = m_mandates.changeTaskDueDate(taskId, expectedVersion, dueOn, why, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("mandate_task_due_changed"),
                                  QStringLiteral("mandate_task"), taskId,
                                  {{QStringLiteral("mandate"), m.id},
                                   {QStringLiteral("case"), c.id},
                                   {QStringLiteral("due_on"), change(iso(was.dueOn), iso(dueOn))},
                                   {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    MandateTask now = was;
    now.dueOn = dueOn;
    if (Status s = syncDeadline(c, m, now, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reload(m.id);
}

Result<CourtMandate> MandateService::completeTask(qint64 taskId, int expectedVersion, const QDate &on,
                                                  const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (!on.isValid() || on > officeToday())
        return invalid(QStringLiteral("completedOn"),
                       tr("Give the day the task was completed, today or before."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    CourtMandate m;
    Case c;
    const auto task = openTaskForChange(taskId, expectedVersion, actor, &m, &c);
    if (!task)
        return task.error();
    const MandateTask &was = task.value();
    if (was.probation && was.probation->outcome == ProbationOutcome::Pending)
        return invalid(QStringLiteral("completedOn"),
                       tr("This probation ends with its outcome: record the outcome instead."));
    if (on < m.decreeDate)
        return invalid(QStringLiteral("completedOn"),
                       tr("A task cannot be completed before the decree's date."));
    if (Status s = m_mandates.completeTask(taskId, expectedVersion, on, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("mandate_task_completed"),
                                  QStringLiteral("mandate_task"), taskId,
                                  {{QStringLiteral("mandate"), m.id},
                                   {QStringLiteral("case"), c.id},
                                   {QStringLiteral("kind"), Vocabulary<MandateTaskKind>::code(was.kind)},
                                   {QStringLiteral("completed_on"), iso(on)},
                                   {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    MandateTask now = was;
    now.completedOn = on;
    if (Status s = syncDeadline(c, m, now, actor); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reload(m.id);
}

} // namespace cartella::domain
