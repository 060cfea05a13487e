// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>

namespace cartella::domain {

// Money is integer euro cents everywhere; these are the only conversions to and from text, and none of them
// goes through floating point.

// "1.234,56 €" (Italian grouping and decimal comma); negative amounts get a leading minus.
QString formatEuro(qint64 cents);
// "1234,56" without grouping or symbol: for input fields and CSV.
QString plainEuro(qint64 cents);
// What a user types: "1234,56", "1.234,56", "1234.56", "12", "12,5", with or without "€" and spaces. Refuses
// more than two decimals, signs and anything else (nullopt).
std::optional<qint64> parseEuro(const QString &text);

} // namespace cartella::domain
