// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/minori/fostercare.h"

#include <optional>

namespace cartella::domain {

// Which placements to list: filled by the service (visibility).
struct PlacementQuery
{
    bool runningOnly = true;
    std::optional<qint64> familyId;
    std::optional<qint64> caseId;
    // Running placements whose expected end is on or before this day (the warning window), when valid.
    QDate endingBy;
    CaseVisibility visibility;
    int limit = 500;
};

// Storage of foster families, their members, placements, extensions and allowances (migration 0015). Runs
// inside the caller's transaction. Stale versions are refused as conflicts.
class FosterCareRepository
{
public:
    virtual ~FosterCareRepository() = default;

    virtual Result<qint64> insertFamily(const FosterFamily &family, const QString &userName) = 0;
    // Keeps the row as it was in foster_family_versions, then writes the new values and moves the version.
    virtual Status updateFamily(const FosterFamily &family, const QString &userName) = 0;
    // With members and the number of running placements.
    virtual Result<std::optional<FosterFamily>> findFamily(qint64 id) = 0;
    virtual Result<QList<FosterFamily>> families(bool activeOnly) = 0;
    virtual Result<qint64> insertMember(const FosterFamilyMember &member, const QString &userName) = 0;
    virtual Status memberLeft(qint64 memberId, const QDate &on, const QString &userName) = 0;

    virtual Result<qint64> insertPlacement(const FosterPlacement &placement, const QString &userName) = 0;
    // Keeps the row as it was in foster_placement_versions, then writes the new values.
    virtual Status updatePlacement(const FosterPlacement &placement, const QString &userName) = 0;
    // With extensions, allowances and the read-side names.
    virtual Result<std::optional<FosterPlacement>> findPlacement(qint64 id) = 0;
    virtual Result<QList<FosterPlacement>> placements(const PlacementQuery &query) = 0;
    virtual Status insertExtension(const PlacementExtension &extension, const QString &userName) = 0;
    virtual Status insertAllowance(qint64 placementId, qint64 deliveryId, const QString &userName) = 0;

    // office_settings: the value for `key`, "" when missing.
    virtual Result<QString> setting(const QString &key) = 0;
    virtual Status setSetting(const QString &key, const QString &value, const QString &userName) = 0;
};

} // namespace cartella::domain
