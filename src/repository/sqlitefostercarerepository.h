// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/fostercarerepository.h"
#include "repository/database.h"

namespace cartella::repository {

// Foster care in the tables of migration 0015: foster_families (+ _versions, _members), foster_placements
// (+ _versions, _extensions), foster_allowances; the warning lead in office_settings.
class SqliteFosterCareRepository final : public domain::FosterCareRepository
{
public:
    explicit SqliteFosterCareRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertFamily(const domain::FosterFamily &family, const QString &userName) override;
    domain::Status updateFamily(const domain::FosterFamily &family, const QString &userName) override;
    domain::Result<std::optional<domain::FosterFamily>> findFamily(qint64 id) override;
    domain::Result<QList<domain::FosterFamily>> families(bool activeOnly) override;
    domain::Result<qint64> insertMember(const domain::FosterFamilyMember &member,
                                        const QString &userName) override;
    domain::Status memberLeft(qint64 memberId, const QDate &on, const QString &userName) override;
    domain::Result<qint64> insertPlacement(const domain::FosterPlacement &placement,
                                           const QString &userName) override;
    domain::Status updatePlacement(const domain::FosterPlacement &placement,
                                   const QString &userName) override;
    domain::Result<std::optional<domain::FosterPlacement>> findPlacement(qint64 id) override;
    domain::Result<QList<domain::FosterPlacement>> placements(const domain::PlacementQuery &query) override;
    domain::Status insertExtension(const domain::PlacementExtension &extension,
                                   const QString &userName) override;
    domain::Status insertAllowance(qint64 placementId, qint64 deliveryId, const QString &userName) override;
    domain::Result<QString> setting(const QString &key) override;
    domain::Status setSetting(const QString &key, const QString &value, const QString &userName) override;

private:
    domain::Result<QList<domain::FosterFamily>> selectFamilies(const QString &where,
                                                               const QVariantList &values);
    domain::Result<QList<domain::FosterPlacement>> selectPlacements(const QString &where,
                                                                    const QVariantList &values, int limit);
    domain::Status loadDetails(domain::FosterPlacement &placement);

    Database &m_db;
};

} // namespace cartella::repository
