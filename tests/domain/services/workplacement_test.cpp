// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/workplacementservice.h"
#include "monthlyservicefixture.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class WorkPlacementTest : public test::MonthlyServiceTest
{
protected:
    qint64 tirocinio = 0;
    QString first, second;

    void SetUp() override
    {
        MonthlyServiceTest::SetUp();
        tirocinio = approved(QStringLiteral("tirocinio"), 50000);
        first = month(start);
        second = month(start.addMonths(1));
    }

    WorkPlacement setUp()
    {
        const auto p = hub.placements.setUp(tirocinio, QStringLiteral("Cooperativa Il Ponte"),
                                            QStringLiteral("Giulia Neri"), QStringLiteral("INAIL 12345/2026"),
                                            20, 50000, annaUser);
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return p ? p.value() : WorkPlacement{};
    }
};

TEST_F(WorkPlacementTest, SetUpOnceWithHostTutorInsuranceAndHours)
{
    EXPECT_FALSE(hub.placements.placement(tirocinio, annaUser).value().has_value());
    const WorkPlacement p = setUp();
    EXPECT_EQ(p.hostOrganisation, QStringLiteral("Cooperativa Il Ponte"));
    EXPECT_EQ(p.tutor, QStringLiteral("Giulia Neri"));
    EXPECT_EQ(p.insurancePolicy, QStringLiteral("INAIL 12345/2026"));
    EXPECT_EQ(p.weeklyHours, 20);
    EXPECT_EQ(p.monthlyReimbursementCents, 50000);
    EXPECT_EQ(p.delivery.id, tirocinio);
    EXPECT_TRUE(p.months.isEmpty());
    EXPECT_EQ(audited(QStringLiteral("work_placement_set_up")), 1);
    EXPECT_EQ(
        hub.placements.setUp(tirocinio, QStringLiteral("Altra"), {}, {}, 10, 50000, annaUser).error().code,
        ErrorCode::Duplicate);
}

TEST_F(WorkPlacementTest, SetUpRefusesWhatDoesNotFit)
{
    const auto field = [&](qint64 id, const QString &host, int hours, qint64 cents, const Actor &who) {
        const auto r = hub.placements.setUp(id, host, {}, {}, hours, cents, who);
        return r ? QStringLiteral("accepted") : r.error().fields.value(0).field;
    };
    EXPECT_EQ(field(tirocinio, QStringLiteral(" "), 20, 50000, annaUser), QStringLiteral("host"));
    EXPECT_EQ(field(tirocinio, QStringLiteral("Bar"), 0, 50000, annaUser), QStringLiteral("hours"));
    EXPECT_EQ(field(tirocinio, QStringLiteral("Bar"), 61, 50000, annaUser), QStringLiteral("hours"));
    EXPECT_EQ(field(tirocinio, QStringLiteral("Bar"), 20, 0, annaUser), QStringLiteral("reimbursement"));
    EXPECT_EQ(field(tirocinio, QStringLiteral("Bar"), 20, 50001, annaUser), QStringLiteral("reimbursement"));
    const qint64 pis = approved(QStringLiteral("pis"));
    EXPECT_EQ(field(pis, QStringLiteral("Bar"), 20, 30000, annaUser), QStringLiteral("service"));
    EXPECT_EQ(
        hub.placements.setUp(tirocinio, QStringLiteral("Bar"), {}, {}, 20, 50000, marcoUser).error().code,
        ErrorCode::NotFound);
    EXPECT_EQ(hub.placements.setUp(tirocinio, QStringLiteral("Bar"), {}, {}, 20, 50000, clerk).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(field(tirocinio, QStringLiteral("Bar"), 20, 50000, annaUser), QStringLiteral("accepted"))
        << "tutor and insurance may come later";
}

TEST_F(WorkPlacementTest, EachMonthIsPaidOnceWithTheReimbursement)
{
    setUp();
    const qint64 before = paidOnLine();
    auto p = hub.placements.payMonth(tirocinio, first, today, QStringLiteral("Mandato 77"), clerk);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    p = hub.placements.payMonth(tirocinio, second, today, {}, manager);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(paidOnLine() - before, 100000);
    ASSERT_EQ(p.value().months.size(), 2);
    EXPECT_EQ(p.value().months.at(0).month, first);
    EXPECT_EQ(p.value().months.at(0).amountCents, 50000);
    EXPECT_EQ(p.value().months.at(0).reference, QStringLiteral("Mandato 77"));
    EXPECT_EQ(p.value().months.at(1).paidOn, today);
    EXPECT_EQ(p.value().delivery.status, DeliveryStatus::Active);
    EXPECT_EQ(audited(QStringLiteral("work_placement_month_paid")), 2);

    EXPECT_EQ(hub.placements.payMonth(tirocinio, first, today, {}, clerk).error().code, ErrorCode::Duplicate);
    EXPECT_EQ(hub.placements.payMonth(tirocinio, month(start.addMonths(-1)), today, {}, clerk).error().code,
              ErrorCode::Invalid)
        << "before the start";
    EXPECT_EQ(hub.placements.payMonth(tirocinio, month(today.addMonths(1)), today, {}, clerk).error().code,
              ErrorCode::Invalid)
        << "not begun";
    EXPECT_EQ(hub.placements.payMonth(tirocinio, QStringLiteral("2026-3"), today, {}, clerk).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(paidOnLine() - before, 100000);
}

TEST_F(WorkPlacementTest, WhoPaysAndWhoReads)
{
    EXPECT_EQ(hub.placements.payMonth(tirocinio, first, today, {}, clerk).error().code, ErrorCode::NotFound)
        << "not set up";
    setUp();
    EXPECT_EQ(hub.placements.payMonth(tirocinio, first, today, {}, annaUser).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.placements.payMonth(tirocinio, first, today, {}, educator).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.placements.placement(tirocinio, educator).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.placements.placement(tirocinio, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(hub.placements.placement(tirocinio, clerk));
    EXPECT_TRUE(hub.placements.placement(tirocinio, manager));
}

TEST_F(WorkPlacementTest, NoPaymentBeyondWhatWasCommitted)
{
    // A tirocinio approved for one month only: the second month's reimbursement has nothing left to come
    // from.
    qint64 catalogueId = hub.deliveries.get(tirocinio, system).value().catalogueId;
    DeliveryRequest r;
    r.caseId = caseId;
    r.personId = person;
    r.catalogueId = catalogueId;
    r.requestedOn = today;
    r.startsOn = start;
    r.monthlyCents = 50000;
    r.costCents = r.comuneShareCents = 50000;
    const auto requested = hub.deliveries.request(r, annaUser).value();
    ASSERT_TRUE(hub.deliveries.approve(requested.id, requested.stamp.version, lineId, today, manager));
    ASSERT_TRUE(hub.placements.setUp(requested.id, QStringLiteral("Comune"), {}, {}, 10, 50000, annaUser));
    ASSERT_TRUE(hub.placements.payMonth(requested.id, first, today, {}, clerk));
    const auto beyond = hub.placements.payMonth(requested.id, second, today, {}, clerk);
    EXPECT_EQ(beyond.error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.placements.placement(requested.id, clerk).value()->months.size(), 1);
    EXPECT_EQ(audited(QStringLiteral("work_placement_month_paid")), 1);
}

} // namespace
