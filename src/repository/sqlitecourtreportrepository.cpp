// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitecourtreportrepository.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCryptographicHash>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

QVariant optionalId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kReportSelect = QStringLiteral(
    "SELECT r.id, r.case_id, r.current_version, r.created_at, r.created_by, r.updated_at, r.updated_by, "
    "coalesce(v.mandate_id, 0) AS mandate_id, v.title, v.body, c.number FROM court_reports r "
    "JOIN court_report_versions v ON v.report_id = r.id AND v.version = r.current_version "
    "JOIN cases c ON c.id = r.case_id");

} // namespace

Status SqliteCourtReportRepository::insertVersion(qint64 reportId, int version, const CourtReportDraft &d,
                                                  const QString &at, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO court_report_versions (report_id, version, mandate_id, title, body, "
                            "saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {reportId, version, optionalId(d.mandateId), text(d.title), text(d.body), at, userName}))
        return queryError(q);
    return ok();
}

Result<qint64> SqliteCourtReportRepository::insertReport(const CourtReportDraft &d, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral("INSERT INTO court_reports (case_id, current_version, created_at, created_by, "
                            "updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?) RETURNING id"),
             {d.caseId, now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    const qint64 id = Row(q).id("id");
    q.finish();
    if (Status s = insertVersion(id, 1, d, now, userName); !s)
        return s.error();
    return id;
}

Status SqliteCourtReportRepository::appendVersion(const CourtReportDraft &d, int expectedVersion,
                                                  const QString &userName)
{
    const QString now = nowUtc();
    if (Status s = insertVersion(d.reportId, expectedVersion + 1, d, now, userName); !s)
        return s;
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE court_reports SET current_version = current_version + 1, updated_at = ?, "
                            "updated_by = ? WHERE id = ? AND current_version = ?"),
             {now, userName, d.reportId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     Tr::tr("Someone else saved the court report in the meantime."),
                     {},
                     {d.reportId}};
    return ok();
}

Result<QList<CourtReport>> SqliteCourtReportRepository::select(const QString &where,
                                                               const QVariantList &values)
{
    sql::Query q(m_db);
    if (!run(q, kReportSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY r.id DESC"),
             values))
        return queryError(q);
    QList<CourtReport> out;
    const Row row(q);
    while (q.next()) {
        CourtReport r;
        r.id = row.id("id");
        r.caseId = row.id("case_id");
        r.version = row.integer("current_version");
        r.createdAt = row.instant("created_at");
        r.createdBy = row.text("created_by");
        r.updatedAt = row.instant("updated_at");
        r.updatedBy = row.text("updated_by");
        r.mandateId = row.id("mandate_id");
        r.title = row.text("title");
        r.body = row.text("body");
        r.caseNumber = row.text("number");
        out.append(r);
    }
    q.finish();
    for (CourtReport &r : out) {
        if (!run(q,
                 QStringLiteral(
                     "SELECT id, version, file_name, sha256, length(pdf) AS size, filed_at, filed_by FROM "
                     "court_report_exports WHERE report_id = ? ORDER BY id"),
                 {r.id}))
            return queryError(q);
        const Row exportRow(q);
        while (q.next()) {
            CourtReportExport e;
            e.id = exportRow.id("id");
            e.reportId = r.id;
            e.version = exportRow.integer("version");
            e.fileName = exportRow.text("file_name");
            e.sha256 = exportRow.text("sha256").toLatin1();
            e.size = exportRow.number("size");
            e.filedAt = exportRow.instant("filed_at");
            e.filedBy = exportRow.text("filed_by");
            r.exports.append(e);
        }
    }
    return out;
}

Result<std::optional<CourtReport>> SqliteCourtReportRepository::findReport(qint64 id)
{
    const auto found = select(QStringLiteral("r.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<CourtReport>() : found.value().first();
}

Result<QList<CourtReport>> SqliteCourtReportRepository::reportsOfCase(qint64 caseId)
{
    return select(QStringLiteral("r.case_id = ?"), {caseId});
}

Result<QList<CourtReportVersion>> SqliteCourtReportRepository::versions(qint64 reportId)
{
    sql::Query q(m_db);
    if (!run(
            q,
            QStringLiteral(
                "SELECT version, coalesce(mandate_id, 0) AS mandate_id, title, body, saved_at, saved_by FROM "
                "court_report_versions WHERE report_id = ? ORDER BY version"),
            {reportId}))
        return queryError(q);
    QList<CourtReportVersion> out;
    const Row row(q);
    while (q.next()) {
        CourtReportVersion v;
        v.reportId = reportId;
        v.version = row.integer("version");
        v.mandateId = row.id("mandate_id");
        v.title = row.text("title");
        v.body = row.text("body");
        v.savedAt = row.instant("saved_at");
        v.savedBy = row.text("saved_by");
        out.append(v);
    }
    return out;
}

Result<qint64> SqliteCourtReportRepository::insertExport(qint64 reportId, int version, const QByteArray &pdf,
                                                         const QString &fileName, const QString &userName)
{
    sql::Query q(m_db);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    if (!run(q,
             QStringLiteral("INSERT INTO court_report_exports (report_id, version, pdf, sha256, file_name, "
                            "filed_at, filed_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {reportId, version, pdf, sha, text(fileName), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Result<QByteArray> SqliteCourtReportRepository::exportBytes(qint64 exportId)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT pdf FROM court_report_exports WHERE id = ?"), {exportId}))
        return queryError(q);
    return q.next() ? Row(q).bytes("pdf") : QByteArray();
}

} // namespace cartella::repository
