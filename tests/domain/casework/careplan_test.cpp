// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The project (PAI) and the deadlines it makes, over a real database.
class CarePlanTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor actor{QStringLiteral("anna")};
    qint64 anna = 0;
    qint64 marco = 0;
    Case c;

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna Bertolini"), {}, true}, actor).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco Lunardi"), {}, true}, actor).value().id;
        const qint64 person = hub.persons.create(test::mario(), actor).value().id;
        Case draft;
        draft.area = CaseArea::AdultHardship;
        draft.municipalityCode = QStringLiteral("045001"); // Aulla
        draft.responsibleWorkerId = anna;
        draft.openedOn = domain::officeToday().addMonths(-6);
        draft.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        c = hub.cases.open(draft, actor).value();
    }

    CarePlan withAction(const QDate &due, qint64 owner)
    {
        const CarePlan plan = hub.plans.addObjective(c.id, QStringLiteral("Trovare casa"), actor).value();
        CareAction a;
        a.caseId = c.id;
        a.objectiveId = plan.objectives.first().id;
        a.what = QStringLiteral("Verifica con l'ufficio casa");
        a.ownerWorkerId = owner;
        a.dueOn = due;
        auto added = hub.plans.addAction(a, actor);
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return added.value();
    }

    QList<Deadline> openDeadlines(std::optional<qint64> owner = std::nullopt)
    {
        return hub.deadlines.list({owner, c.id, true, 100}, actor).value();
    }
};

TEST_F(CarePlanTest, ADatedActionBecomesADeadlineOfItsOwner)
{
    const QDate due = domain::officeToday().addDays(10);
    const CarePlan plan = withAction(due, marco);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions.first().ownerName, QStringLiteral("Marco Lunardi"));
    const QList<Deadline> marcos = openDeadlines(marco);
    ASSERT_EQ(marcos.size(), 1);
    EXPECT_EQ(marcos.first().source, DeadlineSource::Action);
    EXPECT_EQ(marcos.first().dueOn, due);
    EXPECT_EQ(marcos.first().caseNumber, c.number());
    EXPECT_TRUE(openDeadlines(anna).isEmpty());
}

TEST_F(CarePlanTest, ChangingAnActionMovesItsDeadlineAndDoneClosesIt)
{
    CareAction action = withAction(domain::officeToday().addDays(10), marco).actions.first();
    action.dueOn = domain::officeToday().addDays(20);
    action.ownerWorkerId = anna;
    action = hub.plans.updateAction(action, actor).value().actions.first();
    ASSERT_EQ(openDeadlines(anna).size(), 1);
    EXPECT_EQ(openDeadlines(anna).first().dueOn, domain::officeToday().addDays(20));
    EXPECT_TRUE(openDeadlines(marco).isEmpty());

    CareAction stale = action;
    stale.version -= 1;
    stale.status = ActionStatus::Cancelled;
    const auto refused = hub.plans.updateAction(stale, actor);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);

    action.status = ActionStatus::Done;
    ASSERT_TRUE(hub.plans.updateAction(action, actor));
    EXPECT_TRUE(openDeadlines().isEmpty());
    const QList<Deadline> all = hub.deadlines.list({std::nullopt, c.id, false, 100}, actor).value();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().state, DeadlineState::Done) << "kept, not deleted";
}

TEST_F(CarePlanTest, CompletingAnActionsDeadlineMarksTheActionDoneAndIsInTheHistory)
{
    withAction(domain::officeToday().addDays(3), anna);
    const Deadline d = openDeadlines().first();
    const auto done = hub.deadlines.complete(d.id, d.version, actor);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done.value().state, DeadlineState::Done);
    EXPECT_EQ(done.value().closedBy, QStringLiteral("anna"));
    EXPECT_EQ(hub.plans.plan(c.id, actor).value().actions.first().status, ActionStatus::Done);
    const CaseEvent last = hub.cases.history(c.id, actor).value().last();
    EXPECT_EQ(last.kind, CaseEvent::Kind::DeadlineClosed);
    EXPECT_EQ(last.fromValue, QStringLiteral("done"));

    const auto again = hub.deadlines.complete(d.id, d.version, actor);
    ASSERT_FALSE(again) << "a closed deadline is not closed twice";
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_F(CarePlanTest, AReviewClosesTheDueReviewAndSchedulesTheNext)
{
    const QDate first = domain::officeToday().addDays(-40);
    CareReview r{0, c.id, first, QStringLiteral("Avviato il percorso."), first.addDays(30), {}, {}};
    ASSERT_TRUE(hub.plans.addReview(r, actor));
    QList<Deadline> open = openDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().source, DeadlineSource::Review);
    EXPECT_EQ(open.first().ownerWorkerId, anna) << "reviews belong to the responsible worker";
    EXPECT_EQ(hub.deadlines.overdueCount(anna, actor).value(), 1) << "due ten days ago";

    CareReview next{0,
                    c.id,
                    domain::officeToday(),
                    QStringLiteral("Obiettivi in parte raggiunti."),
                    domain::officeToday().addDays(60),
                    {},
                    {}};
    const CarePlan plan = hub.plans.addReview(next, actor).value();
    EXPECT_EQ(plan.reviews.size(), 2);
    EXPECT_EQ(plan.reviews.first().outcome, QStringLiteral("Obiettivi in parte raggiunti."))
        << "newest first";
    open = openDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().dueOn, domain::officeToday().addDays(60));
    EXPECT_EQ(hub.deadlines.overdueCount(anna, actor).value(), 0);

    CareReview backwards = next;
    backwards.nextReviewOn = next.reviewDate;
    EXPECT_FALSE(hub.plans.addReview(backwards, actor)) << "the next review comes after this one";
}

TEST_F(CarePlanTest, PlannedEndIsADeadlineAndRefusesAStaleCopy)
{
    const QDate end = domain::officeToday().addMonths(6);
    const CarePlan plan = hub.plans.setPlannedEnd(c.id, 0, end, actor).value();
    EXPECT_EQ(plan.plannedEndOn, end);
    EXPECT_EQ(plan.version, 1);
    EXPECT_EQ(openDeadlines().first().source, DeadlineSource::PlannedEnd);
    const auto stale = hub.plans.setPlannedEnd(c.id, 0, end.addDays(1), actor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    ASSERT_TRUE(hub.plans.setPlannedEnd(c.id, 1, {}, actor));
    EXPECT_TRUE(openDeadlines().isEmpty()) << "clearing the date cancels its deadline";
}

TEST_F(CarePlanTest, AClosedCaseKeepsItsProjectButLeavesTheListsAndRefusesChanges)
{
    withAction(domain::officeToday().addDays(2), anna);
    Deadline manual;
    manual.caseId = c.id;
    manual.title = QStringLiteral("Relazione al Tribunale per i Minorenni");
    manual.dueOn = domain::officeToday().addDays(-1);
    manual.ownerWorkerId = anna;
    ASSERT_TRUE(hub.deadlines.add(manual, actor));
    EXPECT_EQ(hub.deadlines.overdueCount(std::nullopt, actor).value(), 1);
    CaseQuery all;
    EXPECT_EQ(hub.cases.list(all, actor).value().first().overdueDeadlines, 1);

    const Case closed =
        hub.cases.changeStatus(c.id, c.stamp.version, CaseStatus::Closed, ClosureReason::Other, {}, actor)
            .value();
    EXPECT_EQ(hub.deadlines.overdueCount(std::nullopt, actor).value(), 0);
    EXPECT_TRUE(hub.deadlines.list({anna, std::nullopt, true, 100}, actor).value().isEmpty());
    EXPECT_EQ(hub.cases.list(all, actor).value().first().overdueDeadlines, 0);
    EXPECT_FALSE(hub.plans.addObjective(c.id, QStringLiteral("Altro"), actor));
    EXPECT_EQ(hub.plans.plan(c.id, actor).value().actions.size(), 1) << "the project stays readable";

    ASSERT_TRUE(hub.cases.changeStatus(c.id, closed.stamp.version, CaseStatus::InCharge, ClosureReason::None,
                                       QStringLiteral("nuova richiesta"), actor));
    EXPECT_EQ(openDeadlines().size(), 2) << "reopening brings the deadlines back";
}

TEST_F(CarePlanTest, RefusesWhatMakesNoSense)
{
    EXPECT_FALSE(hub.plans.addObjective(c.id, QStringLiteral("   "), actor));
    const CarePlan plan = hub.plans.addObjective(c.id, QStringLiteral("Lavoro"), actor).value();
    CareAction a;
    a.caseId = c.id;
    a.objectiveId = plan.objectives.first().id;
    a.what = QStringLiteral("Colloquio");
    a.ownerWorkerId = anna;
    a.dueOn = domain::officeToday().addDays(-1);
    EXPECT_FALSE(hub.plans.addAction(a, actor)) << "a new action due in the past";
    a.dueOn = {};
    a.ownerWorkerId = 9999;
    EXPECT_FALSE(hub.plans.addAction(a, actor)) << "an owner who is not a worker";
    a.ownerWorkerId = anna;
    a.objectiveId = 9999;
    EXPECT_FALSE(hub.plans.addAction(a, actor)) << "an objective of no case";
    EXPECT_TRUE(hub.plans.plan(c.id, actor).value().actions.isEmpty());
    Deadline manual;
    manual.caseId = c.id;
    manual.title = QStringLiteral("Rinnovo ISEE");
    manual.ownerWorkerId = anna;
    EXPECT_FALSE(hub.deadlines.add(manual, actor)) << "a deadline needs its date";
}

TEST_F(CarePlanTest, TheDatabaseRefusesRewritingClosedDeadlinesAndReviews)
{
    withAction(domain::officeToday().addDays(2), anna);
    const Deadline d = openDeadlines().first();
    ASSERT_TRUE(hub.deadlines.complete(d.id, d.version, actor));
    CareReview r{0, c.id, domain::officeToday(), QStringLiteral("Bene."), {}, {}, {}};
    ASSERT_TRUE(hub.plans.addReview(r, actor));
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE deadlines SET state = 'open', version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM deadlines")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE care_reviews SET outcome = 'x'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM care_actions")));
}

TEST_F(CarePlanTest, TheDatabaseRefusesReopeningAFinishedActionOrMovingIt)
{
    CareAction action = withAction(domain::officeToday().addDays(5), anna).actions.first();
    action.status = ActionStatus::Done;
    ASSERT_TRUE(hub.plans.updateAction(action, actor));
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE care_actions SET status = 'planned', version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE care_objectives SET case_id = 999, version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE care_objectives SET title = 'x'"))) << "the version must move";
}

TEST_F(CarePlanTest, ADroppedObjectiveCancelsItsOpenActionsAndTheirDeadlines)
{
    const CarePlan plan = withAction(domain::officeToday().addDays(5), anna);
    const CareObjective o = plan.objectives.first();
    const CarePlan after =
        hub.plans.setObjectiveStatus(o.id, o.version, ObjectiveStatus::Dropped, actor).value();
    EXPECT_EQ(after.actions.first().status, ActionStatus::Cancelled);
    EXPECT_TRUE(openDeadlines().isEmpty());
    const QList<CaseEvent> history = hub.cases.history(c.id, actor).value();
    EXPECT_TRUE(std::any_of(history.cbegin(), history.cend(), [](const CaseEvent &e) {
        return e.fromValue == QStringLiteral("action_status:cancelled");
    }));
    EXPECT_EQ(history.last().fromValue, QStringLiteral("objective_status:dropped"));
}

TEST_F(CarePlanTest, AnActionOfAWorkerWhoLeftCanStillBeClosed)
{
    CareAction action = withAction(domain::officeToday().addDays(5), marco).actions.first();
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE workers SET active = 0 WHERE id = %1").arg(marco)));
    action.status = ActionStatus::Done;
    const auto closed = hub.plans.updateAction(action, actor);
    ASSERT_TRUE(closed) << closed.error().message.toStdString();
    CareAction other = withAction(domain::officeToday().addDays(5), anna).actions.last();
    other.ownerWorkerId = marco;
    EXPECT_FALSE(hub.plans.updateAction(other, actor)) << "but nothing new is given to them";
}

TEST_F(CarePlanTest, ReassigningACaseMovesItsReviewAndPlannedEndDeadlines)
{
    ASSERT_TRUE(hub.plans.setPlannedEnd(c.id, 0, domain::officeToday().addMonths(3), actor));
    CareReview r{0,  c.id, domain::officeToday(), QStringLiteral("Avvio."), domain::officeToday().addDays(30),
                 {}, {}};
    ASSERT_TRUE(hub.plans.addReview(r, actor));
    withAction(domain::officeToday().addDays(5), anna);
    ASSERT_TRUE(hub.cases.reassign(c.id, hub.cases.get(c.id, actor).value().stamp.version, marco, {}, actor));
    const QList<Deadline> marcos = openDeadlines(marco);
    EXPECT_EQ(marcos.size(), 2) << "the review and the planned end";
    EXPECT_EQ(openDeadlines(anna).size(), 1) << "her own action stays hers";
}

TEST_F(CarePlanTest, AClosedCaseRefusesDeadlineCompletionAndNewMembersButShowsItsDeadlines)
{
    withAction(domain::officeToday().addDays(2), anna);
    const Deadline d = openDeadlines().first();
    const Case closed =
        hub.cases.changeStatus(c.id, c.stamp.version, CaseStatus::Closed, ClosureReason::Other, {}, actor)
            .value();
    EXPECT_FALSE(hub.deadlines.complete(d.id, d.version, actor));
    EXPECT_FALSE(hub.cases.setTeam(c.id, closed.stamp.version, {marco}, actor));
    Person other = test::mario();
    other.fiscalCode.clear();
    other.givenName = QStringLiteral("Luca");
    const qint64 otherId = hub.persons.create(other, actor).value().id;
    EXPECT_FALSE(hub.cases.addMember(c.id, closed.stamp.version, {otherId, MemberRole::Other, {}}, actor));
    EXPECT_EQ(hub.deadlines.list({std::nullopt, c.id, false, 100}, actor).value().size(), 1)
        << "the case's own list still shows what it had";
    EXPECT_TRUE(hub.deadlines.list({anna, std::nullopt, true, 100}, actor).value().isEmpty())
        << "but not the worker's";
}

TEST(DeadlineBucket, OverdueThisWeekAndLater)
{
    const QDate wednesday(2026, 11, 25);
    EXPECT_EQ(deadlineBucket(wednesday.addDays(-1), wednesday), DeadlineBucket::Overdue);
    EXPECT_EQ(deadlineBucket(wednesday, wednesday), DeadlineBucket::ThisWeek);
    EXPECT_EQ(deadlineBucket(QDate(2026, 11, 29), wednesday), DeadlineBucket::ThisWeek) << "Sunday";
    EXPECT_EQ(deadlineBucket(QDate(2026, 11, 30), wednesday), DeadlineBucket::Later) << "next Monday";
    const QDate sunday(2026, 11, 29);
    EXPECT_EQ(deadlineBucket(sunday, sunday), DeadlineBucket::ThisWeek);
    EXPECT_EQ(deadlineBucket(sunday.addDays(1), sunday), DeadlineBucket::Later);
}

} // namespace
