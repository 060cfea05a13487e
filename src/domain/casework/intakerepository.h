// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/intake.h"
#include "domain/kernel/result.h"

#include <optional>

namespace cartella::domain {

// Storage of intake contacts. Runs inside the caller's transaction.
class IntakeRepository
{
public:
    virtual ~IntakeRepository() = default;

    virtual Result<qint64> insertIntake(const IntakeContact &intake, const QString &userName) = 0;
    // Records that a case was opened from the contact; refuses a stale version.
    virtual Status markCaseOpened(qint64 intakeId, int expectedVersion, qint64 caseId,
                                  const QString &userName) = 0;
    virtual Result<std::optional<IntakeContact>> findIntake(qint64 id) = 0;
    // Newest first, keyset paged.
    virtual Result<QList<IntakeContact>> listIntakes(const IntakeQuery &query) = 0;
};

} // namespace cartella::domain
