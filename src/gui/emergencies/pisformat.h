// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "gui/common/formhelpers.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cmath>
#include <optional>

// How the Pronto Intervento views show and read instants (local time, to the minute) and durations (h:mm).
namespace cartella::gui {

inline const QString kInstantFormat = QStringLiteral("dd/MM/yyyy HH:mm");

// A UTC instant as the office reads it: local time, dd/MM/yyyy HH:mm; empty when invalid.
inline QString showInstant(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(kInstantFormat) : QString();
}

// A typed local instant ("05/03/2026 14:30", "5/3/2026 9:05", a date alone is midnight) as UTC; invalid when
// it cannot be read. An empty text is an invalid instant too: the caller tells "empty" from "wrong".
inline QDateTime parseInstant(const QString &text)
{
    const QString t = text.simplified();
    for (const QString &format : {kInstantFormat, QStringLiteral("d/M/yyyy H:mm"),
                                  QStringLiteral("d/M/yyyy H.mm"), QStringLiteral("yyyy-MM-dd HH:mm")}) {
        const QDateTime at = QDateTime::fromString(t, format);
        if (at.isValid())
            return at.toUTC();
    }
    const QDate day = parseDate(t);
    return day.isValid() ? day.startOfDay().toUTC() : QDateTime();
}

// Seconds as hours and minutes, "1:05", "49:30" (rounded to the minute); empty for none.
inline QString showDuration(std::optional<double> seconds)
{
    if (!seconds || *seconds < 0)
        return {};
    const qint64 minutes = qint64(std::llround(*seconds / 60.0));
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cartella::gui
