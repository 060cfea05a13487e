// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/services/inclusion.h"
#include "domain/services/services.h"
#include "gui/common/formhelpers.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// How the PIS and tirocinio dialogs show months and attendance.
namespace cartella::gui {

// The line at the top of the PIS and tirocinio dialogs: "Tirocinio for Rossi Mario, case 2026/0042: active
// from 01/03/2026 to 31/08/2026".
inline QString deliveryHeaderText(const domain::ServiceDelivery &d)
{
    QString period;
    if (d.startsOn.isValid() && d.endsOn.isValid())
        period = QCoreApplication::translate("MonthlyFormat", "from %1 to %2")
                     .arg(showDate(d.startsOn), showDate(d.endsOn));
    else if (d.startsOn.isValid())
        period = QCoreApplication::translate("MonthlyFormat", "from %1").arg(showDate(d.startsOn));
    return QCoreApplication::translate("MonthlyFormat", "%1 for %2, case %3: %4 %5")
        .arg(d.serviceName, d.personName, d.caseNumber,
             domain::Vocabulary<domain::DeliveryStatus>::label(d.status).toLower(), period)
        .trimmed();
}

// "2026-03" → "03/2026".
inline QString monthText(const QString &month)
{
    const QDate first = domain::ServiceMonths::firstDay(month);
    return first.isValid() ? first.toString(QStringLiteral("MM/yyyy")) : month;
}

// The share of hours attended, rounded down to a tenth so that it never shows a threshold not reached:
// "47,5 %", "100,0 %"; empty with no hours planned.
inline QString percentText(int planned, int attended)
{
    if (planned <= 0)
        return {};
    const qint64 perMille = qint64(attended) * 1000 / planned;
    return QStringLiteral("%1,%2\u00a0%").arg(perMille / 10).arg(perMille % 10);
}

// The months of a service from its start to its end or the current month, whichever comes first, oldest first
// ("YYYY-MM"). Without a start, the current month only.
inline QStringList serviceMonths(const domain::ServiceDelivery &d)
{
    const QDate today = domain::officeToday();
    QDate last(today.year(), today.month(), 1);
    if (d.endsOn.isValid() && d.endsOn < last)
        last = QDate(d.endsOn.year(), d.endsOn.month(), 1);
    QDate month = d.startsOn.isValid() ? QDate(d.startsOn.year(), d.startsOn.month(), 1) : last;
    QStringList months;
    for (; month <= last; month = month.addMonths(1))
        months << domain::ServiceMonths::of(month);
    return months;
}

} // namespace cartella::gui
