// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace cartella::domain {

// Accent- and case-insensitive keys. "Nicolò D'Amico" folds to "nicolo damico".
// The same function builds stored keys and query keys, so they always agree.
QString foldForSearch(const QString &text);

// Upper-case Latin letters only, accents stripped: the alphabet of the codice fiscale.
QString latinLettersUpper(const QString &text);

// Removes combining marks after canonical decomposition ("È" -> "E").
QString stripAccents(const QString &text);

} // namespace cartella::domain
