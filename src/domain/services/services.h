// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

// What a catalogue entry delivers.
enum class ServiceKind
{
    Service,       // a service (ADM, SAD, ...)
    EconomicAid,   // contributo economico: commits money on a budget line
    Loan,          // prestito sull'onore
    Inclusion,     // percorso di inclusione sociale (PIS)
    WorkPlacement, // tirocinio, inserimento lavorativo
    Facility,      // struttura (residenziale, semiresidenziale, protetta)
};

// Kinds that move money on a budget line: economic aid, loans, the PIS subsidy, the placement's
// reimbursement.
inline bool kindPaysMoney(ServiceKind kind)
{
    return kind == ServiceKind::EconomicAid || kind == ServiceKind::Loan || kind == ServiceKind::Inclusion ||
           kind == ServiceKind::WorkPlacement;
}

// The SIUSS area utenza. Unset: the case's area decides.
enum class ServiceArea
{
    FromCase,     // ''
    FamilyMinors, // 1 famiglia e minori
    Disability,   // 2 disabilità e non autosufficienza
    Poverty,      // 3 povertà, esclusione sociale
};

// The means test the benefit uses (SIUSS PresenzaProvaMezzi 1..4).
enum class MeansTest
{
    Isee,       // 1
    Other,      // 2 another means test
    IseeExempt, // 3 exempt from ISEE by law
    None,       // 4
};

enum class DeliveryStatus
{
    Requested, // richiesta
    Approved,  // approvata
    Rejected,  // respinta
    Active,    // in corso
    Concluded, // conclusa
    Cancelled, // annullata: a withdrawn request or a revoked grant
};

enum class ProviderKind
{
    Comune,
    Cooperative,
    Association,
    Other,
};

// One entry of the catalogue. `code` is stable; the name can change (each change is a version).
struct CatalogueEntry
{
    qint64 id = 0;
    QString code;
    QString name;
    ServiceKind kind = ServiceKind::Service;
    QString siussCode; // empty when unknown: never invented
    ServiceArea area = ServiceArea::FromCase;
    bool periodic = false;
    MeansTest meansTest = MeansTest::None;
    std::optional<qint64> iseeThresholdCents; // an aid above it is refused
    bool restricted = false;                  // protection path: the case becomes riservato
    QDate retiredOn;                          // invalid while in use
    int version = 0;

    bool retired() const { return retiredOn.isValid(); }
    bool paysMoney() const { return kindPaysMoney(kind); }
};

// An ISEE declaration (DSU). Valid until 31 December of its filing year.
struct IseeDeclaration
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 valueCents = 0;
    QString dsuProtocol;
    QDate filedOn;
    QDateTime createdAt;
    QString createdBy;

    QDate expiresOn() const { return QDate(filedOn.year(), 12, 31); }
    bool validOn(QDate day) const { return filedOn.isValid() && day >= filedOn && day <= expiresOn(); }
};

// A service delivered (prestazione erogata) to a member of a case.
// The terms of a service or benefit: who provides it, for which period, how many hours, what it costs and who
// pays which share (the three shares add up to the cost). A request carries them, a delivery keeps them, the
// export lists them.
struct DeliveryTerms
{
    ProviderKind providerKind = ProviderKind::Comune;
    QString providerName;
    QDate startsOn;
    QDate endsOn;
    int monthlyMinutes = 0; // hours per month, in minutes
    qint64 costCents = 0;   // total for the period
    qint64 monthlyCents = 0;
    qint64 comuneShareCents = 0;
    qint64 userShareCents = 0;
    qint64 healthShareCents = 0;
};

struct ServiceDelivery : DeliveryTerms
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    qint64 catalogueId = 0;
    DeliveryStatus status = DeliveryStatus::Requested;
    QDate requestedOn;
    QString protocol; // the application's protocol number
    MeansTest meansTest = MeansTest::None;
    std::optional<qint64> iseeId;
    QString iseeExemptionReason; // a reasoned exemption from the ISEE threshold rule
    std::optional<qint64> budgetLineId;
    QDate decidedOn;
    QString decidedBy;
    QString decisionReason; // why it was rejected or cancelled
    QDate closedOn;
    RecordStamp stamp;

    // Read side only.
    QString serviceName;
    ServiceKind kind = ServiceKind::Service;
    QString personName;
    QString caseNumber;

    bool open() const
    {
        return status == DeliveryStatus::Requested || status == DeliveryStatus::Approved ||
               status == DeliveryStatus::Active;
    }
};

// A request for a service, as the worker fills it in. The money is checked by the domain: the three shares
// add up to the cost.
struct DeliveryRequest : DeliveryTerms
{
    qint64 caseId = 0;
    qint64 personId = 0;
    qint64 catalogueId = 0;
    QDate requestedOn;
    QString protocol;
    std::optional<qint64> budgetLineId;
    QString iseeExemptionReason; // given: the ISEE rule is waived, and the reason recorded
};

// Which deliveries to list.
struct DeliveryQuery
{
    qint64 caseId = 0;   // 0: any
    qint64 personId = 0; // 0: any
    std::optional<DeliveryStatus> status;
    int limit = 500;
};

} // namespace cartella::domain
