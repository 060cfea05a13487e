// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/emergencyaccess.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteEmergencyAccessRepository final : public domain::EmergencyAccessRepository
{
public:
    explicit SqliteEmergencyAccessRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertAccess(const domain::EmergencyAccess &access) override;
    domain::Result<bool> hasActiveAccess(qint64 caseId, qint64 userId, const QDateTime &now) override;
    domain::Result<std::optional<domain::EmergencyAccess>> findAccess(qint64 id) override;
    domain::Result<QList<domain::EmergencyAccess>>
    accesses(const domain::EmergencyAccessQuery &query) override;
    domain::Status acknowledge(qint64 id, bool asManager, const QString &by, const QDateTime &at) override;

private:
    domain::Result<QList<domain::EmergencyAccess>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace cartella::repository
