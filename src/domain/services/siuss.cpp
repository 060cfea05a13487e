// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/siuss.h"

namespace cartella::domain {

int siussHoursHundredths(int minutes)
{
    if (minutes < 0)
        return -1;
    return int((qint64(minutes) * 100 + 30) / 60);
}

QString siussFlowName(const QString &enteCode, QDate day, int progressive)
{
    return QStringLiteral("%1.PS.%2.%3")
        .arg(enteCode.trimmed(), day.toString(QStringLiteral("yyyyMMdd")))
        .arg(progressive, 7, 10, QLatin1Char('0'));
}

} // namespace cartella::domain
