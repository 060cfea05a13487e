// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/services/services.h"
#include "domain/services/siuss.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cartella::domain {

// The SIUSS area utenza of a benefit: the catalogue entry's own area, else the case's (famiglia e minori 1;
// disabilità e non autosufficienza 2 for disability and the elderly; povertà ed esclusione sociale 3 for
// immigration and adult hardship). The one place this mapping lives: exports, filters and the SIUSS file use
// it.
int siussArea(ServiceArea serviceArea, CaseArea caseArea);
// The case areas a benefit without an area of its own takes `siussArea` from (1..3).
QList<CaseArea> caseAreasWithSiussArea(int siussArea);
// The catalogue area that is SIUSS area `siussArea` (1..3).
ServiceArea serviceAreaWithSiussArea(int siussArea);
// PresenzaProvaMezzi: 1 ISEE, 2 another means test, 3 exempt from ISEE, 4 none.
int siussMeansTest(MeansTest meansTest);

// What a CSV export of services or payments takes. The period is required, both days included.
struct ExportFilter
{
    QDate from;
    QDate to;
    std::optional<qint64> budgetLineId; // only this budget line
    int area = 0;                       // only this SIUSS area (1..3); 0: any
    QString municipalityCode;           // only cases of this Comune (ISTAT); empty: any
};

// The filter as the repository applies it: the area is turned into catalogue and case areas (siussArea), and
// the actor's visibility is added.
//
// A service delivered belongs to the period [from, to] when it was requested on or before `to` and had not
// ended before `from`. It ended on the day it was closed (concluded, rejected or cancelled); one still open
// ends on its planned end (ends_on) or on its decision if that came later; one still open with no planned end
// has not ended. So a service requested, decided, started, paid or running in the period is in it, and so is
// one still waiting for a decision from before.
struct ExportQuery
{
    QDate from;
    QDate to;
    std::optional<qint64> budgetLineId;
    bool anyArea = true;
    ServiceArea serviceArea = ServiceArea::FromCase; // with !anyArea: entries of this area ...
    QList<CaseArea> caseAreas;                       // ... or without an area, in cases of these areas
    QString municipalityCode;
    CaseVisibility visibility;
};

// One service delivered, as the CSV export lists it.
struct DeliveryExportRow : DeliveryTerms
{
    qint64 id = 0;
    QString caseNumber;
    QString municipalityCode; // the case's Comune
    CaseArea caseArea = CaseArea::FamilyAndMinors;
    ServiceArea serviceArea = ServiceArea::FromCase;
    QString serviceName;
    QString siussCode;
    ServiceKind kind = ServiceKind::Service;
    QString surname;
    QString givenName;
    QString fiscalCode;
    DeliveryStatus status = DeliveryStatus::Requested;
    QDate requestedOn;
    QString protocol;
    MeansTest meansTest = MeansTest::None;
    QString budgetLineCode; // empty: none
    int budgetYear = 0;
    QDate decidedOn;
    QString decidedBy;
};

// One payment (a 'payment' budget movement), as the CSV export lists it. Payments are in the period when
// their date (on_date) is.
struct PaymentExportRow
{
    qint64 id = 0; // the movement
    QDate paidOn;
    QString period; // YYYY-MM of a monthly payment
    qint64 amountCents = 0;
    QString reference;
    QString budgetLineCode;
    int budgetYear = 0;
    qint64 deliveryId = 0;
    QString serviceName;
    QString caseNumber;
    QString municipalityCode;
    QString surname;
    QString givenName;
    QString fiscalCode;
};

// A candidate benefit for the SIUSS file, with what the file says of its person, case, catalogue entry and
// DSU. The repository gives every approved, active or concluded service of the visible cases that was
// requested by `to` and not closed before `from`; ServiceExportService keeps those delivered in the period.
struct SiussQuery
{
    QDate from;
    QDate to;
    CaseVisibility visibility;
};

struct SiussCandidate
{
    // The person.
    qint64 personId = 0;
    QString fiscalCode;
    QString surname;
    QString givenName;
    Sex sex = Sex::Unspecified;
    QDate birthDate;
    QString birthPlaceCode;
    QString citizenship;
    QString residenceMunicipalityCode;
    // The case.
    QString caseNumber;
    CaseArea caseArea = CaseArea::FamilyAndMinors;
    CaseStatus caseStatus = CaseStatus::Reception;
    bool caseWasInCharge = false; // its history shows it was taken in charge
    // The catalogue entry.
    QString serviceName;
    QString siussCode;
    ServiceKind kind = ServiceKind::Service;
    ServiceArea serviceArea = ServiceArea::FromCase;
    bool periodic = false;
    std::optional<qint64> iseeThresholdCents;
    // The delivery.
    qint64 deliveryId = 0;
    DeliveryStatus status = DeliveryStatus::Approved;
    QString protocol;
    MeansTest meansTest = MeansTest::None;
    QDate requestedOn;
    QDate decidedOn;
    QDate startsOn;
    QDate endsOn;
    QDate closedOn;
    QDate firstPaidOn; // the first payment; invalid when none
    int monthlyMinutes = 0;
    qint64 costCents = 0;
    qint64 monthlyCents = 0;
    qint64 comuneShareCents = 0;
    qint64 userShareCents = 0;
    qint64 healthShareCents = 0;
    // The DSU the benefit rests on: the one recorded with the request, else the person's newest DSU valid on
    // the request date. Empty when none.
    QString dsuProtocol;
    QDate dsuFiledOn;
};

// Called as an export goes (every ServiceExportService::kProgressEvery records and at the end): `done` of
// `total` records read. Returning false cancels the export, which then fails with ErrorCode::Usage and writes
// nothing more.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;
// Where a CSV export writes its records, the column names first (exporting::csvSink writes them as CSV).
// Returns false when the record could not be written (a full disk): the export then fails.
using RecordSink = std::function<bool(const QStringList &fields)>;
// Writes the SIUSS XML and says which records it left out and why (exporting::writeSiussFile).
using SiussWriter = std::function<SiussFile(
    const SiussEnte &ente, const QList<SiussBeneficiary> &beneficiaries, const QString &flowName)>;

struct ExportSummary
{
    qint64 rows = 0; // records written, the column names not counted
};

// The office's SIUSS sender, from the office settings.
struct SiussSender
{
    QString code;         // siuss_ente_code: the Ente's code, 1-32 characters
    QString name;         // siuss_ente_name: optional, up to 100 characters
    QString seatBelfiore; // siuss_ente_belfiore: the Belfiore code of the seat
};

// A SIUSS export: the file (the XML, empty when nothing could be written) and what was left out and why.
struct SiussExport
{
    QString flowName;
    SiussFile file;
    int beneficiaries = 0;                        // the persons with a benefit in the period
    int benefits = 0;                             // their benefits
    QHash<qint64, QString> caseNumbers;           // delivery id -> case number
    QHash<qint64, QStringList> personCaseNumbers; // person id -> the cases of their benefits

    // The problems as a table (the column names first): person, case, delivery, field, message.
    QList<QStringList> problemRecords() const;
    // The case a problem is about: its benefit's case, or for the person's own data the cases of their
    // benefits.
    QString caseOf(const SiussProblem &problem) const;
};

} // namespace cartella::domain
