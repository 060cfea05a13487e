// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace cartella::domain {

// The data of the INPS SIUSS flow (Casellario dell'assistenza, flow PS_PSA_SINA, schema
// PS_PSA_SINA201812.xsd): the office that sends it, then each beneficiary with their benefits. Plain values:
// ServiceExportService fills them from the database, exporting::writeSiussFile checks them against the schema
// and writes the XML. Codes are the schema's own values.

// The sender (Ente). Codice 1-32 characters, Denominazione 1-100 (optional), Indirizzo the Belfiore code of
// the seat (4 characters), CFOperatore the operator's codice fiscale.
struct SiussEnte
{
    QString code;
    QString name; // may be empty: the attribute is then left out
    QString seatBelfiore;
    QString operatorFiscalCode;
};

// One benefit delivered (PrestazioniSociali), always written as an insertion (TipoOperazione "I").
struct SiussBenefit
{
    qint64 deliveryId = 0;       // ours, to name the record in problems
    QString code;                // CodicePrestazione, 5-10 characters (e.g. "A1.04"); empty: unknown
    QString name;                // DenominazionePrestazione, 10-200 characters
    QString applicationProtocol; // ProtocolloDomanda, 1-32 characters
    int meansTest = 4;           // PresenzaProvaMezzi: 1 ISEE, 2 other means test, 3 ISEE-exempt, 4 none
    // With meansTest 1 only: the DSU protocol is required (max 30 characters); its year (AnnoProtocolloDSU)
    // comes from an INPS-ISEE-YYYY-... protocol, else from the date.
    QString dsuProtocol;
    QDate dsuDate;                  // DataDSU; invalid: left out
    qint64 iseeThresholdCents = -1; // ImportoSogliaISEE; -1: none
    bool takenInCharge = true;      // PresaCarico 1 / 2
    bool periodic = false;          // CaratterePrestazione 1 periodic / 2 one-off
    QDate start, end;               // DataInizio/FinePrestazione: start required when periodic, end optional
    QDate paidOn;                   // DataErogazionePrestazione: required when one-off
    // Amounts in cents, none negative. ImportoPrestazione is written for a one-off benefit or when not 0;
    // ImportoMensile for a periodic one or when not 0; the three shares always (0.00 is "nothing").
    qint64 totalCents = 0, monthlyCents = 0;
    qint64 comuneShareCents = 0, userShareCents = 0, healthShareCents = 0;
    int monthlyHoursHundredths = -1; // OreServizioMensile in hundredths of an hour; -1: none
    int area =
        0; // AreaUtenza: 1 famiglia e minori, 2 disabilità e non autosufficienza, 3 povertà; 0: left out
};

struct SiussBeneficiary
{
    qint64 personId = 0;
    QString fiscalCode;         // 16 characters, or an 11-digit temporary code
    QString surname, givenName; // 1-36 characters each
    int birthYear = 0;          // AnnoNascita; 0: unknown
    QString birthPlaceBelfiore; // LuogoNascita: the Belfiore code (Comune, or Z... for a foreign state)
    int gender = 0;             // Genere: 1 male, 2 female; 0: unknown
    QString citizenshipIso; // CodiceCittadinanza: ISO 3166-1 numeric, 3 digits (380 Italy); empty: unknown
    QString residenceCountryIso;        // CodiceNazione: ISO 3166-1 numeric as well ("380")
    QString residenceRegion;            // CodiceRegione, ISTAT 2 digits: required when the country is 380
    QString residenceMunicipalityIstat; // CodiceComune, ISTAT 6 digits: required when the country is 380
    QList<SiussBenefit> benefits;
};

// Why a record (or the whole file) was left out. personId and deliveryId are 0 for the file's own data (the
// Ente, the flow name), deliveryId 0 for the person's data. `field` is the schema's element/attribute, e.g.
// "Anagrafica/Cognome" or "PrestazioniSociali/CodicePrestazione"; `message` is in the user's language and
// may quote the value (a codice fiscale): show it to the user, never write it to the log.
struct SiussProblem
{
    qint64 personId = 0;
    qint64 deliveryId = 0;
    QString field;
    QString message;
};

struct SiussFile
{
    QByteArray xml; // UTF-8; empty when nothing could be written (the problems say why)
    QList<SiussProblem> problems;
    int beneficiariesWritten = 0;
    int benefitsWritten = 0;
};

// Minutes as hundredths of an hour, rounded half up: 90 -> 150, 20 -> 33. For OreServizioMensile.
int siussHoursHundredths(int minutes);

// The flow name INPS describes (WaaS SIUSS specification): "<ente>.PS.<yyyyMMdd>.<progressive, 7 digits>",
// e.g. "H501.PS.20210520.0000002".
QString siussFlowName(const QString &enteCode, QDate day, int progressive);

} // namespace cartella::domain
