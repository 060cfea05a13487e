#pragma once

#include <QString>

namespace cartella::exporting {

// Cents as a decimal with exactly two digits after the separator: 123456 -> "1234.56", -5 -> "-0.05".
// Integer arithmetic only (every qint64, the smallest included), never floating point.
QString centsToDecimal(qint64 cents, QChar separator);

} // namespace cartella::exporting
