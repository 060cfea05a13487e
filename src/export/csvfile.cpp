// SPDX-License-Identifier: EUPL-1.2
#include "export/csvfile.h"

#include "domain/kernel/money.h"

namespace cartella::exporting {

QByteArray csvBom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ';';
        const QByteArray field = fields.at(i).toUtf8();
        const bool quote =
            field.contains(';') || field.contains('"') || field.contains('\n') || field.contains('\r');
        if (!quote) {
            out += field;
            continue;
        }
        out += '"';
        for (const char c : field) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
    return out;
}

QString csvEuro(qint64 cents)
{
    return domain::plainEuro(cents);
}

} // namespace cartella::exporting
