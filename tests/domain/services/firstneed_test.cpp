// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// First-need interventions for a person with no fixed address: the person, their case and the request in one
// transaction, each step through its own service.
class FirstNeedTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    qint64 anna = 0, bruno = 0, mario = 0;
    Case marioCase;
    Actor worker, colleague, manager, clerk, educator, admin;
    QDate today = domain::officeToday();

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        bruno = hub.cases.registerWorker({0, QStringLiteral("Bruno"), {}, true}, system).value().id;
        worker = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        colleague = test::userActor(hub, QStringLiteral("bruno"), Role::SocialWorker, bruno);
        manager = test::userActor(hub, QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative, 0);
        educator = test::userActor(hub, QStringLiteral("edu"), Role::Educator, 0);
        admin = test::userActor(hub, QStringLiteral("admin"), Role::SystemAdmin, 0);
        mario = hub.persons.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{mario, MemberRole::PrincipalBeneficiary, {}}};
        marioCase = hub.cases.open(c, system).value();
    }

    qint64 entry(const QString &code)
    {
        for (const CatalogueEntry &e : hub.catalogue.entries(true, system).value()) {
            if (e.code == code)
                return e.id;
        }
        ADD_FAILURE() << "no catalogue entry " << code.toStdString();
        return 0;
    }

    // Someone who came to the desk for the first time: no residence, no fiscal code.
    static Person stranger()
    {
        Person p;
        p.surname = QStringLiteral("Ionescu");
        p.givenName = QStringLiteral("Vasile");
        p.sex = Sex::Male;
        p.birthDate = QDate(1970, 3, 4);
        return p;
    }

    FirstNeedEntry ticket(qint64 personId = 0)
    {
        FirstNeedEntry e;
        e.personId = personId;
        if (personId == 0)
            e.newPerson = stranger();
        e.catalogueId = entry(QStringLiteral("sfd_titolo_viaggio"));
        e.municipalityCode = QStringLiteral("045001"); // Aulla
        e.on = today;
        e.amountCents = 2350;
        e.providerKind = ProviderKind::Other;
        e.providerName = QStringLiteral("Trenitalia");
        e.note = QStringLiteral("Biglietto per Genova, dove lo aspetta il fratello.");
        return e;
    }

    qint64 rows(const QString &table)
    {
        QSqlQuery q(db.storage().database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toLongLong();
    }

    struct Counts
    {
        qint64 persons, cases, deliveries, diary, audit;
        bool operator==(const Counts &) const = default;
    };
    Counts counts()
    {
        return {rows(QStringLiteral("persons")), rows(QStringLiteral("cases")),
                rows(QStringLiteral("service_deliveries")), rows(QStringLiteral("diary_entries")),
                rows(QStringLiteral("audit_log"))};
    }
};

TEST_F(FirstNeedTest, OnlyTheFirstNeedEntriesOfTheCatalogueCount)
{
    EXPECT_TRUE(isFirstNeed(QStringLiteral("sfd_accoglienza_notturna")));
    EXPECT_TRUE(isFirstNeed(QStringLiteral("sfd_rimborso_associazione")));
    EXPECT_FALSE(isFirstNeed(QStringLiteral("prestito_onore")));
    const auto offered = hub.firstNeed.entries(worker).value();
    ASSERT_EQ(offered.size(), 4) << "every first-need code is seeded in the catalogue";
    for (const CatalogueEntry &e : offered)
        EXPECT_TRUE(isFirstNeed(e.code)) << e.code.toStdString();
}

TEST_F(FirstNeedTest, ANewPersonIsRegisteredACaseOpenedAndTheRequestMadeInOneGo)
{
    const Counts before = counts();
    const auto done = hub.firstNeed.record(ticket(), worker);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    const FirstNeedResult &r = done.value();
    EXPECT_TRUE(r.personRegistered);
    EXPECT_TRUE(r.caseOpened);

    const Person p = hub.persons.get(r.personId, worker).value();
    EXPECT_EQ(p.surname, QStringLiteral("Ionescu"));
    EXPECT_TRUE(p.residence.isEmpty()) << "no fixed address";
    EXPECT_TRUE(p.fiscalCode.isEmpty());

    const Case c = hub.cases.get(r.caseId, worker).value();
    EXPECT_EQ(c.number(), r.caseNumber);
    EXPECT_EQ(c.area, CaseArea::AdultHardship);
    EXPECT_EQ(c.municipalityCode, QStringLiteral("045001"));
    EXPECT_EQ(c.responsibleWorkerId, anna);
    ASSERT_EQ(c.members.size(), 1);
    EXPECT_EQ(c.members.first().personId, r.personId);
    EXPECT_EQ(c.members.first().role, MemberRole::PrincipalBeneficiary);

    const ServiceDelivery &d = r.delivery;
    EXPECT_EQ(d.status, DeliveryStatus::Requested) << "the zone manager still decides";
    EXPECT_EQ(d.caseId, r.caseId);
    EXPECT_EQ(d.personId, r.personId);
    EXPECT_EQ(d.costCents, 2350);
    EXPECT_EQ(d.comuneShareCents, 2350);
    EXPECT_EQ(d.providerKind, ProviderKind::Other);
    EXPECT_EQ(d.providerName, QStringLiteral("Trenitalia"));
    EXPECT_EQ(d.requestedOn, today);

    const auto diary = hub.diary.entries(r.caseId, worker).value();
    ASSERT_EQ(diary.size(), 1);
    EXPECT_TRUE(diary.first().text.contains(QStringLiteral("Genova")));

    const Counts after = counts();
    EXPECT_EQ(after.persons, before.persons + 1);
    EXPECT_EQ(after.cases, before.cases + 1);
    EXPECT_EQ(after.deliveries, before.deliveries + 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log WHERE action = 'first_need_recorded' AND entity_id = ") +
                   QString::number(d.id)),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log WHERE action IN ('person_created', 'case_opened', "
                                  "'service_requested') AND user_name = 'anna'")),
              3)
        << "each step is audited by its own service";

    // The zone manager approves it as any other request.
    BudgetLine l;
    l.year = today.year();
    l.code = QStringLiteral("1410");
    l.name = QStringLiteral("Senza fissa dimora");
    const qint64 line = hub.budget.createLine(l, 100000, {}, manager).value().id;
    const auto approved = hub.deliveries.approve(d.id, d.stamp.version, line, today, manager);
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    EXPECT_EQ(approved.value().status, DeliveryStatus::Approved);
}

TEST_F(FirstNeedTest, ARegisteredPersonWithAnOpenCaseHasTheRequestInThatCase)
{
    FirstNeedEntry e = ticket(mario);
    e.catalogueId = entry(QStringLiteral("sfd_accoglienza_notturna"));
    e.amountCents = 0; // the Comune's own shelter: a service, no money
    e.providerKind = ProviderKind::Comune;
    e.providerName.clear();
    e.note.clear();
    const Counts before = counts();
    const auto done = hub.firstNeed.record(e, worker);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_FALSE(done.value().personRegistered);
    EXPECT_FALSE(done.value().caseOpened);
    EXPECT_EQ(done.value().caseId, marioCase.id);
    EXPECT_EQ(done.value().caseNumber, marioCase.number());
    EXPECT_EQ(counts().persons, before.persons);
    EXPECT_EQ(counts().cases, before.cases);
    EXPECT_EQ(counts().diary, before.diary) << "no note, no diary entry";
    EXPECT_EQ(hub.deliveries.forCase(marioCase.id, worker).value().size(), 1);
}

TEST_F(FirstNeedTest, ACaseTheActorCannotChangeOrAClosedOneIsNotUsed)
{
    // Bruno does not see Anna's case: a new case is opened, his.
    auto done = hub.firstNeed.record(ticket(mario), colleague);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_TRUE(done.value().caseOpened);
    EXPECT_NE(done.value().caseId, marioCase.id);
    EXPECT_EQ(hub.cases.get(done.value().caseId, colleague).value().responsibleWorkerId, bruno);

    // The zone manager sees both, and uses one of them.
    FirstNeedEntry e = ticket(mario);
    done = hub.firstNeed.record(e, manager);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_FALSE(done.value().caseOpened);
}

TEST_F(FirstNeedTest, AServiceThatIsNotFirstNeedIsRefusedAndNothingIsWritten)
{
    FirstNeedEntry e = ticket();
    e.catalogueId = entry(QStringLiteral("prestito_onore"));
    const Counts before = counts();
    const auto refused = hub.firstNeed.record(e, worker);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    ASSERT_FALSE(refused.error().fields.isEmpty());
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("service"));
    e.catalogueId = 999999;
    EXPECT_EQ(hub.firstNeed.record(e, worker).error().fields.first().field, QStringLiteral("service"));
    EXPECT_EQ(counts(), before);
}

TEST_F(FirstNeedTest, AFailureInTheRequestLeavesNoPersonAndNoCase)
{
    // Goods are economic aid: the Comune must pay something, which only the request step checks, after
    // the person and the case were written.
    FirstNeedEntry e = ticket();
    e.catalogueId = entry(QStringLiteral("sfd_beni_prima_necessita"));
    e.amountCents = 0;
    const Counts before = counts();
    const auto refused = hub.firstNeed.record(e, worker);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("cost"));
    EXPECT_EQ(counts(), before) << "no person, no case, no request, no audit record";

    // A date in the future is refused by the request too.
    e.amountCents = 1500;
    e.on = today.addDays(1);
    EXPECT_FALSE(hub.firstNeed.record(e, worker).ok());
    EXPECT_EQ(counts(), before);

    // And the same entry, corrected, goes through.
    e.on = today;
    EXPECT_TRUE(hub.firstNeed.record(e, worker).ok());
}

TEST_F(FirstNeedTest, APossibleDuplicateIsReportedAndSavedOnlyWhenConfirmed)
{
    FirstNeedEntry e = ticket();
    e.newPerson.surname = QStringLiteral("Rossi");
    e.newPerson.givenName = QStringLiteral("Mario");
    e.newPerson.birthDate = QDate(1985, 12, 10);
    const Counts before = counts();
    const auto similar = hub.firstNeed.record(e, worker);
    ASSERT_FALSE(similar.ok());
    EXPECT_EQ(similar.error().code, ErrorCode::PossibleDuplicate);
    EXPECT_TRUE(similar.error().relatedIds.contains(mario));
    EXPECT_EQ(counts(), before);

    e.similarPersons = SimilarPersonPolicy::SaveAnyway;
    const auto confirmed = hub.firstNeed.record(e, worker);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    EXPECT_NE(confirmed.value().personId, mario);

    // The same fiscal code is a duplicate, whatever the user confirms.
    e.newPerson = test::mario();
    EXPECT_EQ(hub.firstNeed.record(e, worker).error().code, ErrorCode::Duplicate);
}

TEST_F(FirstNeedTest, ANewPersonNeedsWhatTheRegistryNeeds)
{
    FirstNeedEntry e = ticket();
    e.newPerson.sex = Sex::Unspecified;
    e.newPerson.birthDate = {};
    const auto refused = hub.firstNeed.record(e, worker);
    ASSERT_FALSE(refused.ok());
    QStringList fields;
    for (const FieldIssue &f : refused.error().fields)
        fields << f.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("sex")));
    EXPECT_TRUE(fields.contains(QStringLiteral("birthDate")));
}

TEST_F(FirstNeedTest, OnlyRolesThatRequestServicesRecordFirstNeed)
{
    const Counts before = counts();
    for (const Actor &a : {clerk, educator, admin}) {
        const auto refused = hub.firstNeed.record(ticket(), a);
        ASSERT_FALSE(refused.ok()) << a.userName.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << a.userName.toStdString();
    }
    EXPECT_EQ(counts(), before);

    // A zone manager with no worker record cannot be a new case's responsible: they name one.
    FirstNeedEntry e = ticket();
    const auto noWorker = hub.firstNeed.record(e, manager);
    ASSERT_FALSE(noWorker.ok());
    EXPECT_EQ(noWorker.error().fields.first().field, QStringLiteral("responsible"));
    EXPECT_EQ(counts(), before);
    e.responsibleWorkerId = bruno;
    const auto named = hub.firstNeed.record(e, manager);
    ASSERT_TRUE(named.ok()) << named.error().message.toStdString();
    EXPECT_EQ(hub.cases.get(named.value().caseId, manager).value().responsibleWorkerId, bruno);
}

} // namespace
