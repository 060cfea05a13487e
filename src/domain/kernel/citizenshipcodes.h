// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace cartella::domain {

// The ISO 3166-1 numeric code (e.g. "380" for Italy, "276" for Germany) of a citizenship as Cartella stores
// it: the state's name as in the Belfiore list ("ITALIA", "GERMANIA", any older name too) or its Belfiore
// code ("Z112"). SIUSS and other national flows want the ISO code. The table is resources/data/
// belfiore-iso3166.csv, made by scripts/make-belfiore-iso3166 (docs/decisions/0011-citizenship-iso-codes.md).
class CitizenshipCodes
{
public:
    // The table compiled into the program; loaded once, on first use.
    static const CitizenshipCodes &builtin();
    // belfiore_code;name;iso_numeric, with a header line.
    static CitizenshipCodes fromCsv(const QByteArray &csv);

    // Three digits, or empty when the state is unknown or has no ISO code (a former state, Kosovo).
    // Case, accents and punctuation in the name are ignored.
    QString isoNumeric(const QString &stateNameOrBelfiore) const;

    qsizetype size() const { return m_byName.size(); }

private:
    QHash<QString, QString> m_byCode; // Belfiore code -> ISO numeric
    QHash<QString, QString> m_byName; // folded name -> ISO numeric
};

} // namespace cartella::domain
