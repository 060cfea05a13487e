// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cartella::exporting {

// CSV for Italian spreadsheets (RFC 4180 with ';' as the separator, as Excel expects under an Italian
// locale): UTF-8, a byte-order mark at the start of the file so that Excel reads it as UTF-8, CRLF line ends.

// The bytes that start a CSV file: the UTF-8 byte-order mark.
QByteArray csvBom();

// One record, ending in CRLF. A field holding ';', '"', CR or LF is quoted, with '"' doubled; other fields
// are written as they are. An empty list gives an empty line.
QByteArray csvRow(const QStringList &fields);

// Euro cents as the Italian decimal: 123456 -> "1234,56", 5 -> "0,05", -5 -> "-0,05". No thousands
// separator, so that spreadsheets read it as a number. Exact: integer arithmetic only.
QString csvEuro(qint64 cents);

} // namespace cartella::exporting
