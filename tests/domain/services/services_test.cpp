// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Services delivered to the people of a case: the request, the zone manager's decision, the money it commits
// on a budget line, the payments and the end; the ISEE rule; the catalogue.
class ServicesTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    qint64 anna = 0, person = 0, line = 0;
    Case theCase;
    Actor worker, manager, clerk, admin;
    QDate today = domain::officeToday();

    Actor user(const QString &name, Role role, qint64 workerId)
    {
        return test::userActor(hub, name, role, workerId);
    }

    qint64 entry(const QString &code)
    {
        return hub.catalogue.entries(true, system).value().at(indexOf(code)).id;
    }
    int indexOf(const QString &code)
    {
        const auto all = hub.catalogue.entries(true, system).value();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).code == code)
                return i;
        }
        ADD_FAILURE() << "no catalogue entry " << code.toStdString();
        return 0;
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        worker = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        admin = user(QStringLiteral("admin"), Role::SystemAdmin, 0);
        person = hub.persons.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        theCase = hub.cases.open(c, system).value();
        BudgetLine l;
        l.year = today.year();
        l.code = QStringLiteral("1404");
        l.name = QStringLiteral("Contributi economici");
        line = hub.budget.createLine(l, 100000, {}, manager).value().id;
    }

    DeliveryRequest aid(const QString &code, qint64 cents)
    {
        DeliveryRequest r;
        r.caseId = theCase.id;
        r.personId = person;
        r.catalogueId = entry(code);
        r.requestedOn = today;
        r.protocol = QStringLiteral("PG 1234/2026");
        r.costCents = cents;
        r.comuneShareCents = cents;
        r.budgetLineId = line;
        return r;
    }

    qint64 rows(const QString &table)
    {
        QSqlQuery q(db.storage().database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toLongLong();
    }
};

TEST_F(ServicesTest, TheCatalogueIsSeededWithTheServicesOfTheOfficesAndOnlyConfirmedSiussCodes)
{
    const auto all = hub.catalogue.entries(true, worker).value();
    EXPECT_GE(all.size(), 25);
    const auto loan = all.at(indexOf(QStringLiteral("prestito_onore")));
    EXPECT_EQ(loan.kind, ServiceKind::Loan);
    EXPECT_EQ(loan.siussCode, QStringLiteral("A1.17"));
    EXPECT_TRUE(all.at(indexOf(QStringLiteral("segretariato_sociale"))).siussCode.isEmpty())
        << "an unknown code stays empty";
    EXPECT_TRUE(all.at(indexOf(QStringLiteral("protezione_accoglienza"))).restricted);
    // Every code given is one of the confirmed ones (data/siuss-prestazioni-partial.csv).
    const QStringList confirmed{QStringLiteral("A1.04"), QStringLiteral("A1.06"), QStringLiteral("A1.16"),
                                QStringLiteral("A1.17"), QStringLiteral("A1.18"), QStringLiteral("A2.01"),
                                QStringLiteral("A2.02"), QStringLiteral("A2.07"), QStringLiteral("A2.09"),
                                QStringLiteral("A2.11"), QStringLiteral("A3.01"), QStringLiteral("A3.02")};
    for (const CatalogueEntry &e : all)
        EXPECT_TRUE(e.siussCode.isEmpty() || confirmed.contains(e.siussCode)) << e.code.toStdString();
}

TEST_F(ServicesTest, AnAdministratorAddsRenamesAndRetiresEntriesAndTheHistoryStays)
{
    CatalogueEntry e;
    e.name = QStringLiteral("Buono trasporto scolastico");
    e.kind = ServiceKind::EconomicAid;
    e.siussCode = QStringLiteral("A1.09");
    e.meansTest = MeansTest::Isee;
    EXPECT_EQ(hub.catalogue.add(e, worker).error().code, ErrorCode::Forbidden);
    e.siussCode = QStringLiteral("A1.9");
    EXPECT_EQ(hub.catalogue.add(e, admin).error().fields.first().field, QStringLiteral("siussCode"));
    e.siussCode = QStringLiteral("A1.09");
    CatalogueEntry added = hub.catalogue.add(e, admin).value();
    EXPECT_EQ(added.code, QStringLiteral("buono_trasporto_scolastico"));
    EXPECT_EQ(hub.catalogue.add(e, admin).error().code, ErrorCode::Duplicate);

    added.name = QStringLiteral("Buono trasporto scuola");
    const CatalogueEntry renamed = hub.catalogue.update(added, admin).value();
    EXPECT_EQ(renamed.name, QStringLiteral("Buono trasporto scuola"));
    EXPECT_EQ(renamed.version, added.version + 1);
    EXPECT_EQ(hub.catalogue.update(added, admin).error().code, ErrorCode::Conflict) << "a stale version";

    const CatalogueEntry retired = hub.catalogue.retire(renamed.id, renamed.version, today, admin).value();
    EXPECT_TRUE(retired.retired());
    const auto inUse = hub.catalogue.entries(false, worker).value();
    EXPECT_TRUE(
        std::none_of(inUse.cbegin(), inUse.cend(), [&](const auto &x) { return x.id == retired.id; }));
    EXPECT_EQ(rows(QStringLiteral("service_catalogue_versions WHERE catalogue_id = ") +
                   QString::number(retired.id)),
              2)
        << "the name before the rename and the entry before retirement";
    // A retired entry is no longer requested.
    DeliveryRequest r = aid(QStringLiteral("buono_trasporto_scolastico"), 5000);
    EXPECT_EQ(hub.deliveries.request(r, worker).error().fields.first().field, QStringLiteral("service"));
}

TEST_F(ServicesTest, ApprovalCommitsTheComuneShareAndPaymentsComeOutOfIt)
{
    const ServiceDelivery requested =
        hub.deliveries.request(aid(QStringLiteral("contributo_straordinario"), 30000), worker).value();
    EXPECT_EQ(requested.status, DeliveryStatus::Requested);
    EXPECT_EQ(hub.budget.figures(line, manager).value().committedCents, 0);

    // Only the zone manager decides.
    EXPECT_EQ(hub.deliveries.approve(requested.id, requested.stamp.version, {}, today, worker).error().code,
              ErrorCode::Forbidden);
    const ServiceDelivery approved =
        hub.deliveries.approve(requested.id, requested.stamp.version, {}, today, manager).value();
    EXPECT_EQ(approved.status, DeliveryStatus::Approved);
    EXPECT_EQ(approved.decidedBy, QStringLiteral("resp"));
    BudgetFigures f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.committedCents, 30000);
    EXPECT_EQ(f.availableCents(), 70000);

    // The social worker does not pay; the administrative officer does, never beyond the commitment.
    EXPECT_EQ(hub.deliveries.pay(approved.id, 10000, today, {}, {}, worker).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.deliveries.pay(approved.id, 30001, today, {}, {}, clerk).error().code, ErrorCode::Invalid);
    const ServiceDelivery partly = hub.deliveries.pay(approved.id, 10000, today, {}, {}, clerk).value();
    EXPECT_EQ(partly.status, DeliveryStatus::Active);
    const ServiceDelivery paid =
        hub.deliveries.pay(approved.id, 20000, today, {}, QStringLiteral("M 88"), clerk).value();
    EXPECT_EQ(paid.status, DeliveryStatus::Concluded) << "a one-off aid paid in full is concluded";
    f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.committedCents, 0);
    EXPECT_EQ(f.paidCents, 30000);
    EXPECT_EQ(f.availableCents(), 70000);
    EXPECT_EQ(f.allocationCents, f.committedCents + f.paidCents + f.availableCents());
}

TEST_F(ServicesTest, ALineNeverSilentlyGoesBelowZero)
{
    const ServiceDelivery big =
        hub.deliveries.request(aid(QStringLiteral("contributo_straordinario"), 150000), worker).value();
    const qint64 movements = rows(QStringLiteral("budget_movements"));
    const auto refused = hub.deliveries.approve(big.id, big.stamp.version, {}, today, manager);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(formatEuro(50000))) << refused.error().message.toStdString();
    EXPECT_EQ(rows(QStringLiteral("budget_movements")), movements) << "nothing is written";
    EXPECT_EQ(hub.deliveries.get(big.id, manager).value().status, DeliveryStatus::Requested);

    // A recorded override by the zone manager lets it through, and the line shows it.
    EXPECT_EQ(hub.budget.authoriseOverspend(line, 50000, today, QStringLiteral("Alluvione di ottobre"), clerk)
                  .error()
                  .code,
              ErrorCode::Forbidden);
    ASSERT_TRUE(
        hub.budget.authoriseOverspend(line, 50000, today, QStringLiteral("Alluvione di ottobre"), manager));
    ASSERT_TRUE(hub.deliveries.approve(big.id, big.stamp.version, {}, today, manager));
    const BudgetFigures f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.availableCents(), -50000);
    EXPECT_EQ(f.spendableCents(), 0);
}

TEST_F(ServicesTest, RejectingNeedsAReasonAndCancellingAGrantGivesTheMoneyBack)
{
    const ServiceDelivery a =
        hub.deliveries.request(aid(QStringLiteral("contributo_straordinario"), 20000), worker).value();
    EXPECT_EQ(hub.deliveries.reject(a.id, a.stamp.version, {}, today, manager).error().fields.first().field,
              QStringLiteral("reason"));
    const ServiceDelivery rejected =
        hub.deliveries
            .reject(a.id, a.stamp.version, QStringLiteral("Requisiti non soddisfatti"), today, manager)
            .value();
    EXPECT_EQ(rejected.status, DeliveryStatus::Rejected);
    EXPECT_EQ(hub.deliveries.approve(a.id, rejected.stamp.version, {}, today, manager).error().code,
              ErrorCode::Invalid);

    const ServiceDelivery b =
        hub.deliveries.request(aid(QStringLiteral("contributo_straordinario"), 20000), worker).value();
    const ServiceDelivery granted = hub.deliveries.approve(b.id, b.stamp.version, {}, today, manager).value();
    ASSERT_TRUE(hub.deliveries.pay(b.id, 5000, today, {}, {}, clerk));
    const ServiceDelivery current = hub.deliveries.get(b.id, worker).value();
    EXPECT_EQ(hub.deliveries.cancel(b.id, current.stamp.version, QStringLiteral("Trasferito"), today, worker)
                  .error()
                  .code,
              ErrorCode::Forbidden)
        << "revoking a grant is the zone manager's";
    ASSERT_TRUE(
        hub.deliveries.cancel(b.id, current.stamp.version, QStringLiteral("Trasferito"), today, manager));
    const BudgetFigures f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.committedCents, 0);
    EXPECT_EQ(f.paidCents, 5000);
    EXPECT_EQ(hub.deliveries.money(b.id, manager).value().releasedCents, 15000);
    Q_UNUSED(granted);
    // Every version of the delivery is kept.
    EXPECT_EQ(rows(QStringLiteral("service_delivery_versions WHERE delivery_id = ") + QString::number(b.id)),
              3);
}

TEST_F(ServicesTest, TheIseeRuleSaysWhetherItIsMissingExpiredOrAboveTheThreshold)
{
    // Buoni alimentari: ISEE up to 9.000,00 €.
    const DeliveryRequest r = aid(QStringLiteral("buoni_alimentari"), 15000);
    auto refused = hub.deliveries.request(r, worker);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("none is recorded")));

    IseeDeclaration old;
    old.personId = person;
    old.valueCents = 500000;
    old.dsuProtocol = QStringLiteral("INPS-ISEE-2020-00000001A-00");
    old.filedOn = QDate(today.year() - 1, 3, 1);
    ASSERT_TRUE(hub.isee.record(old, worker));
    refused = hub.deliveries.request(r, worker);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("expired")))
        << refused.error().message.toStdString();

    IseeDeclaration high = old;
    high.valueCents = 1200000;
    high.dsuProtocol = QStringLiteral("INPS-ISEE-2026-00000002A-00");
    high.filedOn = QDate(today.year(), 1, 1); // never in the future, even on 1 January
    ASSERT_TRUE(hub.isee.record(high, worker));
    refused = hub.deliveries.request(r, worker);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("above the threshold")));
    EXPECT_TRUE(refused.error().message.contains(formatEuro(1200000)));

    // An explicit, reasoned exemption is allowed and recorded.
    DeliveryRequest exempt = r;
    exempt.iseeExemptionReason = QStringLiteral("short");
    EXPECT_EQ(hub.deliveries.request(exempt, worker).error().fields.first().field,
              QStringLiteral("iseeExemption"));
    exempt.iseeExemptionReason = QStringLiteral("Sfratto esecutivo: urgenza valutata dall'equipe");
    const ServiceDelivery d = hub.deliveries.request(exempt, worker).value();
    EXPECT_EQ(d.iseeExemptionReason, exempt.iseeExemptionReason);

    IseeDeclaration low = high;
    low.valueCents = 650000;
    low.dsuProtocol = QStringLiteral("INPS-ISEE-2026-00000003A-00");
    low.filedOn = today; // the same day as the one above on 1 January: the later record counts
    const IseeDeclaration recorded = hub.isee.record(low, worker).value();
    const ServiceDelivery ok = hub.deliveries.request(r, worker).value();
    ASSERT_TRUE(ok.iseeId);
    EXPECT_EQ(*ok.iseeId, recorded.id) << "the request names the declaration it rests on";
    EXPECT_TRUE(ok.iseeExemptionReason.isEmpty());
}

TEST_F(ServicesTest, TheDsuExpiresOnTheLastDayOfItsFilingYear)
{
    IseeDeclaration i;
    i.filedOn = QDate(2026, 1, 15);
    EXPECT_EQ(i.expiresOn(), QDate(2026, 12, 31));
    EXPECT_TRUE(i.validOn(QDate(2026, 12, 31)));
    EXPECT_FALSE(i.validOn(QDate(2027, 1, 1)));
    EXPECT_FALSE(i.validOn(QDate(2026, 1, 14)));
}

TEST_F(ServicesTest, RequestsAreForThePeopleOfTheCaseAndTheSharesAddUp)
{
    DeliveryRequest r = aid(QStringLiteral("adm"), 120000);
    r.startsOn = today;
    r.comuneShareCents = 100000;
    r.userShareCents = 10000;
    auto refused = hub.deliveries.request(r, worker);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("cost"));
    r.healthShareCents = 10000;
    r.monthlyMinutes = 20 * 60;
    EXPECT_TRUE(hub.deliveries.request(r, worker));

    Person other = test::mario();
    other.fiscalCode.clear();
    other.givenName = QStringLiteral("Luigi");
    r.personId = hub.persons.create(other, system).value().id;
    EXPECT_EQ(hub.deliveries.request(r, worker).error().fields.first().field, QStringLiteral("person"));

    // The educator and the system administrator do not see services at all.
    EXPECT_EQ(hub.deliveries.forCase(theCase.id, admin).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.deliveries.forCase(theCase.id, worker).value().size(), 1);
    EXPECT_EQ(hub.deliveries.forPerson(person, clerk).value().size(), 1);
}

TEST_F(ServicesTest, AProtectionPathMakesTheCaseRestricted)
{
    DeliveryRequest r = aid(QStringLiteral("protezione_alfabetizzazione"), 0);
    r.comuneShareCents = 0;
    r.startsOn = today;
    ASSERT_TRUE(hub.deliveries.request(r, worker));
    EXPECT_TRUE(hub.cases.get(theCase.id, worker).value().restricted);
    EXPECT_EQ(hub.deliveries.forPerson(person, clerk).value().size(), 0)
        << "the administrative officer does not see riservato cases, nor their services";
}

TEST_F(ServicesTest, MoneyIsTextOnlyThroughIntegerCents)
{
    EXPECT_EQ(formatEuro(123456), QStringLiteral("1.234,56\u00a0€"));
    EXPECT_EQ(formatEuro(5), QStringLiteral("0,05\u00a0€"));
    EXPECT_EQ(formatEuro(-100), QStringLiteral("-1,00\u00a0€"));
    EXPECT_EQ(plainEuro(123456789), QStringLiteral("1234567,89"));
    EXPECT_EQ(parseEuro(QStringLiteral("1.234,56")), 123456);
    EXPECT_EQ(parseEuro(QStringLiteral("1234,5")), 123450);
    EXPECT_EQ(parseEuro(QStringLiteral("12.5")), 1250);
    EXPECT_EQ(parseEuro(QStringLiteral(" 300 €")), 30000);
    EXPECT_EQ(parseEuro(QStringLiteral("0,01")), 1);
    EXPECT_FALSE(parseEuro(QStringLiteral("1,234")));
    EXPECT_FALSE(parseEuro(QStringLiteral("-5")));
    EXPECT_FALSE(parseEuro(QStringLiteral("dieci")));
    EXPECT_FALSE(parseEuro(QString()));
}

} // namespace
