// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitefostercarerepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/officesettings.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

Error conflict(qint64 id)
{
    return Error{ErrorCode::Conflict, Tr::tr("Someone else changed the record in the meantime."), {}, {id}};
}

QString availabilityJson(const QList<FosterAvailability> &list)
{
    QJsonArray codes;
    for (const FosterAvailability a : list)
        codes.append(Vocabulary<FosterAvailability>::code(a));
    return QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact));
}

QList<FosterAvailability> availabilityFrom(const QString &json)
{
    QList<FosterAvailability> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(Vocabulary<FosterAvailability>::fromCode(v.toString()));
    return out;
}

const QString kFamilySelect = QStringLiteral(
    "SELECT f.id, f.name, f.street, f.municipality_code, f.phone, f.availability, f.min_age, f.max_age, "
    "f.capacity, f.trained_on, f.assessed_on, f.assessment, f.notes, f.withdrawn_on, f.version, "
    "(SELECT count(*) FROM foster_placements p WHERE p.family_id = f.id AND p.ended_on IS NULL) "
    "AS current_placements FROM foster_families f");

const QString kPlacementSelect = QStringLiteral(
    "SELECT p.id, p.case_id, p.child_person_id, p.family_id, p.kind, p.measure_number, p.measure_date, "
    "p.measure_text, p.relation, p.schedule, p.setting, p.availability, p.starts_on, p.expected_end_on, "
    "p.contact_arrangements, p.child_needs, p.responsible_service, p.service_contact, "
    "p.responsible_worker_id, "
    "p.ended_on, p.end_reason, p.version, c.number AS case_number, "
    "pe.surname || ' ' || pe.given_name AS child_name, f.name AS family_name, w.name AS worker_name "
    "FROM foster_placements p JOIN cases c ON c.id = p.case_id JOIN persons pe ON pe.id = p.child_person_id "
    "JOIN foster_families f ON f.id = p.family_id JOIN workers w ON w.id = p.responsible_worker_id");

// The placement's row as it was, for its versions table.
const QString kPlacementSnapshot = QStringLiteral(
    "json_object('kind', kind, 'measure_number', measure_number, 'measure_date', measure_date, "
    "'measure_text', measure_text, 'relation', relation, 'schedule', schedule, 'setting', setting, "
    "'availability', availability, 'starts_on', starts_on, 'expected_end_on', expected_end_on, "
    "'contact_arrangements', contact_arrangements, 'child_needs', child_needs, "
    "'responsible_service', responsible_service, 'service_contact', service_contact, "
    "'responsible_worker_id', responsible_worker_id, 'ended_on', ended_on, 'end_reason', end_reason, "
    "'updated_at', updated_at, 'updated_by', updated_by)");

FosterFamily readFamily(const Row &row)
{
    FosterFamily f;
    f.id = row.id("id");
    f.name = row.text("name");
    f.street = row.text("street");
    f.municipalityCode = row.text("municipality_code");
    f.phone = row.text("phone");
    f.availability = availabilityFrom(row.text("availability"));
    f.minAge = row.integer("min_age");
    f.maxAge = row.integer("max_age");
    f.capacity = row.integer("capacity");
    f.trainedOn = row.date("trained_on");
    f.assessedOn = row.date("assessed_on");
    f.assessment = row.code<SuitabilityOutcome>("assessment");
    f.notes = row.text("notes");
    f.withdrawnOn = row.date("withdrawn_on");
    f.version = row.integer("version");
    f.currentPlacements = row.integer("current_placements");
    return f;
}

FosterPlacement readPlacement(const Row &row)
{
    FosterPlacement p;
    p.id = row.id("id");
    p.caseId = row.id("case_id");
    p.childPersonId = row.id("child_person_id");
    p.familyId = row.id("family_id");
    p.kind = row.code<PlacementKind>("kind");
    p.measureNumber = row.text("measure_number");
    p.measureDate = row.date("measure_date");
    p.measureText = row.text("measure_text");
    p.relation = row.code<PlacementRelation>("relation");
    p.schedule = row.code<PlacementSchedule>("schedule");
    p.setting = row.code<PlacementSetting>("setting");
    p.availability = row.code<FosterAvailability>("availability");
    p.startsOn = row.date("starts_on");
    p.expectedEndOn = row.date("expected_end_on");
    p.contactArrangements = row.text("contact_arrangements");
    p.childNeeds = row.text("child_needs");
    p.responsibleService = row.text("responsible_service");
    p.serviceContact = row.text("service_contact");
    p.responsibleWorkerId = row.id("responsible_worker_id");
    p.endedOn = row.date("ended_on");
    p.endReason = row.text("end_reason");
    p.version = row.integer("version");
    p.caseNumber = row.text("case_number");
    p.childName = row.text("child_name");
    p.familyName = row.text("family_name");
    p.workerName = row.text("worker_name");
    return p;
}

} // namespace

Result<qint64> SqliteFosterCareRepository::insertFamily(const FosterFamily &f, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO foster_families (name, street, municipality_code, phone, availability, "
                 "min_age, max_age, capacity, trained_on, assessed_on, assessment, notes, created_at, "
                 "created_by, updated_at, updated_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {f.name, text(f.street), text(f.municipalityCode), text(f.phone),
              availabilityJson(f.availability), f.minAge, f.maxAge, f.capacity, optionalDate(f.trainedOn),
              optionalDate(f.assessedOn), Vocabulary<SuitabilityOutcome>::code(f.assessment), text(f.notes),
              now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteFosterCareRepository::updateFamily(const FosterFamily &f, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO foster_family_versions (family_id, version, data, replaced_at, replaced_by) "
                 "SELECT id, version, json_object('name', name, 'street', street, 'municipality_code', "
                 "municipality_code, 'phone', phone, 'availability', json(availability), 'min_age', min_age, "
                 "'max_age', max_age, 'capacity', capacity, 'trained_on', trained_on, 'assessed_on', "
                 "assessed_on, "
                 "'assessment', assessment, 'notes', notes, 'withdrawn_on', withdrawn_on, 'updated_at', "
                 "updated_at, 'updated_by', updated_by), ?, ? FROM foster_families WHERE id = ? AND version "
                 "= ?"),
             {now, userName, f.id, f.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(f.id);
    if (!run(q,
             QStringLiteral(
                 "UPDATE foster_families SET name = ?, street = ?, municipality_code = ?, phone = ?, "
                 "availability = ?, min_age = ?, max_age = ?, capacity = ?, trained_on = ?, "
                 "assessed_on = ?, assessment = ?, notes = ?, withdrawn_on = ?, updated_at = ?, "
                 "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
             {f.name, text(f.street), text(f.municipalityCode), text(f.phone),
              availabilityJson(f.availability), f.minAge, f.maxAge, f.capacity, optionalDate(f.trainedOn),
              optionalDate(f.assessedOn), Vocabulary<SuitabilityOutcome>::code(f.assessment), text(f.notes),
              optionalDate(f.withdrawnOn), now, userName, f.id, f.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(f.id));
}

Result<QList<FosterFamily>> SqliteFosterCareRepository::selectFamilies(const QString &where,
                                                                       const QVariantList &values)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q, kFamilySelect + where + QStringLiteral(" ORDER BY f.name, f.id"), values))
        return queryError(q);
    QList<FosterFamily> out;
    const Row row(q);
    while (q.next())
        out.append(readFamily(row));
    q.finish();
    for (FosterFamily &f : out) {
        if (!run(q,
                 QStringLiteral(
                     "SELECT id, family_id, person_id, name, role, left_on FROM foster_family_members "
                     "WHERE family_id = ? ORDER BY id"),
                 {f.id}))
            return queryError(q);
        const Row member(q);
        while (q.next()) {
            FosterFamilyMember m;
            m.id = member.id("id");
            m.familyId = member.id("family_id");
            m.personId = member.optionalId("person_id");
            m.name = member.text("name");
            m.role = member.code<FosterMemberRole>("role");
            m.leftOn = member.date("left_on");
            f.members.append(m);
        }
    }
    return out;
}

Result<std::optional<FosterFamily>> SqliteFosterCareRepository::findFamily(qint64 id)
{
    const auto found = selectFamilies(QStringLiteral(" WHERE f.id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<FosterFamily>{};
    return std::optional<FosterFamily>{found.value().first()};
}

Result<QList<FosterFamily>> SqliteFosterCareRepository::families(bool activeOnly)
{
    return selectFamilies(activeOnly ? QStringLiteral(" WHERE f.withdrawn_on IS NULL") : QString(), {});
}

Result<qint64> SqliteFosterCareRepository::insertMember(const FosterFamilyMember &m, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO foster_family_members (family_id, person_id, name, role, added_at, "
                            "added_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {m.familyId, m.personId ? QVariant(*m.personId) : QVariant(), m.name,
              Vocabulary<FosterMemberRole>::code(m.role), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteFosterCareRepository::memberLeft(qint64 memberId, const QDate &on, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE foster_family_members SET left_on = ?, left_by = ? WHERE id = ? AND "
                            "left_on IS NULL"),
             {isoDate(on), userName, memberId}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(memberId));
}

Result<qint64> SqliteFosterCareRepository::insertPlacement(const FosterPlacement &p, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO foster_placements (case_id, child_person_id, family_id, kind, measure_number, "
                 "measure_date, measure_text, relation, schedule, setting, availability, starts_on, "
                 "expected_end_on, contact_arrangements, child_needs, responsible_service, service_contact, "
                 "responsible_worker_id, created_at, created_by, updated_at, updated_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {p.caseId,
              p.childPersonId,
              p.familyId,
              Vocabulary<PlacementKind>::code(p.kind),
              text(p.measureNumber),
              optionalDate(p.measureDate),
              text(p.measureText),
              Vocabulary<PlacementRelation>::code(p.relation),
              Vocabulary<PlacementSchedule>::code(p.schedule),
              Vocabulary<PlacementSetting>::code(p.setting),
              Vocabulary<FosterAvailability>::code(p.availability),
              isoDate(p.startsOn),
              isoDate(p.expectedEndOn),
              text(p.contactArrangements),
              text(p.childNeeds),
              p.responsibleService,
              text(p.serviceContact),
              p.responsibleWorkerId,
              now,
              userName,
              now,
              userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteFosterCareRepository::updatePlacement(const FosterPlacement &p, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(
            q,
            QStringLiteral("INSERT INTO foster_placement_versions (placement_id, version, data, replaced_at, "
                           "replaced_by) SELECT id, version, ") +
                kPlacementSnapshot +
                QStringLiteral(", ?, ? FROM foster_placements WHERE id = ? AND version = ?"),
            {now, userName, p.id, p.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(p.id);
    if (!run(q,
             QStringLiteral(
                 "UPDATE foster_placements SET kind = ?, measure_number = ?, measure_date = ?, measure_text "
                 "= ?, "
                 "relation = ?, schedule = ?, setting = ?, expected_end_on = ?, contact_arrangements = ?, "
                 "child_needs = ?, responsible_service = ?, service_contact = ?, responsible_worker_id = ?, "
                 "ended_on = ?, end_reason = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                 "WHERE id = ? AND version = ?"),
             {Vocabulary<PlacementKind>::code(p.kind), text(p.measureNumber), optionalDate(p.measureDate),
              text(p.measureText), Vocabulary<PlacementRelation>::code(p.relation),
              Vocabulary<PlacementSchedule>::code(p.schedule), Vocabulary<PlacementSetting>::code(p.setting),
              isoDate(p.expectedEndOn), text(p.contactArrangements), text(p.childNeeds), p.responsibleService,
              text(p.serviceContact), p.responsibleWorkerId, optionalDate(p.endedOn), text(p.endReason), now,
              userName, p.id, p.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(p.id));
}

Status SqliteFosterCareRepository::loadDetails(FosterPlacement &p)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral(
                 "SELECT id, decree_number, decree_date, measure_text, previous_end_on, new_end_on, "
                 "recorded_at, recorded_by FROM foster_placement_extensions WHERE placement_id = ? "
                 "ORDER BY id"),
             {p.id}))
        return queryError(q);
    const Row row(q);
    while (q.next()) {
        PlacementExtension e;
        e.id = row.id("id");
        e.placementId = p.id;
        e.decreeNumber = row.text("decree_number");
        e.decreeDate = row.date("decree_date");
        e.measureText = row.text("measure_text");
        e.previousEndOn = row.date("previous_end_on");
        e.newEndOn = row.date("new_end_on");
        e.recordedAt = row.instant("recorded_at");
        e.recordedBy = row.text("recorded_by");
        p.extensions.append(e);
    }
    if (!run(q,
             QStringLiteral(
                 "SELECT delivery_id FROM foster_allowances WHERE placement_id = ? ORDER BY delivery_id"),
             {p.id}))
        return queryError(q);
    const Row allowance(q);
    while (q.next())
        p.allowanceDeliveryIds.append(allowance.id("delivery_id"));
    return ok();
}

Result<QList<FosterPlacement>>
SqliteFosterCareRepository::selectPlacements(const QString &where, const QVariantList &values, int limit)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             kPlacementSelect + where +
                 QStringLiteral(" ORDER BY p.expected_end_on, p.id LIMIT %1").arg(limit),
             values))
        return queryError(q);
    QList<FosterPlacement> out;
    const Row row(q);
    while (q.next())
        out.append(readPlacement(row));
    q.finish();
    for (FosterPlacement &p : out) {
        if (Status s = loadDetails(p); !s)
            return s.error();
    }
    return out;
}

Result<std::optional<FosterPlacement>> SqliteFosterCareRepository::findPlacement(qint64 id)
{
    const auto found = selectPlacements(QStringLiteral(" WHERE p.id = ?"), {id}, 1);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<FosterPlacement>{};
    return std::optional<FosterPlacement>{found.value().first()};
}

Result<QList<FosterPlacement>> SqliteFosterCareRepository::placements(const PlacementQuery &query)
{
    QStringList clauses;
    QVariantList values;
    if (query.runningOnly)
        clauses << QStringLiteral("p.ended_on IS NULL");
    if (query.familyId) {
        clauses << QStringLiteral("p.family_id = ?");
        values << *query.familyId;
    }
    if (query.caseId) {
        clauses << QStringLiteral("p.case_id = ?");
        values << *query.caseId;
    }
    if (query.endingBy.isValid()) {
        clauses << QStringLiteral("p.ended_on IS NULL") << QStringLiteral("p.expected_end_on <= ?");
        values << isoDate(query.endingBy);
    }
    appendVisibility(query.visibility, clauses, values);
    const QString where =
        clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return selectPlacements(where, values, std::max(1, query.limit));
}

Status SqliteFosterCareRepository::insertExtension(const PlacementExtension &e, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO foster_placement_extensions (placement_id, decree_number, decree_date, "
                 "measure_text, previous_end_on, new_end_on, recorded_at, recorded_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {e.placementId, e.decreeNumber, isoDate(e.decreeDate), text(e.measureText),
              isoDate(e.previousEndOn), isoDate(e.newEndOn), nowUtc(), userName}))
        return queryError(q);
    return ok();
}

Status SqliteFosterCareRepository::insertAllowance(qint64 placementId, qint64 deliveryId,
                                                   const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO foster_allowances (delivery_id, placement_id, created_at, created_by) "
                 "VALUES (?, ?, ?, ?)"),
             {deliveryId, placementId, nowUtc(), userName}))
        return queryError(q);
    return ok();
}

Result<QString> SqliteFosterCareRepository::setting(const QString &key)
{
    return readOfficeSetting(m_db, key);
}

Status SqliteFosterCareRepository::setSetting(const QString &key, const QString &value,
                                              const QString &userName)
{
    return writeOfficeSetting(m_db, key, value, userName);
}

} // namespace cartella::repository
