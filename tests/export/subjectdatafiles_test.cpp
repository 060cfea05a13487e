// SPDX-License-Identifier: EUPL-1.2
#include "export/subjectdatafiles.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using cartella::exporting::SubjectDataFiles;

namespace {

QJsonObject someData()
{
    return QJsonObject{
        {QStringLiteral("person"),
         QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("surname"), QStringLiteral("Rossi")}}},
        {QStringLiteral("exportedAt"), QStringLiteral("2026-01-02T10:00:00Z")}};
}

QStringList everything(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST(SubjectDataFilesTest, WritesBothFilesAndNothingElse)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("p.json"));
    const QString pdf = dir.filePath(QStringLiteral("p.pdf"));
    const auto written = SubjectDataFiles::writeAll(someData(), json, pdf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(everything(dir.path()), (QStringList{QStringLiteral("p.json"), QStringLiteral("p.pdf")}));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(4) == "%PDF");
}

TEST(SubjectDataFilesTest, AFailedPdfLeavesNeitherFileNorAnyTemporaryOne)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("p.json"));
    const QString pdf = dir.filePath(QStringLiteral("p.pdf"));
    // A folder where the PDF should go: the JSON is written first, and must not stay.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("p.pdf")));
    const auto written = SubjectDataFiles::writeAll(someData(), json, pdf);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(pdf)) << written.error().message.toStdString();
    EXPECT_EQ(everything(dir.path()), QStringList{QStringLiteral("p.pdf")});
    EXPECT_TRUE(everything(pdf).isEmpty());
}

TEST(SubjectDataFilesTest, AnExistingFileIsReplacedWhole)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("p.json"));
    {
        QFile old(json);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ASSERT_TRUE(SubjectDataFiles::writeAll(someData(), json, {}).ok());
    EXPECT_EQ(everything(dir.path()), QStringList{QStringLiteral("p.json")});
    QFile now(json);
    ASSERT_TRUE(now.open(QIODevice::ReadOnly));
    EXPECT_TRUE(now.readAll().contains("Rossi"));
}
