// SPDX-License-Identifier: EUPL-1.2
#include "adminclifixture.h"
#include "domain/kernel/officeclock.h"

#include <QDate>
#include <QDir>
#include <QFile>

using cartella::test::AdminCliTest;
using cartella::test::ProcessRun;
using namespace cartella;

// People's rights from the command line: retention and the subject-access export, as the roles allow.
TEST_F(AdminCliTest, RetentionAnonymisesClosedCasesForAZoneManagerOnly)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const QString tomorrow = domain::officeToday().addDays(1).toString(Qt::ISODate);
    const QStringList apply{QStringLiteral("retention"), QStringLiteral("apply"),
                            QStringLiteral("--closed-before"), tomorrow};
    const QJsonObject before = status().value(QStringLiteral("counts")).toObject();

    const ProcessRun dry =
        adminAs(QStringLiteral("responsabile"),
                apply + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.status, 0) << dry.err.toStdString();
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    EXPECT_TRUE(preview.value(QStringLiteral("dry_run")).toBool());
    EXPECT_GT(preview.value(QStringLiteral("cases")).toInt(), 0);
    EXPECT_EQ(preview.value(QStringLiteral("case_numbers")).toArray().size(),
              preview.value(QStringLiteral("cases")).toInt());
    QJsonObject afterDry = status().value(QStringLiteral("counts")).toObject();
    afterDry.remove(QStringLiteral("audit_log")); // the login is audited
    QJsonObject beforeData = before;
    beforeData.remove(QStringLiteral("audit_log"));
    EXPECT_EQ(afterDry.toVariantMap(), beforeData.toVariantMap()) << "a dry run changes nothing";

    EXPECT_EQ(adminDb(apply).status, 1) << "retention needs --user";
    EXPECT_EQ(adminAs(QStringLiteral("assistente1"), apply).status, 1);
    EXPECT_EQ(adminAs(QStringLiteral("responsabile"), {QStringLiteral("retention"), QStringLiteral("apply")})
                  .status,
              2);

    const ProcessRun real =
        adminAs(QStringLiteral("responsabile"), apply + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(real.status, 0) << real.err.toStdString();
    const QJsonObject done = QJsonDocument::fromJson(real.out.toUtf8()).object();
    EXPECT_EQ(done.value(QStringLiteral("cases")).toInt(), preview.value(QStringLiteral("cases")).toInt());
    EXPECT_EQ(done.value(QStringLiteral("persons")).toInt(),
              preview.value(QStringLiteral("persons")).toInt());
    QJsonObject after = status().value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(after.value(QStringLiteral("retention_runs")).toInt(), 1);
    for (const QString &table :
         {QStringLiteral("persons"), QStringLiteral("cases"), QStringLiteral("diary_versions"),
          QStringLiteral("intakes"), QStringLiteral("person_versions")})
        EXPECT_EQ(after.value(table), before.value(table)) << table.toStdString();
    EXPECT_EQ(adminDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
}

TEST_F(AdminCliTest, TheZoneManagerExportsAPersonsDataAndASocialWorkerCannot)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const QString json = dir.filePath(QStringLiteral("person1.json"));
    const QString pdf = dir.filePath(QStringLiteral("person1.pdf"));
    const ProcessRun exported =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                 QStringLiteral("--json"), json, QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(exported.status, 0) << exported.err.toStdString();
    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(jsonFile.readAll()).object();
    EXPECT_EQ(data.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInt(), 1);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(4) == "%PDF");

    const ProcessRun report =
        adminAs(QStringLiteral("responsabile"), {QStringLiteral("person"), QStringLiteral("access-report"),
                                                 QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(report.status, 0) << report.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(report.out.toUtf8()).array();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("action")).toString(),
              QStringLiteral("person_exported"));

    const QString refused = dir.filePath(QStringLiteral("refused.json"));
    EXPECT_EQ(adminAs(QStringLiteral("assistente1"), {QStringLiteral("person"), QStringLiteral("export"),
                                                      QStringLiteral("1"), QStringLiteral("--json"), refused})
                  .status,
              1);
    EXPECT_FALSE(QFile::exists(refused));
    EXPECT_EQ(adminDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
}

TEST_F(AdminCliTest, AFailedPersonExportLeavesNoFileBehind)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const QString json = dir.filePath(QStringLiteral("person1.json"));
    const QString pdf = dir.filePath(QStringLiteral("person1.pdf"));
    // A folder where the PDF should go: the export fails, and the JSON written before it does not stay.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("person1.pdf")));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const ProcessRun exported =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                 QStringLiteral("--json"), json, QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(exported.status, 1);
    EXPECT_TRUE(exported.out.isEmpty()) << exported.out.toStdString();
    EXPECT_TRUE(exported.err.contains(pdf)) << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(json));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}
