// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/kernel/result.h"
#include "domain/services/services.h"

#include <optional>

namespace cartella::domain {

// The catalogue, ISEE declarations, services delivered and the office settings.
class ServiceRepository
{
public:
    virtual ~ServiceRepository() = default;

    // Catalogue.
    virtual Result<QList<CatalogueEntry>> catalogue(bool includeRetired) = 0;
    virtual Result<std::optional<CatalogueEntry>> findEntry(qint64 id) = 0;
    virtual Result<std::optional<CatalogueEntry>> findEntryByCode(const QString &code) = 0;
    virtual Result<qint64> insertEntry(const CatalogueEntry &entry, const QString &userName) = 0;
    // Writes the entry if it still has `entry.version`; the old row is kept as a version by the schema.
    virtual Status updateEntry(const CatalogueEntry &entry, const QString &userName) = 0;
    // How many deliveries use the entry.
    virtual Result<qint64> entryUses(qint64 catalogueId) = 0;

    // ISEE declarations.
    virtual Result<qint64> insertIsee(const IseeDeclaration &isee, const QString &userName) = 0;
    virtual Result<QList<IseeDeclaration>> iseeOf(qint64 personId) = 0; // newest filing first
    virtual Result<std::optional<IseeDeclaration>> findIsee(qint64 id) = 0;

    // Deliveries.
    virtual Result<qint64> insertDelivery(const ServiceDelivery &delivery, const QString &userName) = 0;
    // Writes every field of `delivery` if the row still has `delivery.stamp.version`.
    virtual Status updateDelivery(const ServiceDelivery &delivery, const QString &userName) = 0;
    virtual Result<std::optional<ServiceDelivery>> findDelivery(qint64 id) = 0;
    // Filtered by the query and by the cases the caller may see.
    virtual Result<QList<ServiceDelivery>> deliveries(const DeliveryQuery &query,
                                                      const CaseVisibility &visibility) = 0;

    // Office settings (key → value, JSON or text).
    virtual Result<QString> setting(const QString &key) = 0;
    virtual Status setSetting(const QString &key, const QString &value, const QString &userName) = 0;
};

} // namespace cartella::domain
