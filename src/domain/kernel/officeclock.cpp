// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/officeclock.h"

namespace cartella::domain {

QTimeZone officeTimeZone()
{
    static const QTimeZone rome(QByteArrayLiteral("Europe/Rome"));
    return rome.isValid() ? rome : QTimeZone::systemTimeZone();
}

namespace {
QDate g_historicalDay; // invalid unless the demo is writing history
} // namespace

QDate officeToday()
{
    const QDate today = officeDate(QDateTime::currentDateTimeUtc());
    return g_historicalDay.isValid() ? std::min(g_historicalDay, today) : today;
}

HistoricalOfficeDay::HistoricalOfficeDay(QDate day)
{
    moveTo(day);
}

HistoricalOfficeDay::~HistoricalOfficeDay()
{
    g_historicalDay = QDate();
}

void HistoricalOfficeDay::moveTo(QDate day)
{
    g_historicalDay = day;
}

QDate officeDate(const QDateTime &utc)
{
    return utc.toTimeZone(officeTimeZone()).date();
}

} // namespace cartella::domain
