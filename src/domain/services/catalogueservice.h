// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/kernel/transaction.h"
#include "domain/services/servicerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// The catalogue of what the office delivers. Entries are added, changed (each change a version) and retired;
// a retired entry is no longer offered but keeps its deliveries and its history.
class CatalogueService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)

public:
    CatalogueService(ServiceRepository &services, TransactionProvider &transactions, Auditor &audit);

    // Everyone who works with services reads it; `includeRetired` for the editor and the history.
    Result<QList<CatalogueEntry>> entries(bool includeRetired, const Actor &actor);
    Result<CatalogueEntry> get(qint64 id, const Actor &actor);
    // A new entry; its code is made from the name when empty.
    Result<CatalogueEntry> add(CatalogueEntry entry, const Actor &actor);
    // Name, SIUSS code, area, periodicity, means test, threshold, restriction; `entry.version` is the one
    // read.
    Result<CatalogueEntry> update(const CatalogueEntry &entry, const Actor &actor);
    Result<CatalogueEntry> retire(qint64 id, int expectedVersion, QDate on, const Actor &actor);
    Result<CatalogueEntry> reinstate(qint64 id, int expectedVersion, const Actor &actor);

    // "A1.04", "Z9.99": the shape of a SIUSS code (empty is allowed: unknown).
    static bool validSiussCode(const QString &code);

private:
    Status validate(const CatalogueEntry &entry) const;
    Result<CatalogueEntry> write(const CatalogueEntry &before, const CatalogueEntry &after,
                                 const QString &action, const Actor &actor);

    ServiceRepository &m_services;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
