// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class IntakeServiceTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor actor{QStringLiteral("anna")};
    qint64 worker = 0;
    qint64 mother = 0;
    qint64 child = 0;

    void SetUp() override
    {
        worker = hub.cases.registerWorker({0, QStringLiteral("Anna Bertolini"), {}, true}, actor).value().id;
        mother = hub.persons.create(test::mario(), actor).value().id;
        Person p = test::mario();
        p.fiscalCode.clear();
        p.givenName = QStringLiteral("Giulia");
        p.birthDate = QDate(2016, 3, 1);
        child = hub.persons.create(p, actor).value().id;
    }

    IntakeContact contact()
    {
        IntakeContact i;
        i.contactDate = domain::officeToday().addDays(-2);
        i.channel = ContactChannel::InPerson;
        i.area = CaseArea::FamilyAndMinors;
        i.municipalityCode = QStringLiteral("045001");
        i.personIds = {mother, child};
        i.request = QStringLiteral("Chiede aiuto: sfratto entro fine mese, due figli.");
        i.response = QStringLiteral("Spiegati i contributi per l'affitto.");
        return i;
    }

    Case caseDraft()
    {
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = worker;
        return c;
    }
};

TEST_F(IntakeServiceTest, RecordsAContactAndRefusesAnIncompleteOne)
{
    const auto saved = hub.intakes.record(contact(), actor);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value().personNames.size(), 2);
    EXPECT_EQ(saved.value().stamp.createdBy, QStringLiteral("anna"));

    IntakeContact nobody = contact();
    nobody.personIds.clear();
    EXPECT_EQ(hub.intakes.record(nobody, actor).error().fields.first().field, QStringLiteral("persons"));
    nobody.visitor = QStringLiteral("Signora non registrata");
    EXPECT_TRUE(hub.intakes.record(nobody, actor)) << "a name is enough for a first contact";

    IntakeContact referred = contact();
    referred.outcome = IntakeOutcome::Referred;
    EXPECT_EQ(hub.intakes.record(referred, actor).error().fields.first().field, QStringLiteral("referredTo"));
    IntakeContact empty = contact();
    empty.request = QStringLiteral("  ");
    EXPECT_FALSE(hub.intakes.record(empty, actor));
    IntakeContact future = contact();
    future.contactDate = domain::officeToday().addDays(1);
    EXPECT_FALSE(hub.intakes.record(future, actor));
    IntakeContact opened = contact();
    opened.outcome = IntakeOutcome::CaseOpened;
    EXPECT_FALSE(hub.intakes.record(opened, actor)) << "only openCase opens a case";
    EXPECT_EQ(hub.intakes.list({}, actor).value().size(), 2);
}

TEST_F(IntakeServiceTest, OpeningACaseCarriesPeopleAndWordsOver)
{
    const IntakeContact intake = hub.intakes.record(contact(), actor).value();
    const auto opened = hub.intakes.openCase(intake.id, intake.stamp.version, caseDraft(), actor);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    const Case &c = opened.value();
    ASSERT_EQ(c.members.size(), 2);
    EXPECT_EQ(c.members.first().personId, mother);
    EXPECT_EQ(c.members.first().role, MemberRole::PrincipalBeneficiary);
    EXPECT_EQ(c.notes, intake.request);

    const QList<DiaryEntry> diary = hub.diary.entries(c.id, actor).value();
    ASSERT_EQ(diary.size(), 1);
    EXPECT_EQ(diary.first().date, intake.contactDate);
    EXPECT_TRUE(diary.first().text.contains(intake.request));
    EXPECT_TRUE(diary.first().text.contains(intake.response));
    EXPECT_EQ(diary.first().personIds.size(), 2);

    const IntakeContact after = hub.intakes.get(intake.id, actor).value();
    EXPECT_EQ(after.outcome, IntakeOutcome::CaseOpened);
    EXPECT_EQ(after.caseId, c.id);
    EXPECT_EQ(after.caseNumber, c.number());

    const auto twice = hub.intakes.openCase(intake.id, after.stamp.version, caseDraft(), actor);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Duplicate);
}

TEST_F(IntakeServiceTest, TheDatabaseKeepsTheContactsWordsAndWhereItSentThePerson)
{
    IntakeContact referred = contact();
    referred.outcome = IntakeOutcome::Referred;
    referred.referredTo = QStringLiteral("Consultorio familiare");
    const IntakeContact saved = hub.intakes.record(referred, actor).value();
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE intakes SET request = 'x', version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE intakes SET area = 'elderly', version = version + 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE intakes SET outcome = 'information', version = version + 1")));
    const Case opened = hub.intakes.openCase(saved.id, saved.stamp.version, caseDraft(), actor).value();
    const IntakeContact after = hub.intakes.get(saved.id, actor).value();
    EXPECT_EQ(after.caseId, opened.id);
    EXPECT_EQ(after.referredTo, QStringLiteral("Consultorio familiare")) << "opening a case erases nothing";
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE intakes SET case_id = NULL, version = version + 1")));
}

TEST_F(IntakeServiceTest, AFailedOpeningLeavesNothingBehind)
{
    const IntakeContact intake = hub.intakes.record(contact(), actor).value();
    Case bad = caseDraft();
    bad.responsibleWorkerId = 9999;
    ASSERT_FALSE(hub.intakes.openCase(intake.id, intake.stamp.version, bad, actor));
    EXPECT_EQ(hub.cases.count({}, actor).value(), 0);
    const IntakeContact after = hub.intakes.get(intake.id, actor).value();
    EXPECT_EQ(after.outcome, IntakeOutcome::InformationGiven);
    EXPECT_EQ(after.stamp.version, intake.stamp.version);

    const auto stale = hub.intakes.openCase(intake.id, intake.stamp.version + 1, caseDraft(), actor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(hub.cases.count({}, actor).value(), 0);
}

TEST_F(IntakeServiceTest, AContactWithoutRegisteredPeopleOpensACaseOnlyForPeopleNamedThen)
{
    IntakeContact anonymous = contact();
    anonymous.personIds.clear();
    anonymous.visitor = QStringLiteral("Un vicino");
    const IntakeContact saved = hub.intakes.record(anonymous, actor).value();
    const auto refused = hub.intakes.openCase(saved.id, saved.stamp.version, caseDraft(), actor);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("members"));

    Case named = caseDraft(); // the person was registered after the contact
    named.members = {{mother, MemberRole::PrincipalBeneficiary, {}}};
    const auto opened = hub.intakes.openCase(saved.id, saved.stamp.version, named, actor);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value().members.size(), 1);
    EXPECT_TRUE(hub.diary.entries(opened.value().id, actor).value().first().personIds.isEmpty())
        << "nobody registered was at the contact";
}

} // namespace
