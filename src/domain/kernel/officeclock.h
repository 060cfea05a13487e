// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace cartella::domain {

// The office works on Italian time whatever the machine's clock zone: a social worker's "today" is the day in
// Europe/Rome, and so is the day an instant (stored in UTC) falls on. Every "today" in the domain, the GUI,
// the command-line tool and the tests comes from here, so that two checks made in the same second agree on
// the day (a machine set to UTC, as CI and many servers are, is an hour or two behind Italy around midnight).
QTimeZone officeTimeZone();

// Today in the office's time zone.
QDate officeToday();

// The office's calendar day on which the instant `utc` falls.
QDate officeDate(const QDateTime &utc);

// For the demo only, which writes ten years of a zone's history through the services as they were on the day
// each thing happened (a case closed in 2018 is closed on that day): while one lives, officeToday() answers
// its day, never after the real one. Instants (created_at, the audit trail) stay real. Single-threaded.
class HistoricalOfficeDay
{
public:
    explicit HistoricalOfficeDay(QDate day);
    ~HistoricalOfficeDay();
    HistoricalOfficeDay(const HistoricalOfficeDay &) = delete;
    HistoricalOfficeDay &operator=(const HistoricalOfficeDay &) = delete;

    void moveTo(QDate day);
};

} // namespace cartella::domain
