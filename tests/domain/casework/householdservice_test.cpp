// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/casework/householdservice.h"
#include "domain/casework/personservice.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class HouseholdServiceTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    PersonService &persons = hub.persons;
    HouseholdService &households = hub.households;
    Actor actor{QStringLiteral("anna")};

    qint64 person(const QString &name, QDate birth)
    {
        Person p = test::mario();
        p.givenName = name;
        p.birthDate = birth;
        p.fiscalCode.clear();
        const auto saved = persons.create(p, actor, SimilarPersonPolicy::SaveAnyway);
        EXPECT_TRUE(saved) << saved.error().message.toStdString();
        return saved.value().id;
    }
};

} // namespace

TEST_F(HouseholdServiceTest, BuildsAHouseholdAroundItsReferencePerson)
{
    const qint64 father = person(QStringLiteral("Mario"), QDate(1980, 1, 1));
    const qint64 son = person(QStringLiteral("Luca"), QDate(2010, 5, 5));
    Household h = households.create(father, actor).value();
    EXPECT_EQ(h.referencePersonId(), father);
    h = households.addMember(h.id, h.version, son, HouseholdRelation::Child, actor).value();
    ASSERT_EQ(h.members.size(), 2);
    EXPECT_EQ(h.members.at(1).relation, HouseholdRelation::Child);
    EXPECT_EQ(h.members.at(1).displayName, QStringLiteral("Rossi Luca"));
    EXPECT_EQ(households.householdOf(son, actor).value()->id, h.id);
}

TEST_F(HouseholdServiceTest, APersonIsInOneHouseholdAtATime)
{
    const qint64 a = person(QStringLiteral("Mario"), QDate(1980, 1, 1));
    const qint64 b = person(QStringLiteral("Anna"), QDate(1982, 1, 1));
    const Household first = households.create(a, actor).value();
    const auto second = households.create(a, actor);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Duplicate);
    Household other = households.create(b, actor).value();
    const auto moved = households.addMember(other.id, other.version, a, HouseholdRelation::Spouse, actor);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().relatedIds, QList<qint64>{first.id});
    EXPECT_FALSE(households.addMember(other.id, other.version, a, HouseholdRelation::Reference, actor))
        << "one reference person";
}

TEST_F(HouseholdServiceTest, LeavingKeepsTheRecordAndStaleCopiesAreRefused)
{
    const qint64 mother = person(QStringLiteral("Maria"), QDate(1975, 1, 1));
    const qint64 daughter = person(QStringLiteral("Sara"), QDate(2000, 1, 1));
    Household h = households.create(mother, actor).value();
    const Household stale = h;
    h = households.addMember(h.id, h.version, daughter, HouseholdRelation::Child, actor).value();
    EXPECT_EQ(households
                  .addMember(stale.id, stale.version, person(QStringLiteral("Ugo"), QDate(1990, 1, 1)),
                             HouseholdRelation::Other, actor)
                  .error()
                  .code,
              ErrorCode::Conflict);
    EXPECT_FALSE(households.removeMember(h.id, h.version, mother, actor))
        << "the reference person stays while others do";
    h = households.removeMember(h.id, h.version, daughter, actor).value();
    EXPECT_EQ(h.members.size(), 1);
    EXPECT_FALSE(households.householdOf(daughter, actor).value().has_value());
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM household_members WHERE left_on IS NOT NULL")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "the membership ended, it was not deleted";
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM household_members")));
    // The daughter may now start her own household.
    EXPECT_TRUE(households.create(daughter, actor));
}
