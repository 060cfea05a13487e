// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/fiscalcode.h"
#include "export/siussfile.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <limits>

using namespace cartella::exporting;

namespace {

const QString kNs = QStringLiteral("http://inps.it/Casellario");

SiussEnte ente()
{
    return {QStringLiteral("SDS-LUNIGIANA"), QStringLiteral("Società della Salute della Lunigiana"),
            QStringLiteral("A496"), QStringLiteral("VRDGLI79B43G870S")};
}

SiussBeneficiary person(qint64 id, const QString &fiscalCode)
{
    SiussBeneficiary b;
    b.personId = id;
    b.fiscalCode = fiscalCode;
    b.surname = QStringLiteral("Neri");
    b.givenName = QStringLiteral("Paolo");
    b.birthYear = 1962;
    b.birthPlaceBelfiore = QStringLiteral("A496");
    b.gender = 1;
    b.citizenshipIso = QStringLiteral("380");
    b.residenceCountryIso = QStringLiteral("380");
    b.residenceRegion = QStringLiteral("09");
    b.residenceMunicipalityIstat = QStringLiteral("045001");
    return b;
}

SiussBenefit oneOff(qint64 deliveryId)
{
    SiussBenefit p;
    p.deliveryId = deliveryId;
    p.code = QStringLiteral("A1.04");
    p.name = QStringLiteral("Contributo straordinario (eventi eccezionali)");
    p.applicationProtocol = QStringLiteral("2026/118");
    p.meansTest = 2;
    p.paidOn = QDate(2026, 3, 10);
    p.totalCents = 5;
    p.comuneShareCents = 5;
    p.area = 3;
    return p;
}

// The input of tests/data/siuss/expected-small.xml: two beneficiaries written (three benefits), and what is
// left out: a benefit without SIUSS code, a too-long protocol, a person without codice fiscale, and a person
// whose only benefit has no payment date.
QList<SiussBeneficiary> smallInput()
{
    SiussBeneficiary anna = person(1, QStringLiteral("DMCNMR50D52A496F"));
    anna.surname = QStringLiteral("D'Amico");
    anna.givenName = QStringLiteral("Anna Maria");
    anna.birthYear = 1950;
    anna.gender = 2;
    SiussBenefit sad;
    sad.deliveryId = 11;
    sad.code = QStringLiteral("A2.07");
    sad.name = QStringLiteral("Servizio di assistenza domiciliare (SAD)");
    sad.applicationProtocol = QStringLiteral("2025/0931");
    sad.meansTest = 1;
    sad.dsuProtocol = QStringLiteral("INPS-ISEE-2026-00012345A-00");
    sad.dsuDate = QDate(2026, 1, 15);
    sad.periodic = true;
    sad.start = QDate(2026, 1, 1);
    sad.end = QDate(2026, 6, 30);
    sad.totalCents = 270000;
    sad.monthlyCents = 45000;
    sad.comuneShareCents = 180000;
    sad.userShareCents = 90000;
    sad.monthlyHoursHundredths = 2050;
    sad.area = 2;
    SiussBenefit noCode = oneOff(13);
    noCode.code.clear();
    noCode.name = QStringLiteral("Mediazione sociale e alloggiativa");
    anna.benefits = {sad, oneOff(12), noCode};

    SiussBeneficiary karim = person(2, QStringLiteral("12345678901"));
    karim.surname = QStringLiteral("El Amrani");
    karim.givenName = QStringLiteral("Karim");
    karim.birthYear = 1988;
    karim.birthPlaceBelfiore = QStringLiteral("z330");
    karim.citizenshipIso = QStringLiteral("504");
    karim.residenceMunicipalityIstat = QStringLiteral("045014");
    SiussBenefit rent = oneOff(21);
    rent.name = QStringLiteral("Contributo per l'affitto & le utenze <casa>");
    rent.meansTest = 1;
    rent.dsuProtocol = QStringLiteral("DSU 77/2025");
    rent.dsuDate = QDate(2025, 11, 20);
    rent.iseeThresholdCents = 900000;
    rent.paidOn = QDate(2026, 2, 1);
    rent.totalCents = 123456789;
    rent.comuneShareCents = 123456789;
    rent.takenInCharge = false;
    rent.area = 0;
    SiussBenefit longProtocol = oneOff(22);
    longProtocol.applicationProtocol = QString(33, QLatin1Char('7'));
    karim.benefits = {rent, longProtocol};

    SiussBeneficiary noCodeFiscale = person(3, QString());
    noCodeFiscale.benefits = {oneOff(31)};

    SiussBeneficiary nothingToSend = person(4, QStringLiteral("NREPLA62S30A496B"));
    SiussBenefit unpaid = oneOff(41);
    unpaid.paidOn = QDate();
    nothingToSend.benefits = {unpaid};

    return {anna, karim, noCodeFiscale, nothingToSend};
}

QString problemKey(const SiussProblem &p)
{
    return QStringLiteral("%1/%2 %3").arg(p.personId).arg(p.deliveryId).arg(p.field);
}

QStringList problemKeys(const SiussFile &file)
{
    QStringList keys;
    for (const SiussProblem &p : file.problems)
        keys.append(problemKey(p));
    return keys;
}

// Element name -> the attributes of each occurrence, in document order.
struct Parsed
{
    QString rootNamespace;
    QList<std::pair<QString, QXmlStreamAttributes>> elements;
    QString error;

    QList<QXmlStreamAttributes> all(const QString &name) const
    {
        QList<QXmlStreamAttributes> out;
        for (const auto &[n, a] : elements) {
            if (n == name)
                out.append(a);
        }
        return out;
    }
};

Parsed parse(const QByteArray &xml)
{
    Parsed out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (out.elements.isEmpty())
            out.rootNamespace = r.namespaceUri().toString();
        else if (r.namespaceUri() != kNs)
            out.error = QStringLiteral("%1 outside the namespace").arg(r.name());
        out.elements.append({r.name().toString(), r.attributes()});
    }
    if (r.hasError())
        out.error = r.errorString();
    return out;
}

} // namespace

TEST(SiussFile, DecimalsAreExactEuroWithTwoDigits)
{
    EXPECT_EQ(siussDecimal(0), QStringLiteral("0.00"));
    EXPECT_EQ(siussDecimal(5), QStringLiteral("0.05"));
    EXPECT_EQ(siussDecimal(1250), QStringLiteral("12.50"));
    EXPECT_EQ(siussDecimal(123456789), QStringLiteral("1234567.89"));
    EXPECT_EQ(siussDecimal(-5), QStringLiteral("-0.05"));
    EXPECT_EQ(siussDecimal(std::numeric_limits<qint64>::max()), QStringLiteral("92233720368547758.07"));
    EXPECT_EQ(siussDecimal(std::numeric_limits<qint64>::min()), QStringLiteral("-92233720368547758.08"));
}

TEST(SiussFile, HoursAndFlowName)
{
    EXPECT_EQ(siussHoursHundredths(90), 150);
    EXPECT_EQ(siussHoursHundredths(20), 33);
    EXPECT_EQ(siussHoursHundredths(10), 17);
    EXPECT_EQ(siussHoursHundredths(0), 0);
    EXPECT_EQ(siussHoursHundredths(-5), -1);
    EXPECT_EQ(siussFlowName(QStringLiteral("H501"), QDate(2021, 5, 20), 2),
              QStringLiteral("H501.PS.20210520.0000002"));
}

TEST(SiussFile, SmallFileIsTheExpectedOne)
{
    const SiussFile file =
        writeSiussFile(ente(), smallInput(), QStringLiteral("SDS-LUNIGIANA.PS.20260401.0000001"));
    QFile expected(QStringLiteral(CARTELLA_TEST_DATA_DIR "/siuss/expected-small.xml"));
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly)) << qPrintable(expected.fileName());
    const QByteArray wanted = expected.readAll();
    EXPECT_EQ(file.xml.toStdString(), wanted.toStdString());
    if (file.xml != wanted) { // keep what was written, to compare or (once checked with xmllint) to adopt
        QFile actual(QDir::temp().filePath(QStringLiteral("siuss-expected-small.actual.xml")));
        if (actual.open(QIODevice::WriteOnly))
            actual.write(file.xml);
        ADD_FAILURE() << "written: " << qPrintable(actual.fileName());
    }
    EXPECT_EQ(file.beneficiariesWritten, 2);
    EXPECT_EQ(file.benefitsWritten, 3);
    EXPECT_EQ(problemKeys(file), (QStringList{
                                     QStringLiteral("1/13 PrestazioniSociali/CodicePrestazione"),
                                     QStringLiteral("2/22 PrestazioniSociali/ProtocolloDomanda"),
                                     QStringLiteral("3/0 Beneficiario/CodiceFiscale"),
                                     QStringLiteral("4/41 PrestazioniSociali/DataErogazionePrestazione"),
                                     QStringLiteral("4/0 PrestazioniSociali"),
                                 }));
    for (const SiussProblem &p : file.problems)
        EXPECT_FALSE(p.message.isEmpty()) << qPrintable(problemKey(p));
}

TEST(SiussFile, StructureFollowsTheSchema)
{
    const SiussFile file = writeSiussFile(ente(), smallInput(), QStringLiteral("F1"));
    EXPECT_TRUE(file.xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const Parsed doc = parse(file.xml);
    ASSERT_TRUE(doc.error.isEmpty()) << qPrintable(doc.error);
    EXPECT_EQ(doc.rootNamespace, kNs);
    QStringList order;
    for (const auto &[name, attributes] : doc.elements)
        order.append(name);
    EXPECT_EQ(order, (QStringList{QStringLiteral("Flusso"), QStringLiteral("IdentificazioneFlusso"),
                                  QStringLiteral("Ente"), QStringLiteral("Beneficiario"),
                                  QStringLiteral("Anagrafica"), QStringLiteral("Indirizzo"),
                                  QStringLiteral("PrestazioniSociali"), QStringLiteral("PrestazioniSociali"),
                                  QStringLiteral("Beneficiario"), QStringLiteral("Anagrafica"),
                                  QStringLiteral("Indirizzo"), QStringLiteral("PrestazioniSociali")}));

    const auto ente = doc.all(QStringLiteral("Ente")).value(0);
    EXPECT_EQ(ente.value(QStringLiteral("Indirizzo")), QStringLiteral("A496"));
    EXPECT_EQ(ente.value(QStringLiteral("CFOperatore")), QStringLiteral("VRDGLI79B43G870S"));
    const auto people = doc.all(QStringLiteral("Anagrafica"));
    EXPECT_EQ(people.value(0).value(QStringLiteral("Cognome")), QStringLiteral("D'Amico"));
    EXPECT_EQ(people.value(0).value(QStringLiteral("Genere")), QStringLiteral("2"));
    EXPECT_EQ(people.value(1).value(QStringLiteral("LuogoNascita")), QStringLiteral("Z330"));
    EXPECT_EQ(people.value(1).value(QStringLiteral("CodiceCittadinanza")), QStringLiteral("504"));

    const auto benefits = doc.all(QStringLiteral("PrestazioniSociali"));
    ASSERT_EQ(benefits.size(), 3);
    const auto &sad = benefits[0];
    EXPECT_EQ(sad.value(QStringLiteral("CaratterePrestazione")), QStringLiteral("1"));
    EXPECT_EQ(sad.value(QStringLiteral("DataInizioPrestazione")), QStringLiteral("2026-01-01"));
    EXPECT_EQ(sad.value(QStringLiteral("DataFinePrestazione")), QStringLiteral("2026-06-30"));
    EXPECT_EQ(sad.value(QStringLiteral("ImportoMensile")), QStringLiteral("450.00"));
    EXPECT_EQ(sad.value(QStringLiteral("OreServizioMensile")), QStringLiteral("20.50"));
    EXPECT_EQ(sad.value(QStringLiteral("AnnoProtocolloDSU")), QStringLiteral("2026"));
    EXPECT_FALSE(sad.hasAttribute(QStringLiteral("DataErogazionePrestazione")));
    const auto &small = benefits[1];
    EXPECT_EQ(small.value(QStringLiteral("CaratterePrestazione")), QStringLiteral("2"));
    EXPECT_EQ(small.value(QStringLiteral("ImportoPrestazione")), QStringLiteral("0.05"));
    EXPECT_FALSE(small.hasAttribute(QStringLiteral("NumeroProtocolloDSU"))) << "means test 2: no DSU";
    const auto &rent = benefits[2];
    EXPECT_EQ(rent.value(QStringLiteral("DenominazionePrestazione")),
              QStringLiteral("Contributo per l'affitto & le utenze <casa>"));
    EXPECT_EQ(rent.value(QStringLiteral("ImportoPrestazione")), QStringLiteral("1234567.89"));
    EXPECT_EQ(rent.value(QStringLiteral("AnnoProtocolloDSU")), QStringLiteral("2025")) << "from the DSU date";
    EXPECT_EQ(rent.value(QStringLiteral("PresaCarico")), QStringLiteral("2"));
    EXPECT_FALSE(rent.hasAttribute(QStringLiteral("AreaUtenza")));
    EXPECT_TRUE(file.xml.contains("&amp; le utenze &lt;casa&gt;"));
}

TEST(SiussFile, SameInputSameBytes)
{
    const QString flow = QStringLiteral("F1");
    EXPECT_EQ(writeSiussFile(ente(), smallInput(), flow).xml, writeSiussFile(ente(), smallInput(), flow).xml);
}

TEST(SiussFile, EveryMissingItemIsOneProblem)
{
    SiussBeneficiary empty;
    empty.personId = 9;
    empty.benefits = {SiussBenefit{}};
    empty.benefits[0].deliveryId = 90;
    const SiussFile file = writeSiussFile(ente(), {empty}, QStringLiteral("F1"));
    EXPECT_TRUE(file.xml.isEmpty());
    EXPECT_EQ(file.beneficiariesWritten, 0);
    EXPECT_EQ(problemKeys(file),
              (QStringList{
                  QStringLiteral("9/0 Beneficiario/CodiceFiscale"), QStringLiteral("9/0 Anagrafica/Cognome"),
                  QStringLiteral("9/0 Anagrafica/Nome"), QStringLiteral("9/0 Anagrafica/AnnoNascita"),
                  QStringLiteral("9/0 Anagrafica/LuogoNascita"), QStringLiteral("9/0 Anagrafica/Genere"),
                  QStringLiteral("9/0 Anagrafica/CodiceCittadinanza"),
                  QStringLiteral("9/0 Indirizzo/CodiceNazione"),
                  QStringLiteral("9/90 PrestazioniSociali/CodicePrestazione"),
                  QStringLiteral("9/90 PrestazioniSociali/DenominazionePrestazione"),
                  QStringLiteral("9/90 PrestazioniSociali/ProtocolloDomanda"),
                  QStringLiteral("9/90 PrestazioniSociali/DataErogazionePrestazione"),
                  QStringLiteral("0/0 Beneficiario")}));
}

TEST(SiussFile, LengthsAreTheSchemasAndNeverTruncated)
{
    SiussBeneficiary b = person(1, QStringLiteral("NREPLA62S30A496B"));
    b.benefits = {oneOff(1)};
    b.surname = QString(36, QChar(u'\u00E8')); // 36 "è": characters, not bytes
    EXPECT_EQ(writeSiussFile(ente(), {b}, QStringLiteral("F1")).beneficiariesWritten, 1);
    b.surname += QLatin1Char('x');
    const SiussFile tooLong = writeSiussFile(ente(), {b}, QStringLiteral("F1"));
    EXPECT_EQ(problemKeys(tooLong).value(0), QStringLiteral("1/0 Anagrafica/Cognome"));
    EXPECT_TRUE(tooLong.problems.value(0).message.contains(QStringLiteral("37"))) << "says how long it is";

    b = person(1, QStringLiteral("NREPLA62S30A496B"));
    b.benefits = {oneOff(1)};
    b.benefits[0].name = QStringLiteral("Centro"); // the schema wants 10 to 200
    EXPECT_EQ(problemKeys(writeSiussFile(ente(), {b}, QStringLiteral("F1"))).value(0),
              QStringLiteral("1/1 PrestazioniSociali/DenominazionePrestazione"));
    b.benefits[0] = oneOff(1);
    b.givenName = QStringLiteral("Paolo\x01");
    EXPECT_EQ(problemKeys(writeSiussFile(ente(), {b}, QStringLiteral("F1"))).value(0),
              QStringLiteral("1/0 Anagrafica/Nome"));
}

TEST(SiussFile, FiscalCodesFollowThePatternAndTheCheckCharacter)
{
    using cartella::domain::FiscalCode;
    const QString regular = QStringLiteral("NREPLA62S30A496B");
    const auto keysFor = [](const QString &code) {
        SiussBeneficiary b = person(1, code);
        b.benefits = {oneOff(1)};
        return problemKeys(writeSiussFile(ente(), {b}, QStringLiteral("F1")));
    };
    EXPECT_TRUE(keysFor(regular.toLower()).isEmpty()) << "normalised to upper case";
    EXPECT_TRUE(keysFor(FiscalCode::withOmocodia(regular, 3)).isEmpty()) << "letters only in 13-15";
    EXPECT_EQ(keysFor(FiscalCode::withOmocodia(regular, 4)).value(0),
              QStringLiteral("1/0 Beneficiario/CodiceFiscale"))
        << "the schema's pattern wants digits in the birth date";
    const auto messageFor = [](const QString &code) {
        SiussBeneficiary b = person(1, code);
        b.benefits = {oneOff(1)};
        return writeSiussFile(ente(), {b}, QStringLiteral("F1")).problems.value(0).message;
    };
    EXPECT_TRUE(messageFor(FiscalCode::withOmocodia(regular, 4)).contains(QStringLiteral("omocodic")));
    EXPECT_FALSE(messageFor(QStringLiteral("ABCDEFGHIJKLMNOP")).contains(QStringLiteral("omocodic")));
    EXPECT_EQ(keysFor(QStringLiteral("NREPLA62S30A496C")).value(0),
              QStringLiteral("1/0 Beneficiario/CodiceFiscale"));
    EXPECT_EQ(keysFor(QStringLiteral("1234567890")).value(0),
              QStringLiteral("1/0 Beneficiario/CodiceFiscale"));
}

TEST(SiussFile, DuplicateFiscalCodeIsLeftOut)
{
    SiussBeneficiary a = person(1, QStringLiteral("NREPLA62S30A496B"));
    a.benefits = {oneOff(1)};
    SiussBeneficiary b = a;
    b.personId = 2;
    b.benefits[0].deliveryId = 2;
    const SiussFile file = writeSiussFile(ente(), {a, b}, QStringLiteral("F1"));
    EXPECT_EQ(file.beneficiariesWritten, 1);
    EXPECT_EQ(problemKeys(file), QStringList{QStringLiteral("2/0 Beneficiario/CodiceFiscale")});
}

TEST(SiussFile, ResidenceAbroadHasNoRegionNorComune)
{
    SiussBeneficiary abroad = person(1, QStringLiteral("NREPLA62S30A496B"));
    abroad.residenceCountryIso = QStringLiteral("756");
    abroad.residenceRegion.clear();
    abroad.residenceMunicipalityIstat.clear();
    abroad.benefits = {oneOff(1)};
    const SiussFile file = writeSiussFile(ente(), {abroad}, QStringLiteral("F1"));
    ASSERT_TRUE(file.problems.isEmpty()) << qPrintable(problemKeys(file).join(QLatin1Char(',')));
    const auto address = parse(file.xml).all(QStringLiteral("Indirizzo")).value(0);
    EXPECT_EQ(address.value(QStringLiteral("CodiceNazione")), QStringLiteral("756"));
    EXPECT_FALSE(address.hasAttribute(QStringLiteral("CodiceComune")));

    SiussBeneficiary inItaly = abroad;
    inItaly.residenceCountryIso = QStringLiteral("380");
    EXPECT_EQ(
        problemKeys(writeSiussFile(ente(), {inItaly}, QStringLiteral("F1"))),
        (QStringList{QStringLiteral("1/0 Indirizzo/CodiceRegione"),
                     QStringLiteral("1/0 Indirizzo/CodiceComune"), QStringLiteral("0/0 Beneficiario")}));
}

TEST(SiussFile, BenefitRules)
{
    const auto keysFor = [](const SiussBenefit &p) {
        SiussBeneficiary b = person(1, QStringLiteral("NREPLA62S30A496B"));
        b.benefits = {p, oneOff(2)}; // the second keeps the person in the file
        return problemKeys(writeSiussFile(ente(), {b}, QStringLiteral("F1")));
    };
    SiussBenefit isee = oneOff(1);
    isee.meansTest = 1;
    EXPECT_EQ(keysFor(isee), QStringList{QStringLiteral("1/1 PrestazioniSociali/NumeroProtocolloDSU")});
    SiussBenefit periodic = oneOff(1);
    periodic.periodic = true;
    EXPECT_EQ(keysFor(periodic), QStringList{QStringLiteral("1/1 PrestazioniSociali/DataInizioPrestazione")});
    periodic.start = QDate(2026, 5, 1);
    periodic.end = QDate(2026, 4, 30);
    EXPECT_EQ(keysFor(periodic), QStringList{QStringLiteral("1/1 PrestazioniSociali/DataFinePrestazione")});
    SiussBenefit negative = oneOff(1);
    negative.userShareCents = -100;
    EXPECT_EQ(keysFor(negative), QStringList{QStringLiteral("1/1 PrestazioniSociali/ImportoQuotaUtente")});
    SiussBenefit badEnums = oneOff(1);
    badEnums.meansTest = 5;
    badEnums.area = 4;
    EXPECT_EQ(keysFor(badEnums), (QStringList{QStringLiteral("1/1 PrestazioniSociali/PresenzaProvaMezzi"),
                                              QStringLiteral("1/1 PrestazioniSociali/AreaUtenza")}));
}

TEST(SiussFile, WrongSenderWritesNothing)
{
    SiussBeneficiary b = person(1, QStringLiteral("NREPLA62S30A496B"));
    b.benefits = {oneOff(1)};
    SiussEnte bad = ente();
    bad.seatBelfiore = QStringLiteral("Aulla");
    bad.operatorFiscalCode.clear();
    const SiussFile file = writeSiussFile(bad, {b}, QString(51, QLatin1Char('F')));
    EXPECT_TRUE(file.xml.isEmpty());
    EXPECT_EQ(file.beneficiariesWritten, 0);
    EXPECT_EQ(problemKeys(file),
              (QStringList{QStringLiteral("0/0 IdentificazioneFlusso/Nome"),
                           QStringLiteral("0/0 Ente/Indirizzo"), QStringLiteral("0/0 Ente/CFOperatore")}));
    EXPECT_EQ(problemKeys(writeSiussFile(ente(), {}, QStringLiteral("F1"))),
              QStringList{QStringLiteral("0/0 Beneficiario")});
}
