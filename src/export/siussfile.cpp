// SPDX-License-Identifier: EUPL-1.2
#include "export/siussfile.h"

#include "domain/kernel/fiscalcode.h"
#include "domain/kernel/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

namespace cartella::exporting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SiussFile)
};

const QString kNamespace = QStringLiteral("http://inps.it/Casellario");

// Lengths in the schema count characters (code points), not UTF-16 units.
qsizetype characters(const QString &s)
{
    return s.toUcs4().size();
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates (unpaired) and U+FFFE/U+FFFF.
bool writableInXml(const QString &s)
{
    for (const char32_t c : s.toUcs4()) {
        const bool ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                        (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!ok)
            return false;
    }
    return true;
}

// The whole value must match, as in a schema pattern. Compiled once per pattern and thread.
QRegularExpressionMatch wholeMatch(const QString &value, const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.cend())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return it->match(value);
}

bool matches(const QString &value, const QString &pattern)
{
    return wholeMatch(value, pattern).hasMatch();
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Collects the problems of one record. Each check reports at most one problem for its item.
class Checks
{
public:
    Checks(QList<SiussProblem> &out, qint64 personId, qint64 deliveryId)
        : m_out(out), m_personId(personId), m_deliveryId(deliveryId)
    {}

    int count() const { return m_count; }

    void problem(const QString &field, const QString &message)
    {
        m_out.append({m_personId, m_deliveryId, field, message});
        ++m_count;
    }

    void missing(const QString &field, const QString &label)
    {
        problem(field, Tr::tr("%1: missing.").arg(label));
    }

    // A required text of min..max characters. Empty is "missing", never shortened or padded.
    void text(const QString &field, const QString &label, const QString &value, int min, int max)
    {
        const qsizetype n = characters(value);
        if (n == 0)
            missing(field, label);
        else if (!writableInXml(value))
            problem(field, Tr::tr("%1: contains characters that cannot be written to the file.").arg(label));
        else if (n > max)
            problem(field, Tr::tr("%1: %2 characters, more than the %3 SIUSS allows.")
                               .arg(label, QString::number(n), QString::number(max)));
        else if (n < min)
            problem(field, Tr::tr("%1: %2 characters, fewer than the %3 SIUSS requires.")
                               .arg(label, QString::number(n), QString::number(min)));
    }

    // A required value matching the schema's pattern; `expected` says in words what it should be.
    void code(const QString &field, const QString &label, const QString &value, const QString &pattern,
              const QString &expected)
    {
        if (value.isEmpty())
            missing(field, label);
        else if (!matches(value, pattern))
            problem(field, Tr::tr("%1: \"%2\" is not %3.").arg(label, value, expected));
    }

    void notNegative(const QString &field, const QString &label, qint64 cents)
    {
        if (cents < 0)
            problem(field, Tr::tr("%1: the amount is negative.").arg(label));
    }

private:
    QList<SiussProblem> &m_out;
    qint64 m_personId;
    qint64 m_deliveryId;
    int m_count = 0;
};

const QString kFiscalCodePattern =
    QStringLiteral("[A-Za-z]{6}[0-9]{2}[A-Za-z][0-9]{2}[A-Za-z][A-Za-z0-9]{3}[A-Za-z]|[0-9]{11}");

void checkFiscalCode(Checks &c, const QString &field, const QString &label, const QString &code)
{
    if (code.isEmpty()) {
        c.missing(field, label);
    } else if (!matches(code, kFiscalCodePattern)) {
        // Omocodia letters (L M N P Q R S T U V for 0-9) in the year or the day: valid, but not for SIUSS.
        QString digits = code;
        for (const int i : {6, 7, 9, 10}) {
            const qsizetype d = i < code.size() ? QStringLiteral("LMNPQRSTUV").indexOf(code.at(i)) : -1;
            if (d >= 0)
                digits[i] = QChar(char16_t(u'0' + d));
        }
        const bool omocodic = code.size() == 16 && matches(digits, kFiscalCodePattern);
        c.problem(field, omocodic
                             ? Tr::tr("%1: \"%2\" is an omocodic code with letters in place of the digits "
                                      "of the birth date, which the SIUSS schema does not accept.")
                                   .arg(label, code)
                             : Tr::tr("%1: \"%2\" is neither a 16-character codice fiscale nor an "
                                      "11-digit temporary code.")
                                   .arg(label, code));
    } else if (code.size() == 16 &&
               domain::FiscalCode::checkCharacter(QStringView(code).left(15)) != code.at(15)) {
        c.problem(field, Tr::tr("%1: the check character of \"%2\" is wrong.").arg(label, code));
    }
}

QString normalizedCode(const QString &s)
{
    return s.trimmed().toUpper();
}

// --- the sender ---

void checkEnte(Checks &c, const SiussEnte &e, const QString &flowName)
{
    c.text(QStringLiteral("IdentificazioneFlusso/Nome"), Tr::tr("Flow name"), flowName.trimmed(), 1, 50);
    c.text(QStringLiteral("Ente/Codice"), Tr::tr("Sender code"), e.code.trimmed(), 1, 32);
    if (!e.name.trimmed().isEmpty())
        c.text(QStringLiteral("Ente/Denominazione"), Tr::tr("Sender name"), e.name.trimmed(), 1, 100);
    c.code(QStringLiteral("Ente/Indirizzo"), Tr::tr("Belfiore code of the sender's seat"),
           normalizedCode(e.seatBelfiore), QStringLiteral("[A-Z][0-9]{3}"),
           Tr::tr("a Belfiore code (e.g. H501)"));
    checkFiscalCode(c, QStringLiteral("Ente/CFOperatore"), Tr::tr("Operator's codice fiscale"),
                    normalizedCode(e.operatorFiscalCode));
}

// --- the beneficiary ---

void checkBeneficiary(Checks &c, const SiussBeneficiary &b)
{
    checkFiscalCode(c, QStringLiteral("Beneficiario/CodiceFiscale"), Tr::tr("Codice fiscale"),
                    normalizedCode(b.fiscalCode));
    c.text(QStringLiteral("Anagrafica/Cognome"), Tr::tr("Surname"), b.surname.trimmed(), 1, 36);
    c.text(QStringLiteral("Anagrafica/Nome"), Tr::tr("Name"), b.givenName.trimmed(), 1, 36);
    if (b.birthYear == 0)
        c.missing(QStringLiteral("Anagrafica/AnnoNascita"), Tr::tr("Year of birth"));
    else if (b.birthYear < 1000 || b.birthYear > 9999)
        c.problem(QStringLiteral("Anagrafica/AnnoNascita"),
                  Tr::tr("Year of birth: %1 is not a four-digit year.").arg(b.birthYear));
    c.code(QStringLiteral("Anagrafica/LuogoNascita"), Tr::tr("Place of birth"),
           normalizedCode(b.birthPlaceBelfiore), QStringLiteral("[A-Z][0-9]{3}"),
           Tr::tr("a Belfiore code (e.g. H501 or Z112)"));
    if (b.gender == 0)
        c.missing(QStringLiteral("Anagrafica/Genere"), Tr::tr("Sex"));
    else if (b.gender != 1 && b.gender != 2)
        c.problem(QStringLiteral("Anagrafica/Genere"), Tr::tr("Sex: %1 is neither 1 nor 2.").arg(b.gender));
    const QString threeDigits = QStringLiteral("[0-9]{3}");
    c.code(QStringLiteral("Anagrafica/CodiceCittadinanza"), Tr::tr("Citizenship"), b.citizenshipIso.trimmed(),
           threeDigits, Tr::tr("an ISO 3166-1 numeric code of three digits"));
    const QString country = b.residenceCountryIso.trimmed();
    c.code(QStringLiteral("Indirizzo/CodiceNazione"), Tr::tr("Country of residence"), country, threeDigits,
           Tr::tr("an ISO 3166-1 numeric code of three digits"));
    if (country == QLatin1String("380")) {
        c.code(QStringLiteral("Indirizzo/CodiceRegione"), Tr::tr("Region of residence"),
               b.residenceRegion.trimmed(), QStringLiteral("[0-9]{2}"),
               Tr::tr("an ISTAT region code of two digits"));
        c.code(QStringLiteral("Indirizzo/CodiceComune"), Tr::tr("Comune of residence"),
               b.residenceMunicipalityIstat.trimmed(), QStringLiteral("[0-9]{6}"),
               Tr::tr("an ISTAT Comune code of six digits"));
    }
}

// --- the benefit ---

const QString kDsuProtocolYear = QStringLiteral("INPS-ISEE-([0-9]{4})-.*");

void checkBenefit(Checks &c, const SiussBenefit &p)
{
    const QString f = QStringLiteral("PrestazioniSociali/");
    c.text(f + QStringLiteral("CodicePrestazione"), Tr::tr("SIUSS code of the benefit"), p.code.trimmed(), 5,
           10);
    c.text(f + QStringLiteral("DenominazionePrestazione"), Tr::tr("Name of the benefit"), p.name.trimmed(),
           10, 200);
    c.text(f + QStringLiteral("ProtocolloDomanda"), Tr::tr("Protocol of the application"),
           p.applicationProtocol.trimmed(), 1, 32);
    if (p.meansTest < 1 || p.meansTest > 4)
        c.problem(f + QStringLiteral("PresenzaProvaMezzi"),
                  Tr::tr("Means test: %1 is not one of 1 (ISEE), 2 (other), 3 (ISEE-exempt), 4 (none).")
                      .arg(p.meansTest));
    if (p.meansTest == 1)
        c.text(f + QStringLiteral("NumeroProtocolloDSU"), Tr::tr("Protocol of the DSU (ISEE)"),
               p.dsuProtocol.trimmed(), 1, 30);
    if (p.periodic) {
        if (!p.start.isValid())
            c.missing(f + QStringLiteral("DataInizioPrestazione"), Tr::tr("Start date"));
        else if (p.end.isValid() && p.end < p.start)
            c.problem(f + QStringLiteral("DataFinePrestazione"), Tr::tr("End date: before the start date."));
    } else if (!p.paidOn.isValid()) {
        c.missing(f + QStringLiteral("DataErogazionePrestazione"), Tr::tr("Date of payment or delivery"));
    }
    c.notNegative(f + QStringLiteral("ImportoPrestazione"), Tr::tr("Amount"), p.totalCents);
    c.notNegative(f + QStringLiteral("ImportoMensile"), Tr::tr("Monthly amount"), p.monthlyCents);
    c.notNegative(f + QStringLiteral("ImportoQuotaEnte"), Tr::tr("Share paid by the Comune"),
                  p.comuneShareCents);
    c.notNegative(f + QStringLiteral("ImportoQuotaUtente"), Tr::tr("Share paid by the user"),
                  p.userShareCents);
    c.notNegative(f + QStringLiteral("ImportoQuotaSSN"), Tr::tr("Share paid by the health service"),
                  p.healthShareCents);
    if (p.iseeThresholdCents < -1)
        c.notNegative(f + QStringLiteral("ImportoSogliaISEE"), Tr::tr("ISEE threshold"),
                      p.iseeThresholdCents);
    if (p.monthlyHoursHundredths < -1)
        c.problem(f + QStringLiteral("OreServizioMensile"), Tr::tr("Monthly hours: the number is negative."));
    if (p.area < 0 || p.area > 3)
        c.problem(f + QStringLiteral("AreaUtenza"),
                  Tr::tr("Area: %1 is not one of 1 (families and minors), 2 (disability), 3 (poverty).")
                      .arg(p.area));
}

// --- writing: only records that passed their checks get here ---

void writeBenefit(QXmlStreamWriter &w, const SiussBenefit &p)
{
    w.writeEmptyElement(kNamespace, QStringLiteral("PrestazioniSociali"));
    const auto attr = [&w](const char *name, const QString &value) {
        w.writeAttribute(QString::fromLatin1(name), value);
    };
    attr("TipoOperazione", QStringLiteral("I"));
    attr("PresenzaProvaMezzi", QString::number(p.meansTest));
    attr("CaratterePrestazione", p.periodic ? QStringLiteral("1") : QStringLiteral("2"));
    if (p.meansTest == 1) {
        const QString protocol = p.dsuProtocol.trimmed();
        attr("NumeroProtocolloDSU", protocol);
        const QRegularExpressionMatch year = wholeMatch(protocol, kDsuProtocolYear);
        if (year.hasMatch())
            attr("AnnoProtocolloDSU", year.captured(1));
        else if (p.dsuDate.isValid())
            attr("AnnoProtocolloDSU", QString::number(p.dsuDate.year()));
        if (p.dsuDate.isValid())
            attr("DataDSU", isoDate(p.dsuDate));
    }
    attr("CodicePrestazione", normalizedCode(p.code));
    attr("DenominazionePrestazione", p.name.trimmed());
    attr("ProtocolloDomanda", p.applicationProtocol.trimmed());
    if (p.periodic) {
        attr("DataInizioPrestazione", isoDate(p.start));
        if (p.end.isValid())
            attr("DataFinePrestazione", isoDate(p.end));
    } else {
        attr("DataErogazionePrestazione", isoDate(p.paidOn));
    }
    if (!p.periodic || p.totalCents != 0)
        attr("ImportoPrestazione", siussDecimal(p.totalCents));
    if (p.periodic || p.monthlyCents != 0)
        attr("ImportoMensile", siussDecimal(p.monthlyCents));
    attr("ImportoQuotaEnte", siussDecimal(p.comuneShareCents));
    attr("ImportoQuotaUtente", siussDecimal(p.userShareCents));
    attr("ImportoQuotaSSN", siussDecimal(p.healthShareCents));
    if (p.meansTest == 1 && p.iseeThresholdCents >= 0)
        attr("ImportoSogliaISEE", siussDecimal(p.iseeThresholdCents));
    if (p.monthlyHoursHundredths >= 0)
        attr("OreServizioMensile", siussDecimal(p.monthlyHoursHundredths));
    attr("PresaCarico", p.takenInCharge ? QStringLiteral("1") : QStringLiteral("2"));
    if (p.area != 0)
        attr("AreaUtenza", QString::number(p.area));
}

void writeBeneficiary(QXmlStreamWriter &w, const SiussBeneficiary &b,
                      const QList<const SiussBenefit *> &benefits)
{
    w.writeStartElement(kNamespace, QStringLiteral("Beneficiario"));
    w.writeAttribute(QStringLiteral("CodiceFiscale"), normalizedCode(b.fiscalCode));
    w.writeEmptyElement(kNamespace, QStringLiteral("Anagrafica"));
    w.writeAttribute(QStringLiteral("Cognome"), b.surname.trimmed());
    w.writeAttribute(QStringLiteral("Nome"), b.givenName.trimmed());
    w.writeAttribute(QStringLiteral("AnnoNascita"), QString::number(b.birthYear));
    w.writeAttribute(QStringLiteral("LuogoNascita"), normalizedCode(b.birthPlaceBelfiore));
    w.writeAttribute(QStringLiteral("Genere"), QString::number(b.gender));
    w.writeAttribute(QStringLiteral("CodiceCittadinanza"), b.citizenshipIso.trimmed());
    w.writeEmptyElement(kNamespace, QStringLiteral("Indirizzo"));
    const QString country = b.residenceCountryIso.trimmed();
    if (country == QLatin1String("380")) {
        w.writeAttribute(QStringLiteral("CodiceRegione"), b.residenceRegion.trimmed());
        w.writeAttribute(QStringLiteral("CodiceComune"), b.residenceMunicipalityIstat.trimmed());
    }
    w.writeAttribute(QStringLiteral("CodiceNazione"), country);
    for (const SiussBenefit *p : benefits)
        writeBenefit(w, *p);
    w.writeEndElement();
}

} // namespace

QString siussDecimal(qint64 cents)
{
    // The one conversion of cents to text (exact, integer arithmetic), with the schema's decimal point.
    return domain::plainEuro(cents).replace(QLatin1Char(','), QLatin1Char('.'));
}

SiussFile writeSiussFile(const SiussEnte &ente, const QList<SiussBeneficiary> &beneficiaries,
                         const QString &flowName)
{
    SiussFile file;
    Checks header(file.problems, 0, 0);
    checkEnte(header, ente, flowName);

    // What can be written: each beneficiary with the benefits that passed, in the order given.
    QList<std::pair<const SiussBeneficiary *, QList<const SiussBenefit *>>> records;
    QSet<QString> fiscalCodes;
    for (const SiussBeneficiary &b : beneficiaries) {
        Checks person(file.problems, b.personId, 0);
        checkBeneficiary(person, b);
        const QString fiscalCode = normalizedCode(b.fiscalCode);
        if (person.count() == 0 && fiscalCodes.contains(fiscalCode))
            person.problem(
                QStringLiteral("Beneficiario/CodiceFiscale"),
                Tr::tr("Codice fiscale: %1 is already in the file for another person.").arg(fiscalCode));
        QList<const SiussBenefit *> writable;
        for (const SiussBenefit &p : b.benefits) {
            Checks benefit(file.problems, b.personId, p.deliveryId);
            checkBenefit(benefit, p);
            if (benefit.count() == 0)
                writable.append(&p);
        }
        if (person.count() > 0)
            continue; // the person's own problems say why
        if (writable.isEmpty()) {
            person.problem(QStringLiteral("PrestazioniSociali"),
                           b.benefits.isEmpty()
                               ? Tr::tr("The person has no benefit to send.")
                               : Tr::tr("None of the person's benefits can be sent, so the person "
                                        "is left out."));
            continue;
        }
        fiscalCodes.insert(fiscalCode);
        records.append({&b, writable});
    }

    if (records.isEmpty())
        header.problem(QStringLiteral("Beneficiario"),
                       Tr::tr("No beneficiary can be sent: the file was not written."));
    if (header.count() > 0)
        return file;

    QXmlStreamWriter w(&file.xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(kNamespace);
    w.writeStartElement(kNamespace, QStringLiteral("Flusso"));
    w.writeStartElement(kNamespace, QStringLiteral("IdentificazioneFlusso"));
    w.writeAttribute(QStringLiteral("Nome"), flowName.trimmed());
    w.writeEmptyElement(kNamespace, QStringLiteral("Ente"));
    w.writeAttribute(QStringLiteral("Codice"), ente.code.trimmed());
    if (!ente.name.trimmed().isEmpty())
        w.writeAttribute(QStringLiteral("Denominazione"), ente.name.trimmed());
    w.writeAttribute(QStringLiteral("Indirizzo"), normalizedCode(ente.seatBelfiore));
    w.writeAttribute(QStringLiteral("CFOperatore"), normalizedCode(ente.operatorFiscalCode));
    w.writeEndElement(); // IdentificazioneFlusso
    for (const auto &[b, benefits] : records) {
        writeBeneficiary(w, *b, benefits);
        ++file.beneficiariesWritten;
        file.benefitsWritten += int(benefits.size());
    }
    w.writeEndElement(); // Flusso
    w.writeEndDocument();
    if (!file.xml.endsWith('\n'))
        file.xml.append('\n');
    return file;
}

} // namespace cartella::exporting
