#include "sqlitecourtreportrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CourtReportRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The court reports could not be read or written."),
                                  q.lastError().text());
}

QVariant optionalId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kReportSelect = QStringLiteral(
    "SELECT r.id, r.case_id, r.current_version, r.created_at, r.created_by, r.updated_at, r.updated_by, "
    "coalesce(v.mandate_id, 0), v.title, v.body, c.number FROM court_reports r "
    "JOIN court_report_versions v ON v.report_id = r.id AND v.version = r.current_version "
    "JOIN cases c ON c.id = r.case_id");

} // namespace

Status SqliteCourtReportRepository::insertVersion(qint64 reportId, int version, const CourtReportDraft &d,
                                                  const QString &at, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("INSERT INTO court_report_versions (report_id, version, mandate_id, title, body, "
                            "saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {reportId, version, optionalId(d.mandateId), text(d.title), text(d.body), at, userName}))
        return queryError(q);
    return ok();
}

Result<qint64> SqliteCourtReportRepository::insertReport(const CourtReportDraft &d, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral("INSERT INTO court_reports (case_id, current_version, created_at, created_by, "
                            "updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?) RETURNING id"),
             {d.caseId, now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    const qint64 id = q.value(0).toLongLong();
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
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    if (!run(q, kReportSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY r.id DESC"),
             values))
        return queryError(q);
    QList<CourtReport> out;
    while (q.next()) {
        CourtReport r;
        r.id = q.value(0).toLongLong();
        r.caseId = q.value(1).toLongLong();
        r.version = q.value(2).toInt();
        r.createdAt = instant(q.value(3));
        r.createdBy = q.value(4).toString();
        r.updatedAt = instant(q.value(5));
        r.updatedBy = q.value(6).toString();
        r.mandateId = q.value(7).toLongLong();
        r.title = q.value(8).toString();
        r.body = q.value(9).toString();
        r.caseNumber = q.value(10).toString();
        out.append(r);
    }
    q.finish();
    for (CourtReport &r : out) {
        if (!run(q,
                 QStringLiteral("SELECT id, version, file_name, sha256, length(pdf), filed_at, filed_by FROM "
                                "court_report_exports WHERE report_id = ? ORDER BY id"),
                 {r.id}))
            return queryError(q);
        while (q.next()) {
            CourtReportExport e;
            e.id = q.value(0).toLongLong();
            e.reportId = r.id;
            e.version = q.value(1).toInt();
            e.fileName = q.value(2).toString();
            e.sha256 = q.value(3).toString().toLatin1();
            e.size = q.value(4).toLongLong();
            e.filedAt = instant(q.value(5));
            e.filedBy = q.value(6).toString();
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
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT version, coalesce(mandate_id, 0), title, body, saved_at, saved_by FROM "
                            "court_report_versions WHERE report_id = ? ORDER BY version"),
             {reportId}))
        return queryError(q);
    QList<CourtReportVersion> out;
    while (q.next()) {
        CourtReportVersion v;
        v.reportId = reportId;
        v.version = q.value(0).toInt();
        v.mandateId = q.value(1).toLongLong();
        v.title = q.value(2).toString();
        v.body = q.value(3).toString();
        v.savedAt = instant(q.value(4));
        v.savedBy = q.value(5).toString();
        out.append(v);
    }
    return out;
}

Result<qint64> SqliteCourtReportRepository::insertExport(qint64 reportId, int version, const QByteArray &pdf,
                                                         const QString &fileName, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    if (!run(q,
             QStringLiteral("INSERT INTO court_report_exports (report_id, version, pdf, sha256, file_name, "
                            "filed_at, filed_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {reportId, version, pdf, sha, text(fileName), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<QByteArray> SqliteCourtReportRepository::exportBytes(qint64 exportId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT pdf FROM court_report_exports WHERE id = ?"), {exportId}))
        return queryError(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

} // namespace cartella::repository
