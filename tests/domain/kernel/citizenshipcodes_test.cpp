// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/citizenshipcodes.h"
#include "domain/kernel/placeregistry.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace cartella::domain;

TEST(CitizenshipCodes, NamesAndBelfioreCodesGiveTheIsoNumericCode)
{
    const CitizenshipCodes &codes = CitizenshipCodes::builtin();
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("ITALIA")), QStringLiteral("380"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral(" Italia ")), QStringLiteral("380"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("GERMANIA")), QStringLiteral("276"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("z112")), QStringLiteral("276"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("REGNO UNITO")), QStringLiteral("826"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("Gran Bretagna e Irlanda del Nord")), QStringLiteral("826"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("MAROCCO")), QStringLiteral("504"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("ZAIRE")), QStringLiteral("180")) << "an older name";
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("FAER OER (ISOLE)")), QStringLiteral("234"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("ALBANIA")), QStringLiteral("008")) << "leading zeros kept";
}

TEST(CitizenshipCodes, StatesWithoutAnIsoCodeGiveNothing)
{
    const CitizenshipCodes &codes = CitizenshipCodes::builtin();
    EXPECT_TRUE(codes.isoNumeric(QStringLiteral("URSS")).isEmpty());
    EXPECT_TRUE(codes.isoNumeric(QStringLiteral("Z135")).isEmpty());
    EXPECT_TRUE(codes.isoNumeric(QStringLiteral("KOSOVO")).isEmpty());
    EXPECT_TRUE(codes.isoNumeric(QStringLiteral("Atlantide")).isEmpty());
    EXPECT_TRUE(codes.isoNumeric(QString()).isEmpty());
}

TEST(CitizenshipCodes, TableAgreesWithTheBelfioreList)
{
    QFile file(QStringLiteral(":/data/belfiore-iso3166.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const PlaceRegistry &places = PlaceRegistry::builtin();
    const QRegularExpression threeDigits(QStringLiteral("^[0-9]{3}$"));
    int rows = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines[i]).split(QLatin1Char(';'));
        ASSERT_EQ(f.size(), 3) << qPrintable(f.join(QLatin1Char(';')));
        EXPECT_TRUE(threeDigits.match(f[2]).hasMatch()) << qPrintable(f[2]);
        if (f[0].isEmpty()) {
            EXPECT_EQ(f[1], QStringLiteral("ITALIA"));
        } else {
            const auto place = places.birthPlace(f[0]);
            ASSERT_TRUE(place) << qPrintable(f[0]);
            EXPECT_TRUE(place->foreign) << qPrintable(f[0]);
            EXPECT_EQ(CitizenshipCodes::builtin().isoNumeric(f[0]), f[2]) << qPrintable(f[0]);
        }
        EXPECT_EQ(CitizenshipCodes::builtin().isoNumeric(f[1]), f[2]) << qPrintable(f[1]);
        ++rows;
    }
    EXPECT_GT(rows, 250);
    EXPECT_GT(CitizenshipCodes::builtin().size(), 250) << "names; a few are shared by an old and a new code";
}

TEST(CitizenshipCodes, ReadsAnyTableOfTheSameColumns)
{
    const CitizenshipCodes codes = CitizenshipCodes::fromCsv(QByteArrayLiteral(
        "belfiore_code;name;iso_numeric\n;ITALIA;380\nZ999;ATLANTIDE;999\nZ998;SENZA CODICE;\n"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("atlantide")), QStringLiteral("999"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("Z999")), QStringLiteral("999"));
    EXPECT_EQ(codes.isoNumeric(QStringLiteral("italia")), QStringLiteral("380"));
    EXPECT_TRUE(codes.isoNumeric(QStringLiteral("GERMANIA")).isEmpty());
    EXPECT_TRUE(codes.isoNumeric(QStringLiteral("Z998")).isEmpty());
    EXPECT_EQ(codes.size(), 2);
}
