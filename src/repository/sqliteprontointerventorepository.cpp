// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteprontointerventorepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/officesettings.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QJsonDocument>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

Error conflict(qint64 id)
{
    return Error{ErrorCode::Conflict, Tr::tr("Someone else changed the record in the meantime."), {}, {id}};
}

// Every instant in one format, so that text order is time order.
QVariant at(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// "?, ?, ?" and the values, for `IN (...)`.
QString placeholders(const QStringList &values, QVariantList &bound)
{
    for (const QString &v : values)
        bound << v;
    return QStringList(values.size(), QStringLiteral("?")).join(QStringLiteral(", "));
}

const QString kShiftSelect = QStringLiteral(
    "SELECT s.id, s.worker_id, w.name, s.starts_at, s.ends_at, s.cancelled, s.created_at, s.created_by, "
    "s.updated_at, s.updated_by, s.version FROM oncall_shifts s JOIN workers w ON w.id = s.worker_id");

OnCallShift readShift(const Row &row)
{
    OnCallShift s;
    s.id = row.id("id");
    s.workerId = row.id("worker_id");
    s.workerName = row.text("name");
    s.from = row.instant("starts_at");
    s.to = row.instant("ends_at");
    s.cancelled = row.flag("cancelled");
    s.stamp = row.stamp();
    return s;
}

const QString kEmergencySelect = QStringLiteral(
    "SELECT e.id, e.received_at, e.channel, e.reporter_kind, e.reporter_name, e.reporter_contact, "
    "e.municipality_code, e.kind, e.triage, coalesce(e.worker_id, 0) AS worker_id, e.activated_at, "
    "e.arrived_at, e.actions, e.urgent_placement, e.outcome, e.person_description, e.provisional_surname, "
    "e.provisional_given_name, coalesce(e.person_id, 0) AS person_id, e.identified_at, "
    "coalesce(e.identified_by, '') AS identified_by, coalesce(e.case_id, 0) AS case_id, e.case_opened, "
    "e.handed_over_at, coalesce(e.handed_over_by, '') AS handed_over_by, e.created_at, e.created_by, "
    "e.updated_at, e.updated_by, e.version, coalesce(w.name, '') AS worker_name, "
    "coalesce(p.surname || ' ' || p.given_name, '') AS person_name, coalesce(c.number, '') AS case_number, "
    "x.closed_at, coalesce(x.closed_by, '') AS closed_by, coalesce(x.reason, '') AS close_reason "
    "FROM social_emergencies e LEFT JOIN workers w ON w.id = e.worker_id "
    "LEFT JOIN persons p ON p.id = e.person_id LEFT JOIN cases c ON c.id = e.case_id "
    "LEFT JOIN emergency_closures x ON x.emergency_id = e.id");

SocialEmergency readEmergency(const Row &row)
{
    SocialEmergency e;
    e.id = row.id("id");
    e.receivedAt = row.instant("received_at");
    e.channel = row.code<EmergencyChannel>("channel");
    e.reporter = row.code<EmergencyReporter>("reporter_kind");
    e.reporterName = row.text("reporter_name");
    e.reporterContact = row.text("reporter_contact");
    e.municipalityCode = row.text("municipality_code");
    e.kind = row.code<EmergencyKind>("kind");
    e.triage = row.code<EmergencyTriage>("triage");
    e.workerId = row.id("worker_id");
    e.activatedAt = row.instant("activated_at");
    e.arrivedAt = row.instant("arrived_at");
    e.actions = row.text("actions");
    e.urgentPlacement = row.flag("urgent_placement");
    e.outcome = row.text("outcome");
    e.personDescription = row.text("person_description");
    e.provisionalSurname = row.text("provisional_surname");
    e.provisionalGivenName = row.text("provisional_given_name");
    e.personId = row.id("person_id");
    e.identifiedAt = row.instant("identified_at");
    e.identifiedBy = row.text("identified_by");
    e.caseId = row.id("case_id");
    e.caseOpened = row.flag("case_opened");
    e.handedOverAt = row.instant("handed_over_at");
    e.handedOverBy = row.text("handed_over_by");
    e.stamp = row.stamp();
    e.workerName = row.text("worker_name");
    e.personName = row.text("person_name");
    e.caseNumber = row.text("case_number");
    e.closedAt = row.instant("closed_at");
    e.closedBy = row.text("closed_by");
    e.closeReason = row.text("close_reason");
    return e;
}

// What the worker records of an emergency, in the order of the columns received_at ... provisional_given_name
// of both the INSERT and the UPDATE.
QVariantList recordValues(const SocialEmergency &e)
{
    return {at(e.receivedAt),
            Vocabulary<EmergencyChannel>::code(e.channel),
            Vocabulary<EmergencyReporter>::code(e.reporter),
            text(e.reporterName),
            text(e.reporterContact),
            e.municipalityCode,
            Vocabulary<EmergencyKind>::code(e.kind),
            Vocabulary<EmergencyTriage>::code(e.triage),
            optionalId(e.workerId),
            at(e.activatedAt),
            at(e.arrivedAt),
            text(e.actions),
            e.urgentPlacement ? 1 : 0,
            text(e.outcome),
            text(e.personDescription),
            text(e.provisionalSurname),
            text(e.provisionalGivenName)};
}

} // namespace

// ---- Rota
// --------------------------------------------------------------------------------------------------

Result<qint64> SqliteProntoInterventoRepository::insertShift(const OnCallShift &s, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO oncall_shifts (worker_id, starts_at, ends_at, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {s.workerId, at(s.from), at(s.to), now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteProntoInterventoRepository::updateShift(const OnCallShift &s, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE oncall_shifts SET worker_id = ?, starts_at = ?, ends_at = ?, updated_at = ?, "
                 "updated_by = ?, version = version + 1 WHERE id = ? AND version = ? AND cancelled = 0"),
             {s.workerId, at(s.from), at(s.to), nowUtc(), userName, s.id, s.stamp.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(s.id);
    return ok();
}

Status SqliteProntoInterventoRepository::cancelShift(qint64 shiftId, int expectedVersion,
                                                     const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE oncall_shifts SET cancelled = 1, updated_at = ?, updated_by = ?, "
                            "version = version + 1 WHERE id = ? AND version = ? AND cancelled = 0"),
             {nowUtc(), userName, shiftId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(shiftId);
    return ok();
}

Result<std::optional<OnCallShift>> SqliteProntoInterventoRepository::findShift(qint64 id)
{
    sql::Query q(m_db);
    if (!run(q, kShiftSelect + QStringLiteral(" WHERE s.id = ?"), {id}))
        return queryError(q);
    if (!q.next())
        return std::optional<OnCallShift>();
    return std::optional(readShift(Row(q)));
}

Result<QList<OnCallShift>> SqliteProntoInterventoRepository::shifts(const QDateTime &from,
                                                                    const QDateTime &to)
{
    sql::Query q(m_db);
    if (!run(q,
             kShiftSelect + QStringLiteral(" WHERE s.cancelled = 0 AND s.starts_at < ? AND s.ends_at > ? "
                                           "ORDER BY s.starts_at, s.id"),
             {at(to), at(from)}))
        return queryError(q);
    QList<OnCallShift> out;
    const Row row(q);
    while (q.next())
        out.append(readShift(row));
    return out;
}

Result<QList<PisVersion>> SqliteProntoInterventoRepository::versions(const QString &sql, qint64 id)
{
    sql::Query q(m_db);
    if (!run(q, sql, {id}))
        return queryError(q);
    QList<PisVersion> out;
    const Row row(q);
    while (q.next())
        out.append({row.integer("version"), QJsonDocument::fromJson(row.text("snapshot").toUtf8()).object(),
                    row.instant("replaced_at"), row.text("replaced_by")});
    return out;
}

Result<QList<PisVersion>> SqliteProntoInterventoRepository::shiftVersions(qint64 shiftId)
{
    return versions(
        QStringLiteral("SELECT version, snapshot, replaced_at, replaced_by FROM oncall_shift_versions "
                       "WHERE shift_id = ? ORDER BY version"),
        shiftId);
}

Result<QList<PisVersion>> SqliteProntoInterventoRepository::emergencyVersions(qint64 emergencyId)
{
    return versions(QStringLiteral("SELECT version, snapshot, replaced_at, replaced_by FROM "
                                   "social_emergency_versions WHERE emergency_id = ? ORDER BY version"),
                    emergencyId);
}

// ---- Emergencies ------------------------------------------------------------------------------------------

Result<qint64> SqliteProntoInterventoRepository::insertEmergency(const SocialEmergency &e,
                                                                 const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(
            q,
            QStringLiteral(
                "INSERT INTO social_emergencies (received_at, channel, reporter_kind, reporter_name, "
                "reporter_contact, municipality_code, kind, triage, worker_id, activated_at, arrived_at, "
                "actions, "
                "urgent_placement, outcome, person_description, provisional_surname, provisional_given_name, "
                "person_id, identified_at, identified_by, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
                "id"),
            recordValues(e) + QVariantList{optionalId(e.personId),
                                           e.personId > 0 ? QVariant(now) : QVariant(),
                                           e.personId > 0 ? QVariant(userName) : QVariant(), now, userName,
                                           now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteProntoInterventoRepository::updateEmergency(const SocialEmergency &e, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE social_emergencies SET received_at = ?, channel = ?, reporter_kind = ?, "
                 "reporter_name = ?, reporter_contact = ?, municipality_code = ?, kind = ?, triage = ?, "
                 "worker_id = ?, activated_at = ?, arrived_at = ?, actions = ?, urgent_placement = ?, "
                 "outcome = ?, person_description = ?, provisional_surname = ?, provisional_given_name = ?, "
                 "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
             recordValues(e) + QVariantList{nowUtc(), userName, e.id, e.stamp.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(e.id);
    return ok();
}

Status SqliteProntoInterventoRepository::markIdentified(qint64 emergencyId, int expectedVersion,
                                                        qint64 personId, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "UPDATE social_emergencies SET person_id = ?, identified_at = ?, identified_by = ?, "
                 "updated_at = ?, updated_by = ?, version = version + 1 "
                 "WHERE id = ? AND version = ? AND person_id IS NULL"),
             {personId, now, userName, now, userName, emergencyId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(emergencyId);
    return ok();
}

Status SqliteProntoInterventoRepository::markHandedOver(qint64 emergencyId, int expectedVersion,
                                                        qint64 caseId, bool caseOpened, const QDateTime &when,
                                                        const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE social_emergencies SET case_id = ?, case_opened = ?, handed_over_at = ?, "
                            "handed_over_by = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                            "WHERE id = ? AND version = ? AND case_id IS NULL"),
             {caseId, caseOpened ? 1 : 0, at(when), userName, nowUtc(), userName, emergencyId,
              expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(emergencyId);
    return ok();
}

Status SqliteProntoInterventoRepository::insertClosure(qint64 emergencyId, const QString &reason,
                                                       const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO emergency_closures (emergency_id, closed_at, closed_by, reason) "
                            "SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                            "(SELECT 1 FROM emergency_closures WHERE emergency_id = ?)"),
             {emergencyId, nowUtc(), userName, reason, emergencyId}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(emergencyId);
    return ok();
}

Result<QList<SocialEmergency>> SqliteProntoInterventoRepository::select(const QString &where,
                                                                        const QVariantList &values,
                                                                        const QString &order, int limit)
{
    sql::Query q(m_db);
    QString sql = kEmergencySelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!run(q, sql, values))
        return queryError(q);
    QList<SocialEmergency> out;
    const Row row(q);
    while (q.next())
        out.append(readEmergency(row));
    return out;
}

Result<std::optional<SocialEmergency>> SqliteProntoInterventoRepository::findEmergency(qint64 id)
{
    const auto found = select(QStringLiteral("e.id = ?"), {id}, QStringLiteral("e.id"), 1);
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<QList<SocialEmergency>> SqliteProntoInterventoRepository::emergencies(const EmergencyQuery &query)
{
    QStringList clauses;
    QVariantList values;
    if (query.receivedFrom.isValid()) {
        clauses << QStringLiteral("e.received_at >= ?");
        values << at(query.receivedFrom);
    }
    if (query.receivedTo.isValid()) {
        clauses << QStringLiteral("e.received_at < ?");
        values << at(query.receivedTo);
    }
    if (query.after) {
        clauses << QStringLiteral("(e.received_at < ? OR (e.received_at = ? AND e.id < ?))");
        values << at(query.after->first) << at(query.after->first) << query.after->second;
    }
    if (query.onlyUnhanded)
        clauses << QStringLiteral("e.handed_over_at IS NULL AND x.emergency_id IS NULL");
    if (query.onlyUnidentified)
        clauses << QStringLiteral("e.person_id IS NULL");
    if (!query.municipalityCode.isEmpty()) {
        clauses << QStringLiteral("e.municipality_code = ?");
        values << query.municipalityCode;
    }
    if (!query.municipalities.isEmpty())
        clauses
            << QStringLiteral("e.municipality_code IN (%1)").arg(placeholders(query.municipalities, values));
    return select(clauses.join(QStringLiteral(" AND ")), values,
                  QStringLiteral("e.received_at DESC, e.id DESC"), query.limit);
}

Result<QList<SocialEmergency>> SqliteProntoInterventoRepository::unhanded(const QDateTime &receivedBefore,
                                                                          const QStringList &municipalities)
{
    QString where =
        QStringLiteral("e.handed_over_at IS NULL AND x.emergency_id IS NULL AND e.received_at < ?");
    QVariantList values{at(receivedBefore)};
    if (!municipalities.isEmpty())
        where += QStringLiteral(" AND e.municipality_code IN (%1)").arg(placeholders(municipalities, values));
    return select(where, values, QStringLiteral("e.received_at, e.id"), 0);
}

Result<QList<EmergencyTimes>>
SqliteProntoInterventoRepository::emergencyTimes(const QDateTime &from, const QDateTime &to,
                                                 const QStringList &municipalities)
{
    QString sql =
        QStringLiteral("SELECT municipality_code, received_at, activated_at, arrived_at, handed_over_at "
                       "FROM social_emergencies WHERE received_at >= ? AND received_at < ?");
    QVariantList values{at(from), at(to)};
    if (!municipalities.isEmpty())
        sql += QStringLiteral(" AND municipality_code IN (%1)").arg(placeholders(municipalities, values));
    sql::Query q(m_db);
    if (!run(q, sql + QStringLiteral(" ORDER BY received_at, id"), values))
        return queryError(q);
    QList<EmergencyTimes> out;
    const Row row(q);
    while (q.next())
        out.append({row.text("municipality_code"), row.instant("received_at"), row.instant("activated_at"),
                    row.instant("arrived_at"), row.instant("handed_over_at")});
    return out;
}

Result<QString> SqliteProntoInterventoRepository::setting(const QString &key)
{
    return readOfficeSetting(m_db, key);
}

Status SqliteProntoInterventoRepository::setSetting(const QString &key, const QString &value,
                                                    const QString &userName)
{
    return writeOfficeSetting(m_db, key, value, userName);
}

} // namespace cartella::repository
