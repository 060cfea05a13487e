// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

// A break-glass opening of a case the user could not see: who, when, why, until when, and who of the people
// answerable for the case (its responsible worker, the zone manager) has acknowledged it.
struct EmergencyAccess
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    qint64 userId = 0;
    QString userName;
    QString reason;
    QDateTime at;        // UTC
    QDateTime expiresAt; // UTC
    QDateTime responsibleAcknowledgedAt;
    QString responsibleAcknowledgedBy;
    QDateTime managerAcknowledgedAt;
    QString managerAcknowledgedBy;
};

// Which emergency accesses to list.
struct EmergencyAccessQuery
{
    std::optional<qint64> caseId;
    // Not yet acknowledged by the responsible worker of the case, when that is this worker.
    std::optional<qint64> unacknowledgedByResponsible;
    bool unacknowledgedByManager = false;
};

class EmergencyAccessRepository
{
public:
    virtual ~EmergencyAccessRepository() = default;

    virtual Result<qint64> insertAccess(const EmergencyAccess &access) = 0;
    // Whether the user holds an access to the case that has not expired at `now`.
    virtual Result<bool> hasActiveAccess(qint64 caseId, qint64 userId, const QDateTime &now) = 0;
    virtual Result<std::optional<EmergencyAccess>> findAccess(qint64 id) = 0;
    virtual Result<QList<EmergencyAccess>> accesses(const EmergencyAccessQuery &query) = 0;
    virtual Status acknowledge(qint64 id, bool asManager, const QString &by, const QDateTime &at) = 0;
};

} // namespace cartella::domain
