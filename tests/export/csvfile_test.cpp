// SPDX-License-Identifier: EUPL-1.2
#include "export/csvfile.h"

#include <gtest/gtest.h>

#include <limits>

using namespace cartella::exporting;

namespace {

// A reader of one RFC 4180 record with ';', to check that what csvRow writes reads back the same.
QStringList readRow(const QByteArray &row)
{
    const QString text = QString::fromUtf8(row);
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                fields.last() += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                fields.last() += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            fields.append(QString());
        } else if (c == QLatin1Char('\r') && text.mid(i) == QLatin1String("\r\n")) {
            break;
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

} // namespace

TEST(CsvFile, PlainFieldsAreWrittenAsTheyAre)
{
    EXPECT_EQ(csvRow({QStringLiteral("Rossi"), QStringLiteral("Mario"), QStringLiteral("12,50")}),
              QByteArray("Rossi;Mario;12,50\r\n"));
    EXPECT_EQ(csvRow({QString(), QString()}), QByteArray(";\r\n"));
    EXPECT_EQ(csvRow({}), QByteArray("\r\n"));
    EXPECT_EQ(csvRow({QStringLiteral("Nicolò D'Amico")}), QStringLiteral("Nicolò D'Amico\r\n").toUtf8());
}

TEST(CsvFile, SeparatorsQuotesAndLineBreaksAreQuoted)
{
    EXPECT_EQ(csvRow({QStringLiteral("a;b")}), QByteArray("\"a;b\"\r\n"));
    EXPECT_EQ(csvRow({QStringLiteral("say \"hi\"")}), QByteArray("\"say \"\"hi\"\"\"\r\n"));
    EXPECT_EQ(csvRow({QStringLiteral("two\nlines"), QStringLiteral("x")}),
              QByteArray("\"two\nlines\";x\r\n"));
    EXPECT_EQ(csvRow({QStringLiteral("cr\rhere")}), QByteArray("\"cr\rhere\"\r\n"));
}

TEST(CsvFile, WhatIsWrittenReadsBack)
{
    const QStringList fields{QStringLiteral("\"quoted\""),    QStringLiteral("a;b;c"), QString(),
                             QStringLiteral("line\r\nbreak"), QStringLiteral("città"), QStringLiteral(";")};
    EXPECT_EQ(readRow(csvRow(fields)), fields);
}

TEST(CsvFile, FileStartsWithTheUtf8ByteOrderMark)
{
    EXPECT_EQ(csvBom(), QByteArray("\xEF\xBB\xBF"));
}

TEST(CsvFile, EuroUsesTheItalianDecimalComma)
{
    EXPECT_EQ(csvEuro(123456), QStringLiteral("1234,56"));
    EXPECT_EQ(csvEuro(5), QStringLiteral("0,05"));
    EXPECT_EQ(csvEuro(0), QStringLiteral("0,00"));
    EXPECT_EQ(csvEuro(100), QStringLiteral("1,00"));
    EXPECT_EQ(csvEuro(-5), QStringLiteral("-0,05"));
    EXPECT_EQ(csvEuro(-123450), QStringLiteral("-1234,50"));
    EXPECT_EQ(csvEuro(std::numeric_limits<qint64>::min()), QStringLiteral("-92233720368547758,08"));
}
