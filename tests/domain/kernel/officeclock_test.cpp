// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/officeclock.h"

#include <gtest/gtest.h>

using namespace cartella::domain;

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
} // namespace

TEST(OfficeClock, AnInstantFallsOnTheItalianDayNotTheUtcOne)
{
    // Winter (CET, UTC+1): 23:30 UTC is already tomorrow in Italy.
    EXPECT_EQ(officeDate(utc(2026, 12, 1, 23, 30)), QDate(2026, 12, 2));
    EXPECT_EQ(officeDate(utc(2026, 12, 1, 22, 59)), QDate(2026, 12, 1));
    // Summer (CEST, UTC+2): from 22:00 UTC.
    EXPECT_EQ(officeDate(utc(2026, 7, 10, 22, 0)), QDate(2026, 7, 11));
    EXPECT_EQ(officeDate(utc(2026, 7, 10, 21, 59)), QDate(2026, 7, 10));
}

TEST(OfficeClock, TodayIsTheOfficeDayOfNow)
{
    const QDate before = officeDate(QDateTime::currentDateTimeUtc());
    const QDate today = officeToday();
    const QDate after = officeDate(QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(today == before || today == after); // a midnight may pass between the calls
    EXPECT_EQ(officeTimeZone().id(), QByteArrayLiteral("Europe/Rome"));
}
