// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/personrepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqlitePersonRepository final : public domain::PersonRepository
{
public:
    explicit SqlitePersonRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insert(const domain::Person &person, const QString &userName) override;
    domain::Status update(const domain::Person &person, const QString &userName) override;
    domain::Result<std::optional<domain::Person>> findById(qint64 id) override;
    domain::Result<std::optional<domain::Person>> findByFiscalCode(const QString &code) override;
    domain::Result<QList<domain::PersonSummary>>
    findSameNameAndBirth(const QString &surname, const QString &givenName, QDate birthDate) override;
    domain::Result<QList<domain::PersonSummary>> search(const domain::PersonQuery &query) override;
    domain::Result<qint64> count(const domain::PersonQuery &query) override;
    domain::Result<int> historyLength(qint64 personId) override;

private:
    domain::Result<std::optional<domain::Person>> findOne(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace cartella::repository
