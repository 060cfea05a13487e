// SPDX-License-Identifier: EUPL-1.2
// MandateService: messa alla prova (DPR 448/1988 art. 28) on a probation task.
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/minori/mandateservice.h"

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

Error conflict(const QString &message, qint64 id)
{
    return Error{ErrorCode::Conflict, message, {}, {id}};
}

} // namespace

Status MandateService::validateProbationPeriod(const QDate &startsOn, const QDate &endsOn,
                                               bool gravestOffence)
{
    if (!startsOn.isValid())
        return invalid(QStringLiteral("startsOn"), tr("Give the day the probation starts."));
    if (!endsOn.isValid())
        return invalid(QStringLiteral("endsOn"), tr("Give the day the probation ends."));
    if (endsOn <= startsOn)
        return invalid(QStringLiteral("endsOn"), tr("The probation ends after it starts."));
    const int years = gravestOffence ? Probation::kMaxYearsGravest : Probation::kMaxYears;
    if (endsOn > startsOn.addYears(years)) {
        const QString message =
            gravestOffence
                ? tr("The trial is suspended for at most %n year(s), even for the gravest offences "
                     "(DPR 448/1988 art. 28).",
                     nullptr, years)
                : tr("The trial is suspended for at most %n year(s) (DPR 448/1988 art. 28); up to three "
                     "years "
                     "only for the gravest offences.",
                     nullptr, years);
        return invalid(QStringLiteral("endsOn"), message);
    }
    return ok();
}

Result<CourtMandate> MandateService::setUpProbation(qint64 taskId, const ProbationDraft &draft,
                                                    const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (Status period = validateProbationPeriod(draft.startsOn, draft.endsOn, draft.gravestOffence); !period)
        return period.error();
    const QString project = draft.project.trimmed();
    if (project.isEmpty())
        return invalid(QStringLiteral("project"),
                       tr("Give the project agreed with the juvenile justice services."));
    if (project.size() > 8000)
        return invalid(QStringLiteral("project"), tr("The project is at most 8000 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    CourtMandate m;
    Case c;
    // The probation has a version of its own; the task's is not the user's to match.
    const auto task = openTaskForChange(taskId, std::nullopt, actor, &m, &c);
    if (!task)
        return task.error();
    if (task.value().kind != MandateTaskKind::Probation)
        return invalid(QStringLiteral("task"), tr("A probation is recorded on a task of kind probation."));
    if (task.value().probation)
        return Error{ErrorCode::Duplicate, tr("This task already has its probation."), {}, {taskId}};
    if (draft.startsOn < m.decreeDate)
        return invalid(QStringLiteral("startsOn"),
                       tr("The probation cannot start before the decree's date."));
    Probation p;
    p.taskId = taskId;
    p.startsOn = draft.startsOn;
    p.endsOn = draft.endsOn;
    p.gravestOffence = draft.gravestOffence;
    p.project = project;
    if (Status s = m_mandates.insertProbation(p, actor.userName); !s)
        return s.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("probation_set_up"), QStringLiteral("mandate_task"), taskId,
                           {{QStringLiteral("mandate"), m.id},
                            {QStringLiteral("case"), c.id},
                            {QStringLiteral("starts_on"), iso(p.startsOn)},
                            {QStringLiteral("ends_on"), iso(p.endsOn)},
                            {QStringLiteral("gravest_offence"), p.gravestOffence}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reload(m.id);
}

Result<CourtMandate> MandateService::recordProbationOutcome(qint64 taskId, int expectedVersion,
                                                            ProbationOutcome outcome, const QDate &on,
                                                            const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditMandates); !allowed)
        return allowed.error();
    if (outcome == ProbationOutcome::Pending)
        return invalid(QStringLiteral("outcome"), tr("Choose the outcome of the probation."));
    if (!on.isValid() || on > officeToday())
        return invalid(QStringLiteral("outcomeOn"), tr("Give the day of the outcome, today or before."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    CourtMandate m;
    Case c;
    // The probation has a version of its own; the task's is not the user's to match.
    const auto task = openTaskForChange(taskId, std::nullopt, actor, &m, &c);
    if (!task)
        return task.error();
    const MandateTask &was = task.value();
    if (!was.probation)
        return invalid(QStringLiteral("task"), tr("This task has no probation recorded."));
    const Probation &p = *was.probation;
    if (p.version != expectedVersion)
        return conflict(tr("Someone else changed this probation in the meantime. Reload and try again."),
                        taskId);
    if (on < p.startsOn)
        return invalid(
            QStringLiteral("outcomeOn"),
            tr("The outcome cannot come before the probation starts (%1).").arg(shown(p.startsOn)));
    // A positive outcome is declared once the period is over; a negative one may end it early (revocation).
    if (outcome == ProbationOutcome::Positive && on < p.endsOn)
        return invalid(
            QStringLiteral("outcomeOn"),
            tr("A positive outcome is declared once the probation has ended (%1).").arg(shown(p.endsOn)));
    if (Status s = m_mandates.recordProbationOutcome(taskId, expectedVersion, outcome, on, actor.userName);
        !s)
        return s.error();
    if (Status s = m_mandates.completeTask(taskId, was.version, on, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("probation_outcome_recorded"), QStringLiteral("mandate_task"), taskId,
            {{QStringLiteral("mandate"), m.id},
             {QStringLiteral("case"), c.id},
             {QStringLiteral("outcome"), change(Vocabulary<ProbationOutcome>::code(p.outcome),
                                                Vocabulary<ProbationOutcome>::code(outcome))},
             {QStringLiteral("on"), iso(on)},
             {QStringLiteral("version"), change(p.version, p.version + 1)},
             {QStringLiteral("task_version"), change(was.version, was.version + 1)}});
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
