#include "domain/officeclock.h"

namespace cartella::domain {

QTimeZone officeTimeZone()
{
    static const QTimeZone rome(QByteArrayLiteral("Europe/Rome"));
    return rome.isValid() ? rome : QTimeZone::systemTimeZone();
}

QDate officeToday()
{
    return officeDate(QDateTime::currentDateTimeUtc());
}

QDate officeDate(const QDateTime &utc)
{
    return utc.toTimeZone(officeTimeZone()).date();
}

} // namespace cartella::domain
