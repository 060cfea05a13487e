// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Who sees which case, and who may read what is written in it: checked in the services, so the GUI, the
// command-line tool and importers meet the same rules.
class AccessTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system{QStringLiteral("system")};
    qint64 anna = 0, marco = 0, davide = 0;
    Case annas, marcos, withEducator;

    Actor as(Role role, qint64 worker)
    {
        return Actor(QStringLiteral("u"), 99, role, worker, QStringLiteral("ws"));
    }

    Case open(qint64 responsible, const QList<qint64> &team, const QString &diaryText)
    {
        Person p = test::mario();
        p.fiscalCode.clear();
        p.givenName = diaryText.section(QLatin1Char(' '), 1, 1); // alfa, beta, gamma: no homonyms
        const qint64 person = hub.persons.create(p, system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = responsible;
        c.teamWorkerIds = team;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        const Case opened = hub.cases.open(c, system).value();
        DiaryEntry e;
        e.caseId = opened.id;
        e.date = domain::officeToday();
        e.text = diaryText;
        EXPECT_TRUE(hub.diary.add(e, system));
        Deadline d;
        d.caseId = opened.id;
        d.title = QStringLiteral("Relazione");
        d.dueOn = domain::officeToday().addDays(-1);
        d.ownerWorkerId = responsible;
        EXPECT_TRUE(hub.deadlines.add(d, system));
        return opened;
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        davide =
            hub.cases.registerWorker({0, QStringLiteral("Davide"), QStringLiteral("educatore"), true}, system)
                .value()
                .id;
        annas = open(anna, {}, QStringLiteral("Colloquio alfa con la madre."));
        marcos = open(marco, {}, QStringLiteral("Colloquio beta riservato."));
        withEducator = open(marco, {davide}, QStringLiteral("Colloquio gamma con l'educatore."));
    }

    QList<qint64> visibleCases(const Actor &actor)
    {
        QList<qint64> ids;
        for (const CaseSummary &c : hub.cases.list({}, actor).value())
            ids << c.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    qsizetype textHits(const QString &word, const Actor &actor)
    {
        return hub.search.search(word, 20, actor).value().texts.size();
    }
};

TEST_F(AccessTest, ASocialWorkerSeesOnlyTheirCasesAndFindsNothingElse)
{
    const Actor a = as(Role::SocialWorker, anna);
    EXPECT_EQ(visibleCases(a), QList<qint64>{annas.id});
    EXPECT_EQ(hub.cases.count({}, a).value(), 1) << "counts leave out what is not visible";
    const auto hidden = hub.cases.get(marcos.id, a);
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().code, ErrorCode::NotFound) << "answered as if it did not exist";
    EXPECT_FALSE(hub.cases.getByNumber(marcos.number(), a));
    EXPECT_FALSE(hub.cases.history(marcos.id, a));
    EXPECT_FALSE(hub.diary.entries(marcos.id, a));
    EXPECT_FALSE(hub.plans.plan(marcos.id, a));
    EXPECT_FALSE(hub.cases.changeStatus(marcos.id, marcos.stamp.version, CaseStatus::Assessment,
                                        ClosureReason::None, {}, a));
    EXPECT_EQ(textHits(QStringLiteral("alfa"), a), 1);
    EXPECT_EQ(textHits(QStringLiteral("beta"), a), 0) << "no title, no snippet, no count";
    EXPECT_EQ(textHits(QStringLiteral("colloquio"), a), 1);
    EXPECT_EQ(hub.deadlines.list({std::nullopt, std::nullopt}, a).value().size(), 1);
    EXPECT_EQ(hub.deadlines.overdueCount(std::nullopt, a).value(), 1);
    EXPECT_TRUE(hub.diary.entries(annas.id, a));
}

TEST_F(AccessTest, AnEducatorSeesTheCasesOfTheirTeams)
{
    const Actor e = as(Role::Educator, davide);
    EXPECT_EQ(visibleCases(e), QList<qint64>{withEducator.id});
    EXPECT_TRUE(hub.diary.entries(withEducator.id, e));
    EXPECT_EQ(textHits(QStringLiteral("gamma"), e), 1);
    EXPECT_EQ(textHits(QStringLiteral("alfa"), e), 0);
}

TEST_F(AccessTest, AZoneManagerSeesEveryCase)
{
    const Actor z = as(Role::ZoneManager, 0);
    EXPECT_EQ(visibleCases(z).size(), 3);
    EXPECT_EQ(textHits(QStringLiteral("colloquio"), z), 3);
    EXPECT_TRUE(hub.diary.entries(marcos.id, z));
    EXPECT_EQ(hub.deadlines.overdueCount(std::nullopt, z).value(), 3);
}

TEST_F(AccessTest, AnAdministrativeOfficerSeesCasesButNotWhatIsWrittenInThem)
{
    const Actor o = as(Role::Administrative, 0);
    EXPECT_EQ(visibleCases(o).size(), 3);
    EXPECT_FALSE(hub.diary.entries(annas.id, o));
    EXPECT_FALSE(hub.plans.plan(annas.id, o));
    EXPECT_EQ(textHits(QStringLiteral("colloquio"), o), 0);
    EXPECT_FALSE(hub.search.search(QStringLiteral("rossi"), 20, o).value().persons.isEmpty())
        << "the registry is theirs to keep";
}

TEST_F(AccessTest, ASystemAdministratorSeesNoCaseContentAtAll)
{
    const Actor s = as(Role::SystemAdmin, 0);
    EXPECT_EQ(hub.cases.list({}, s).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.cases.count({}, s).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(hub.cases.get(annas.id, s));
    EXPECT_FALSE(hub.diary.entries(annas.id, s));
    const SearchResults r = hub.search.search(QStringLiteral("rossi colloquio"), 20, s).value();
    EXPECT_TRUE(r.persons.isEmpty() && r.cases.isEmpty() && r.texts.isEmpty());
    EXPECT_EQ(hub.deadlines.overdueCount(std::nullopt, s).error().code, ErrorCode::Forbidden);
}

TEST_F(AccessTest, AWorkerWhoOpensACaseForAColleagueIsOnItsTeam)
{
    const Actor a = as(Role::SocialWorker, anna);
    Person p = test::mario();
    p.fiscalCode.clear();
    p.givenName = QStringLiteral("Nuova");
    const qint64 person = hub.persons.create(p, a).value().id;
    Case c;
    c.area = CaseArea::Elderly;
    c.municipalityCode = QStringLiteral("045001");
    c.responsibleWorkerId = marco;
    c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
    const auto opened = hub.cases.open(c, a);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value().teamWorkerIds.contains(anna));
    EXPECT_TRUE(hub.cases.get(opened.value().id, a));
    EXPECT_FALSE(hub.cases.open(c, as(Role::SystemAdmin, 0))) << "a system administrator opens no case";
}

} // namespace
