// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointerventorepository.h"
#include "repository/database.h"

namespace cartella::repository {

// The on-call rota (oncall_shifts) and the emergency log (social_emergencies), migration 0013.
class SqliteProntoInterventoRepository final : public domain::ProntoInterventoRepository
{
public:
    explicit SqliteProntoInterventoRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertShift(const domain::OnCallShift &shift, const QString &userName) override;
    domain::Status updateShift(const domain::OnCallShift &shift, const QString &userName) override;
    domain::Status cancelShift(qint64 shiftId, int expectedVersion, const QString &userName) override;
    domain::Result<std::optional<domain::OnCallShift>> findShift(qint64 id) override;
    domain::Result<QList<domain::OnCallShift>> shifts(const QDateTime &from, const QDateTime &to) override;
    domain::Result<QList<domain::PisVersion>> shiftVersions(qint64 shiftId) override;
    domain::Result<QList<domain::PisVersion>> emergencyVersions(qint64 emergencyId) override;

    domain::Result<qint64> insertEmergency(const domain::SocialEmergency &emergency,
                                           const QString &userName) override;
    domain::Status updateEmergency(const domain::SocialEmergency &emergency,
                                   const QString &userName) override;
    domain::Status markIdentified(qint64 emergencyId, int expectedVersion, qint64 personId,
                                  const QString &userName) override;
    domain::Status markHandedOver(qint64 emergencyId, int expectedVersion, qint64 caseId, bool caseOpened,
                                  const QDateTime &at, const QString &userName) override;
    domain::Status insertClosure(qint64 emergencyId, const QString &reason, const QString &userName) override;
    domain::Result<std::optional<domain::SocialEmergency>> findEmergency(qint64 id) override;
    domain::Result<QList<domain::SocialEmergency>> emergencies(const domain::EmergencyQuery &query) override;
    domain::Result<QList<domain::SocialEmergency>> unhanded(const QDateTime &receivedBefore,
                                                            const QStringList &municipalities) override;
    domain::Result<QList<domain::EmergencyTimes>> emergencyTimes(const QDateTime &from, const QDateTime &to,
                                                                 const QStringList &municipalities) override;

    domain::Result<QString> setting(const QString &key) override;
    domain::Status setSetting(const QString &key, const QString &value, const QString &userName) override;

private:
    domain::Result<QList<domain::PisVersion>> versions(const QString &sql, qint64 id);
    domain::Result<QList<domain::SocialEmergency>> select(const QString &where, const QVariantList &values,
                                                          const QString &order, int limit);

    Database &m_db;
};

} // namespace cartella::repository
