// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/minori/courtreport.h"

#include <optional>

namespace cartella::domain {

// Storage of court reports, their versions and filed PDF exports. Runs inside the caller's transaction.
// Versions and exports are append-only.
class CourtReportRepository
{
public:
    virtual ~CourtReportRepository() = default;

    // A new report with its version 1.
    virtual Result<qint64> insertReport(const CourtReportDraft &draft, const QString &userName) = 0;
    // Appends version expectedVersion + 1; a report now at another version is a Conflict.
    virtual Status appendVersion(const CourtReportDraft &draft, int expectedVersion,
                                 const QString &userName) = 0;
    // The report at its current version, with its exports (without their bytes).
    virtual Result<std::optional<CourtReport>> findReport(qint64 id) = 0;
    // Newest first.
    virtual Result<QList<CourtReport>> reportsOfCase(qint64 caseId) = 0;
    // Oldest first.
    virtual Result<QList<CourtReportVersion>> versions(qint64 reportId) = 0;

    virtual Result<qint64> insertExport(qint64 reportId, int version, const QByteArray &pdf,
                                        const QString &fileName, const QString &userName) = 0;
    // The filed PDF's bytes; empty when there is no such export.
    virtual Result<QByteArray> exportBytes(qint64 exportId) = 0;
};

} // namespace cartella::domain
