// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/inclusionrepository.h"
#include "repository/database.h"

namespace cartella::repository {

// PIS paths and their monthly attendance (inclusion_paths, inclusion_attendance).
class SqliteInclusionRepository final : public domain::InclusionRepository
{
public:
    explicit SqliteInclusionRepository(Database &db) : m_db(db) {}

    domain::Status insertPath(const domain::InclusionPath &path, const QString &userName) override;
    domain::Result<std::optional<domain::InclusionPath>> findPath(qint64 deliveryId) override;
    domain::Status insertMonth(qint64 deliveryId, const domain::InclusionMonth &month,
                               const QString &userName) override;

private:
    Database &m_db;
};

// Tirocini (work_placements).
class SqliteWorkPlacementRepository final : public domain::WorkPlacementRepository
{
public:
    explicit SqliteWorkPlacementRepository(Database &db) : m_db(db) {}

    domain::Status insertPlacement(const domain::WorkPlacement &placement, const QString &userName) override;
    domain::Result<std::optional<domain::WorkPlacement>> findPlacement(qint64 deliveryId) override;

private:
    Database &m_db;
};

} // namespace cartella::repository
