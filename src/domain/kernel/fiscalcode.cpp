// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/fiscalcode.h"

#include "domain/kernel/officeclock.h"
#include "domain/kernel/textfold.h"

#include <QCoreApplication>

#include <array>

namespace cartella::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FiscalCode)
};

constexpr QLatin1StringView kMonthLetters("ABCDEHLMPRST");
constexpr QLatin1StringView kOmocodiaLetters("LMNPQRSTUV"); // stand for 0..9
// Positions (0-based) that hold digits in a regular code, from the right: the omocodia order.
constexpr std::array<int, 7> kDigitPositionsRightFirst{14, 13, 12, 10, 9, 7, 6};
constexpr std::array<int, 26> kOddValues{1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                         20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

bool isDigitPosition(int i)
{
    return i == 6 || i == 7 || i == 9 || i == 10 || i == 12 || i == 13 || i == 14;
}

bool isUpperLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::Invalid, message, {{QStringLiteral("fiscalCode"), message}}, {}};
}

QString consonants(const QString &letters)
{
    QString out;
    for (const QChar c : letters) {
        if (!QStringLiteral("AEIOU").contains(c))
            out.append(c);
    }
    return out;
}

QString vowels(const QString &letters)
{
    QString out;
    for (const QChar c : letters) {
        if (QStringLiteral("AEIOU").contains(c))
            out.append(c);
    }
    return out;
}

QString padded(QString letters)
{
    while (letters.size() < 3)
        letters.append(QLatin1Char('X'));
    return letters.left(3);
}

// The temporary code of a person without a definitive one: 11 digits, last one a Luhn-style check.
bool temporaryCheckDigitOk(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10 == digits.at(10).digitValue();
}

} // namespace

QString FiscalCode::normalize(const QString &input)
{
    const QString plain = stripAccents(input).toUpper();
    QString out;
    for (const QChar c : plain) {
        if (isUpperLetter(c) || isDigit(c))
            out.append(c);
    }
    return out;
}

QChar FiscalCode::checkCharacter(QStringView first15)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = first15.at(i);
        const int v = isDigit(c) ? c.digitValue() : c.unicode() - 'A';
        sum += (i % 2 == 0) ? kOddValues.at(static_cast<std::size_t>(v)) : v; // position i+1 odd when i even
    }
    return QChar(char16_t(u'A' + sum % 26));
}

QString FiscalCode::canonical() const
{
    if (m_temporary)
        return m_text;
    QString out = m_text;
    for (int i : kDigitPositionsRightFirst) {
        const qsizetype k = kOmocodiaLetters.indexOf(out.at(i));
        if (k >= 0)
            out[i] = QChar(char16_t(u'0' + k));
    }
    out[15] = checkCharacter(QStringView(out).left(15));
    return out;
}

bool FiscalCode::isOmocodic() const
{
    return !m_temporary && canonical() != m_text;
}

QString FiscalCode::withOmocodia(const QString &code, int level)
{
    QString out = code;
    for (int n = 0; n < level && n < static_cast<int>(kDigitPositionsRightFirst.size()); ++n) {
        const int i = kDigitPositionsRightFirst.at(static_cast<std::size_t>(n));
        if (isDigit(out.at(i)))
            out[i] = kOmocodiaLetters.at(out.at(i).digitValue());
    }
    out[15] = checkCharacter(QStringView(out).left(15));
    return out;
}

Result<FiscalCode> FiscalCode::parse(const QString &input, const PlaceRegistry &places, QDate today)
{
    const QString code = normalize(input);
    if (code.isEmpty())
        return invalid(Tr::tr("The fiscal code is empty."));

    FiscalCode fc;
    fc.m_text = code;
    if (code.size() == 11) {
        for (const QChar c : code) {
            if (!isDigit(c))
                return invalid(Tr::tr("A temporary fiscal code has 11 digits."));
        }
        if (!temporaryCheckDigitOk(code))
            return invalid(Tr::tr("The check digit of the temporary fiscal code is wrong."));
        fc.m_temporary = true;
        return fc;
    }
    if (code.size() != 16)
        return invalid(
            Tr::tr("A fiscal code has 16 characters; this one has %n.", nullptr, int(code.size())));

    for (int i = 0; i < 16; ++i) {
        const QChar c = code.at(i);
        const bool ok = isDigitPosition(i) ? (isDigit(c) || kOmocodiaLetters.contains(c)) : isUpperLetter(c);
        if (!ok)
            return invalid(
                Tr::tr("The character \"%2\" at position %1 is not allowed there.").arg(i + 1).arg(c));
    }
    // Omocodia replaces digits from the right: once a digit is met going left, no letter may follow.
    bool digitSeen = false;
    for (const int i : kDigitPositionsRightFirst) {
        if (isDigit(code.at(i)))
            digitSeen = true;
        else if (digitSeen)
            return invalid(
                Tr::tr("The omocodia letter at position %1 is not allowed: substitutions start from the "
                       "rightmost digit.")
                    .arg(i + 1));
    }
    const QChar expected = checkCharacter(QStringView(code).left(15));
    if (code.at(15) != expected)
        return invalid(Tr::tr("The check character is wrong: it should be %1.").arg(expected));

    const QString plain = fc.canonical();
    const int yy = QStringView(plain).mid(6, 2).toInt();
    const qsizetype month = kMonthLetters.indexOf(plain.at(8)) + 1;
    if (month == 0)
        return invalid(Tr::tr("\"%1\" is not a month letter.").arg(plain.at(8)));
    int day = QStringView(plain).mid(9, 2).toInt();
    fc.m_sex = Sex::Male;
    if (day > 40) {
        day -= 40;
        fc.m_sex = Sex::Female;
    }
    if (day < 1 || day > 31)
        return invalid(Tr::tr("The birth day %1 is impossible (1-31 for men, 41-71 for women).")
                           .arg(QStringView(plain).mid(9, 2)));
    // The younger reading wins when it is a real date not after today; otherwise the person is a century
    // older.
    int year = 2000 + yy;
    if (const QDate young(year, int(month), day); !young.isValid() || young > today)
        year -= 100;
    const QDate birth(year, int(month), day);
    if (!birth.isValid())
        return invalid(Tr::tr("The birth date %1-%2-%3 does not exist.")
                           .arg(year)
                           .arg(month, 2, 10, QLatin1Char('0'))
                           .arg(day, 2, 10, QLatin1Char('0')));
    if (birth > today)
        return invalid(Tr::tr("The birth date is in the future."));
    fc.m_birthDate = birth;
    fc.m_placeCode = plain.mid(11, 4);
    if (!places.birthPlace(fc.m_placeCode))
        return invalid(
            Tr::tr("The birth place code %1 is not a known Comune or foreign state.").arg(fc.m_placeCode));
    return fc;
}

QString FiscalCode::surnameLetters(const QString &surname)
{
    const QString letters = latinLettersUpper(surname);
    return padded(consonants(letters) + vowels(letters));
}

QString FiscalCode::givenNameLetters(const QString &givenName)
{
    const QString letters = latinLettersUpper(givenName);
    const QString cons = consonants(letters);
    if (cons.size() >= 4)
        return QString(cons.at(0)) + cons.at(2) + cons.at(3);
    return padded(cons + vowels(letters));
}

Result<FiscalCode> FiscalCode::compute(const QString &surname, const QString &givenName, Sex sex,
                                       QDate birthDate, const QString &birthPlaceCode,
                                       const PlaceRegistry &places)
{
    QList<FieldIssue> missing;
    if (latinLettersUpper(surname).isEmpty())
        missing.append({QStringLiteral("surname"), Tr::tr("The surname is needed to compute the code.")});
    if (latinLettersUpper(givenName).isEmpty())
        missing.append({QStringLiteral("givenName"), Tr::tr("The name is needed to compute the code.")});
    if (sex == Sex::Unspecified)
        missing.append({QStringLiteral("sex"), Tr::tr("The sex is needed to compute the code.")});
    if (!birthDate.isValid())
        missing.append(
            {QStringLiteral("birthDate"), Tr::tr("The birth date is needed to compute the code.")});
    if (!places.birthPlace(birthPlaceCode))
        missing.append(
            {QStringLiteral("birthPlace"), Tr::tr("A known birth place is needed to compute the code.")});
    if (!missing.isEmpty()) {
        QStringList messages;
        for (const FieldIssue &m : missing)
            messages.append(m.message);
        return Error{ErrorCode::Invalid, messages.join(QLatin1Char(' ')), missing, {}};
    }
    const int day = birthDate.day() + (sex == Sex::Female ? 40 : 0);
    QString code = surnameLetters(surname) + givenNameLetters(givenName) +
                   QStringLiteral("%1").arg(birthDate.year() % 100, 2, 10, QLatin1Char('0')) +
                   kMonthLetters.at(birthDate.month() - 1) +
                   QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0')) + birthPlaceCode.toUpper();
    code.append(checkCharacter(code));
    // Parsing checks the result; the birth date is the one given, whatever century parsing would guess.
    Result<FiscalCode> parsed = parse(code, places, std::max(officeToday(), birthDate));
    if (!parsed)
        return parsed;
    FiscalCode fc = std::move(parsed).value();
    fc.m_birthDate = birthDate;
    return fc;
}

} // namespace cartella::domain
