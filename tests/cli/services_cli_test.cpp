// SPDX-License-Identifier: EUPL-1.2
#include "adminclifixture.h"
#include "common/exportdataset.h"

#include <QFile>

using cartella::test::AdminCliTest;
using cartella::test::ProcessRun;
using namespace cartella;

namespace {

// The exports of services and aid from the command line, over the known zone of tests/common/exportdataset.h
// made in the database file before cartella-admin runs on it.
class ServicesCliTest : public AdminCliTest
{
protected:
    test::ExportDataset data;

    void SetUp() override
    {
        auto storage = repository::Storage::open(db());
        ASSERT_TRUE(storage) << storage.error().message.toStdString();
        storage.value()->useTestPasswordCost();
        domain::ServiceHub hub(storage.value()->repositories());
        data.make(hub);
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    static QStringList lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

    static QStringList period()
    {
        return {QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                QStringLiteral("2025-06-30")};
    }
};

TEST_F(ServicesCliTest, TheZoneManagerExportsTheServicesAndTheAidOfAPeriodAsCsv)
{
    const QString deliveries = file(QStringLiteral("deliveries.csv"));
    const ProcessRun run =
        adminAs(QStringLiteral("resp"), QStringList{QStringLiteral("services"), QStringLiteral("export"),
                                                    QStringLiteral("--csv"), QStringLiteral("deliveries")} +
                                            period() + QStringList{QStringLiteral("--out"), deliveries});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("6 service(s) delivered"))) << run.out.toStdString();
    QStringList rows = lines(deliveries);
    ASSERT_EQ(rows.size(), 7);
    QFile raw(deliveries);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_TRUE(raw.readAll().startsWith("\xEF\xBB\xBF"
                                         "Id;Case;Comune ISTAT;Comune;"))
        << "UTF-8 with its BOM";
    EXPECT_TRUE(rows.at(1).startsWith(QStringLiteral("1;2025/0001;045001;Aulla;3;")));

    const QString payments = file(QStringLiteral("payments.csv"));
    const ProcessRun paid =
        adminAs(QStringLiteral("clerk"), QStringList{QStringLiteral("services"), QStringLiteral("export"),
                                                     QStringLiteral("--csv"), QStringLiteral("payments")} +
                                             period() +
                                             QStringList{QStringLiteral("--line"), QString::number(data.line),
                                                         QStringLiteral("--area"), QStringLiteral("poverty"),
                                                         QStringLiteral("--comune"), QStringLiteral("045001"),
                                                         QStringLiteral("--out"), payments});
    ASSERT_EQ(paid.status, 0) << paid.err.toStdString();
    rows = lines(payments);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows.at(1).startsWith(QStringLiteral("2025-03-10;;300,00;M 12/2025;1404;2025;")))
        << rows.at(1).toStdString();

    // A social worker does not export, and no file is left behind.
    const QString refusedFile = file(QStringLiteral("refused.csv"));
    const ProcessRun refused =
        adminAs(QStringLiteral("anna"), QStringList{QStringLiteral("services"), QStringLiteral("export"),
                                                    QStringLiteral("--csv"), QStringLiteral("deliveries")} +
                                            period() + QStringList{QStringLiteral("--out"), refusedFile});
    EXPECT_EQ(refused.status, 1);
    EXPECT_FALSE(QFile::exists(refusedFile));
    // A wrong command line.
    EXPECT_EQ(adminAs(QStringLiteral("resp"), {QStringLiteral("services"), QStringLiteral("export"),
                                               QStringLiteral("--csv"), QStringLiteral("persons")})
                  .status,
              2);
}

TEST_F(ServicesCliTest, TheSiussExportWritesTheFileAndListsWhatItLeftOut)
{
    const QString xml = file(QStringLiteral("siuss.xml"));
    const QString problems = file(QStringLiteral("problems.csv"));
    const ProcessRun run =
        adminAs(QStringLiteral("resp"),
                QStringList{QStringLiteral("services"), QStringLiteral("siuss")} + period() +
                    QStringList{QStringLiteral("--out"), xml, QStringLiteral("--problems"), problems});
    ASSERT_EQ(run.status, 0) << "problems are reported, not a failure: " << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("3 person(s) with 5 benefit(s) in the period")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 person(s) with 3 benefit(s) written to")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Beneficiario/CodiceFiscale")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("case 2025/0002")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("PrestazioniSociali/CodicePrestazione")));

    QFile written(xml);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_TRUE(bytes.startsWith("<?xml"));
    const QByteArray operatorAttribute = "CFOperatore=\"" + data.managerFiscalCode.toUtf8() + '"';
    EXPECT_TRUE(bytes.contains(operatorAttribute));
    EXPECT_EQ(bytes.count("<Beneficiario "), 2);
    const QStringList table = lines(problems);
    ASSERT_EQ(table.size(), 3);
    EXPECT_TRUE(table.first().endsWith(QStringLiteral("Person;Case;Service;Field;Problem")));

    // The sender is the zone manager's or the administrator's to set; the officer may read it.
    EXPECT_EQ(adminAs(QStringLiteral("clerk"), {QStringLiteral("settings"), QStringLiteral("set"),
                                                QStringLiteral("siuss_ente_code"), QStringLiteral("X1")})
                  .status,
              1);
    EXPECT_EQ(adminAs(QStringLiteral("resp"), {QStringLiteral("settings"), QStringLiteral("set"),
                                               QStringLiteral("siuss_ente_belfiore"), QStringLiteral("Q999")})
                  .status,
              1);
    ASSERT_EQ(adminAs(QStringLiteral("resp"), {QStringLiteral("settings"), QStringLiteral("set"),
                                               QStringLiteral("siuss_ente_code"), QStringLiteral("SDS-LUN")})
                  .status,
              0);
    const ProcessRun shown =
        adminAs(QStringLiteral("clerk"), {QStringLiteral("settings"), QStringLiteral("show")});
    ASSERT_EQ(shown.status, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("siuss_ente_code=SDS-LUN")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("siuss_ente_belfiore=A496")));
    EXPECT_EQ(adminDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
}

} // namespace
