// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/money.h"

#include <QRegularExpression>

namespace cartella::domain {

namespace {

QString groupThousands(const QString &digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char('.');
        out += digits.at(i);
    }
    return out;
}

QString euroText(qint64 cents, bool grouped)
{
    const bool negative = cents < 0;
    // Unsigned arithmetic, so that the smallest qint64 does not overflow on negation.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const QString whole = QString::number(magnitude / 100);
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + (grouped ? groupThousands(whole) : whole) +
           QLatin1Char(',') + fraction;
}

} // namespace

QString formatEuro(qint64 cents)
{
    return euroText(cents, true) + QStringLiteral("\u00a0€");
}

QString plainEuro(qint64 cents)
{
    return euroText(cents, false);
}

std::optional<qint64> parseEuro(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("€")).remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    if (t.isEmpty())
        return std::nullopt;
    // Either grouped with dots and a decimal comma, or plain with a comma or a dot as the decimal mark.
    static const QRegularExpression grouped(QStringLiteral("^(\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d{1,2}))?$"));
    static const QRegularExpression plain(QStringLiteral("^(\\d+)(?:[,.](\\d{1,2}))?$"));
    QRegularExpressionMatch m = grouped.match(t);
    QString whole;
    if (m.hasMatch()) {
        whole = m.captured(1).remove(QLatin1Char('.'));
    } else {
        m = plain.match(t);
        if (!m.hasMatch())
            return std::nullopt;
        whole = m.captured(1);
    }
    if (whole.size() > 15) // beyond any public budget, and safe from overflow
        return std::nullopt;
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return whole.toLongLong() * 100 + fraction.toLongLong();
}

} // namespace cartella::domain
