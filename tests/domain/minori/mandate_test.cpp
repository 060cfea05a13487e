// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Tutela Minori court mandates over a real database: the deadlines of their tasks, reminders, messa alla
// prova, the riservato default, who may do what, the audit trail, and all-or-nothing changes.
class MandateTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    const QDate today = domain::officeToday();
    const QDate decreeDate = today.addDays(-60);
    qint64 anna = 0, marco = 0, davide = 0, elena = 0;
    Actor annaUser, marcoUser, manager, clerk, educator, outsider, admin;
    Case c;
    qint64 child = 0;

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        davide = hub.cases.registerWorker({0, QStringLiteral("Davide"), {}, true}, system).value().id;
        elena = hub.cases.registerWorker({0, QStringLiteral("Elena"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        educator = user(QStringLiteral("edu"), Role::Educator, davide);
        outsider = user(QStringLiteral("edu2"), Role::Educator, elena);
        admin = user(QStringLiteral("admin"), Role::SystemAdmin, 0);
        child = hub.persons.create(test::mario(), system).value().id;
        Case draft;
        draft.area = CaseArea::FamilyAndMinors;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = anna;
        draft.teamWorkerIds = {davide};
        draft.openedOn = today.addMonths(-6);
        draft.members = {{child, MemberRole::PrincipalBeneficiary, {}}};
        c = hub.cases.open(draft, system).value();
    }

    MandateDraft decree(const QList<MandateTaskDraft> &tasks)
    {
        MandateDraft d;
        d.caseId = c.id;
        d.authority = MandateAuthority::JuvenileCourt;
        d.decreeNumber = QStringLiteral("412/2026 V.G.");
        d.decreeDate = decreeDate;
        d.measures = {MandateMeasure::CustodyToService, MandateMeasure::Supervision};
        d.tasks = tasks;
        return d;
    }

    static MandateTaskDraft task(MandateTaskKind kind, const QDate &due)
    {
        return {kind, QStringLiteral("Colloqui con la madre e osservazione a scuola"), due};
    }

    CourtMandate recorded(const QList<MandateTaskDraft> &tasks, const Actor &by)
    {
        const auto made = hub.mandates.record(decree(tasks), by);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made.value() : CourtMandate{};
    }

    QList<Deadline> mandateDeadlines(bool openOnly = true)
    {
        QList<Deadline> out;
        for (const Deadline &d : hub.deadlines.list({std::nullopt, c.id, openOnly, 100}, system).value()) {
            if (d.source == DeadlineSource::MandateTask)
                out.append(d);
        }
        return out;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    QStringList auditDetails(const QString &action)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(
            QStringLiteral("SELECT details FROM audit_log WHERE action = '%1' ORDER BY id").arg(action)));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }
};

TEST_F(MandateTest, EachTaskIsADeadlineOfTheResponsibleWorker)
{
    const CourtMandate m = recorded({task(MandateTaskKind::PsychosocialAssessment, today.addDays(30)),
                                     task(MandateTaskKind::Observation, today.addDays(10)),
                                     task(MandateTaskKind::PeriodicReport, today.addDays(90))},
                                    annaUser);
    ASSERT_EQ(m.tasks.size(), 3);
    EXPECT_EQ(m.tasks.first().kind, MandateTaskKind::Observation) << "tasks come by due date";
    EXPECT_EQ(m.caseNumber, c.number());
    const QList<Deadline> deadlines = mandateDeadlines();
    ASSERT_EQ(deadlines.size(), 3);
    for (const Deadline &d : deadlines) {
        EXPECT_EQ(d.ownerWorkerId, anna);
        bool matched = false;
        for (const MandateTask &t : m.tasks)
            matched = matched || (t.id == d.sourceId && t.dueOn == d.dueOn);
        EXPECT_TRUE(matched) << d.title.toStdString();
        EXPECT_TRUE(d.title.contains(QStringLiteral("412/2026"))) << d.title.toStdString();
    }

    // Added later: one more deadline. Reassigning the case hands them all to the new worker.
    const auto more =
        hub.mandates.addTask(m.id, task(MandateTaskKind::Monitoring, today.addDays(120)), annaUser);
    ASSERT_TRUE(more) << more.error().message.toStdString();
    EXPECT_EQ(mandateDeadlines().size(), 4);
    const int v = hub.cases.get(c.id, system).value().stamp.version;
    ASSERT_TRUE(hub.cases.reassign(c.id, v, marco, QStringLiteral("Cambio di zona"), manager));
    for (const Deadline &d : mandateDeadlines())
        EXPECT_EQ(d.ownerWorkerId, marco);
}

TEST_F(MandateTest, ADueDateChangeMovesTheDeadlineAndIsKept)
{
    const CourtMandate m =
        recorded({task(MandateTaskKind::PsychosocialAssessment, today.addDays(30))}, annaUser);
    const MandateTask t = m.tasks.first();
    const qint64 deadlineId = mandateDeadlines().first().id;

    EXPECT_EQ(hub.mandates.changeDueDate(t.id, t.version, today.addDays(60), QStringLiteral("x"), annaUser)
                  .error()
                  .code,
              ErrorCode::Invalid)
        << "a reason is needed";
    const auto moved = hub.mandates.changeDueDate(t.id, t.version, today.addDays(60),
                                                  QStringLiteral("Proroga concessa dal TM"), annaUser);
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    const MandateTask now = moved.value().tasks.first();
    EXPECT_EQ(now.dueOn, today.addDays(60));
    ASSERT_EQ(now.dueChanges.size(), 1);
    EXPECT_EQ(now.dueChanges.first().fromDate, today.addDays(30));
    EXPECT_EQ(now.dueChanges.first().toDate, today.addDays(60));
    EXPECT_EQ(now.dueChanges.first().reason, QStringLiteral("Proroga concessa dal TM"));
    const QList<Deadline> deadlines = mandateDeadlines();
    ASSERT_EQ(deadlines.size(), 1);
    EXPECT_EQ(deadlines.first().id, deadlineId) << "the same deadline, moved";
    EXPECT_EQ(deadlines.first().dueOn, today.addDays(60));

    // The screen that still shows the old version is refused; nothing moves.
    const auto stale = hub.mandates.changeDueDate(t.id, t.version, today.addDays(70),
                                                  QStringLiteral("Altra proroga"), annaUser);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(mandateDeadlines().first().dueOn, today.addDays(60));

    // Nobody rewrites a due date behind the history's back, nor deletes it.
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE mandate_tasks SET due_on = '2030-01-01', version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM mandate_task_due_changes")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE mandate_task_due_changes SET reason = 'nulla'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM mandate_tasks")));
}

TEST_F(MandateTest, CompletingTheTaskClosesItsDeadlineWhichIsNotClosedByHand)
{
    const CourtMandate m = recorded({task(MandateTaskKind::Observation, today.addDays(10))}, annaUser);
    const MandateTask t = m.tasks.first();
    const Deadline d = mandateDeadlines().first();

    const auto byHand = hub.deadlines.complete(d.id, d.version, annaUser);
    ASSERT_FALSE(byHand);
    EXPECT_EQ(byHand.error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.deadlines.cancel(d.id, d.version, annaUser).error().code, ErrorCode::Invalid);
    EXPECT_EQ(mandateDeadlines().size(), 1);

    EXPECT_FALSE(hub.mandates.completeTask(t.id, t.version, today.addDays(1), annaUser))
        << "not in the future";
    const auto done = hub.mandates.completeTask(t.id, t.version, today, annaUser);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done.value().tasks.first().completedOn, today);
    EXPECT_TRUE(mandateDeadlines().isEmpty());
    const QList<Deadline> all = mandateDeadlines(false);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().state, DeadlineState::Done);

    // A completed task stays as it was.
    const int v = done.value().tasks.first().version;
    EXPECT_EQ(hub.mandates.completeTask(t.id, v, today, annaUser).error().code, ErrorCode::Conflict);
    EXPECT_EQ(hub.mandates.changeDueDate(t.id, v, today.addDays(5), QStringLiteral("Proroga"), annaUser)
                  .error()
                  .code,
              ErrorCode::Conflict);
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE mandate_tasks SET completed_on = NULL, version = version + 1")));
}

TEST_F(MandateTest, RemindersFollowTheDefaultAndTheConfiguredLeads)
{
    EXPECT_EQ(hub.mandates.reminderDays(annaUser).value(), (QList<int>{30, 7}));
    const CourtMandate m = recorded({task(MandateTaskKind::Observation, today.addDays(40)),
                                     task(MandateTaskKind::Monitoring, today.addDays(30)),
                                     task(MandateTaskKind::NetworkWork, today.addDays(10)),
                                     task(MandateTaskKind::PeriodicReport, today.addDays(7)),
                                     task(MandateTaskKind::IndividualEducationPlan, today),
                                     task(MandateTaskKind::PsychosocialAssessment, today.addDays(-3))},
                                    annaUser);
    auto windows = [&](const QDate &asOf, std::optional<qint64> owner = std::nullopt) {
        QList<QPair<int, int>> out; // days left, window
        const auto due = hub.mandates.remindersDue(asOf, owner, annaUser);
        EXPECT_TRUE(due) << due.error().message.toStdString();
        for (const MandateReminder &r : due.value()) {
            out.append({r.daysLeft, r.reminderDays});
            EXPECT_EQ(r.caseNumber, c.number());
            EXPECT_EQ(r.mandateId, m.id);
            EXPECT_GT(r.deadlineId, 0);
        }
        return out;
    };
    EXPECT_EQ(windows(today), (QList<QPair<int, int>>{{-3, 0}, {0, 7}, {7, 7}, {10, 30}, {30, 30}}));
    EXPECT_EQ(windows(today.addDays(-20)), (QList<QPair<int, int>>{{17, 30}, {20, 30}, {27, 30}, {30, 30}}));
    EXPECT_TRUE(windows(today, marco).isEmpty()) << "another worker's reminders";
    EXPECT_EQ(windows(today, anna).size(), 5);

    // A completed task reminds no more.
    const MandateTask overdue = m.tasks.first();
    ASSERT_TRUE(hub.mandates.completeTask(overdue.id, overdue.version, today, annaUser));
    EXPECT_EQ(windows(today).size(), 4);

    // The office sets other leads: the zone manager only, and sensible ones.
    EXPECT_EQ(hub.mandates.setReminderDays({60, 14}, annaUser).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.setReminderDays({}, manager).error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.mandates.setReminderDays({14, 14}, manager).error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.mandates.setReminderDays({0}, manager).error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.mandates.setReminderDays({400}, manager).error().code, ErrorCode::Invalid);
    const auto set = hub.mandates.setReminderDays({3, 60, 14}, manager);
    ASSERT_TRUE(set) << set.error().message.toStdString();
    EXPECT_EQ(set.value(), (QList<int>{60, 14, 3}));
    EXPECT_EQ(hub.mandates.reminderDays(educator).value(), (QList<int>{60, 14, 3}));
    EXPECT_EQ(windows(today), (QList<QPair<int, int>>{{0, 3}, {7, 14}, {10, 14}, {30, 60}, {40, 60}}));
    const QStringList audited = auditDetails(QStringLiteral("mandate_reminder_days_changed"));
    ASSERT_EQ(audited.size(), 1);
    EXPECT_TRUE(audited.first().contains(QStringLiteral("[30,7]"))) << audited.first().toStdString();
    EXPECT_TRUE(audited.first().contains(QStringLiteral("[60,14,3]"))) << audited.first().toStdString();

    // Lists leave out what the role may not see.
    EXPECT_TRUE(hub.mandates.remindersDue(today, std::nullopt, outsider).value().isEmpty());
    EXPECT_EQ(hub.mandates.remindersDue(today, std::nullopt, manager).value().size(), 5);
    EXPECT_EQ(hub.mandates.remindersDue(today, std::nullopt, clerk).error().code, ErrorCode::Forbidden);
}

TEST_F(MandateTest, ProbationPeriodLimits)
{
    const QDate start(2026, 3, 1);
    EXPECT_TRUE(MandateService::validateProbationPeriod(start, start.addYears(1), false));
    EXPECT_FALSE(MandateService::validateProbationPeriod(start, start.addYears(1).addDays(1), false));
    EXPECT_TRUE(MandateService::validateProbationPeriod(start, start.addYears(3), true));
    EXPECT_FALSE(MandateService::validateProbationPeriod(start, start.addYears(3).addDays(1), true));
    EXPECT_FALSE(MandateService::validateProbationPeriod(start, start, false));
    EXPECT_FALSE(MandateService::validateProbationPeriod(start, start.addDays(-1), false));
    EXPECT_FALSE(MandateService::validateProbationPeriod(QDate(), start, false));
    EXPECT_EQ(
        MandateService::validateProbationPeriod(start, start.addYears(2), false).error().fields.first().field,
        QStringLiteral("endsOn"));
}

TEST_F(MandateTest, ProbationEndsWithItsOutcome)
{
    MandateDraft d = decree({task(MandateTaskKind::Probation, today.addDays(20)),
                             task(MandateTaskKind::Probation, today.addDays(30)),
                             task(MandateTaskKind::PeriodicReport, today.addDays(40))});
    d.authority = MandateAuthority::JuvenileCourt;
    d.decreeDate = today.addDays(-400);
    const auto made = hub.mandates.record(d, annaUser);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    const MandateTask first = made.value().tasks.at(0), second = made.value().tasks.at(1),
                      report = made.value().tasks.at(2);
    const ProbationDraft p{
        today.addDays(-380), today.addDays(-20), false,
        QStringLiteral("Attività di volontariato e percorso scolastico concordati con l'USSM")};

    EXPECT_EQ(hub.mandates.setUpProbation(report.id, p, annaUser).error().code, ErrorCode::Invalid)
        << "only on a probation task";
    ProbationDraft tooLong = p;
    tooLong.endsOn = p.startsOn.addYears(2);
    EXPECT_EQ(hub.mandates.setUpProbation(first.id, tooLong, annaUser).error().code, ErrorCode::Invalid);
    tooLong.gravestOffence = true;
    ProbationDraft early = p;
    early.startsOn = d.decreeDate.addDays(-1);
    early.endsOn = early.startsOn.addMonths(6);
    EXPECT_EQ(hub.mandates.setUpProbation(first.id, early, annaUser).error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.mandates.setUpProbation(first.id, ProbationDraft{p.startsOn, p.endsOn, false, {}}, annaUser)
                  .error()
                  .code,
              ErrorCode::Invalid)
        << "the project is needed";

    const auto set = hub.mandates.setUpProbation(first.id, p, annaUser);
    ASSERT_TRUE(set) << set.error().message.toStdString();
    const MandateTask withProbation = set.value().tasks.at(0);
    ASSERT_TRUE(withProbation.probation);
    EXPECT_EQ(withProbation.probation->outcome, ProbationOutcome::Pending);
    EXPECT_EQ(hub.mandates.setUpProbation(first.id, p, annaUser).error().code, ErrorCode::Duplicate);
    EXPECT_EQ(hub.mandates.completeTask(first.id, withProbation.version, today, annaUser).error().code,
              ErrorCode::Invalid)
        << "a probation ends with its outcome";

    // The gravest offences allow up to three years.
    ASSERT_TRUE(hub.mandates.setUpProbation(second.id, tooLong, annaUser));

    const int pv = withProbation.probation->version;
    EXPECT_EQ(hub.mandates.recordProbationOutcome(first.id, pv, ProbationOutcome::Pending, today, annaUser)
                  .error()
                  .code,
              ErrorCode::Invalid);
    EXPECT_EQ(
        hub.mandates
            .recordProbationOutcome(first.id, pv, ProbationOutcome::Positive, p.endsOn.addDays(-1), annaUser)
            .error()
            .code,
        ErrorCode::Invalid)
        << "positive only once the period is over";
    const auto outcome =
        hub.mandates.recordProbationOutcome(first.id, pv, ProbationOutcome::Positive, p.endsOn, annaUser);
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    const MandateTask ended = outcome.value().tasks.at(0);
    EXPECT_EQ(ended.probation->outcome, ProbationOutcome::Positive);
    EXPECT_EQ(ended.probation->outcomeOn, p.endsOn);
    EXPECT_EQ(ended.completedOn, p.endsOn);
    EXPECT_EQ(mandateDeadlines().size(), 2) << "its deadline is done";
    EXPECT_EQ(
        hub.mandates.recordProbationOutcome(first.id, pv + 1, ProbationOutcome::Negative, today, annaUser)
            .error()
            .code,
        ErrorCode::Conflict);

    // A negative outcome may end a probation before its term.
    const MandateTask running = outcome.value().tasks.at(1);
    ASSERT_TRUE(running.probation);
    const auto negative = hub.mandates.recordProbationOutcome(second.id, running.probation->version,
                                                              ProbationOutcome::Negative, today, annaUser);
    ASSERT_TRUE(negative) << negative.error().message.toStdString();
    EXPECT_EQ(negative.value().tasks.at(1).probation->outcome, ProbationOutcome::Negative);
    EXPECT_EQ(mandateDeadlines().size(), 1);
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE mandate_probations SET outcome = 'pending', version = version + 1")));
    EXPECT_EQ(auditDetails(QStringLiteral("probation_outcome_recorded")).size(), 2);
}

TEST_F(MandateTest, AMandateCaseIsRestrictedByDefault)
{
    ASSERT_FALSE(c.restricted);
    const auto before = hub.cases.history(c.id, annaUser).value().size();
    recorded({task(MandateTaskKind::Observation, today.addDays(10))}, annaUser);
    const Case now = hub.cases.get(c.id, annaUser).value();
    EXPECT_TRUE(now.restricted);
    const auto history = hub.cases.history(c.id, annaUser).value();
    ASSERT_EQ(history.size(), before + 1);
    EXPECT_EQ(history.last().kind, CaseEvent::Kind::RestrictionChanged);
    EXPECT_EQ(history.last().toValue, QStringLiteral("1"));
    // The administrative officer no longer sees the case at all.
    EXPECT_EQ(hub.cases.get(c.id, clerk).error().code, ErrorCode::NotFound);

    // A second decree on a restricted case changes nothing more in the history.
    recorded({}, annaUser);
    EXPECT_EQ(hub.cases.history(c.id, annaUser).value().size(), before + 1);
    EXPECT_EQ(hub.mandates.ofCase(c.id, annaUser).value().size(), 2);
}

TEST_F(MandateTest, WhoMayReadAndRecordMandates)
{
    const MandateDraft d = decree({task(MandateTaskKind::Observation, today.addDays(10))});
    EXPECT_EQ(hub.mandates.record(d, clerk).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.record(d, admin).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.record(d, educator).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.record(d, marcoUser).error().code, ErrorCode::NotFound) << "not their case";
    const CourtMandate m = recorded(d.tasks, annaUser);
    ASSERT_TRUE(hub.mandates.record(decree({}), manager));

    EXPECT_TRUE(hub.mandates.get(m.id, annaUser));
    EXPECT_TRUE(hub.mandates.get(m.id, manager));
    EXPECT_TRUE(hub.mandates.get(m.id, educator)) << "on the team: reads";
    EXPECT_EQ(hub.mandates.get(m.id, outsider).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.mandates.get(m.id, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.mandates.get(m.id, clerk).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.get(m.id, admin).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.ofCase(c.id, educator).value().size(), 2);
    EXPECT_EQ(hub.mandates.ofCase(c.id, outsider).error().code, ErrorCode::NotFound);

    const MandateTask t = m.tasks.first();
    EXPECT_EQ(hub.mandates.completeTask(t.id, t.version, today, educator).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.mandates.completeTask(t.id, t.version, today, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.mandates.addTask(m.id, task(MandateTaskKind::Monitoring, today), clerk).error().code,
              ErrorCode::Forbidden);
    EXPECT_TRUE(hub.mandates.completeTask(t.id, t.version, today, manager));
}

TEST_F(MandateTest, EveryChangeIsAuditedWithCodesOnly)
{
    const CourtMandate m = recorded({task(MandateTaskKind::Observation, today.addDays(10))}, annaUser);
    const MandateTask t = m.tasks.first();
    ASSERT_TRUE(hub.mandates.changeDueDate(t.id, t.version, today.addDays(20),
                                           QStringLiteral("Proroga chiesta dalla madre Rossi"), annaUser));
    ASSERT_TRUE(hub.mandates.completeTask(t.id, t.version + 1, today, annaUser));
    MandateDraft changed = decree({});
    changed.decreeNumber = QStringLiteral("413/2026 V.G.");
    changed.measures = {MandateMeasure::Other};
    changed.otherMeasure = QStringLiteral("Prescrizioni ai genitori");
    EXPECT_EQ(hub.mandates.update(m.id, m.version + 1, changed, annaUser).error().code, ErrorCode::Conflict);
    const auto updated = hub.mandates.update(m.id, m.version, changed, annaUser);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated.value().version, m.version + 1);
    EXPECT_EQ(updated.value().decreeNumber, QStringLiteral("413/2026 V.G."));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_mandate_versions WHERE mandate_id = %1 AND "
                                   "json_extract(data, '$.decree_number') = '412/2026 V.G.'")
                        .arg(m.id)),
              1)
        << "the decree as it was is kept";

    for (const QString &action :
         {QStringLiteral("mandate_recorded"), QStringLiteral("mandate_task_added"),
          QStringLiteral("mandate_task_due_changed"), QStringLiteral("mandate_task_completed"),
          QStringLiteral("mandate_changed")}) {
        const QStringList details = auditDetails(action);
        ASSERT_EQ(details.size(), 1) << action.toStdString();
        for (const QString &words :
             {QStringLiteral("412/2026"), QStringLiteral("413/2026"), QStringLiteral("Rossi"),
              QStringLiteral("Colloqui"), QStringLiteral("Prescrizioni")})
            EXPECT_FALSE(details.first().contains(words))
                << action.toStdString() << ": " << words.toStdString();
    }
    EXPECT_TRUE(
        auditDetails(QStringLiteral("mandate_recorded")).first().contains(QStringLiteral("supervision")));
    EXPECT_TRUE(
        auditDetails(QStringLiteral("mandate_changed")).first().contains(QStringLiteral("decree_number")));
    EXPECT_EQ(auditDetails(QStringLiteral("case_restriction_changed")).size(), 1);
}

TEST_F(MandateTest, AFailedRecordingLeavesNothingBehind)
{
    QSqlQuery q(db.storage().database().connection());
    // The restriction is the last write: refusing it must undo the mandate, its tasks and their deadlines.
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_restriction BEFORE INSERT ON case_events "
                                      "BEGIN SELECT RAISE(ABORT, 'no'); END")));
    const auto refused = hub.mandates.record(decree({task(MandateTaskKind::Observation, today.addDays(10)),
                                                     task(MandateTaskKind::Monitoring, today.addDays(20))}),
                                             annaUser);
    ASSERT_FALSE(refused);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_mandates")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM mandate_tasks")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM deadlines")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'mandate%'")), 0);
    EXPECT_FALSE(hub.cases.get(c.id, system).value().restricted);
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_restriction")));

    // Nor does a refused audit record, on a later change.
    const CourtMandate m = recorded({task(MandateTaskKind::Observation, today.addDays(10))}, annaUser);
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'no'); END")));
    const MandateTask t = m.tasks.first();
    EXPECT_FALSE(
        hub.mandates.changeDueDate(t.id, t.version, today.addDays(30), QStringLiteral("Proroga"), annaUser));
    EXPECT_FALSE(hub.mandates.completeTask(t.id, t.version, today, annaUser));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM mandate_task_due_changes")), 0);
    EXPECT_EQ(mandateDeadlines().first().dueOn, today.addDays(10));
    EXPECT_TRUE(hub.mandates.get(m.id, annaUser).value().tasks.first().open());
}

TEST_F(MandateTest, ADecreeIsCheckedBeforeAnythingIsWritten)
{
    MandateDraft d = decree({});
    d.decreeNumber = QStringLiteral("  ");
    EXPECT_EQ(hub.mandates.record(d, annaUser).error().fields.first().field, QStringLiteral("decreeNumber"));
    d = decree({});
    d.measures.clear();
    EXPECT_EQ(hub.mandates.record(d, annaUser).error().fields.first().field, QStringLiteral("measures"));
    d = decree({});
    d.measures = {MandateMeasure::Other};
    EXPECT_EQ(hub.mandates.record(d, annaUser).error().fields.first().field, QStringLiteral("otherMeasure"));
    d = decree({});
    d.decreeDate = today.addDays(1);
    EXPECT_EQ(hub.mandates.record(d, annaUser).error().fields.first().field, QStringLiteral("decreeDate"));
    d = decree({task(MandateTaskKind::Observation, decreeDate.addDays(-1))});
    EXPECT_EQ(hub.mandates.record(d, annaUser).error().fields.first().field, QStringLiteral("dueOn"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_mandates")), 0);
}

TEST_F(MandateTest, RetentionLeavesNoWordsOfTheDecree)
{
    MandateDraft d = decree({task(MandateTaskKind::Probation, today.addDays(10)),
                             task(MandateTaskKind::Observation, today.addDays(20))});
    d.decreeDate = today.addDays(-200);
    const CourtMandate m = hub.mandates.record(d, annaUser).value();
    const MandateTask probation = m.tasks.at(0), observation = m.tasks.at(1);
    ASSERT_TRUE(hub.mandates.setUpProbation(
        probation.id,
        {today.addDays(-150), today.addDays(100), false, QStringLiteral("Volontariato in canile")},
        annaUser));
    ASSERT_TRUE(hub.mandates.changeDueDate(observation.id, observation.version, today.addDays(40),
                                           QStringLiteral("Proroga per la malattia di Mario"), annaUser));
    ASSERT_TRUE(hub.mandates.completeTask(observation.id, observation.version + 1, today, annaUser));
    MandateDraft changed = d;
    changed.measures = {MandateMeasure::Other};
    changed.otherMeasure = QStringLiteral("Incontri protetti con il padre");
    ASSERT_TRUE(hub.mandates.update(m.id, m.version, changed, annaUser));
    const int v = hub.cases.get(c.id, system).value().stamp.version;
    ASSERT_TRUE(hub.cases.changeStatus(c.id, v, CaseStatus::Closed, ClosureReason::GoalsReached, {}, system));

    const auto applied = hub.retention.apply(today.addDays(1), system);
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    for (const QString &sql :
         {QStringLiteral("SELECT count(*) FROM court_mandates WHERE decree_number LIKE '%412%' OR "
                         "other_measure LIKE '%padre%'"),
          QStringLiteral("SELECT count(*) FROM court_mandate_versions WHERE data LIKE '%412%'"),
          QStringLiteral("SELECT count(*) FROM mandate_tasks WHERE description LIKE '%Colloqui%'"),
          QStringLiteral("SELECT count(*) FROM mandate_task_due_changes WHERE reason LIKE '%Mario%'"),
          QStringLiteral("SELECT count(*) FROM mandate_probations WHERE project LIKE '%canile%'"),
          QStringLiteral("SELECT count(*) FROM deadlines WHERE title LIKE '%412%'")})
        EXPECT_EQ(count(sql), 0) << sql.toStdString();
    // The structure stays for the statistics: authority, measures, kinds, dates.
    const CourtMandate kept = hub.mandates.get(m.id, system).value();
    EXPECT_EQ(kept.measures, (QList<MandateMeasure>{MandateMeasure::Other}));
    EXPECT_EQ(kept.tasks.size(), 2);
    EXPECT_EQ(kept.tasks.at(0).probation->endsOn, today.addDays(100));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM mandate_task_due_changes")), 1);
}

TEST_F(MandateTest, MissingOrGarbledReminderLeads)
{
    recorded({task(MandateTaskKind::Observation, today.addDays(25))}, annaUser);
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM office_settings WHERE key = 'mandate_reminder_days'")));
    EXPECT_EQ(hub.mandates.reminderDays(annaUser).value(), MandateService::kDefaultReminderDays);
    ASSERT_EQ(hub.mandates.remindersDue(today, std::nullopt, annaUser).value().size(), 1);
    EXPECT_EQ(hub.mandates.remindersDue(today, std::nullopt, annaUser).value().first().reminderDays, 30);

    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO office_settings (key, value, updated_at, updated_by) VALUES "
                              "('mandate_reminder_days', '{\"days\":[7,\"x\"]}', '', '')")));
    EXPECT_EQ(hub.mandates.remindersDue(today, std::nullopt, annaUser).error().code, ErrorCode::Storage);
    ASSERT_TRUE(hub.mandates.setReminderDays({20}, manager)) << "a garbled value is replaced";
    EXPECT_TRUE(hub.mandates.remindersDue(today, std::nullopt, annaUser).value().isEmpty()) << "25 days > 20";
    EXPECT_EQ(MandateService::reminderWindow(25, {30, 7}), 30);
    EXPECT_EQ(MandateService::reminderWindow(7, {30, 7}), 7);
    EXPECT_EQ(MandateService::reminderWindow(31, {30, 7}), -1);
    EXPECT_EQ(MandateService::reminderWindow(-1, {30, 7}), 0);
}

} // namespace
