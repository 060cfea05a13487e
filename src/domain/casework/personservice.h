// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/person.h"
#include "domain/casework/personrepository.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/result.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// What to do when a person with the same surname, name and birth date exists.
enum class SimilarPersonPolicy
{
    Refuse,    // report ErrorCode::PossibleDuplicate and save nothing
    SaveAnyway // the user looked at the candidates and confirmed
};

// The use cases of the persons registry. Every rule about persons is checked here, whichever front end
// calls: the GUI, cartella-admin and importers all meet the same checks.
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)

public:
    PersonService(PersonRepository &persons, TransactionProvider &transactions, Auditor &audit,
                  const PlaceRegistry &places = PlaceRegistry::builtin());

    // Every problem of the draft, field by field (empty when it can be saved). No storage access.
    QList<FieldIssue> validate(const Person &draft) const;
    // Where the anagrafica disagrees with a valid fiscal code: one issue per disagreeing field.
    QList<FieldIssue> fiscalCodeMismatches(const Person &draft) const;

    Result<Person> create(Person draft, const Actor &actor,
                          SimilarPersonPolicy policy = SimilarPersonPolicy::Refuse);
    Result<Person> update(Person changed, const Actor &actor,
                          SimilarPersonPolicy policy = SimilarPersonPolicy::Refuse);
    // The person, for the services and refreshes. Not audited: `view` is the opening of a person's file.
    Result<Person> get(qint64 id, const Actor &actor);
    // Opens the person's file: the person, with the opening written to the audit trail.
    Result<Person> view(qint64 id, const Actor &actor);

    Result<QList<PersonSummary>> search(const PersonQuery &query, const Actor &actor);
    Result<qint64> count(const PersonQuery &query, const Actor &actor);
    Result<int> historyLength(qint64 personId, const Actor &actor);

    const PlaceRegistry &places() const { return m_places; }

private:
    static Person normalized(Person p);
    Result<Person> save(Person draft, const Actor &actor, SimilarPersonPolicy policy);
    Status checkDuplicates(const Person &p, SimilarPersonPolicy policy);

    PersonRepository &m_persons;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
    const PlaceRegistry &m_places;
};

} // namespace cartella::domain
