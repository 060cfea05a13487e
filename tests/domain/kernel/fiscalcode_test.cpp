// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/fiscalcode.h"

#include <gtest/gtest.h>

using namespace cartella::domain;

namespace {

const QDate kToday(2026, 11, 23);

Result<FiscalCode> parse(const char *code)
{
    return FiscalCode::parse(QString::fromUtf8(code), PlaceRegistry::builtin(), kToday);
}

std::string reason(const Result<FiscalCode> &r)
{
    return r ? std::string("valid") : r.error().message.toStdString();
}

struct Vector
{
    const char *surname;
    const char *name;
    Sex sex;
    QDate birth;
    const char *place;
    const char *code; // computed by an independent implementation of the published algorithm
};

// Expected codes were computed outside this program, from the rules in docs (domain.md).
const Vector kVectors[] = {
    {"Rossi", "Mario", Sex::Male, QDate(1985, 12, 10), "A562", "RSSMRA85T10A562S"},
    {"Bianchi", "Giovanna", Sex::Female, QDate(1980, 1, 1), "Z112", "BNCGNN80A41Z112I"},   // born in Germany
    {"Fo", "Ugo", Sex::Male, QDate(1936, 3, 24), "G388", "FOXGUO36C24G388B"},              // short names
    {"D'Angelo", "Gianfranco", Sex::Male, QDate(1972, 7, 31), "H501", "DNGGFR72L31H501N"}, // 4+ consonants
    {"Dell'Amico", "Nicolò", Sex::Male, QDate(2003, 2, 28), "E574", "DLLNCL03B28E574F"},   // accents
    {"Rè", "Zoe", Sex::Female, QDate(1984, 2, 29), "M169", "REXZOE84B69M169K"},            // leap day
    {"Popescu", "Ion", Sex::Male, QDate(1990, 6, 15), "Z129", "PPSNIO90H15Z129U"},         // Romania
    {"Verdi", "Anna", Sex::Female, QDate(1940, 5, 3), "A079", "VRDNNA40E43A079V"}, // suppressed Comune
};

} // namespace

TEST(FiscalCode, ComputesPublishedVectors)
{
    for (const Vector &v : kVectors) {
        const auto code = FiscalCode::compute(QString::fromUtf8(v.surname), QString::fromUtf8(v.name), v.sex,
                                              v.birth, QString::fromLatin1(v.place));
        ASSERT_TRUE(code) << v.code << ": " << code.error().message.toStdString();
        EXPECT_EQ(code.value().text().toStdString(), v.code);
        EXPECT_EQ(code.value().birthDate(), v.birth) << v.code;
    }
}

TEST(FiscalCode, ParsesAndDecodesVectors)
{
    for (const Vector &v : kVectors) {
        const auto code = parse(v.code);
        ASSERT_TRUE(code) << v.code << ": " << reason(code);
        EXPECT_EQ(code.value().sex(), v.sex) << v.code;
        EXPECT_EQ(code.value().birthDate(), v.birth) << v.code;
        EXPECT_EQ(code.value().birthPlaceCode().toStdString(), v.place);
        EXPECT_FALSE(code.value().isOmocodic());
    }
}

TEST(FiscalCode, NormalisesLowerCaseAndSpaces)
{
    const auto code = parse(" rss mra 85t10\ta562s ");
    ASSERT_TRUE(code) << reason(code);
    EXPECT_EQ(code.value().text(), QStringLiteral("RSSMRA85T10A562S"));
}

TEST(FiscalCode, AcceptsEveryOmocodiaLevel)
{
    // Independently computed: the seven substitutions of RSSMRA85T10A562S, rightmost digit first.
    const char *omocodic[] = {"RSSMRA85T10A56NH", "RSSMRA85T10A5SNT", "RSSMRA85T10ARSNO", "RSSMRA85T1LARSNR",
                              "RSSMRA85TMLARSNC", "RSSMRA8RTMLARSNO", "RSSMRAURTMLARSNL"};
    int level = 1;
    for (const char *text : omocodic) {
        const auto code = parse(text);
        ASSERT_TRUE(code) << text << ": " << reason(code);
        EXPECT_TRUE(code.value().isOmocodic());
        EXPECT_EQ(code.value().canonical(), QStringLiteral("RSSMRA85T10A562S"));
        EXPECT_EQ(code.value().birthDate(), QDate(1985, 12, 10));
        EXPECT_EQ(code.value().birthPlaceCode(), QStringLiteral("A562"));
        EXPECT_EQ(FiscalCode::withOmocodia(QStringLiteral("RSSMRA85T10A562S"), level++).toStdString(), text);
    }
}

TEST(FiscalCode, RefusesWrongCheckCharacter)
{
    const auto code = parse("RSSMRA85T10A562X");
    ASSERT_FALSE(code);
    EXPECT_NE(reason(code).find("S"), std::string::npos) << "the message names the expected character";
    EXPECT_FALSE(parse("RSSMRA85T10A56NX")); // omocodic with a wrong check
}

TEST(FiscalCode, RefusesImpossibleDates)
{
    // Each has a correct check character, so only the date can be the reason.
    const char *impossible[] = {
        "RSSMRA85F10A562V", // F is no month letter
        "RSSMRA85T32A562Q", // day 32
        "RSSMRA85T00A562M", // day 0
        "RSSMRA85T40A562O", // day 40: neither a man's nor a woman's day
        "RSSMRA85T72A562S", // day 72 (31 + 41)
        "RSSMRA85B30A562D", // 30 February
        "RSSMRA85B29A562W", // 29 February 1985 is not a leap day
        "RSSMRA85D31A562K", // 31 April
        "RSSMRA85B69A562D", // 29 February for a woman, 1985
    };
    for (const char *text : impossible) {
        QString code = QString::fromLatin1(text).left(15);
        code.append(FiscalCode::checkCharacter(code)); // make the check right whatever the literal says
        const auto parsed = FiscalCode::parse(code, PlaceRegistry::builtin(), kToday);
        EXPECT_FALSE(parsed) << code.toStdString() << " should be refused";
    }
    EXPECT_TRUE(parse("REXZOE84B69M169K")) << "29 February 1984 exists, also for a woman";
}

TEST(FiscalCode, FemaleDaysAreFortyPlus)
{
    const auto code = parse("BNCGNN80A41Z112I");
    ASSERT_TRUE(code) << reason(code);
    EXPECT_EQ(code.value().sex(), Sex::Female);
    EXPECT_EQ(code.value().birthDate().day(), 1);
}

TEST(FiscalCode, ChoosesTheCenturyThatGivesAnAgeUpTo120)
{
    const auto young =
        FiscalCode::parse(QStringLiteral("MRNLCU20A01D629I"), PlaceRegistry::builtin(), kToday);
    ASSERT_TRUE(young) << reason(young);
    EXPECT_EQ(young.value().birthDate().year(), 2020);
    const auto old = parse("FOXGUO36C24G388B");
    ASSERT_TRUE(old) << reason(old);
    EXPECT_EQ(old.value().birthDate().year(), 1936) << "2036 is in the future";
}

TEST(FiscalCode, AHundredYearOldBornLaterInTheMonthIsNotInTheFuture)
{
    // Today is 2026-11-23: a woman born on 1926-11-30 is 99, not born next week.
    QString code = QStringLiteral("VRDNNA26S70A079");
    code.append(FiscalCode::checkCharacter(code));
    const auto parsed = FiscalCode::parse(code, PlaceRegistry::builtin(), kToday);
    ASSERT_TRUE(parsed) << reason(parsed);
    EXPECT_EQ(parsed.value().birthDate(), QDate(1926, 11, 30));
    code = QStringLiteral("VRDNNA26S63A079"); // 23 November 2026: born today
    code.append(FiscalCode::checkCharacter(code));
    EXPECT_EQ(FiscalCode::parse(code, PlaceRegistry::builtin(), kToday).value().birthDate(),
              QDate(2026, 11, 23));
}

TEST(FiscalCode, OmocodiaSubstitutesFromTheRightOnly)
{
    QString code = QStringLiteral("RSSMRAU5T10A562"); // only position 7 replaced
    code.append(FiscalCode::checkCharacter(code));
    const auto parsed = parse(code.toLatin1().constData());
    ASSERT_FALSE(parsed);
    EXPECT_NE(reason(parsed).find("position 7"), std::string::npos) << reason(parsed);
}

TEST(FiscalCode, RefusesUnknownPlaceAndBadShape)
{
    EXPECT_FALSE(parse("BNCGNN80A41Z999B")) << "Z999 is no state";
    EXPECT_FALSE(parse("RSSMRA85T10A562")) << "15 characters";
    EXPECT_FALSE(parse("RSSMRA85T10A562SS")) << "17 characters";
    EXPECT_FALSE(parse("1SSMRA85T10A562S")) << "digit among the surname letters";
    EXPECT_FALSE(parse("RSSMRAA5T10A562S")) << "A is no omocodia letter";
    EXPECT_FALSE(parse(""));
}

TEST(FiscalCode, AcceptsForeignBornAndSuppressedComuni)
{
    const auto germany = parse("BNCGNN80A41Z112I");
    ASSERT_TRUE(germany);
    EXPECT_TRUE(PlaceRegistry::builtin().birthPlace(germany.value().birthPlaceCode())->foreign);
    const auto agnona = parse("VRDNNA40E43A079V");
    ASSERT_TRUE(agnona) << reason(agnona);
    EXPECT_FALSE(PlaceRegistry::builtin().birthPlace(QStringLiteral("A079"))->active);
}

TEST(FiscalCode, TemporaryNumericCodes)
{
    const auto temporary = parse("12345678903");
    ASSERT_TRUE(temporary) << reason(temporary);
    EXPECT_TRUE(temporary.value().isTemporary());
    EXPECT_FALSE(parse("80012345678")) << "wrong check digit";
    EXPECT_FALSE(parse("1234567890A"));
}

TEST(FiscalCode, ComputeReportsWhatIsMissing)
{
    const auto code = FiscalCode::compute(QStringLiteral("Rossi"), QString(), Sex::Unspecified, QDate(),
                                          QStringLiteral("ZZZZ"));
    ASSERT_FALSE(code);
    QStringList fields;
    for (const FieldIssue &f : code.error().fields)
        fields.append(f.field);
    EXPECT_EQ(fields, (QStringList{QStringLiteral("givenName"), QStringLiteral("sex"),
                                   QStringLiteral("birthDate"), QStringLiteral("birthPlace")}));
}
