// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/casework/personservice.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class CaseServiceTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    PersonService &persons = hub.persons;
    CaseService &cases = hub.cases;
    DiaryService &diary = hub.diary;
    Actor actor{QStringLiteral("anna")};
    qint64 worker = 0;
    qint64 otherWorker = 0;
    qint64 person = 0;

    void SetUp() override
    {
        worker =
            cases
                .registerWorker(
                    {0, QStringLiteral("Anna Bertolini"), QStringLiteral("assistente sociale"), true}, actor)
                .value()
                .id;
        otherWorker =
            cases
                .registerWorker(
                    {0, QStringLiteral("Marco Lunardi"), QStringLiteral("assistente sociale"), true}, actor)
                .value()
                .id;
        person = persons.create(test::mario(), actor).value().id;
    }

    Case draft() const
    {
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = worker;
        c.openedOn = QDate(2026, 3, 2);
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        return c;
    }

    Case opened()
    {
        auto result = cases.open(draft(), actor);
        if (!result)
            ADD_FAILURE() << result.error().message.toStdString();
        return std::move(result).value();
    }
};

} // namespace

TEST_F(CaseServiceTest, OpensNumberedCasesPerYear)
{
    const Case first = opened();
    EXPECT_EQ(first.number(), QStringLiteral("2026/0001"));
    EXPECT_EQ(first.status, CaseStatus::Reception);
    EXPECT_EQ(first.members.size(), 1);
    EXPECT_EQ(first.members.first().displayName, QStringLiteral("Rossi Mario"));
    EXPECT_EQ(opened().number(), QStringLiteral("2026/0002"));
    Case older = draft();
    older.openedOn = QDate(2025, 12, 30);
    EXPECT_EQ(cases.open(older, actor).value().number(), QStringLiteral("2025/0001"));
    EXPECT_EQ(cases.getByNumber(QStringLiteral("2026/0002"), actor).value().sequence, 2);
}

TEST_F(CaseServiceTest, RefusesIncompleteCases)
{
    Case c = draft();
    c.members.clear();
    EXPECT_FALSE(cases.open(c, actor));
    c = draft();
    c.municipalityCode = QStringLiteral("999999");
    EXPECT_FALSE(cases.open(c, actor));
    c = draft();
    c.responsibleWorkerId = 12345;
    EXPECT_FALSE(cases.open(c, actor));
    c = draft();
    c.openedOn = domain::officeToday().addDays(1);
    EXPECT_FALSE(cases.open(c, actor));
    EXPECT_EQ(cases.count({}, actor).value(), 0) << "nothing half-saved";
}

TEST_F(CaseServiceTest, FollowsTheStatusFlowAndKeepsItsHistory)
{
    Case c = opened();
    c = cases.changeStatus(c.id, c.stamp.version, CaseStatus::Assessment, ClosureReason::None, {}, actor)
            .value();
    c = cases.changeStatus(c.id, c.stamp.version, CaseStatus::InCharge, ClosureReason::None, {}, actor)
            .value();
    c = cases
            .changeStatus(c.id, c.stamp.version, CaseStatus::Suspended, ClosureReason::None,
                          QStringLiteral("hospital stay"), actor)
            .value();
    c = cases.changeStatus(c.id, c.stamp.version, CaseStatus::InCharge, ClosureReason::None, {}, actor)
            .value();

    const auto refusedClose =
        cases.changeStatus(c.id, c.stamp.version, CaseStatus::Closed, ClosureReason::None, {}, actor);
    ASSERT_FALSE(refusedClose) << "closing needs a reason";
    c = cases.changeStatus(c.id, c.stamp.version, CaseStatus::Closed, ClosureReason::GoalsReached, {}, actor)
            .value();
    EXPECT_EQ(c.closedOn, domain::officeToday());
    EXPECT_EQ(c.closureReason, ClosureReason::GoalsReached);

    EXPECT_FALSE(
        cases.changeStatus(c.id, c.stamp.version, CaseStatus::InCharge, ClosureReason::None, {}, actor))
        << "reopening needs a note";
    c = cases
            .changeStatus(c.id, c.stamp.version, CaseStatus::InCharge, ClosureReason::None,
                          QStringLiteral("new request"), actor)
            .value();
    EXPECT_FALSE(c.closedOn.isValid());

    const QList<CaseEvent> history = cases.history(c.id, actor).value();
    ASSERT_EQ(history.size(), 7); // opened + 6 changes
    EXPECT_EQ(history.at(0).kind, CaseEvent::Kind::Opened);
    EXPECT_EQ(history.at(3).fromValue, QStringLiteral("in_charge"));
    EXPECT_EQ(history.at(3).toValue, QStringLiteral("suspended"));
    EXPECT_EQ(history.at(3).note, QStringLiteral("hospital stay"));
    EXPECT_EQ(history.at(3).by, QStringLiteral("anna"));
    EXPECT_EQ(history.at(5).reasonCode, QStringLiteral("goals_reached")) << "the closure reason is a code";
    EXPECT_TRUE(history.at(5).note.isEmpty()) << "and the note only what the user wrote";
    EXPECT_EQ(history.at(6).note, QStringLiteral("new request"));
}

TEST_F(CaseServiceTest, RefusesEveryTransitionOutsideTheFlow)
{
    const Case c = opened();
    for (const CaseStatus to : {CaseStatus::Reception, CaseStatus::InCharge, CaseStatus::Suspended}) {
        const auto refused =
            cases.changeStatus(c.id, c.stamp.version, to, ClosureReason::None, QStringLiteral("x"), actor);
        ASSERT_FALSE(refused) << Vocabulary<CaseStatus>::code(to).toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    }
    EXPECT_EQ(cases.history(c.id, actor).value().size(), 1);
}

TEST_F(CaseServiceTest, ReassignmentIsKeptAndStaleCopiesAreRefused)
{
    const Case c = opened();
    const Case moved =
        cases.reassign(c.id, c.stamp.version, otherWorker, QStringLiteral("holiday cover"), actor).value();
    EXPECT_EQ(moved.responsibleWorkerId, otherWorker);
    const CaseEvent last = cases.history(c.id, actor).value().last();
    EXPECT_EQ(last.kind, CaseEvent::Kind::ResponsibleChanged);
    EXPECT_EQ(last.fromValue, QStringLiteral("Anna Bertolini"));
    EXPECT_EQ(last.toValue, QStringLiteral("Marco Lunardi"));

    const auto stale =
        cases.changeStatus(c.id, c.stamp.version, CaseStatus::Assessment, ClosureReason::None, {}, actor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
}

TEST_F(CaseServiceTest, ListsAndFiltersCases)
{
    const Case a = opened();
    Case other = draft();
    other.area = CaseArea::Elderly;
    other.responsibleWorkerId = otherWorker;
    other.municipalityCode = QStringLiteral("045014");
    const Case b = cases.open(other, actor).value();
    CaseQuery q;
    EXPECT_EQ(cases.count(q, actor).value(), 2);
    q.area = CaseArea::Elderly;
    EXPECT_EQ(cases.list(q, actor).value().size(), 1);
    EXPECT_EQ(cases.list(q, actor).value().first().number, b.number());
    q = {};
    q.workerId = worker;
    EXPECT_EQ(cases.list(q, actor).value().first().number, a.number());
    q = {};
    q.text = QStringLiteral("ross");
    EXPECT_EQ(cases.count(q, actor).value(), 2) << "found by a member's name";
    q.text = QStringLiteral("2026/0002");
    EXPECT_EQ(cases.count(q, actor).value(), 1);
    EXPECT_EQ(cases.list({}, actor).value().first().principalName, QStringLiteral("Rossi Mario"));
}

TEST_F(CaseServiceTest, DiaryCorrectionsAreNewVersions)
{
    const Case c = opened();
    DiaryEntry e;
    e.caseId = c.id;
    e.kind = DiaryKind::HomeVisit;
    e.date = QDate(2026, 3, 3);
    e.text = QStringLiteral("Visita domiciliare: casa in ordine.");
    e.personIds = {person};
    const DiaryEntry added = diary.add(e, actor).value();
    EXPECT_EQ(added.version, 1);
    EXPECT_EQ(added.author, QStringLiteral("anna"));
    EXPECT_EQ(added.personIds, QList<qint64>{person});

    const DiaryEntry corrected =
        diary
            .edit(added.id, 1, QStringLiteral("Visita domiciliare: casa in ordine, presente la figlia."),
                  Actor{QStringLiteral("marco")})
            .value();
    EXPECT_EQ(corrected.version, 2);
    const QList<DiaryVersion> versions = diary.versions(added.id, actor).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions.at(0).text, QStringLiteral("Visita domiciliare: casa in ordine."));
    EXPECT_EQ(versions.at(0).editedBy, QStringLiteral("anna"));
    EXPECT_EQ(versions.at(1).editedBy, QStringLiteral("marco"));

    const auto stale = diary.edit(added.id, 1, QStringLiteral("other text"), actor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    EXPECT_FALSE(diary.withdraw(added.id, 2, QStringLiteral("  "), actor)) << "withdrawing needs a reason";
    const auto staleWithdrawal = diary.withdraw(added.id, 1, QStringLiteral("wrong case"), actor);
    ASSERT_FALSE(staleWithdrawal) << "withdrawing what one has not read";
    EXPECT_EQ(staleWithdrawal.error().code, ErrorCode::Conflict);
    const DiaryEntry withdrawn = diary.withdraw(added.id, 2, QStringLiteral("wrong case"), actor).value();
    EXPECT_TRUE(withdrawn.withdrawn);
    EXPECT_EQ(withdrawn.text, corrected.text) << "a withdrawn entry still shows its text";
    EXPECT_FALSE(diary.edit(added.id, 2, QStringLiteral("x"), actor));
    EXPECT_EQ(diary.entries(c.id, actor).value().size(), 1) << "nothing is deleted";
}

TEST_F(CaseServiceTest, DiaryEntriesNeedADateAndOnlyTheCaseMembers)
{
    const Case c = opened();
    DiaryEntry e;
    e.caseId = c.id;
    e.text = QStringLiteral("Colloquio");
    EXPECT_FALSE(diary.add(e, actor)) << "no date: not silently today";
    e.date = QDate(2026, 4, 1);
    Person other = test::mario();
    other.fiscalCode.clear();
    other.givenName = QStringLiteral("Luigi");
    e.personIds = {persons.create(other, actor).value().id};
    const auto refused = diary.add(e, actor);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("persons"));
    e.personIds = {person};
    EXPECT_TRUE(diary.add(e, actor));
}

TEST_F(CaseServiceTest, MembersAreAddedOnceAndThePrincipalStays)
{
    Case twice = draft();
    twice.members.append({person, MemberRole::Minor, {}});
    EXPECT_FALSE(cases.open(twice, actor)) << "the same person twice";
    const Case c = opened();
    const auto again = cases.addMember(c.id, c.stamp.version, {person, MemberRole::Other, {}}, actor);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(cases.get(c.id, actor).value().members.first().role, MemberRole::PrincipalBeneficiary);
}

TEST_F(CaseServiceTest, AddingAMemberIsKeptInTheHistoryAndRefusesAStaleCopy)
{
    const Case c = opened();
    Person child = test::mario();
    child.fiscalCode.clear();
    child.givenName = QStringLiteral("Giulia");
    child.birthDate = QDate(2015, 6, 1);
    const qint64 childId = persons.create(child, actor).value().id;
    const auto added = cases.addMember(c.id, c.stamp.version, {childId, MemberRole::Minor, {}}, actor);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(added.value().members.size(), 2);
    EXPECT_EQ(added.value().stamp.version, c.stamp.version + 1);
    const CaseEvent last = cases.history(c.id, actor).value().last();
    EXPECT_EQ(last.kind, CaseEvent::Kind::MemberAdded);
    EXPECT_EQ(last.fromValue, QString::number(childId));
    EXPECT_EQ(last.toValue, QStringLiteral("minor"));

    Person other = child;
    other.givenName = QStringLiteral("Paolo");
    const qint64 otherId = persons.create(other, actor).value().id;
    const auto stale = cases.addMember(c.id, c.stamp.version, {otherId, MemberRole::Other, {}}, actor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(cases.get(c.id, actor).value().members.size(), 2) << "nothing was written";
}

TEST_F(CaseServiceTest, TheTeamIsSetAndEveryChangeIsKept)
{
    const Case c = opened();
    const auto withTeam = cases.setTeam(c.id, c.stamp.version, {otherWorker, worker}, actor);
    ASSERT_TRUE(withTeam) << withTeam.error().message.toStdString();
    EXPECT_EQ(withTeam.value().teamWorkerIds, QList<qint64>{otherWorker}) << "the responsible is not team";
    EXPECT_EQ(cases.history(c.id, actor).value().last().kind, CaseEvent::Kind::TeamChanged);
    const auto emptied = cases.setTeam(c.id, withTeam.value().stamp.version, {}, actor);
    ASSERT_TRUE(emptied);
    EXPECT_FALSE(cases.history(c.id, actor).value().last().fromValue.isEmpty())
        << "who left the team is kept";
    EXPECT_TRUE(emptied.value().teamWorkerIds.isEmpty());
    EXPECT_EQ(cases.history(c.id, actor).value().size(), 3);
}

TEST_F(CaseServiceTest, ReassigningFromAWorkerWhoLeftKeepsTheirName)
{
    const Case c = opened();
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE workers SET active = 0 WHERE id = %1").arg(worker)));
    ASSERT_TRUE(cases.reassign(c.id, c.stamp.version, otherWorker, {}, actor));
    EXPECT_EQ(cases.history(c.id, actor).value().last().fromValue, QStringLiteral("Anna Bertolini"));
}

TEST_F(CaseServiceTest, TheDatabaseRefusesRewritingEvidence)
{
    const Case c = opened();
    DiaryEntry e;
    e.caseId = c.id;
    e.date = QDate(2026, 4, 1);
    e.text = QStringLiteral("prima");
    const qint64 id = diary.add(e, actor).value().id;
    ASSERT_TRUE(diary.edit(id, 1, QStringLiteral("seconda"), actor));
    ASSERT_TRUE(diary.withdraw(id, 2, QStringLiteral("errore"), actor));
    QSqlQuery q(db.storage().database().connection());
    const QString entry = QString::number(id);
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE diary_entries SET current_version = 1 WHERE id = ") + entry));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE diary_entries SET current_version = 3 WHERE id = ") + entry))
        << "no pointer to a version that does not exist";
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE diary_entries SET withdrawn_at = NULL WHERE id = ") + entry));
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE diary_entries SET entry_date = '2020-01-01' WHERE id = ") + entry));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE cases SET number = '1999/0001', version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE cases SET status = 'closed'")))
        << "a change without a new version";
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE case_members SET role = 'minor'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM case_members")));
    EXPECT_EQ(diary.get(id, actor).value().text, QStringLiteral("seconda"));
}

TEST_F(CaseServiceTest, DiaryIsNewestFirstAndRefusesEmptyOrFutureEntries)
{
    const Case c = opened();
    for (int day = 1; day <= 3; ++day) {
        DiaryEntry e;
        e.caseId = c.id;
        e.date = QDate(2026, 4, day);
        e.text = QStringLiteral("giorno %1").arg(day);
        ASSERT_TRUE(diary.add(e, actor));
    }
    const QList<DiaryEntry> entries = diary.entries(c.id, actor).value();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.first().text, QStringLiteral("giorno 3"));
    DiaryEntry empty;
    empty.caseId = c.id;
    empty.text = QStringLiteral("   ");
    EXPECT_FALSE(diary.add(empty, actor));
    DiaryEntry future;
    future.caseId = c.id;
    future.text = QStringLiteral("x");
    future.date = domain::officeToday().addDays(2);
    EXPECT_FALSE(diary.add(future, actor));
}

TEST_F(CaseServiceTest, TheStartingTeamIsInTheHistory)
{
    Case withTeam = draft();
    withTeam.teamWorkerIds = {otherWorker};
    const Case c = cases.open(withTeam, actor).value();
    const QList<CaseEvent> history = cases.history(c.id, actor).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().kind, CaseEvent::Kind::TeamChanged);
    EXPECT_FALSE(history.last().toValue.isEmpty());
}

// A case of the paper archive keeps the day it really closed, so that retention counts its years from then.
TEST_F(CaseServiceTest, AnArchivedCaseIsRegisteredClosedOnTheDayItClosed)
{
    const QDate today = domain::officeToday();
    Case old = draft();
    old.openedOn = today.addYears(-13);
    const QDate closedOn = today.addYears(-11);
    const QString where = QStringLiteral("Archivio cartaceo di Aulla, faldone 12");

    EXPECT_EQ(cases.registerArchived(old, old.openedOn.addDays(-1), ClosureReason::Transferred, where, actor)
                  .error()
                  .code,
              ErrorCode::Invalid)
        << "closed before it was opened";
    EXPECT_FALSE(cases.registerArchived(old, today.addDays(1), ClosureReason::Transferred, where, actor))
        << "closed in the future";
    EXPECT_FALSE(cases.registerArchived(old, closedOn, ClosureReason::None, where, actor)) << "no reason";
    EXPECT_FALSE(
        cases.registerArchived(old, closedOn, ClosureReason::Transferred, QStringLiteral("  "), actor))
        << "nowhere to find the file";
    const Actor educator{QStringLiteral("edu"), 7, Role::Educator, worker, {}};
    EXPECT_EQ(cases.registerArchived(old, closedOn, ClosureReason::Transferred, where, educator).error().code,
              ErrorCode::Forbidden);
    Case openedNever = old;
    openedNever.openedOn = {};
    EXPECT_FALSE(cases.registerArchived(openedNever, closedOn, ClosureReason::Transferred, where, actor));
    EXPECT_EQ(cases.count({}, actor).value(), 0) << "a refusal writes nothing";

    const Case c = cases.registerArchived(old, closedOn, ClosureReason::Transferred, where, actor).value();
    EXPECT_EQ(c.number(), QStringLiteral("%1/0001").arg(old.openedOn.year()));
    EXPECT_EQ(c.status, CaseStatus::Closed);
    EXPECT_EQ(c.openedOn, old.openedOn);
    EXPECT_EQ(c.closedOn, closedOn);
    EXPECT_EQ(c.closureReason, ClosureReason::Transferred);
    const QList<CaseEvent> history = cases.history(c.id, actor).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.first().kind, CaseEvent::Kind::Opened);
    EXPECT_EQ(history.last().toValue, QStringLiteral("closed"));
    EXPECT_EQ(history.last().note, where);
    EXPECT_EQ(history.last().reasonCode, QStringLiteral("transferred"));

    const RetentionReport due = hub.retention.preview(today.addYears(-10), actor).value();
    EXPECT_EQ(due.caseNumbers, QStringList{c.number()});
    EXPECT_EQ(due.persons, 1);
    EXPECT_EQ(hub.retention.preview(closedOn, actor).value().cases, 0) << "closed on, not before, that day";
}
