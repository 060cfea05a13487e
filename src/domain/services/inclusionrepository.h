// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/inclusion.h"

#include <optional>

namespace cartella::domain {

// PIS paths and their monthly attendance (append-only: a recorded month is never changed).
class InclusionRepository
{
public:
    virtual ~InclusionRepository() = default;

    virtual Status insertPath(const InclusionPath &path, const QString &userName) = 0;
    // The path with its months and the payments made for them (the budget payments whose period is the
    // month); nullopt when the delivery has none. The `delivery` member is left for the service to fill.
    virtual Result<std::optional<InclusionPath>> findPath(qint64 deliveryId) = 0;
    virtual Status insertMonth(qint64 deliveryId, const InclusionMonth &month, const QString &userName) = 0;
};

// Tirocini.
class WorkPlacementRepository
{
public:
    virtual ~WorkPlacementRepository() = default;

    virtual Status insertPlacement(const WorkPlacement &placement, const QString &userName) = 0;
    // The placement with the months paid; nullopt when the delivery has none. `delivery` is left unset.
    virtual Result<std::optional<WorkPlacement>> findPlacement(qint64 deliveryId) = 0;
};

} // namespace cartella::domain
