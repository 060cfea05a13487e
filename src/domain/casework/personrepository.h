// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"
#include "domain/kernel/result.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace cartella::domain {

enum class PersonSort
{
    Name, // surname then given name
    FiscalCode,
    BirthDate,
    Municipality, // residence Comune name
};

// A page of the persons list. `text` is matched as a prefix of "surname name", of "name surname" or of
// the fiscal code, accent- and case-insensitively. Paging is by keyset: pass the last row seen.
struct PersonQuery
{
    QString text;
    bool onlyWithoutFiscalCode = false;
    PersonSort sort = PersonSort::Name;
    bool descending = false;
    int limit = 50;
    std::optional<PersonSummary> after;
};

// Storage of persons. Implementations run inside whatever transaction the caller opened.
class PersonRepository
{
public:
    virtual ~PersonRepository() = default;

    virtual Result<qint64> insert(const Person &person, const QString &userName) = 0;
    // Refuses with ErrorCode::Conflict when the stored version differs from person.stamp.version.
    // The previous version is kept in the person's history.
    virtual Status update(const Person &person, const QString &userName) = 0;

    virtual Result<std::optional<Person>> findById(qint64 id) = 0;
    virtual Result<std::optional<Person>> findByFiscalCode(const QString &code) = 0;
    // Persons with the same surname, given name (accent- and case-insensitive) and birth date.
    virtual Result<QList<PersonSummary>> findSameNameAndBirth(const QString &surname,
                                                              const QString &givenName, QDate birthDate) = 0;
    virtual Result<QList<PersonSummary>> search(const PersonQuery &query) = 0;
    virtual Result<qint64> count(const PersonQuery &query) = 0;
    // How many earlier versions of the person are kept.
    virtual Result<int> historyLength(qint64 personId) = 0;
};

} // namespace cartella::domain
