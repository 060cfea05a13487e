// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/officeclock.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/result.h"
#include "domain/kernel/vocabulary.h"

#include <QDate>
#include <QString>

namespace cartella::domain {

// The Italian codice fiscale of a person: 16 characters (validated, omocodia included) or a temporary
// 11-digit numeric code. Only valid codes exist as FiscalCode values; parse() says why a text is not one.
class FiscalCode
{
public:
    // Upper case, accents stripped, spaces and punctuation removed.
    static QString normalize(const QString &input);

    // `today` fixes the century of the two-digit birth year: the one giving an age from 0 to 120.
    static Result<FiscalCode> parse(const QString &input,
                                    const PlaceRegistry &places = PlaceRegistry::builtin(),
                                    QDate today = officeToday());

    // The regular (non-omocodic) code for these anagrafica data. The place must be a Belfiore code.
    static Result<FiscalCode> compute(const QString &surname, const QString &givenName, Sex sex,
                                      QDate birthDate, const QString &birthPlaceCode,
                                      const PlaceRegistry &places = PlaceRegistry::builtin());

    static QString surnameLetters(const QString &surname);
    static QString givenNameLetters(const QString &givenName);
    // Check character for the first 15 characters of a normalized code.
    static QChar checkCharacter(QStringView first15);
    // Replaces the `level` rightmost digits with omocodia letters (level 1..7) and recomputes the check.
    static QString withOmocodia(const QString &code, int level);

    const QString &text() const { return m_text; }
    bool isTemporary() const { return m_temporary; }
    bool isOmocodic() const;
    // For a 16-character code: what it encodes. A temporary code encodes nothing.
    Sex sex() const { return m_sex; }
    QDate birthDate() const { return m_birthDate; }
    const QString &birthPlaceCode() const { return m_placeCode; }
    // The code with omocodia letters turned back into digits.
    QString canonical() const;

private:
    QString m_text;
    bool m_temporary = false;
    Sex m_sex = Sex::Unspecified;
    QDate m_birthDate;
    QString m_placeCode;
};

} // namespace cartella::domain
