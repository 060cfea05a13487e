// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// A user who serves some Comuni sees, opens and searches only theirs; what crosses every Comune (retention,
// the access report, the subject-access export) is for a user of the whole zone.
class ComuniTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    qint64 anna = 0, person = 0;
    Actor aullaManager = Actor(QStringLiteral("resp-aulla"), 5, Role::ZoneManager, 0, QStringLiteral("ws"));
    Actor aullaWorker;

    static constexpr const char *kAulla = "045001";
    static constexpr const char *kBagnone = "045002";

    void SetUp() override
    {
        aullaManager.municipalityCodes = {QLatin1String(kAulla)};
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        aullaWorker = Actor(QStringLiteral("anna"), 6, Role::SocialWorker, anna, QStringLiteral("ws"));
        aullaWorker.municipalityCodes = {QLatin1String(kAulla)};
        person = hub.persons.create(test::mario(), system).value().id;
        for (const char *comune : {kAulla, kBagnone}) {
            IntakeContact i;
            i.municipalityCode = QLatin1String(comune);
            i.visitor = QStringLiteral("Una signora");
            i.request = QStringLiteral("Chiede il trasporto sociale a ") + QLatin1String(comune);
            ASSERT_TRUE(hub.intakes.record(i, system));
        }
    }

    Case draft(const char *comune) const
    {
        Case c;
        c.area = CaseArea::Elderly;
        c.municipalityCode = QLatin1String(comune);
        c.responsibleWorkerId = anna;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        return c;
    }
};

TEST_F(ComuniTest, AManagerOfSomeComuniSeesAndOpensOnlyTheirs)
{
    ASSERT_TRUE(hub.cases.open(draft(kBagnone), system));
    EXPECT_EQ(hub.cases.count({}, aullaManager).value(), 0);
    const auto elsewhere = hub.cases.open(draft(kBagnone), aullaManager);
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().code, ErrorCode::Invalid) << "refused before anything is written";
    EXPECT_EQ(hub.cases.count({}, system).value(), 1);
    EXPECT_TRUE(hub.cases.open(draft(kAulla), aullaManager));
    EXPECT_EQ(hub.cases.municipalitiesWithCases(aullaManager).value().size(), 1);
}

TEST_F(ComuniTest, IntakesAndTheirWordsOnlyOfTheComuniServed)
{
    EXPECT_EQ(hub.intakes.list({}, aullaWorker).value().size(), 1);
    EXPECT_EQ(hub.search.search(QStringLiteral("trasporto"), 20, aullaWorker).value().texts.size(), 1);
    EXPECT_EQ(hub.search.search(QStringLiteral("trasporto"), 20, system).value().texts.size(), 2);
}

TEST_F(ComuniTest, AContactThatOpenedACaseIsOnlyForThoseWhoSeeTheCase)
{
    const qint64 marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
    const IntakeContact aulla = hub.intakes.list({}, aullaWorker).value().first();
    Case c = draft(kAulla);
    c.responsibleWorkerId = marco;
    ASSERT_TRUE(hub.intakes.openCase(aulla.id, aulla.stamp.version, c, system));
    EXPECT_TRUE(hub.intakes.list({}, aullaWorker).value().isEmpty()) << "Anna is not on Marco's case";
    EXPECT_EQ(hub.intakes.get(aulla.id, aullaWorker).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(hub.search.search(QStringLiteral("trasporto"), 20, aullaWorker).value().texts.isEmpty());
}

TEST_F(ComuniTest, WhatCrossesEveryComuneIsForAUserOfTheWholeZone)
{
    EXPECT_EQ(require(aullaManager, Operation::ApplyRetention).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.subjectRights.accessReport(person, aullaManager).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(hub.subjectRights.exportData(person, aullaManager, {QStringLiteral("json")}));
    EXPECT_EQ(hub.retention.preview(domain::officeToday(), aullaManager).error().code, ErrorCode::Forbidden);
    Actor wholeZone = aullaManager;
    wholeZone.municipalityCodes.clear();
    EXPECT_TRUE(hub.subjectRights.accessReport(person, wholeZone));
}

} // namespace
