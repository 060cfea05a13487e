// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/casework/personservice.h"
#include "domain/servicehub.h"

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;
using cartella::test::mario;

namespace {

class PersonServiceTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    PersonService &service = hub.persons;
    Actor actor{QStringLiteral("tester")};

    QStringList fieldsOf(const QList<FieldIssue> &issues)
    {
        QStringList out;
        for (const FieldIssue &i : issues)
            out.append(i.field);
        return out;
    }
};

} // namespace

TEST_F(PersonServiceTest, ValidPersonHasNoIssues)
{
    EXPECT_TRUE(service.validate(mario()).isEmpty());
}

TEST_F(PersonServiceTest, RequiredFieldsAreNamed)
{
    EXPECT_EQ(fieldsOf(service.validate(Person{})),
              (QStringList{QStringLiteral("surname"), QStringLiteral("givenName"), QStringLiteral("sex"),
                           QStringLiteral("birthDate")}));
}

TEST_F(PersonServiceTest, TellsWhichFieldDisagreesWithTheCode)
{
    Person p = mario();
    p.givenName = QStringLiteral("Marco");
    EXPECT_EQ(fieldsOf(service.fiscalCodeMismatches(p)), QStringList{QStringLiteral("givenName")});
    p = mario();
    p.birthDate = QDate(1985, 12, 11);
    EXPECT_EQ(fieldsOf(service.fiscalCodeMismatches(p)), QStringList{QStringLiteral("birthDate")});
    p = mario();
    p.sex = Sex::Female;
    EXPECT_EQ(fieldsOf(service.fiscalCodeMismatches(p)), QStringList{QStringLiteral("sex")});
    p = mario();
    p.birthPlaceCode = QStringLiteral("H501");
    EXPECT_EQ(fieldsOf(service.fiscalCodeMismatches(p)), QStringList{QStringLiteral("birthPlace")});
    p = mario();
    p.surname = QStringLiteral("Bianchi");
    const auto refused = service.create(p, actor);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_EQ(fieldsOf(refused.error().fields), QStringList{QStringLiteral("surname")});
}

TEST_F(PersonServiceTest, OmocodicCodeAgreesWithTheAnagrafica)
{
    Person p = mario();
    p.fiscalCode = QStringLiteral("RSSMRA85T10A56NH");
    EXPECT_TRUE(service.validate(p).isEmpty());
}

TEST_F(PersonServiceTest, SavesWithoutFiscalCode)
{
    Person p = mario();
    p.fiscalCode.clear();
    const auto saved = service.create(p, actor);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_FALSE(saved.value().hasFiscalCode());
    PersonQuery without;
    without.onlyWithoutFiscalCode = true;
    EXPECT_EQ(service.count(without, actor).value(), 1);
}

TEST_F(PersonServiceTest, RefusesASecondPersonWithTheSameCodeAndOffersTheFirst)
{
    const auto first = service.create(mario(), actor);
    ASSERT_TRUE(first);
    Person second = mario();
    second.residence.street = QStringLiteral("Via Nuova 2");
    const auto refused = service.create(second, actor, SimilarPersonPolicy::SaveAnyway);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(refused.error().relatedIds, QList<qint64>{first.value().id});
    EXPECT_EQ(service.count({}, actor).value(), 1);
}

TEST_F(PersonServiceTest, WarnsAboutSameNameAndBirthAndAllowsOverride)
{
    ASSERT_TRUE(service.create(mario(), actor));
    Person twin = mario();
    twin.fiscalCode.clear();
    twin.givenName = QStringLiteral("MARIO"); // same person by name, typed differently
    const auto warned = service.create(twin, actor);
    ASSERT_FALSE(warned);
    EXPECT_EQ(warned.error().code, ErrorCode::PossibleDuplicate);
    EXPECT_EQ(warned.error().relatedIds.size(), 1);
    const auto saved = service.create(twin, actor, SimilarPersonPolicy::SaveAnyway);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(service.count({}, actor).value(), 2);
}

TEST_F(PersonServiceTest, UpdateKeepsHistoryAndRefusesStaleCopies)
{
    const auto created = service.create(mario(), actor);
    ASSERT_TRUE(created);
    Person first = created.value();
    Person stale = created.value();

    first.phone = QStringLiteral("333 1234567");
    const auto updated = service.update(first, actor);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated.value().stamp.version, 2);
    EXPECT_EQ(updated.value().stamp.updatedBy, QStringLiteral("tester"));
    EXPECT_EQ(service.historyLength(first.id, actor).value(), 1);

    stale.email = QStringLiteral("altro@example.org");
    const auto conflict = service.update(stale, actor);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service.get(first.id, actor).value().phone, QStringLiteral("333 1234567"));
}

TEST_F(PersonServiceTest, NormalisesWhatIsStored)
{
    Person p = mario();
    p.surname = QStringLiteral("  Rossi ");
    p.fiscalCode = QStringLiteral("rssmra 85t10 a562s");
    const auto saved = service.create(p, actor);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value().surname, QStringLiteral("Rossi"));
    EXPECT_EQ(saved.value().fiscalCode, QStringLiteral("RSSMRA85T10A562S"));
}
