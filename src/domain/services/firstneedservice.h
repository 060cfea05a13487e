// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/casework/personservice.h"
#include "domain/kernel/transaction.h"
#include "domain/services/catalogueservice.h"
#include "domain/services/deliveryservice.h"

#include <QCoreApplication>

namespace cartella::domain {

// The catalogue codes of the first-need interventions for people with no fixed address (senza fissa dimora):
// night shelter, goods, travel tickets, refunds to associations. The one place that says which they are.
QStringList firstNeedCodes();
bool isFirstNeed(const QString &catalogueCode);

// A first-need intervention as the worker records it at the desk, for a registered person or for someone
// registered on the spot.
struct FirstNeedEntry
{
    qint64 personId = 0; // a registered person; 0: register `newPerson`
    // Surname, name, sex and birth date are what the registry needs; the rest (residence above all) may stay
    // empty for a person with no fixed address.
    Person newPerson;
    SimilarPersonPolicy similarPersons = SimilarPersonPolicy::Refuse; // SaveAnyway once the user confirmed
    qint64 catalogueId = 0;                                           // one of firstNeedCodes()
    QString municipalityCode;       // ISTAT: where the intervention happens, the Comune of a new case
    qint64 responsibleWorkerId = 0; // of a new case; 0: the actor's own worker record
    QDate on;                       // the day of the intervention
    qint64 amountCents = 0;         // what it costs, all paid by the Comune
    ProviderKind providerKind = ProviderKind::Comune;
    QString providerName; // the shelter, the shop, the association refunded
    QString note;         // written in the case's diary when given
};

struct FirstNeedResult
{
    qint64 personId = 0;
    qint64 caseId = 0;
    QString caseNumber;
    bool personRegistered = false; // the person was registered by this entry
    bool caseOpened = false;       // the case was opened by this entry
    ServiceDelivery delivery;      // the request, waiting for the zone manager's decision
};

// Records a first-need intervention in one step: the person (registered if new), their open case (opened if
// there is none the actor may change) and the request of the service, in one transaction. The request is
// decided by the zone manager like any other. Each step goes through its own service, with its rules,
// permissions and audit records: a refusal at any step leaves nothing written.
class FirstNeedService
{
    Q_DECLARE_TR_FUNCTIONS(FirstNeedService)

public:
    FirstNeedService(PersonService &persons, CaseService &cases, DeliveryService &deliveries,
                     DiaryService &diary, CatalogueService &catalogue, TransactionProvider &transactions,
                     Auditor &audit);

    // The first-need entries of the catalogue in use, for the form.
    Result<QList<CatalogueEntry>> entries(const Actor &actor);
    Result<FirstNeedResult> record(const FirstNeedEntry &entry, const Actor &actor);

private:
    Result<Person> person(const FirstNeedEntry &entry, const Actor &actor);
    // An open case of the person, as principal beneficiary, that the actor may change; else a new one.
    Result<Case> caseFor(const Person &person, const FirstNeedEntry &entry, const Actor &actor, bool *opened);

    PersonService &m_persons;
    CaseService &m_cases;
    DeliveryService &m_deliveries;
    DiaryService &m_diary;
    CatalogueService &m_catalogue;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
