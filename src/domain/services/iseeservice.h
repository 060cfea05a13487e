// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/kernel/transaction.h"
#include "domain/services/servicerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// ISEE declarations (DSU) and the threshold rule of the benefits that use one.
class IseeService
{
    Q_DECLARE_TR_FUNCTIONS(IseeService)

public:
    IseeService(ServiceRepository &services, TransactionProvider &transactions, Auditor &audit);

    Result<IseeDeclaration> record(IseeDeclaration isee, const Actor &actor);
    Result<QList<IseeDeclaration>> declarations(qint64 personId, const Actor &actor);

    // The threshold rule for `entry` and the person on `day`: the declaration it rests on (none when the
    // entry has no threshold), or an Invalid error saying whether the ISEE is missing, expired or above the
    // threshold.
    Result<std::optional<IseeDeclaration>> check(const CatalogueEntry &entry, qint64 personId, QDate day);

private:
    ServiceRepository &m_services;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
