// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointervento.h"
#include "domain/kernel/result.h"

#include <optional>

namespace cartella::domain {

// Storage of the on-call rota and the emergency log. Runs inside the caller's transaction. A change names the
// version it read (`stamp.version` or `expectedVersion`); a newer stored one is ErrorCode::Conflict. The row
// as it was is kept in its versions table by the storage.
class ProntoInterventoRepository
{
public:
    virtual ~ProntoInterventoRepository() = default;

    virtual Result<qint64> insertShift(const OnCallShift &shift, const QString &userName) = 0;
    virtual Status updateShift(const OnCallShift &shift, const QString &userName) = 0;
    virtual Status cancelShift(qint64 shiftId, int expectedVersion, const QString &userName) = 0;
    virtual Result<std::optional<OnCallShift>> findShift(qint64 id) = 0;
    // The shifts not cancelled that overlap [from, to), by start.
    virtual Result<QList<OnCallShift>> shifts(const QDateTime &from, const QDateTime &to) = 0;
    // The earlier versions, oldest first.
    virtual Result<QList<PisVersion>> shiftVersions(qint64 shiftId) = 0;
    virtual Result<QList<PisVersion>> emergencyVersions(qint64 emergencyId) = 0;

    virtual Result<qint64> insertEmergency(const SocialEmergency &emergency, const QString &userName) = 0;
    // Writes what was recorded (not the identification nor the handover).
    virtual Status updateEmergency(const SocialEmergency &emergency, const QString &userName) = 0;
    virtual Status markIdentified(qint64 emergencyId, int expectedVersion, qint64 personId,
                                  const QString &userName) = 0;
    virtual Status markHandedOver(qint64 emergencyId, int expectedVersion, qint64 caseId, bool caseOpened,
                                  const QDateTime &at, const QString &userName) = 0;
    // Closes an emergency not handed over, once (a second closure is ErrorCode::Conflict).
    virtual Status insertClosure(qint64 emergencyId, const QString &reason, const QString &userName) = 0;
    virtual Result<std::optional<SocialEmergency>> findEmergency(qint64 id) = 0;
    // Newest first.
    virtual Result<QList<SocialEmergency>> emergencies(const EmergencyQuery &query) = 0;
    // Neither handed over nor closed, and received before `receivedBefore`, oldest first.
    virtual Result<QList<SocialEmergency>> unhanded(const QDateTime &receivedBefore,
                                                    const QStringList &municipalities) = 0;
    // The times of the emergencies received in [from, to), for the figures.
    virtual Result<QList<EmergencyTimes>> emergencyTimes(const QDateTime &from, const QDateTime &to,
                                                         const QStringList &municipalities) = 0;

    // An office setting (office_settings); empty when not set.
    virtual Result<QString> setting(const QString &key) = 0;
    virtual Status setSetting(const QString &key, const QString &value, const QString &userName) = 0;
};

} // namespace cartella::domain
