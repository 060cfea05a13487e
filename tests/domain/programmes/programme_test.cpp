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

// Generic projects over a real database: versions, team, enrolments with their dates, the rules on periods
// and overlaps, counts on known data, who may do what, and all-or-nothing changes.
class ProgrammeTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    const QDate today = domain::officeToday();
    const QDate start = today.addMonths(-6);
    qint64 anna = 0, marco = 0, davide = 0;
    Actor annaUser, marcoUser, manager, clerk, educator;
    Case aCase, otherCase, secretCase;
    qint64 child = 0, adult = 0;

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    Case openCase(qint64 person, qint64 worker, const QString &comune, bool restricted = false)
    {
        Case draft;
        draft.area = CaseArea::FamilyAndMinors;
        draft.municipalityCode = comune;
        draft.responsibleWorkerId = worker;
        draft.openedOn = start;
        draft.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        Case c = hub.cases.open(draft, system).value();
        if (restricted)
            c = hub.cases
                    .setRestricted(c.id, c.stamp.version, true, QStringLiteral("Violenza domestica"), system)
                    .value();
        return c;
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        davide = hub.cases.registerWorker({0, QStringLiteral("Davide"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        educator = user(QStringLiteral("edu"), Role::Educator, davide);
        child = hub.persons.create(test::mario(), system).value().id;
        Person p = test::mario();
        p.fiscalCode.clear();
        p.givenName = QStringLiteral("Lucia");
        adult = hub.persons.create(p, system).value().id;
        Person q = test::mario();
        q.fiscalCode.clear();
        q.givenName = QStringLiteral("Paola");
        const qint64 third = hub.persons.create(q, system).value().id;
        aCase = openCase(child, anna, QStringLiteral("045001"));
        otherCase = openCase(adult, marco, QStringLiteral("045002"));
        secretCase = openCase(third, marco, QStringLiteral("045002"), true);
    }

    ProgrammeDraft draft(const QString &name = QStringLiteral("Centro estivo"))
    {
        ProgrammeDraft d;
        d.name = name;
        d.funder = QStringLiteral("Regione Toscana");
        d.area = CaseArea::FamilyAndMinors;
        d.startsOn = start;
        d.endsOn = today.addMonths(6);
        return d;
    }

    Programme withTeam()
    {
        const Programme p = hub.programmes.create(draft(), manager).value();
        hub.programmes.addTeamMember(p.id, anna, ProgrammeTeamRole::Coordinator, start, manager).value();
        return hub.programmes.addTeamMember(p.id, davide, ProgrammeTeamRole::Educator, start, manager)
            .value();
    }

    int count(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << q.lastError().text().toStdString();
        return q.value(0).toInt();
    }
};

TEST_F(ProgrammeTest, CreatesAndCorrectsKeepingTheVersionBefore)
{
    const auto p = hub.programmes.create(draft(), manager);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p.value().name, QStringLiteral("Centro estivo"));
    EXPECT_EQ(p.value().status, ProgrammeStatus::Active);
    EXPECT_EQ(p.value().version, 1);

    ProgrammeDraft changed = draft();
    changed.funder = QStringLiteral("Fondazione Cassa di Risparmio");
    changed.municipalities = {QStringLiteral("045001")};
    const auto updated = hub.programmes.update(p.value().id, 1, changed, manager);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated.value().funder, QStringLiteral("Fondazione Cassa di Risparmio"));
    EXPECT_EQ(updated.value().municipalities, QStringList{QStringLiteral("045001")});
    EXPECT_EQ(updated.value().version, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM programme_versions WHERE "
                                   "json_extract(data, '$.funder') = 'Regione Toscana'")),
              1);

    const auto stale = hub.programmes.update(p.value().id, 1, changed, manager);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    EXPECT_FALSE(hub.programmes.create(draft(QStringLiteral("centro ESTIVO")), manager))
        << "names are unique, whatever the case";
    ProgrammeDraft backwards = draft(QStringLiteral("Altro"));
    backwards.endsOn = start.addDays(-1);
    const auto refused = hub.programmes.create(backwards, manager);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("endsOn"));
}

TEST_F(ProgrammeTest, TheDatabaseKeepsProgrammesAndTheirHistory)
{
    const Programme p = withTeam();
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM programmes")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE programmes SET funder = 'x', version = version + 1")))
        << "a change without its version kept";
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM programme_team")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE programme_team SET role = 'other'")));
    const auto e = hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(3)}, annaUser);
    ASSERT_TRUE(e) << e.error().message.toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM programme_enrolments")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE programme_enrolments SET joined_on = '2020-01-01'")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO programme_enrolments (programme_id, case_id, joined_on, "
                                       "created_at, created_by) VALUES (%1, %2, '%3', 'x', 'x')")
                            .arg(p.id)
                            .arg(aCase.id)
                            .arg(today.toString(Qt::ISODate))))
        << "an overlapping enrolment is refused by the database too";
}

TEST_F(ProgrammeTest, TeamMembersJoinAndLeaveWithDates)
{
    const Programme p = withTeam();
    ASSERT_EQ(p.team.size(), 2);
    EXPECT_EQ(p.team.at(0).workerName, QStringLiteral("Anna"));
    EXPECT_FALSE(hub.programmes.addTeamMember(p.id, anna, ProgrammeTeamRole::Other, today, manager))
        << "already on the team";
    EXPECT_FALSE(
        hub.programmes.addTeamMember(p.id, marco, ProgrammeTeamRole::Mediator, start.addDays(-1), manager))
        << "before the project starts";
    const qint64 annaMember = p.team.at(0).id;
    EXPECT_FALSE(hub.programmes.endTeamMember(p.id, annaMember, start.addDays(-2), manager));
    const auto ended = hub.programmes.endTeamMember(p.id, annaMember, today.addDays(-1), manager);
    ASSERT_TRUE(ended) << ended.error().message.toStdString();
    EXPECT_EQ(ended.value().team.at(0).toOn, today.addDays(-1));
    EXPECT_FALSE(hub.programmes.endTeamMember(p.id, annaMember, today, manager)) << "once";
    // Anna is no longer on the team: she no longer enrols.
    const auto refused = hub.programmes.enrol({p.id, aCase.id, std::nullopt, today}, annaUser);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    // and she may join again later.
    EXPECT_TRUE(hub.programmes.addTeamMember(p.id, anna, ProgrammeTeamRole::SocialWorker, today, manager));
    EXPECT_FALSE(hub.programmes.addTeamMember(p.id, marco, ProgrammeTeamRole::Other, today, annaUser))
        << "only the zone manager sets the team";
}

TEST_F(ProgrammeTest, EnrolsAndDischargesKeepingTheDates)
{
    const Programme p = withTeam();
    const auto e = hub.programmes.enrol({p.id, aCase.id, child, start.addDays(10)}, annaUser);
    ASSERT_TRUE(e) << e.error().message.toStdString();
    EXPECT_TRUE(e.value().open());
    EXPECT_EQ(e.value().caseNumber, aCase.number());
    EXPECT_EQ(e.value().joinedOn, start.addDays(10));

    EXPECT_FALSE(hub.programmes.discharge(e.value().id, e.value().version, start.addDays(9),
                                          LeaveReason::Completed, annaUser))
        << "before joining";
    EXPECT_FALSE(hub.programmes.discharge(e.value().id, e.value().version, today.addDays(1),
                                          LeaveReason::Completed, annaUser))
        << "in the future";
    const auto left = hub.programmes.discharge(e.value().id, e.value().version, start.addDays(40),
                                               LeaveReason::Withdrew, annaUser);
    ASSERT_TRUE(left) << left.error().message.toStdString();
    EXPECT_EQ(left.value().leftOn, start.addDays(40));
    EXPECT_EQ(left.value().leaveReason, LeaveReason::Withdrew);
    EXPECT_EQ(left.value().joinedOn, start.addDays(10));
    const auto again =
        hub.programmes.discharge(e.value().id, left.value().version, today, LeaveReason::Completed, annaUser);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);

    // Joining again after leaving is a new enrolment; the first one stays as it was.
    const auto rejoined = hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(41)}, annaUser);
    ASSERT_TRUE(rejoined) << rejoined.error().message.toStdString();
    const auto listed = hub.programmes.enrolments(p.id, annaUser).value();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(1).leftOn, start.addDays(40));
    EXPECT_EQ(hub.programmes.enrolmentsOfCase(aCase.id, annaUser).value().size(), 2);
}

TEST_F(ProgrammeTest, RefusesOverlapsAndDatesOutsideThePeriod)
{
    const Programme p = withTeam();
    ASSERT_TRUE(hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(10)}, annaUser));
    const auto twice = hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(20)}, annaUser);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().fields.first().field, QStringLiteral("joinedOn"));
    const auto earlier = hub.programmes.enrol({p.id, aCase.id, std::nullopt, start}, annaUser);
    ASSERT_FALSE(earlier) << "an open enrolment runs on: an earlier start overlaps it too";

    const auto before = hub.programmes.enrol({p.id, std::nullopt, adult, start.addDays(-1)}, manager);
    ASSERT_FALSE(before);
    EXPECT_EQ(before.error().fields.first().field, QStringLiteral("joinedOn"));
    EXPECT_FALSE(hub.programmes.enrol({p.id, std::nullopt, adult, today.addDays(1)}, manager)) << "future";
    EXPECT_FALSE(hub.programmes.enrol({p.id, std::nullopt, std::nullopt, today}, manager)) << "nobody";
    EXPECT_FALSE(hub.programmes.enrol({p.id, aCase.id, adult, today}, manager)) << "not a member of the case";

    // Shortening the period under an enrolment is refused, and nothing changes.
    ProgrammeDraft shorter = draft();
    shorter.startsOn = start.addDays(15);
    const auto refused = hub.programmes.update(p.id, p.version, shorter, manager);
    ASSERT_FALSE(refused);
    EXPECT_EQ(hub.programmes.get(p.id, manager).value().startsOn, start);
}

TEST_F(ProgrammeTest, EnrollingFollowsCaseVisibility)
{
    const Programme p = withTeam();
    // Anna does not see Marco's case; the educator Davide is on no case team.
    const auto notHers = hub.programmes.enrol({p.id, otherCase.id, std::nullopt, today}, annaUser);
    ASSERT_FALSE(notHers);
    EXPECT_EQ(notHers.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(hub.programmes.enrol({p.id, aCase.id, std::nullopt, today}, educator));
    // Marco sees his cases but is not on the project's team.
    EXPECT_EQ(hub.programmes.enrol({p.id, otherCase.id, std::nullopt, today}, marcoUser).error().code,
              ErrorCode::Forbidden);
    // The zone manager enrols Marco's cases, the riservato one too.
    ASSERT_TRUE(hub.programmes.enrol({p.id, otherCase.id, std::nullopt, today}, manager));
    ASSERT_TRUE(hub.programmes.enrol({p.id, secretCase.id, std::nullopt, today}, manager));
    ASSERT_TRUE(hub.programmes.enrol({p.id, aCase.id, std::nullopt, today}, annaUser));

    // A team member sees the project's enrolments except the riservato cases they do not see.
    const auto seenByAnna = hub.programmes.enrolments(p.id, annaUser).value();
    EXPECT_EQ(seenByAnna.size(), 2);
    for (const Enrolment &e : seenByAnna)
        EXPECT_NE(e.caseId, secretCase.id);
    EXPECT_EQ(hub.programmes.enrolments(p.id, manager).value().size(), 3);
    // Marco, not on the team, sees only his own cases' enrolments.
    EXPECT_EQ(hub.programmes.enrolments(p.id, marcoUser).value().size(), 2);
    // The educator lists only the projects of their team.
    hub.programmes.create(draft(QStringLiteral("Genitorialità in carcere")), manager).value();
    EXPECT_EQ(hub.programmes.list(educator).value().size(), 1);
    EXPECT_EQ(hub.programmes.list(manager).value().size(), 2);
}

TEST_F(ProgrammeTest, CountsOnKnownData)
{
    const Programme p = withTeam();
    const QDate from = start.addDays(30), to = start.addDays(60);
    // joined before the period, still enrolled
    hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(5)}, manager).value();
    // joined and left within the period
    const auto e2 =
        hub.programmes.enrol({p.id, otherCase.id, std::nullopt, start.addDays(35)}, manager).value();
    hub.programmes.discharge(e2.id, e2.version, start.addDays(50), LeaveReason::Completed, manager).value();
    // left before the period: not counted
    const auto e3 =
        hub.programmes.enrol({p.id, secretCase.id, std::nullopt, start.addDays(1)}, manager).value();
    hub.programmes.discharge(e3.id, e3.version, start.addDays(20), LeaveReason::Moved, manager).value();
    // a person without a case, joined within
    hub.programmes.enrol({p.id, std::nullopt, adult, start.addDays(45)}, manager).value();
    // joined after the period
    hub.programmes.enrol({p.id, secretCase.id, std::nullopt, start.addDays(70)}, manager).value();

    const auto all = hub.programmes.counts(from, to, clerk);
    ASSERT_TRUE(all) << all.error().message.toStdString();
    ASSERT_EQ(all.value().size(), 1);
    const ProgrammeCounts &c = all.value().first();
    EXPECT_EQ(c.enrolledAtEnd, 2); // aCase and the person
    EXPECT_EQ(c.joined, 2);
    EXPECT_EQ(c.left, 1);
    EXPECT_EQ(c.activeInPeriod, 3);
    EXPECT_EQ(c.distinctCases, 2);
    EXPECT_EQ(c.distinctPersons, 1);
    QMap<QString, int> perComune;
    for (const MunicipalityCount &m : c.byMunicipality) {
        perComune.insert(m.municipalityCode, m.enrolments);
        EXPECT_FALSE(m.municipalityName.isEmpty()) << m.municipalityCode.toStdString();
    }
    EXPECT_EQ(perComune.value(QStringLiteral("045001")), 2) << "aCase, and the person by their residence";
    EXPECT_EQ(perComune.value(QStringLiteral("045002")), 1);
    EXPECT_EQ(perComune.size(), 2);

    const QList<QStringList> csv = ProgrammeService::countRecords(all.value());
    ASSERT_EQ(csv.size(), 1 + 1 + 2);
    EXPECT_EQ(csv.at(1).at(0), QStringLiteral("Centro estivo"));
    EXPECT_EQ(csv.at(1).at(10), QStringLiteral("3"));

    EXPECT_FALSE(hub.programmes.counts(to, from, manager)) << "a period that ends before it starts";
    EXPECT_FALSE(hub.programmes.enrolments(p.id, clerk)) << "the clerk reads numbers only";
}

TEST_F(ProgrammeTest, ClosingDischargesTheOpenEnrolmentsAndEndsTheTeam)
{
    const Programme p = withTeam();
    hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(5)}, annaUser).value();
    const auto e2 = hub.programmes.enrol({p.id, std::nullopt, adult, start.addDays(6)}, annaUser).value();
    hub.programmes.discharge(e2.id, e2.version, start.addDays(8), LeaveReason::Other, annaUser).value();
    const int v = hub.programmes.get(p.id, manager).value().version;
    EXPECT_FALSE(hub.programmes.close(p.id, v, start.addDays(5), annaUser)) << "only the zone manager closes";
    EXPECT_FALSE(hub.programmes.close(p.id, v, start.addDays(7), manager)) << "before an enrolment's leaving";
    const auto closed = hub.programmes.close(p.id, v, today, manager);
    ASSERT_TRUE(closed) << closed.error().message.toStdString();
    EXPECT_EQ(closed.value().status, ProgrammeStatus::Closed);
    EXPECT_EQ(closed.value().endsOn, today);
    for (const ProgrammeTeamMember &m : closed.value().team)
        EXPECT_EQ(m.toOn, today);
    const auto listed = hub.programmes.enrolments(p.id, manager).value();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(1).leaveReason, LeaveReason::ProgrammeEnded);
    EXPECT_EQ(listed.at(1).leftOn, today);
    EXPECT_EQ(listed.at(0).leaveReason, LeaveReason::Other) << "an enrolment that left keeps its dates";
    EXPECT_EQ(listed.at(0).leftOn, start.addDays(8));
    EXPECT_FALSE(hub.programmes.enrol({p.id, otherCase.id, std::nullopt, today}, manager)) << "closed";
    EXPECT_FALSE(hub.programmes.update(p.id, closed.value().version, draft(), manager)) << "closed";
}

TEST_F(ProgrammeTest, AFailedCloseChangesNothing)
{
    const Programme p = withTeam();
    hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(5)}, annaUser).value();
    // The programme's own update fails after the enrolments were discharged: the whole close rolls back.
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER fail_close BEFORE UPDATE OF status ON programmes "
                                      "BEGIN SELECT RAISE(ABORT, 'test failure'); END")));
    const int v = hub.programmes.get(p.id, manager).value().version;
    ASSERT_FALSE(hub.programmes.close(p.id, v, today, manager));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM programme_enrolments WHERE left_on IS NULL")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM programme_team WHERE to_on IS NULL")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM programme_versions")), 0);
    EXPECT_EQ(hub.programmes.get(p.id, manager).value().status, ProgrammeStatus::Active);
}

TEST_F(ProgrammeTest, AuditsWithIdsOnly)
{
    const Programme p = withTeam();
    hub.programmes.enrol({p.id, aCase.id, std::nullopt, start.addDays(5)}, annaUser).value();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'programme_enrolled'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'programme%' AND "
                                   "(details LIKE '%Rossi%' OR details LIKE '%Centro%')")),
              0);
}

} // namespace
