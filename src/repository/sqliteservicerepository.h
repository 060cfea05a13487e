// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/servicerepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteServiceRepository final : public domain::ServiceRepository
{
public:
    explicit SqliteServiceRepository(Database &db) : m_db(db) {}

    domain::Result<QList<domain::CatalogueEntry>> catalogue(bool includeRetired) override;
    domain::Result<std::optional<domain::CatalogueEntry>> findEntry(qint64 id) override;
    domain::Result<std::optional<domain::CatalogueEntry>> findEntryByCode(const QString &code) override;
    domain::Result<qint64> insertEntry(const domain::CatalogueEntry &entry, const QString &userName) override;
    domain::Status updateEntry(const domain::CatalogueEntry &entry, const QString &userName) override;
    domain::Result<qint64> entryUses(qint64 catalogueId) override;

    domain::Result<qint64> insertIsee(const domain::IseeDeclaration &isee, const QString &userName) override;
    domain::Result<QList<domain::IseeDeclaration>> iseeOf(qint64 personId) override;
    domain::Result<std::optional<domain::IseeDeclaration>> findIsee(qint64 id) override;

    domain::Result<qint64> insertDelivery(const domain::ServiceDelivery &delivery,
                                          const QString &userName) override;
    domain::Status updateDelivery(const domain::ServiceDelivery &delivery, const QString &userName) override;
    domain::Result<std::optional<domain::ServiceDelivery>> findDelivery(qint64 id) override;
    domain::Result<QList<domain::ServiceDelivery>>
    deliveries(const domain::DeliveryQuery &query, const domain::CaseVisibility &visibility) override;

    domain::Result<QString> setting(const QString &key) override;
    domain::Status setSetting(const QString &key, const QString &value, const QString &userName) override;

private:
    domain::Result<QList<domain::CatalogueEntry>> selectEntries(const QString &where,
                                                                const QVariantList &values);
    domain::Result<QList<domain::IseeDeclaration>> selectIsee(const QString &where,
                                                              const QVariantList &values);
    domain::Result<QList<domain::ServiceDelivery>> selectDeliveries(const QString &where,
                                                                    const QVariantList &values, int limit);

    Database &m_db;
};

} // namespace cartella::repository
