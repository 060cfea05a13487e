#include "money.h"

namespace cartella::exporting {

QString centsToDecimal(qint64 cents, QChar separator)
{
    // The magnitude in unsigned arithmetic, so that the smallest qint64 has one too.
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    const quint64 fraction = magnitude % 100;
    QString out = cents < 0 ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / 100);
    out += separator;
    if (fraction < 10)
        out += QLatin1Char('0');
    out += QString::number(fraction);
    return out;
}

} // namespace cartella::exporting
