// SPDX-License-Identifier: EUPL-1.2
#include "common/exportdataset.h"
#include "domain/kernel/officeclock.h"
#include "export/csvsink.h"
#include "export/siussfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

const QDate kFrom(2025, 1, 1);
const QDate kTo(2025, 6, 30);

// The exports of services and aid over a small known zone (tests/common/exportdataset.h): the CSV files
// against the expected ones in tests/data/exports, the riservato case left out for the administrative
// officer, the SIUSS file with every problem listed, cancellation and the audit trail.
class ServiceExportTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    test::ExportDataset data;

    void SetUp() override { data.make(hub); }

    ExportFilter period() const { return ExportFilter{kFrom, kTo, {}, 0, {}}; }

    // The CSV bytes of an export, or the error's message.
    QByteArray deliveriesCsv(const ExportFilter &filter, const Actor &actor)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto done = hub.exports.deliveries(filter, exporting::csvSink(buffer), {}, actor);
        EXPECT_TRUE(done) << (done ? std::string() : done.error().message.toStdString());
        return buffer.data();
    }
    QByteArray paymentsCsv(const ExportFilter &filter, const Actor &actor)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto done = hub.exports.payments(filter, exporting::csvSink(buffer), {}, actor);
        EXPECT_TRUE(done) << (done ? std::string() : done.error().message.toStdString());
        return buffer.data();
    }

    // Compares with the expected file; on a difference, leaves the actual bytes beside the temp folder.
    static void expectFile(const QByteArray &actual, const QString &name)
    {
        QFile expected(QStringLiteral(CARTELLA_TEST_DATA_DIR "/exports/") + name);
        ASSERT_TRUE(expected.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray wanted = expected.readAll();
        if (actual != wanted) {
            QFile out(QDir::temp().filePath(name));
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            ADD_FAILURE() << name.toStdString() << " differs; the actual file is "
                          << out.fileName().toStdString() << "\n"
                          << actual.toStdString();
        }
    }

    static QStringList dataLines(const QByteArray &csv)
    {
        QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lines.removeFirst(); // the column names
        return lines;
    }

    QList<AuditRecord> exportRecords()
    {
        QList<AuditRecord> out;
        for (const AuditRecord &r : db.storage().audit().recordsFor(QStringLiteral("services"), 0).value()) {
            if (r.action == QLatin1String("services_exported"))
                out.append(r);
        }
        return out;
    }
};

TEST(SiussArea, TheCatalogueAreaWinsElseTheCaseAreaDecides)
{
    EXPECT_EQ(siussArea(ServiceArea::Poverty, CaseArea::FamilyAndMinors), 3);
    EXPECT_EQ(siussArea(ServiceArea::FamilyMinors, CaseArea::Elderly), 1);
    EXPECT_EQ(siussArea(ServiceArea::FromCase, CaseArea::FamilyAndMinors), 1);
    EXPECT_EQ(siussArea(ServiceArea::FromCase, CaseArea::Disability), 2);
    EXPECT_EQ(siussArea(ServiceArea::FromCase, CaseArea::Elderly), 2);
    EXPECT_EQ(siussArea(ServiceArea::FromCase, CaseArea::Immigration), 3);
    EXPECT_EQ(siussArea(ServiceArea::FromCase, CaseArea::AdultHardship), 3);
    EXPECT_EQ(caseAreasWithSiussArea(2), (QList<CaseArea>{CaseArea::Disability, CaseArea::Elderly}));
    EXPECT_EQ(serviceAreaWithSiussArea(3), ServiceArea::Poverty);
    EXPECT_EQ(siussMeansTest(MeansTest::Isee), 1);
    EXPECT_EQ(siussMeansTest(MeansTest::None), 4);
}

TEST_F(ServiceExportTest, TheServicesDeliveredInThePeriodAreTheExpectedFile)
{
    const QByteArray csv = deliveriesCsv(period(), data.manager);
    expectFile(csv, QStringLiteral("deliveries-2025h1.csv"));
    EXPECT_TRUE(csv.startsWith(QByteArray("\xEF\xBB\xBF")));
    // Requested after the period: left out. Rejected in it: listed.
    const QStringList lines = dataLines(csv);
    EXPECT_EQ(lines.size(), 6);
    EXPECT_FALSE(csv.contains("PG 901/2025"));
    EXPECT_TRUE(csv.contains("PG 180/2025"));
}

TEST_F(ServiceExportTest, TheAidPaidInThePeriodIsTheExpectedFile)
{
    const QByteArray csv = paymentsCsv(period(), data.manager);
    expectFile(csv, QStringLiteral("payments-2025h1.csv"));
    EXPECT_EQ(dataLines(csv).size(), 2) << "the November payment is after the period";
}

TEST_F(ServiceExportTest, FiltersByBudgetLineAreaAndComune)
{
    ExportFilter f = period();
    f.area = 2; // SAD's own area is disability
    QStringList lines = dataLines(deliveriesCsv(f, data.manager));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.first().startsWith(QString::number(data.sad) + QLatin1Char(';')));
    f.area = 1; // centro estivo and ADM
    EXPECT_EQ(dataLines(deliveriesCsv(f, data.manager)).size(), 2);
    f.area = 0;
    f.municipalityCode = QStringLiteral("045002"); // Bagnone: Bianchi's case
    lines = dataLines(deliveriesCsv(f, data.manager));
    EXPECT_EQ(lines.size(), 2);
    for (const QString &line : lines)
        EXPECT_TRUE(line.contains(QStringLiteral(";Bagnone;"))) << line.toStdString();
    f.municipalityCode.clear();
    f.budgetLineId = data.line;
    EXPECT_EQ(dataLines(deliveriesCsv(f, data.manager)).size(), 3)
        << "the aid, the vouchers, the rejected subsidy";
    EXPECT_EQ(dataLines(paymentsCsv(f, data.manager)).size(), 2);
    f.area = 3;
    f.municipalityCode = QStringLiteral("045001");
    EXPECT_EQ(dataLines(paymentsCsv(f, data.manager)).size(), 1) << "Rossi's aid";

    f.area = 4;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(hub.exports.deliveries(f, exporting::csvSink(buffer), {}, data.manager).error().code,
              ErrorCode::Invalid);
    f = period();
    f.to = kFrom.addDays(-1);
    EXPECT_EQ(hub.exports.deliveries(f, exporting::csvSink(buffer), {}, data.manager).error().code,
              ErrorCode::Invalid);
}

TEST_F(ServiceExportTest, AnAdministrativeOfficersExportsLeaveOutTheRiservatoCase)
{
    const QByteArray manager = deliveriesCsv(period(), data.manager);
    const QByteArray clerk = deliveriesCsv(period(), data.clerk);
    EXPECT_TRUE(manager.contains("2025/0003"));
    EXPECT_FALSE(clerk.contains("2025/0003"));
    EXPECT_FALSE(clerk.contains("Verdi"));
    EXPECT_EQ(dataLines(clerk).size(), dataLines(manager).size() - 1);

    const SiussExport siuss =
        hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, data.clerk).value();
    EXPECT_EQ(siuss.beneficiaries, 2);
    EXPECT_FALSE(siuss.file.xml.contains("Verdi"));
    EXPECT_TRUE(siuss.file.xml.contains(data.clerkFiscalCode.toUtf8())) << "the officer is the operator";

    // A social worker and a system administrator do not export.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(hub.exports.deliveries(period(), exporting::csvSink(buffer), {}, data.worker).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, data.worker).error().code,
              ErrorCode::Forbidden);
    EXPECT_TRUE(buffer.data().isEmpty());
}

TEST_F(ServiceExportTest, TheSiussFileHoldsThePeriodsBenefitsAndListsEveryRecordLeftOut)
{
    const SiussExport siuss =
        hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, data.manager).value();
    EXPECT_EQ(siuss.beneficiaries, 3) << "Rossi, Bianchi, Verdi";
    EXPECT_EQ(siuss.benefits, 5) << "the aid, SAD, the summer camp, the vouchers, ADM";
    EXPECT_EQ(siuss.flowName, QStringLiteral("ATS-LUNIGIANA.PS.%1.0000001")
                                  .arg(domain::officeToday().toString(QStringLiteral("yyyyMMdd"))));

    // Bianchi has no codice fiscale: listed, not skipped; the summer camp has no SIUSS code: listed.
    const auto has = [&](qint64 person, qint64 delivery, const QString &field) {
        return std::any_of(siuss.file.problems.cbegin(), siuss.file.problems.cend(),
                           [&](const SiussProblem &p) {
                               return p.personId == person && p.deliveryId == delivery && p.field == field;
                           });
    };
    EXPECT_TRUE(has(data.bianchi, 0, QStringLiteral("Beneficiario/CodiceFiscale")));
    EXPECT_TRUE(has(data.rossi, data.summerCamp, QStringLiteral("PrestazioniSociali/CodicePrestazione")));
    EXPECT_EQ(siuss.file.problems.size(), 2);
    for (const SiussProblem &p : siuss.file.problems)
        EXPECT_FALSE(p.message.isEmpty());
    EXPECT_EQ(siuss.caseOf(siuss.file.problems.first()).isEmpty(), false);
    const QList<QStringList> table = siuss.problemRecords();
    ASSERT_EQ(table.size(), 3);
    EXPECT_EQ(table.first().size(), 5);
    EXPECT_EQ(siuss.file.beneficiariesWritten, 2);
    EXPECT_EQ(siuss.file.benefitsWritten, 3);

    // The file, read back.
    QXmlStreamReader xml(siuss.file.xml);
    int beneficiaries = 0, benefits = 0;
    QString operatorCode, enteCode, enteSeat;
    QHash<QString, QXmlStreamAttributes> byCode;
    QList<QXmlStreamAttributes> addresses;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        EXPECT_EQ(xml.namespaceUri(), QStringLiteral("http://inps.it/Casellario"));
        const QString name = xml.name().toString();
        if (name == QLatin1String("Beneficiario")) {
            ++beneficiaries;
        } else if (name == QLatin1String("PrestazioniSociali")) {
            ++benefits;
            byCode.insert(xml.attributes().value(QStringLiteral("CodicePrestazione")).toString(),
                          xml.attributes());
        } else if (name == QLatin1String("Ente")) {
            operatorCode = xml.attributes().value(QStringLiteral("CFOperatore")).toString();
            enteCode = xml.attributes().value(QStringLiteral("Codice")).toString();
            enteSeat = xml.attributes().value(QStringLiteral("Indirizzo")).toString();
        } else if (name == QLatin1String("Indirizzo")) {
            addresses.append(xml.attributes());
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(beneficiaries, 2);
    EXPECT_EQ(benefits, 3);
    EXPECT_EQ(operatorCode, data.managerFiscalCode);
    EXPECT_EQ(enteCode, QStringLiteral("ATS-LUNIGIANA"));
    EXPECT_EQ(enteSeat, QStringLiteral("A496"));
    ASSERT_EQ(addresses.size(), 2);
    EXPECT_EQ(addresses.first().value(QStringLiteral("CodiceRegione")), QStringLiteral("09"));
    EXPECT_EQ(addresses.first().value(QStringLiteral("CodiceComune")), QStringLiteral("045001"));

    // SAD: periodic, ISEE with the person's DSU of the year, a user's share, 10 hours, taken in charge,
    // area 2 from the catalogue.
    const QXmlStreamAttributes sad = byCode.value(QStringLiteral("A2.07"));
    EXPECT_EQ(sad.value(QStringLiteral("CaratterePrestazione")), QStringLiteral("1"));
    EXPECT_EQ(sad.value(QStringLiteral("DataInizioPrestazione")), QStringLiteral("2025-02-01"));
    EXPECT_EQ(sad.value(QStringLiteral("PresenzaProvaMezzi")), QStringLiteral("1"));
    EXPECT_EQ(sad.value(QStringLiteral("NumeroProtocolloDSU")),
              QStringLiteral("INPS-ISEE-2025-00001234A-00"));
    EXPECT_EQ(sad.value(QStringLiteral("ImportoPrestazione")), QStringLiteral("1200.00"));
    EXPECT_EQ(sad.value(QStringLiteral("ImportoQuotaUtente")), QStringLiteral("200.00"));
    EXPECT_EQ(sad.value(QStringLiteral("OreServizioMensile")), QStringLiteral("10.00"));
    EXPECT_EQ(sad.value(QStringLiteral("PresaCarico")), QStringLiteral("1"));
    EXPECT_EQ(sad.value(QStringLiteral("AreaUtenza")), QStringLiteral("2"));
    // The aid: one-off, delivered on its payment.
    const QXmlStreamAttributes aid = byCode.value(QStringLiteral("A1.04"));
    EXPECT_EQ(aid.value(QStringLiteral("CaratterePrestazione")), QStringLiteral("2"));
    EXPECT_EQ(aid.value(QStringLiteral("DataErogazionePrestazione")), QStringLiteral("2025-03-10"));
    EXPECT_EQ(aid.value(QStringLiteral("PresenzaProvaMezzi")), QStringLiteral("2"));
    EXPECT_EQ(aid.value(QStringLiteral("ProtocolloDomanda")), QStringLiteral("PG 101/2025"));
    // ADM in the riservato case, not taken in charge yet.
    const QXmlStreamAttributes adm = byCode.value(QStringLiteral("A2.02"));
    EXPECT_EQ(adm.value(QStringLiteral("PresaCarico")), QStringLiteral("2"));
    EXPECT_EQ(adm.value(QStringLiteral("OreServizioMensile")), QStringLiteral("20.00"));

    // The next flow of the day has the next number.
    const SiussExport again =
        hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, data.manager).value();
    EXPECT_TRUE(again.flowName.endsWith(QStringLiteral(".0000002")));
}

TEST_F(ServiceExportTest, AnotherPeriodHasItsOwnBenefits)
{
    // The second half: SAD runs on, the bills were paid; the one-off benefits of the first half are not in
    // it.
    const SiussExport siuss =
        hub.exports.siuss(QDate(2025, 7, 1), QDate(2025, 12, 31), exporting::writeSiussFile, {}, data.manager)
            .value();
    EXPECT_EQ(siuss.benefits, 3) << "SAD, the bills, ADM";
    EXPECT_TRUE(siuss.caseNumbers.contains(data.sad));
    EXPECT_TRUE(siuss.caseNumbers.contains(data.bills));
    EXPECT_TRUE(siuss.caseNumbers.contains(data.adm));
}

TEST_F(ServiceExportTest, EveryExportIsAuditedWithCountsAndFiltersOnly)
{
    ExportFilter f = period();
    f.area = 3;
    f.municipalityCode = QStringLiteral("045001");
    deliveriesCsv(f, data.clerk);
    paymentsCsv(period(), data.manager);
    ASSERT_TRUE(hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, data.manager));
    const QList<AuditRecord> records = exportRecords();
    ASSERT_EQ(records.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(records.at(0).details.toUtf8()).object();
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("deliveries_csv"));
    EXPECT_EQ(first.value(QStringLiteral("from")).toString(), QStringLiteral("2025-01-01"));
    EXPECT_EQ(first.value(QStringLiteral("to")).toString(), QStringLiteral("2025-06-30"));
    EXPECT_EQ(first.value(QStringLiteral("area")).toInt(), 3);
    EXPECT_EQ(first.value(QStringLiteral("comune")).toString(), QStringLiteral("045001"));
    EXPECT_EQ(first.value(QStringLiteral("rows")).toInt(), 1) << "Rossi's aid";
    EXPECT_EQ(records.at(0).userName, QStringLiteral("clerk"));
    const QJsonObject siuss = QJsonDocument::fromJson(records.at(2).details.toUtf8()).object();
    EXPECT_EQ(siuss.value(QStringLiteral("kind")).toString(), QStringLiteral("siuss_xml"));
    EXPECT_EQ(siuss.value(QStringLiteral("problems")).toInt(), 2);
    EXPECT_EQ(siuss.value(QStringLiteral("benefits_written")).toInt(), 3);
    for (const AuditRecord &r : records) {
        EXPECT_FALSE(r.details.contains(QStringLiteral("Rossi")));
        EXPECT_FALSE(r.details.contains(QStringLiteral("RSSMRA")));
    }
    EXPECT_TRUE(db.storage().audit().verify().value().intact);
}

TEST_F(ServiceExportTest, ACancelledExportStopsWritesNothingMoreAndIsNotAudited)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    qint64 seenTotal = -1;
    const auto cancelled = hub.exports.deliveries(
        period(), exporting::csvSink(buffer),
        [&](qint64, qint64 total) {
            seenTotal = total;
            return false;
        },
        data.manager);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Usage);
    EXPECT_EQ(seenTotal, 6);
    EXPECT_TRUE(buffer.data().isEmpty());
    EXPECT_FALSE(hub.exports.siuss(
        kFrom, kTo, exporting::writeSiussFile, [](qint64, qint64) { return false; }, data.manager));
    EXPECT_TRUE(exportRecords().isEmpty());

    // A sink that cannot write fails the export, unaudited.
    const auto full = hub.exports.payments(
        period(), [](const QStringList &) { return false; }, {}, data.manager);
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().code, ErrorCode::Storage);
    EXPECT_TRUE(exportRecords().isEmpty());
}

TEST_F(ServiceExportTest, TheRepositoryStreamsInOrderAndStopsWhenTold)
{
    ExportQuery q;
    q.from = kFrom;
    q.to = kTo;
    auto &repository = db.storage().repositories().exports;
    QList<qint64> ids;
    ASSERT_TRUE(repository.eachDelivery(q, [&](const DeliveryExportRow &r) {
        ids.append(r.id);
        return true;
    }));
    EXPECT_EQ(ids,
              (QList<qint64>{data.aid, data.sad, data.summerCamp, data.vouchers, data.rejected, data.adm}));
    EXPECT_EQ(repository.countDeliveries(q).value(), 6);
    ids.clear();
    ASSERT_TRUE(repository.eachDelivery(q, [&](const DeliveryExportRow &r) {
        ids.append(r.id);
        return ids.size() < 2;
    })) << "stopping is not an error";
    EXPECT_EQ(ids.size(), 2);

    QList<qint64> deliveries;
    ASSERT_TRUE(repository.eachSiussCandidate({kFrom, kTo, {}}, [&](const SiussCandidate &c) {
        deliveries.append(c.deliveryId);
        return true;
    }));
    EXPECT_EQ(deliveries, (QList<qint64>{data.aid, data.sad, data.summerCamp, data.vouchers, data.adm}))
        << "by person, then delivery; the rejected request is no candidate";
    EXPECT_EQ(repository.countSiussCandidates({kFrom, kTo, {}}).value(), 5);
}

TEST_F(ServiceExportTest, TheSiussSenderIsSetByTheZoneManagerOrTheAdministratorAndRequired)
{
    EXPECT_EQ(hub.exports.setSetting(QStringLiteral("siuss_ente_code"), QStringLiteral("X"), data.clerk)
                  .error()
                  .code,
              ErrorCode::Forbidden);
    EXPECT_EQ(
        hub.exports.setSetting(QStringLiteral("siuss_ente_belfiore"), QStringLiteral("Z112"), data.manager)
            .error()
            .code,
        ErrorCode::Invalid)
        << "a foreign state is not a seat";
    EXPECT_EQ(
        hub.exports.setSetting(QStringLiteral("pis_attendance_rule"), QStringLiteral("{}"), data.manager)
            .error()
            .code,
        ErrorCode::Invalid)
        << "only the settings this service owns";
    const Actor admin = test::ExportDataset::user(hub, QStringLiteral("admin"), Role::SystemAdmin, 0, {});
    EXPECT_TRUE(hub.exports.setSetting(QStringLiteral("siuss_ente_belfiore"), QStringLiteral("A576"), admin));
    EXPECT_EQ(hub.exports.siussSender(data.clerk).value().seatBelfiore, QStringLiteral("A576"));

    // A zone manager without a codice fiscale cannot be the operator.
    const Actor noCode = test::ExportDataset::user(hub, QStringLiteral("resp2"), Role::ZoneManager, 0, {});
    const auto refused = hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, noCode);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("codice fiscale")));
}

TEST(ServiceExportSender, WithoutTheSenderTheSiussExportIsRefusedAndSaysWhatIsMissing)
{
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    const Actor manager =
        test::ExportDataset::user(hub, QStringLiteral("resp"), Role::ZoneManager, 0,
                                  test::ExportDataset::withCheck(QStringLiteral("BNCGLI70A41E463")));
    const auto refused = hub.exports.siuss(kFrom, kTo, exporting::writeSiussFile, {}, manager);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("siuss_ente_code")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("siuss_ente_belfiore")));
}

} // namespace
