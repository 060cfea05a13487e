// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/money.h"
#include "domain/services/inclusionservice.h"
#include "monthlyservicefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// ---- The rule, a pure function ---------------------------------------------------------------------------

const AttendanceRule office{50, 90};

TEST(AttendanceRuleTest, FullAttendanceAboveTheFullThresholdPaysTheWholeSubsidy)
{
    EXPECT_EQ(monthlySubsidy(30000, 40, 38, office), 30000) << "95%";
    EXPECT_EQ(monthlySubsidy(30000, 40, 36, office), 30000) << "exactly 90%";
    EXPECT_EQ(monthlySubsidy(30000, 40, 40, office), 30000);
}

TEST(AttendanceRuleTest, BetweenTheThresholdsTheShareAttendedRoundedDown)
{
    EXPECT_EQ(monthlySubsidy(30000, 40, 30, office), 22500) << "75% of 300,00 is 225,00";
    EXPECT_EQ(monthlySubsidy(30000, 40, 20, office), 15000) << "exactly the minimum is paid in proportion";
    EXPECT_EQ(monthlySubsidy(30000, 40, 35, office), 26250) << "87.5%";
    EXPECT_EQ(monthlySubsidy(10000, 3, 1, {0, 100}), 3333) << "a third of 100,00 is 33,33, rounded down";
    EXPECT_EQ(monthlySubsidy(10000, 3, 2, {0, 100}), 6666) << "two thirds: 66,66, never 66,67";
    EXPECT_EQ(monthlySubsidy(99999, 7, 5, {0, 100}), 71427) << "999,99 × 5/7 = 714,2785…";
}

TEST(AttendanceRuleTest, BelowTheMinimumNothing)
{
    EXPECT_EQ(monthlySubsidy(30000, 40, 19, office), 0) << "47.5%";
    EXPECT_EQ(monthlySubsidy(30000, 40, 0, office), 0);
    EXPECT_EQ(monthlySubsidy(30000, 40, 0, {0, 90}), 0)
        << "no hours attended give nothing even with no minimum";
}

TEST(AttendanceRuleTest, OddInputGivesNothingOrIsBounded)
{
    EXPECT_EQ(monthlySubsidy(30000, 0, 0, office), 0) << "no hours planned";
    EXPECT_EQ(monthlySubsidy(0, 40, 40, office), 0);
    EXPECT_EQ(monthlySubsidy(30000, 40, 55, office), 30000)
        << "attended hours beyond the plan count as the plan";
    // No overflow for any amount: the share is computed without multiplying the cents by the hours.
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    EXPECT_EQ(monthlySubsidy(huge, 744, 372, {0, 100}), huge / 2);
}

TEST(AttendanceRuleTest, TheRuleReadsAndWritesItsJson)
{
    const auto seeded =
        AttendanceRule::fromJson(QStringLiteral("{\"minimum_percent\":50,\"full_percent\":90}"));
    ASSERT_TRUE(seeded);
    EXPECT_EQ(*seeded, office);
    EXPECT_EQ(AttendanceRule::fromJson(AttendanceRule{30, 80}.toJson()), (AttendanceRule{30, 80}));
    EXPECT_FALSE(AttendanceRule::fromJson(QStringLiteral("{\"minimum_percent\":95,\"full_percent\":90}")));
    EXPECT_FALSE(AttendanceRule::fromJson(QStringLiteral("{\"minimum_percent\":50.5,\"full_percent\":90}")));
    EXPECT_FALSE(AttendanceRule::fromJson(QStringLiteral("{\"full_percent\":90}")));
    EXPECT_FALSE(AttendanceRule::fromJson(QStringLiteral("garbage")));
}

// ---- The service -----------------------------------------------------------------------------------------

class InclusionTest : public test::MonthlyServiceTest
{
protected:
    qint64 pis = 0;
    QString first, second, third; // the months since the start

    void SetUp() override
    {
        MonthlyServiceTest::SetUp();
        pis = approved(QStringLiteral("pis"));
        first = month(start);
        second = month(start.addMonths(1));
        third = month(start.addMonths(2));
    }

    InclusionPath setUp()
    {
        const auto p = hub.inclusion.setUp(pis, QStringLiteral("Volontariato alla biblioteca comunale"), edu,
                                           30000, annaUser);
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return p ? p.value() : InclusionPath{};
    }
};

TEST_F(InclusionTest, SetUpOnceWithTheActivityAndTheEducator)
{
    EXPECT_FALSE(hub.inclusion.path(pis, annaUser).value().has_value()) << "not set up yet";
    const InclusionPath p = setUp();
    EXPECT_EQ(p.deliveryId, pis);
    EXPECT_EQ(p.activity, QStringLiteral("Volontariato alla biblioteca comunale"));
    EXPECT_EQ(p.educatorWorkerId, edu);
    EXPECT_EQ(p.educatorName, QStringLiteral("Elena Educatrice"));
    EXPECT_EQ(p.monthlySubsidyCents, 30000);
    EXPECT_EQ(p.delivery.status, DeliveryStatus::Approved);
    EXPECT_TRUE(p.months.isEmpty());
    EXPECT_EQ(audited(QStringLiteral("inclusion_path_set_up")), 1);

    const auto again = hub.inclusion.setUp(pis, QStringLiteral("Altro"), edu, 30000, annaUser);
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
}

TEST_F(InclusionTest, SetUpRefusesWhatDoesNotFit)
{
    EXPECT_EQ(
        hub.inclusion.setUp(pis, QStringLiteral("  "), edu, 30000, annaUser).error().fields.first().field,
        QStringLiteral("activity"));
    EXPECT_EQ(hub.inclusion.setUp(pis, QStringLiteral("Orto"), edu, 0, annaUser).error().fields.first().field,
              QStringLiteral("subsidy"));
    EXPECT_EQ(
        hub.inclusion.setUp(pis, QStringLiteral("Orto"), 9999, 30000, annaUser).error().fields.first().field,
        QStringLiteral("educator"));
    EXPECT_EQ(
        hub.inclusion.setUp(pis, QStringLiteral("Orto"), edu, 30001, annaUser).error().fields.first().field,
        QStringLiteral("subsidy"))
        << "above the service's monthly amount";
    const qint64 aid = approved(QStringLiteral("sussidio_temporaneo"));
    EXPECT_EQ(
        hub.inclusion.setUp(aid, QStringLiteral("Orto"), edu, 30000, annaUser).error().fields.first().field,
        QStringLiteral("service"))
        << "not a PIS";
    EXPECT_EQ(hub.inclusion.setUp(pis, QStringLiteral("Orto"), edu, 30000, marcoUser).error().code,
              ErrorCode::NotFound)
        << "another team's case";
    EXPECT_EQ(hub.inclusion.setUp(pis, QStringLiteral("Orto"), edu, 30000, clerk).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.inclusion.setUp(pis, QStringLiteral("Orto"), edu, 30000, educator).error().code,
              ErrorCode::Forbidden);
}

TEST_F(InclusionTest, AttendanceStoresTheSubsidyAndTheRuleAndIsRecordedOnce)
{
    setUp();
    auto p = hub.inclusion.recordAttendance(pis, first, 40, 38, clerk);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    p = hub.inclusion.recordAttendance(pis, second, 40, 30, clerk);
    ASSERT_TRUE(p);
    p = hub.inclusion.recordAttendance(pis, third, 40, 19, clerk);
    ASSERT_TRUE(p);
    ASSERT_EQ(p.value().months.size(), 3);
    EXPECT_EQ(p.value().months.at(0).month, first);
    EXPECT_EQ(p.value().months.at(0).subsidyCents, 30000);
    EXPECT_EQ(p.value().months.at(1).subsidyCents, 22500);
    EXPECT_EQ(p.value().months.at(2).subsidyCents, 0);
    EXPECT_EQ(p.value().months.at(1).rule, office);
    EXPECT_EQ(p.value().months.at(1).recordedBy, QStringLiteral("clerk"));
    EXPECT_FALSE(p.value().months.at(1).paid());
    EXPECT_EQ(audited(QStringLiteral("inclusion_attendance_recorded")), 3);

    const auto twice = hub.inclusion.recordAttendance(pis, second, 40, 40, clerk);
    EXPECT_EQ(twice.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(hub.inclusion.path(pis, clerk).value()->months.at(1).attendedHours, 30) << "kept as it was";

    // The table itself refuses a change.
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE inclusion_attendance SET attended_hours = 40")));
}

TEST_F(InclusionTest, AttendanceRefusesMonthsAndHoursThatDoNotFit)
{
    setUp();
    const auto field = [&](const QString &m, int planned, int attended) {
        const auto r = hub.inclusion.recordAttendance(pis, m, planned, attended, clerk);
        return r ? QStringLiteral("accepted") : r.error().fields.value(0).field;
    };
    EXPECT_EQ(field(QStringLiteral("2026-13"), 40, 20), QStringLiteral("month"));
    EXPECT_EQ(field(QStringLiteral("03/2026"), 40, 20), QStringLiteral("month"));
    EXPECT_EQ(field(month(start.addMonths(-1)), 40, 20), QStringLiteral("month")) << "before the start";
    EXPECT_EQ(field(month(today.addMonths(1)), 40, 20), QStringLiteral("month")) << "not begun";
    EXPECT_EQ(field(first, 0, 0), QStringLiteral("planned"));
    EXPECT_EQ(field(first, 800, 0), QStringLiteral("planned"));
    EXPECT_EQ(field(first, 40, 41), QStringLiteral("attended"));
    EXPECT_EQ(field(first, 40, -1), QStringLiteral("attended"));
    EXPECT_EQ(field(month(today), 40, 20), QStringLiteral("accepted")) << "the current month has begun";
}

TEST_F(InclusionTest, AttendanceNeedsAnApprovedPathSetUp)
{
    EXPECT_EQ(hub.inclusion.recordAttendance(pis, first, 40, 38, clerk).error().code, ErrorCode::NotFound)
        << "not set up";
    // A PIS requested and not approved yet is set up but takes no attendance.
    qint64 catalogueId = hub.deliveries.get(pis, system).value().catalogueId;
    DeliveryRequest r;
    r.caseId = caseId;
    r.personId = person;
    r.catalogueId = catalogueId;
    r.requestedOn = today;
    r.startsOn = start;
    r.monthlyCents = 30000;
    r.costCents = r.comuneShareCents = 360000;
    const qint64 requested = hub.deliveries.request(r, annaUser).value().id;
    ASSERT_TRUE(hub.inclusion.setUp(requested, QStringLiteral("Orto sociale"), edu, 30000, annaUser));
    EXPECT_EQ(hub.inclusion.recordAttendance(requested, first, 40, 38, clerk).error().fields.first().field,
              QStringLiteral("status"));
}

TEST_F(InclusionTest, AChangedRuleAppliesToLaterMonthsOnly)
{
    setUp();
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 30, clerk)); // 75%: 225,00 under 50/90
    const auto changed = hub.inclusion.setAttendanceRule(80, 95, manager);
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(hub.inclusion.attendanceRule(clerk).value(), (AttendanceRule{80, 95}));
    EXPECT_EQ(audited(QStringLiteral("pis_attendance_rule_changed")), 1);
    const auto p = hub.inclusion.recordAttendance(pis, second, 40, 30, clerk).value(); // 75% < 80%: nothing
    EXPECT_EQ(p.months.at(0).subsidyCents, 22500);
    EXPECT_EQ(p.months.at(0).rule, office) << "the first month keeps the rule it was recorded under";
    EXPECT_EQ(p.months.at(1).subsidyCents, 0);
    EXPECT_EQ(p.months.at(1).rule, (AttendanceRule{80, 95}));
    // Stored where the office's settings are.
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value, updated_by FROM office_settings WHERE key = "
                                      "'pis_attendance_rule'")) &&
                q.next());
    EXPECT_EQ(AttendanceRule::fromJson(q.value(0).toString()), (AttendanceRule{80, 95}));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("resp"));
}

TEST_F(InclusionTest, OnlyTheZoneManagerSetsAValidRule)
{
    EXPECT_EQ(hub.inclusion.attendanceRule(annaUser).value(), office) << "the seeded rule";
    EXPECT_EQ(hub.inclusion.attendanceRule(educator).value(), office);
    EXPECT_EQ(hub.inclusion.setAttendanceRule(40, 80, annaUser).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.inclusion.setAttendanceRule(40, 80, clerk).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.inclusion.setAttendanceRule(90, 80, manager).error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.inclusion.setAttendanceRule(-1, 80, manager).error().code, ErrorCode::Invalid);
    EXPECT_EQ(hub.inclusion.setAttendanceRule(50, 101, manager).error().code, ErrorCode::Invalid);
    EXPECT_TRUE(hub.inclusion.setAttendanceRule(0, 100, manager));
    EXPECT_TRUE(hub.inclusion.setAttendanceRule(70, 70, manager)) << "one threshold: all or nothing";
    EXPECT_EQ(hub.inclusion.attendanceRule(annaUser).value(), (AttendanceRule{70, 70}));
    EXPECT_EQ(hub.inclusion.attendanceRule(user(QStringLiteral("admin"), Role::SystemAdmin, 0)).error().code,
              ErrorCode::Forbidden);
}

TEST_F(InclusionTest, PayingAMonthPaysExactlyItsSubsidyOnce)
{
    setUp();
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 30, clerk));
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, second, 40, 19, clerk));
    const qint64 before = paidOnLine();
    const auto paid = hub.inclusion.payMonth(pis, first, today, QStringLiteral("Mandato 123"), clerk);
    ASSERT_TRUE(paid) << paid.error().message.toStdString();
    EXPECT_EQ(paidOnLine() - before, 22500) << "the line's paid figure moves by the subsidy";
    const InclusionMonth &m = paid.value().months.at(0);
    ASSERT_TRUE(m.paid());
    EXPECT_EQ(m.payment->amountCents, 22500);
    EXPECT_EQ(m.payment->paidOn, today);
    EXPECT_EQ(m.payment->reference, QStringLiteral("Mandato 123"));
    EXPECT_EQ(paid.value().delivery.status, DeliveryStatus::Active) << "the first payment starts the PIS";
    EXPECT_EQ(hub.deliveries.money(pis, clerk).value().paidCents, 22500);
    EXPECT_EQ(audited(QStringLiteral("inclusion_month_paid")), 1);
    EXPECT_EQ(audited(QStringLiteral("budget_payment")), 1);

    const auto twice = hub.inclusion.payMonth(pis, first, today, {}, clerk);
    EXPECT_EQ(twice.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(paidOnLine() - before, 22500);

    EXPECT_EQ(hub.inclusion.payMonth(pis, second, today, {}, clerk).error().fields.first().field,
              QStringLiteral("month"))
        << "19 hours of 40 give nothing to pay";
    EXPECT_EQ(hub.inclusion.payMonth(pis, third, today, {}, clerk).error().fields.first().field,
              QStringLiteral("month"))
        << "no attendance recorded";
    EXPECT_EQ(paidOnLine() - before, 22500);
}

TEST_F(InclusionTest, AMonthIsPaidTheSameEvenIfTheRuleChangedSince)
{
    setUp();
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 30, clerk));
    ASSERT_TRUE(hub.inclusion.setAttendanceRule(0, 50, manager)); // would now give the whole 300,00
    const qint64 before = paidOnLine();
    ASSERT_TRUE(hub.inclusion.payMonth(pis, first, today, {}, clerk));
    EXPECT_EQ(paidOnLine() - before, 22500);
}

TEST_F(InclusionTest, APaymentWithABadDateChangesNothing)
{
    setUp();
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 40, clerk));
    const qint64 before = paidOnLine();
    EXPECT_EQ(hub.inclusion.payMonth(pis, first, today.addDays(1), {}, clerk).error().code,
              ErrorCode::Invalid)
        << "not made yet";
    EXPECT_EQ(hub.inclusion.payMonth(pis, first, {}, {}, clerk).error().code, ErrorCode::Invalid);
    EXPECT_EQ(paidOnLine(), before);
    EXPECT_FALSE(hub.inclusion.path(pis, clerk).value()->months.first().paid());
    EXPECT_EQ(audited(QStringLiteral("inclusion_month_paid")), 0);
}

TEST_F(InclusionTest, WhoRecordsAttendanceAndWhoPays)
{
    setUp();
    // The path's educator records attendance and reads the path; another educator of the team does neither.
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 38, educator));
    EXPECT_EQ(hub.inclusion.path(pis, educator).value()->months.size(), 1);
    EXPECT_EQ(hub.inclusion.recordAttendance(pis, second, 40, 38, otherEducator).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.inclusion.path(pis, otherEducator).error().code, ErrorCode::Forbidden);
    // The social worker requests and reads, but records neither attendance nor payments.
    EXPECT_EQ(hub.inclusion.recordAttendance(pis, second, 40, 38, annaUser).error().code,
              ErrorCode::Forbidden);
    EXPECT_TRUE(hub.inclusion.path(pis, annaUser));
    EXPECT_EQ(hub.inclusion.payMonth(pis, first, today, {}, annaUser).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.inclusion.payMonth(pis, first, today, {}, educator).error().code, ErrorCode::Forbidden);
    // Another team's worker does not see the case at all.
    EXPECT_EQ(hub.inclusion.path(pis, marcoUser).error().code, ErrorCode::NotFound);
    // The zone manager and the administrative officer record and pay.
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, second, 40, 40, manager));
    ASSERT_TRUE(hub.inclusion.payMonth(pis, first, today, {}, clerk));
    ASSERT_TRUE(hub.inclusion.payMonth(pis, second, today, {}, manager));
    EXPECT_EQ(hub.deliveries.money(pis, clerk).value().paidCents, 60000);
}

TEST_F(InclusionTest, ARestrictedCaseIsHiddenFromTheAdministrativeOfficer)
{
    setUp();
    const Case c = hub.cases.get(caseId, annaUser).value();
    ASSERT_TRUE(hub.cases.setRestricted(caseId, c.stamp.version, true, QStringLiteral("Violenza domestica"),
                                        annaUser));
    EXPECT_EQ(hub.inclusion.path(pis, clerk).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.inclusion.recordAttendance(pis, first, 40, 40, clerk).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 40, manager));
}

TEST_F(InclusionTest, TheAuditTrailHoldsNumbersNotWords)
{
    setUp();
    ASSERT_TRUE(hub.inclusion.recordAttendance(pis, first, 40, 30, clerk));
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action LIKE 'inclusion_%' "
                                      "ORDER BY id")));
    QStringList details;
    while (q.next())
        details << q.value(0).toString();
    ASSERT_EQ(details.size(), 2);
    EXPECT_FALSE(details.join(QLatin1Char(' ')).contains(QStringLiteral("biblioteca")));
    const QJsonObject recorded = QJsonDocument::fromJson(details.at(1).toUtf8()).object();
    EXPECT_EQ(recorded.value(QStringLiteral("month")).toString(), first);
    EXPECT_EQ(recorded.value(QStringLiteral("subsidy_cents")).toInteger(), 22500);
    EXPECT_EQ(recorded.value(QStringLiteral("attended_hours")).toInt(), 30);
}

} // namespace
