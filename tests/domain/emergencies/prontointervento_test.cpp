// SPDX-License-Identifier: EUPL-1.2
// Pronto Intervento Sociale: rota gaps, statistics, validation, permissions. The handover, identification and
// overdue flag are in prontointerventocases_test.cpp.
#include "prontointerventofixture.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

QDateTime h(int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(hour) * 3600 + minute * 60);
}

OnCallShift span(int fromHour, int toHour, bool cancelled = false)
{
    OnCallShift s;
    s.workerId = 1;
    s.from = h(fromHour);
    s.to = h(toHour);
    s.cancelled = cancelled;
    return s;
}

// ---- Gaps in cover, a pure function
// ------------------------------------------------------------------------

TEST(CoverGapsTest, NoShiftsLeaveTheWholePeriodUncovered)
{
    EXPECT_EQ(coverGaps({}, h(0), h(24)), (QList<CoverGap>{{h(0), h(24)}}));
}

TEST(CoverGapsTest, BackToBackShiftsLeaveNoGap)
{
    EXPECT_TRUE(coverGaps({span(0, 8), span(8, 16), span(16, 24)}, h(0), h(24)).isEmpty());
    EXPECT_TRUE(coverGaps({span(16, 24), span(0, 8), span(8, 16)}, h(0), h(24)).isEmpty()) << "any order";
}

TEST(CoverGapsTest, OverlappingShiftsAreMergedAndANestedOneChangesNothing)
{
    EXPECT_TRUE(coverGaps({span(0, 10), span(8, 16), span(9, 12), span(15, 24)}, h(0), h(24)).isEmpty());
    EXPECT_EQ(coverGaps({span(0, 10), span(2, 4), span(12, 24)}, h(0), h(24)),
              (QList<CoverGap>{{h(10), h(12)}}))
        << "a shift inside another does not end the cover early";
}

TEST(CoverGapsTest, UncoveredStartAndEndOfThePeriod)
{
    EXPECT_EQ(coverGaps({span(2, 20)}, h(0), h(24)), (QList<CoverGap>{{h(0), h(2)}, {h(20), h(24)}}));
    EXPECT_EQ(coverGaps({span(0, 6), span(7, 9), span(12, 30)}, h(0), h(24)),
              (QList<CoverGap>{{h(6), h(7)}, {h(9), h(12)}}));
}

TEST(CoverGapsTest, ShiftsBeyondThePeriodAreClippedAndCancelledOnesDoNotCover)
{
    EXPECT_TRUE(coverGaps({span(-10, 30)}, h(0), h(24)).isEmpty());
    EXPECT_EQ(coverGaps({span(-10, 5), span(5, 12, true), span(12, 40)}, h(0), h(24)),
              (QList<CoverGap>{{h(5), h(12)}}));
    EXPECT_EQ(coverGaps({span(30, 40)}, h(0), h(24)), (QList<CoverGap>{{h(0), h(24)}}))
        << "a shift after the period covers nothing in it";
    EXPECT_TRUE(coverGaps({span(0, 8)}, h(8), h(8)).isEmpty()) << "an empty period has no gap";
}

// ---- Median and nearest-rank percentile -------------------------------------------------------------------

TEST(EmergencyStatisticsTest, MedianOfOddAndEvenCounts)
{
    EXPECT_FALSE(median({}).has_value());
    EXPECT_EQ(median({7}), 7.0);
    EXPECT_EQ(median({30, 10, 20}), 20.0);
    EXPECT_EQ(median({40, 10, 30, 20}), 25.0) << "the mean of the two middle values";
    EXPECT_EQ(median({1, 2}), 1.5);
}

TEST(EmergencyStatisticsTest, NearestRankPercentile)
{
    EXPECT_FALSE(nearestRankPercentile({}, 90).has_value());
    EXPECT_EQ(nearestRankPercentile({42}, 90), 42);
    // rank = ceil(0.9 × 10) = 9
    EXPECT_EQ(nearestRankPercentile({100, 90, 80, 70, 60, 50, 40, 30, 20, 10}, 90), 90);
    // rank = ceil(0.9 × 11) = ceil(9.9) = 10
    EXPECT_EQ(nearestRankPercentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90), 10);
    // rank = ceil(0.9 × 3) = 3: with few values the 90th percentile is the largest
    EXPECT_EQ(nearestRankPercentile({5, 25, 15}, 90), 25);
    // rank = ceil(0.9 × 20) = 18
    QList<qint64> twenty;
    for (int i = 1; i <= 20; ++i)
        twenty.append(i);
    EXPECT_EQ(nearestRankPercentile(twenty, 90), 18);
    EXPECT_EQ(nearestRankPercentile(twenty, 100), 20);
    EXPECT_EQ(nearestRankPercentile(twenty, 1), 1);
    EXPECT_FALSE(nearestRankPercentile(twenty, 0).has_value());
}

// Hand-computed figures. Aulla in March: ten arrivals 10, 20, … 100 minutes after the call; Bagnone: three at
// 15, 5 and 25 minutes and one call without activation.
QList<EmergencyTimes> knownMarch()
{
    QList<EmergencyTimes> out;
    const QDateTime base(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= 10; ++i) {
        const QDateTime received = base.addDays(i);
        EmergencyTimes e{
            QStringLiteral("045001"), received, received.addSecs(60), received.addSecs(i * 600), {}};
        if (i <= 3) // handed over after 12, 24 and 48 hours
            e.handedOverAt = received.addSecs(qint64(i == 1 ? 12 : i == 2 ? 24 : 48) * 3600);
        out.append(e);
    }
    for (const int minutes : {15, 5, 25}) {
        const QDateTime received = base.addDays(minutes / 5);
        out.append({QStringLiteral("045002"), received, received, received.addSecs(minutes * 60), {}});
    }
    out.append({QStringLiteral("045002"), base, {}, {}, {}});
    return out;
}

TEST(EmergencyStatisticsTest, MonthlyFiguresPerComuneOnKnownData)
{
    const QList<EmergencyMonthFigures> figures = monthlyFigures(knownMarch(), officeTimeZone());
    ASSERT_EQ(figures.size(), 3) << "the month's total, then Aulla, then Bagnone";

    const EmergencyMonthFigures &all = figures.at(0);
    EXPECT_EQ(all.month, QStringLiteral("2025-03"));
    EXPECT_TRUE(all.municipalityCode.isEmpty());
    EXPECT_EQ(all.emergencies, 14);
    EXPECT_EQ(all.activations, 13);
    EXPECT_EQ(all.responses, 13);
    // 5 10 15 20 25 30 40 50 60 70 80 90 100: the 7th is 40 minutes; rank ceil(11.7) = 12 is 90 minutes
    EXPECT_EQ(all.medianResponseSeconds, 40 * 60.0);
    EXPECT_EQ(all.p90ResponseSeconds, 90 * 60);
    EXPECT_EQ(all.handovers, 3);
    EXPECT_EQ(all.medianHandoverSeconds, 24 * 3600.0);

    const EmergencyMonthFigures &aullaFig = figures.at(1);
    EXPECT_EQ(aullaFig.municipalityCode, QStringLiteral("045001"));
    EXPECT_EQ(aullaFig.emergencies, 10);
    EXPECT_EQ(aullaFig.activations, 10);
    EXPECT_EQ(aullaFig.medianResponseSeconds, 55 * 60.0) << "(50 + 60) / 2";
    EXPECT_EQ(aullaFig.p90ResponseSeconds, 90 * 60) << "rank 9 of 10";
    EXPECT_EQ(aullaFig.medianHandoverSeconds, 24 * 3600.0);

    const EmergencyMonthFigures &bagnoneFig = figures.at(2);
    EXPECT_EQ(bagnoneFig.municipalityCode, QStringLiteral("045002"));
    EXPECT_EQ(bagnoneFig.emergencies, 4);
    EXPECT_EQ(bagnoneFig.activations, 3);
    EXPECT_EQ(bagnoneFig.responses, 3);
    EXPECT_EQ(bagnoneFig.medianResponseSeconds, 15 * 60.0);
    EXPECT_EQ(bagnoneFig.p90ResponseSeconds, 25 * 60);
    EXPECT_EQ(bagnoneFig.handovers, 0);
    EXPECT_FALSE(bagnoneFig.medianHandoverSeconds.has_value());
}

TEST(EmergencyStatisticsTest, MonthsAreItalianLocalMonths)
{
    // 31 March 2025 22:30 UTC is 1 April 00:30 in Rome (summer time from 30 March).
    const QDateTime lateNight(QDate(2025, 3, 31), QTime(22, 30), Qt::UTC);
    const QDateTime evening(QDate(2025, 3, 31), QTime(21, 30), Qt::UTC);
    const auto figures = monthlyFigures(
        {{QStringLiteral("045001"), lateNight, {}, {}, {}}, {QStringLiteral("045001"), evening, {}, {}, {}}},
        officeTimeZone());
    ASSERT_EQ(figures.size(), 4);
    EXPECT_EQ(figures.at(0).month, QStringLiteral("2025-03"));
    EXPECT_EQ(figures.at(0).emergencies, 1);
    EXPECT_EQ(figures.at(2).month, QStringLiteral("2025-04"));
    EXPECT_EQ(figures.at(2).emergencies, 1);
}

// ---- The rota through the service
// --------------------------------------------------------------------------

using RotaTest = test::ProntoInterventoTest;

TEST_F(RotaTest, GapsOverAPeriodFromTheStoredShifts)
{
    ASSERT_TRUE(pis.addShift(shift(anna, t(3, 1, 8), t(3, 1, 20)), manager));
    ASSERT_TRUE(pis.addShift(shift(marco, t(3, 1, 20), t(3, 2, 8)), manager)) << "back to back";
    ASSERT_TRUE(pis.addShift(shift(anna, t(3, 2, 6), t(3, 2, 14)), manager)) << "overlapping: two on call";
    ASSERT_TRUE(pis.addShift(shift(marco, t(3, 2, 18), t(3, 3, 8)), manager));

    const auto gaps = pis.gaps(t(3, 1, 0), t(3, 3, 12), worker);
    ASSERT_TRUE(gaps) << gaps.error().message.toStdString();
    EXPECT_EQ(
        gaps.value(),
        (QList<CoverGap>{{t(3, 1, 0), t(3, 1, 8)}, {t(3, 2, 14), t(3, 2, 18)}, {t(3, 3, 8), t(3, 3, 12)}}));
    const auto twoOnCall = pis.onCallAt(t(3, 2, 7), clerk);
    ASSERT_TRUE(twoOnCall);
    EXPECT_EQ(twoOnCall.value().size(), 2);
    EXPECT_EQ(pis.onCallAt(t(3, 1, 20), clerk).value().first().workerId, marco) << "the end is not covered";
    EXPECT_EQ(pis.onCallAt(t(3, 1, 20), clerk).value().size(), 1);
}

TEST_F(RotaTest, AShiftEndingAtOrBeforeItsStartIsRefused)
{
    const auto same = pis.addShift(shift(anna, t(3, 1, 8), t(3, 1, 8)), manager);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, ErrorCode::Invalid);
    EXPECT_EQ(same.error().fields.first().field, QStringLiteral("to"));
    EXPECT_EQ(same.error().message, QStringLiteral("The end of the shift must come after its start."));
    EXPECT_FALSE(pis.addShift(shift(anna, t(3, 1, 8), t(3, 1, 7)), manager));
    EXPECT_EQ(pis.addShift(shift(anna, t(3, 1, 8), t(3, 20, 8)), manager).error().fields.first().field,
              QStringLiteral("to"))
        << "longer than 14 days";
    EXPECT_EQ(pis.addShift(shift(9999, t(3, 1, 8), t(3, 1, 9)), manager).error().fields.first().field,
              QStringLiteral("worker"));
    EXPECT_EQ(pis.addShift(shift(anna, {}, t(3, 1, 9)), manager).error().fields.first().field,
              QStringLiteral("from"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM oncall_shifts")), 0);
}

TEST_F(RotaTest, ChangesKeepTheShiftAsItWasAndStaleOnesAreRefused)
{
    const OnCallShift made = pis.addShift(shift(anna, t(3, 1, 8), t(3, 1, 20)), manager).value();
    EXPECT_EQ(made.stamp.version, 1);
    EXPECT_EQ(made.workerName, QStringLiteral("Anna"));
    OnCallShift changed = made;
    changed.workerId = marco;
    changed.to = t(3, 1, 22);
    const auto saved = pis.changeShift(changed, manager);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value().workerId, marco);
    EXPECT_EQ(saved.value().to, t(3, 1, 22));
    EXPECT_EQ(saved.value().stamp.version, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM oncall_shift_versions WHERE shift_id = %1 AND "
                                   "json_extract(snapshot, '$.worker_id') = %2")
                        .arg(made.id)
                        .arg(anna)),
              1);

    const auto history = pis.shiftHistory(made.id, clerk);
    ASSERT_TRUE(history);
    ASSERT_EQ(history.value().size(), 1);
    EXPECT_EQ(history.value().first().version, 1);
    EXPECT_EQ(history.value().first().snapshot.value(QStringLiteral("worker_id")).toInteger(), anna);
    EXPECT_EQ(history.value().first().replacedBy, QStringLiteral("resp"));

    const auto stale = pis.changeShift(changed, manager); // still names version 1
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    const auto cancelled = pis.cancelShift(made.id, 2, manager);
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(cancelled.value().cancelled);
    EXPECT_EQ(pis.gaps(t(3, 1, 8), t(3, 1, 22), manager).value(),
              (QList<CoverGap>{{t(3, 1, 8), t(3, 1, 22)}}))
        << "a cancelled shift no longer covers";
    OnCallShift again = cancelled.value();
    EXPECT_EQ(pis.changeShift(again, manager).error().code, ErrorCode::Invalid);
    EXPECT_EQ(pis.cancelShift(made.id, 3, manager).error().code, ErrorCode::Duplicate);

    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM oncall_shifts"))) << "never deleted";
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM oncall_shift_versions")));
    EXPECT_EQ(audited(QStringLiteral("oncall_shift_added")), 1);
    EXPECT_EQ(audited(QStringLiteral("oncall_shift_changed")), 1);
    EXPECT_EQ(audited(QStringLiteral("oncall_shift_cancelled")), 1);
}

// ---- Recording: validation --------------------------------------------------------------------------------

using EmergencyRecordTest = test::ProntoInterventoTest;

TEST_F(EmergencyRecordTest, AnUnidentifiedPersonIsRecordedWithADescription)
{
    SocialEmergency e = draft(t(3, 5, 23, 10));
    e.workerId = anna;
    e.activatedAt = t(3, 5, 23, 15);
    e.arrivedAt = t(3, 5, 23, 50);
    e.actions = QStringLiteral("Accompagnato al dormitorio");
    e.urgentPlacement = true;
    e.provisionalSurname = QStringLiteral("  Mario ");
    const SocialEmergency made = recorded(e);
    EXPECT_GT(made.id, 0);
    EXPECT_FALSE(made.identified());
    EXPECT_FALSE(made.handedOver());
    EXPECT_EQ(made.personDescription, QStringLiteral("uomo, circa 40 anni"));
    EXPECT_EQ(made.provisionalSurname, QStringLiteral("Mario"));
    EXPECT_EQ(made.receivedAt, t(3, 5, 23, 10));
    EXPECT_EQ(made.arrivedAt, t(3, 5, 23, 50));
    EXPECT_EQ(made.workerName, QStringLiteral("Anna"));
    EXPECT_TRUE(made.urgentPlacement);
    EXPECT_EQ(made.stamp.version, 1);
}

TEST_F(EmergencyRecordTest, EachRuleNamesItsField)
{
    const auto field = [&](const SocialEmergency &e) {
        const auto r = pis.record(e, worker);
        return r ? QStringLiteral("(recorded)") : r.error().fields.first().field;
    };
    SocialEmergency e = draft({});
    EXPECT_EQ(field(e), QStringLiteral("receivedAt"));
    e = draft(QDateTime::currentDateTimeUtc().addSecs(3600));
    EXPECT_EQ(field(e), QStringLiteral("receivedAt"));
    EXPECT_EQ(pis.record(e, worker).error().message,
              QStringLiteral("An emergency cannot be received in the future."));
    e = draft(t(3, 5, 10));
    e.municipalityCode = QStringLiteral("999999");
    EXPECT_EQ(field(e), QStringLiteral("municipality"));
    e.municipalityCode.clear();
    EXPECT_EQ(field(e), QStringLiteral("municipality"));
    e = draft(t(3, 5, 10));
    e.activatedAt = t(3, 5, 11);
    EXPECT_EQ(field(e), QStringLiteral("worker")) << "an activation names the worker";
    e.workerId = anna;
    e.activatedAt = t(3, 5, 9);
    EXPECT_EQ(field(e), QStringLiteral("activatedAt")) << "activated before received";
    e.activatedAt = t(3, 5, 11);
    e.arrivedAt = t(3, 5, 10, 30);
    EXPECT_EQ(field(e), QStringLiteral("arrivedAt")) << "arrived before activated";
    EXPECT_EQ(pis.record(e, worker).error().message,
              QStringLiteral("The worker cannot arrive before being activated."));
    e.activatedAt = {};
    EXPECT_EQ(field(e), QStringLiteral("activatedAt")) << "an arrival needs the activation";
    e = draft(t(3, 5, 10));
    e.workerId = 9999;
    EXPECT_EQ(field(e), QStringLiteral("worker"));
    e = draft(t(3, 5, 10));
    e.personDescription = QStringLiteral("   ");
    EXPECT_EQ(field(e), QStringLiteral("personDescription"));
    EXPECT_FALSE(pis.validate(e).isEmpty());
    e.provisionalGivenName = QStringLiteral("Ahmed");
    EXPECT_TRUE(pis.validate(e).isEmpty()) << "a provisional name is enough";
    e.workerId = anna;
    e.activatedAt = t(3, 5, 10);
    e.arrivedAt = t(3, 5, 10);
    EXPECT_EQ(field(e), QStringLiteral("(recorded)")) << "arrival = activation = received is allowed";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM social_emergencies")), 1);
}

TEST_F(EmergencyRecordTest, UpdatesKeepVersionsAndAStaleOneIsAConflict)
{
    const SocialEmergency made = recorded(draft(t(3, 5, 10)));
    SocialEmergency changed = made;
    changed.workerId = anna;
    changed.activatedAt = t(3, 5, 10, 5);
    changed.arrivedAt = t(3, 5, 10, 40);
    changed.outcome = QStringLiteral("Accolto in struttura");
    const auto saved = pis.update(changed, worker);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value().stamp.version, 2);
    EXPECT_EQ(saved.value().outcome, QStringLiteral("Accolto in struttura"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM social_emergency_versions")), 1);
    const auto history = pis.history(made.id, worker);
    ASSERT_TRUE(history);
    ASSERT_EQ(history.value().size(), 1);
    EXPECT_EQ(history.value().first().snapshot.value(QStringLiteral("outcome")).toString(), QString());
    EXPECT_EQ(pis.history(made.id, clerk).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(pis.update(changed, worker).error().code, ErrorCode::Conflict);
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM social_emergencies")));
}

TEST_F(EmergencyRecordTest, TheAuditHoldsCodesAndIdsButNoWords)
{
    SocialEmergency e = draft(t(3, 5, 10));
    e.provisionalSurname = QStringLiteral("Xyzzyname");
    e.reporterContact = QStringLiteral("333 1234567");
    e.actions = QStringLiteral("Portato al pronto soccorso");
    SocialEmergency made = recorded(e);
    made.outcome = QStringLiteral("Dimesso al mattino");
    ASSERT_TRUE(pis.update(made, worker));
    EXPECT_EQ(audited(QStringLiteral("social_emergency_recorded")), 1);
    EXPECT_EQ(audited(QStringLiteral("social_emergency_changed")), 1);
    for (const char *word : {"Xyzzyname", "Bianchi", "circa", "1234567", "pronto soccorso", "Dimesso"})
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%%1%'")
                            .arg(QString::fromUtf8(word))),
                  0)
            << word;
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'social_emergency_recorded' "
                             "AND json_extract(details, '$.municipality') = '045001' AND "
                             "json_extract(details, '$.kind') = 'homeless'")),
        1);
}

// ---- Permissions
// --------------------------------------------------------------------------------------------

using EmergencyPermissionTest = test::ProntoInterventoTest;

TEST_F(EmergencyPermissionTest, EachRoleDoesWhatItMay)
{
    const SocialEmergency made = recorded(draft(t(3, 5, 10)));
    const OnCallShift s = pis.addShift(shift(anna, t(3, 1, 8), t(3, 1, 20)), manager).value();
    struct Expect
    {
        const char *who;
        Actor actor;
        bool readRota, manageRota, read, record, figures;
    };
    const Expect expectations[] = {
        {"social worker", worker, true, false, true, true, false},
        {"zone manager", manager, true, true, true, true, true},
        {"administrative", clerk, true, false, false, false, false},
        {"educator", educator, false, false, false, false, false},
        {"system administrator", admin, false, false, false, false, false},
    };
    const auto allowed = [](const auto &result) {
        if (result)
            return true;
        EXPECT_EQ(result.error().code, ErrorCode::Forbidden);
        return false;
    };
    for (const Expect &x : expectations) {
        SCOPED_TRACE(x.who);
        EXPECT_EQ(allowed(pis.gaps(t(3, 1, 0), t(3, 2, 0), x.actor)), x.readRota);
        EXPECT_EQ(allowed(pis.shifts(t(3, 1, 0), t(3, 2, 0), x.actor)), x.readRota);
        EXPECT_EQ(allowed(pis.addShift(shift(marco, t(3, 4, 8), t(3, 4, 9)), x.actor)), x.manageRota);
        EXPECT_EQ(pis.cancelShift(s.id, 99, x.actor).error().code,
                  x.manageRota ? ErrorCode::Conflict : ErrorCode::Forbidden)
            << "a manager gets the conflict, anyone else the refusal";
        EXPECT_EQ(bool(pis.setHandoverLimitHours(48, x.actor)), x.manageRota);
        EXPECT_EQ(allowed(pis.get(made.id, x.actor)), x.read);
        EXPECT_EQ(allowed(pis.list({}, x.actor)), x.read);
        EXPECT_EQ(allowed(pis.overdueHandovers(t(4, 1, 0), x.actor)), x.read);
        EXPECT_EQ(allowed(pis.record(draft(t(3, 6, 10)), x.actor)), x.record);
        EXPECT_EQ(allowed(pis.figures(QDate(2025, 3, 1), QDate(2025, 3, 1), x.actor)), x.figures);
    }
}

TEST_F(EmergencyPermissionTest, AUserServingSomeComuniSeesOnlyTheirs)
{
    const SocialEmergency inAulla = recorded(draft(t(3, 5, 10)));
    SocialEmergency b = draft(t(3, 6, 10));
    b.municipalityCode = bagnone;
    const SocialEmergency inBagnone = recorded(b);
    Actor local = manager;
    local.municipalityCodes = {aulla};
    EXPECT_TRUE(pis.get(inAulla.id, local));
    EXPECT_EQ(pis.get(inBagnone.id, local).error().code, ErrorCode::NotFound);
    EXPECT_EQ(pis.list({}, local).value().size(), 1);
    EXPECT_EQ(pis.figures(QDate(2025, 3, 1), QDate(2025, 3, 1), local).value().first().emergencies, 1);
    EXPECT_EQ(pis.record(b, local).error().fields.first().field, QStringLiteral("municipality"));
}

// ---- Figures through the service
// ---------------------------------------------------------------------------

TEST_F(EmergencyPermissionTest, FiguresFromRecordedEmergencies)
{
    // Aulla, March: arrivals 20, 40 and 90 minutes after the call; one handed over after 30 hours.
    int i = 0;
    for (const int minutes : {20, 90, 40}) {
        SocialEmergency e = draft(t(3, 10 + i++, 21));
        e.workerId = anna;
        e.activatedAt = e.receivedAt.addSecs(300);
        e.arrivedAt = e.receivedAt.addSecs(minutes * 60);
        recorded(e);
    }
    SocialEmergency deferred = draft(t(3, 20, 9));
    deferred.triage = EmergencyTriage::Deferrable;
    deferred.municipalityCode = bagnone;
    const SocialEmergency d = recorded(deferred);
    Case c;
    c.area = CaseArea::AdultHardship;
    c.municipalityCode = bagnone;
    c.responsibleWorkerId = anna;
    c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
    const qint64 caseId = hub.cases.open(c, system).value().id;
    ASSERT_TRUE(pis.handOverToCase(d.id, d.stamp.version, caseId, t(3, 21, 15), manager));
    recorded(draft(t(4, 2, 10))); // April

    const auto figures = pis.figures(QDate(2025, 3, 15), QDate(2025, 4, 1), manager);
    ASSERT_TRUE(figures) << figures.error().message.toStdString();
    ASSERT_EQ(figures.value().size(), 5); // March: total, Aulla, Bagnone; April: total, Aulla
    const EmergencyMonthFigures &aullaMarch = figures.value().at(1);
    EXPECT_EQ(aullaMarch.month, QStringLiteral("2025-03"));
    EXPECT_EQ(aullaMarch.municipalityCode, aulla);
    EXPECT_EQ(aullaMarch.emergencies, 3);
    EXPECT_EQ(aullaMarch.activations, 3);
    EXPECT_EQ(aullaMarch.medianResponseSeconds, 40 * 60.0);
    EXPECT_EQ(aullaMarch.p90ResponseSeconds, 90 * 60);
    const EmergencyMonthFigures &bagnoneMarch = figures.value().at(2);
    EXPECT_EQ(bagnoneMarch.activations, 0);
    EXPECT_FALSE(bagnoneMarch.p90ResponseSeconds.has_value());
    EXPECT_EQ(bagnoneMarch.medianHandoverSeconds, 30 * 3600.0);
    EXPECT_EQ(figures.value().at(3).month, QStringLiteral("2025-04"));
    EXPECT_EQ(figures.value().at(3).emergencies, 1);
    EXPECT_FALSE(pis.figures(QDate(2025, 4, 1), QDate(2025, 3, 1), manager)) << "months in order";
}

} // namespace
