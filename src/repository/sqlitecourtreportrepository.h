// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/courtreportrepository.h"
#include "repository/database.h"

namespace cartella::repository {

// Court reports in the tables of migration 0013: court_reports, court_report_versions (append-only) and
// court_report_exports (the filed PDFs, append-only).
class SqliteCourtReportRepository final : public domain::CourtReportRepository
{
public:
    explicit SqliteCourtReportRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertReport(const domain::CourtReportDraft &draft,
                                        const QString &userName) override;
    domain::Status appendVersion(const domain::CourtReportDraft &draft, int expectedVersion,
                                 const QString &userName) override;
    domain::Result<std::optional<domain::CourtReport>> findReport(qint64 id) override;
    domain::Result<QList<domain::CourtReport>> reportsOfCase(qint64 caseId) override;
    domain::Result<QList<domain::CourtReportVersion>> versions(qint64 reportId) override;
    domain::Result<qint64> insertExport(qint64 reportId, int version, const QByteArray &pdf,
                                        const QString &fileName, const QString &userName) override;
    domain::Result<QByteArray> exportBytes(qint64 exportId) override;

private:
    domain::Result<QList<domain::CourtReport>> select(const QString &where, const QVariantList &values);
    domain::Status insertVersion(qint64 reportId, int version, const domain::CourtReportDraft &draft,
                                 const QString &at, const QString &userName);

    Database &m_db;
};

} // namespace cartella::repository
