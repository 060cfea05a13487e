// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/privacy/retentionrepository.h"
#include "repository/database.h"

namespace cartella::repository {

// Retention in SQLite: the selection as queries over cases, members and intakes; the anonymisation as
// updates the guards of migration 0010 let through once the run's cases and persons are listed.
class SqliteRetentionRepository final : public domain::RetentionRepository
{
public:
    explicit SqliteRetentionRepository(Database &db) : m_db(db) {}

    domain::Result<domain::RetentionSelection> select(const QDate &closedBefore) override;
    domain::Result<qint64> anonymise(const domain::RetentionSelection &selection, const QDate &closedBefore,
                                     const QString &by, const QDateTime &at) override;

private:
    domain::Status runAll(const QStringList &statements, const QVariantList &values);

    Database &m_db;
};

} // namespace cartella::repository
