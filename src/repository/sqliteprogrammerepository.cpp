// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteprogrammerepository.h"

#include "domain/kernel/vocabulary.h"
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
    return Error{ErrorCode::Conflict, Tr::tr("Someone else changed the project in the meantime."), {}, {id}};
}

QString codesJson(const QStringList &codes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

QStringList codesFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

const QString kProgrammeSelect =
    QStringLiteral("SELECT g.id, g.name, g.funder, g.area, g.description, g.starts_on, g.ends_on, "
                   "g.municipalities, g.status, "
                   "g.closed_on, g.created_at, g.created_by, g.version FROM programmes g");

const QString kEnrolmentSelect = QStringLiteral(
    "SELECT e.id, e.programme_id, e.case_id, e.person_id, e.joined_on, e.left_on, e.leave_reason, "
    "e.created_by, coalesce(e.left_by, '') AS left_by, e.version, g.name AS programme_name, "
    "coalesce(c.number, '') AS case_number, "
    "coalesce(c.municipality_code, p.residence_municipality, '') AS municipality_code, %1 AS person_name "
    "FROM programme_enrolments e JOIN programmes g ON g.id = e.programme_id "
    "LEFT JOIN cases c ON c.id = e.case_id LEFT JOIN persons p ON p.id = e.person_id");

// The person's name, or the case's principal beneficiary's.
const QString kEnrolmentName = QStringLiteral(
    "coalesce(p.surname || ' ' || p.given_name, (SELECT cp.surname || ' ' || cp.given_name FROM case_members "
    "cm "
    "JOIN persons cp ON cp.id = cm.person_id WHERE cm.case_id = e.case_id AND cm.role = 'principal' "
    "ORDER BY cm.person_id LIMIT 1), '')");

} // namespace

Result<qint64> SqliteProgrammeRepository::insertProgramme(const Programme &p, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral("INSERT INTO programmes (name, funder, area, description, starts_on, ends_on, "
                            "municipalities, created_at, created_by, updated_at, updated_by) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {p.name, text(p.funder), p.area ? Vocabulary<CaseArea>::code(*p.area) : QStringLiteral(""),
              text(p.description), isoDate(p.startsOn), optionalDate(p.endsOn), codesJson(p.municipalities),
              now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteProgrammeRepository::updateProgramme(const Programme &p, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO programme_versions (programme_id, version, data, replaced_at, replaced_by) "
                 "SELECT id, version, json_object('name', name, 'funder', funder, 'area', area, "
                 "'description', "
                 "description, 'starts_on', starts_on, 'ends_on', ends_on, 'municipalities', "
                 "json(municipalities), "
                 "'status', status, 'closed_on', closed_on, 'updated_at', updated_at, 'updated_by', "
                 "updated_by), "
                 "?, ? FROM programmes WHERE id = ? AND version = ?"),
             {now, userName, p.id, p.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(p.id);
    if (!run(q,
             QStringLiteral(
                 "UPDATE programmes SET name = ?, funder = ?, area = ?, description = ?, starts_on = ?, "
                 "ends_on = ?, municipalities = ?, status = ?, closed_on = ?, updated_at = ?, "
                 "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
             {p.name, text(p.funder), p.area ? Vocabulary<CaseArea>::code(*p.area) : QStringLiteral(""),
              text(p.description), isoDate(p.startsOn), optionalDate(p.endsOn), codesJson(p.municipalities),
              Vocabulary<ProgrammeStatus>::code(p.status), optionalDate(p.closedOn), now, userName, p.id,
              p.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(p.id));
}

Result<QList<Programme>> SqliteProgrammeRepository::selectProgrammes(const QString &where,
                                                                     const QVariantList &values)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             kProgrammeSelect + QStringLiteral(" WHERE ") + where +
                 QStringLiteral(" ORDER BY g.status = 'closed', g.name COLLATE NOCASE, g.id"),
             values))
        return queryError(q);
    QList<Programme> out;
    const Row row(q);
    while (q.next()) {
        Programme p;
        p.id = row.id("id");
        p.name = row.text("name");
        p.funder = row.text("funder");
        if (const QString area = row.text("area"); !area.isEmpty())
            p.area = Vocabulary<CaseArea>::fromCode(area);
        p.description = row.text("description");
        p.startsOn = row.date("starts_on");
        p.endsOn = row.date("ends_on");
        p.municipalities = codesFrom(row.text("municipalities"));
        p.status = row.code<ProgrammeStatus>("status");
        p.closedOn = row.date("closed_on");
        p.createdAt = row.instant("created_at");
        p.createdBy = row.text("created_by");
        p.version = row.integer("version");
        out.append(p);
    }
    for (Programme &p : out) {
        sql::Query t(m_db);
        t.setForwardOnly(true);
        if (!run(t,
                 QStringLiteral(
                     "SELECT t.id, t.worker_id, t.role, t.from_on, t.to_on, w.name FROM programme_team t "
                     "JOIN workers w ON w.id = t.worker_id WHERE t.programme_id = ? "
                     "ORDER BY t.from_on, t.id"),
                 {p.id}))
            return queryError(t);
        const Row member(t);
        while (t.next()) {
            ProgrammeTeamMember m;
            m.id = member.id("id");
            m.programmeId = p.id;
            m.workerId = member.id("worker_id");
            m.role = member.code<ProgrammeTeamRole>("role");
            m.fromOn = member.date("from_on");
            m.toOn = member.date("to_on");
            m.workerName = member.text("name");
            p.team.append(m);
        }
    }
    return out;
}

Result<std::optional<Programme>> SqliteProgrammeRepository::findProgramme(qint64 id)
{
    auto found = selectProgrammes(QStringLiteral("g.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<Programme>()
                                   : std::optional<Programme>(found.value().first());
}

Result<std::optional<qint64>> SqliteProgrammeRepository::programmeNamed(const QString &name)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT id FROM programmes WHERE lower(name) = lower(?)"), {name}))
        return queryError(q);
    return q.next() ? std::optional<qint64>(Row(q).id("id")) : std::nullopt;
}

Result<QList<Programme>> SqliteProgrammeRepository::programmes(std::optional<qint64> teamWorker)
{
    if (teamWorker)
        return selectProgrammes(
            QStringLiteral(
                "EXISTS (SELECT 1 FROM programme_team t WHERE t.programme_id = g.id AND t.worker_id = ?)"),
            {*teamWorker});
    return selectProgrammes(QStringLiteral("1"), {});
}

Result<int> SqliteProgrammeRepository::versionCount(qint64 programmeId)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT count(*) AS versions FROM programme_versions WHERE programme_id = ?"),
             {programmeId}) ||
        !q.next())
        return queryError(q);
    return Row(q).integer("versions");
}

Result<qint64> SqliteProgrammeRepository::insertTeamMember(const ProgrammeTeamMember &m,
                                                           const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO programme_team (programme_id, worker_id, role, from_on, to_on, created_at, "
                 "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {m.programmeId, m.workerId, Vocabulary<ProgrammeTeamRole>::code(m.role), isoDate(m.fromOn),
              optionalDate(m.toOn), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteProgrammeRepository::endTeamMember(qint64 memberId, const QDate &toOn, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE programme_team SET to_on = ?, ended_at = ?, ended_by = ? "
                            "WHERE id = ? AND to_on IS NULL"),
             {isoDate(toOn), nowUtc(), userName, memberId}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(memberId));
}

Result<qint64> SqliteProgrammeRepository::insertEnrolment(const Enrolment &e, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO programme_enrolments (programme_id, case_id, person_id, joined_on, "
                            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {e.programmeId, e.caseId ? QVariant(*e.caseId) : QVariant(),
              e.personId ? QVariant(*e.personId) : QVariant(), isoDate(e.joinedOn), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Result<QList<Enrolment>>
SqliteProgrammeRepository::selectEnrolments(const QString &where, const QVariantList &values, bool withNames)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             kEnrolmentSelect.arg(withNames ? kEnrolmentName : QStringLiteral("''")) +
                 QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY e.joined_on DESC, e.id DESC"),
             values))
        return queryError(q);
    QList<Enrolment> out;
    const Row row(q);
    while (q.next()) {
        Enrolment e;
        e.id = row.id("id");
        e.programmeId = row.id("programme_id");
        e.caseId = row.optionalId("case_id");
        e.personId = row.optionalId("person_id");
        e.joinedOn = row.date("joined_on");
        e.leftOn = row.date("left_on");
        if (!row.isNull("leave_reason"))
            e.leaveReason = row.code<LeaveReason>("leave_reason");
        e.createdBy = row.text("created_by");
        e.leftBy = row.text("left_by");
        e.version = row.integer("version");
        e.programmeName = row.text("programme_name");
        e.caseNumber = row.text("case_number");
        e.municipalityCode = row.text("municipality_code");
        e.personName = row.text("person_name");
        out.append(e);
    }
    return out;
}

Result<std::optional<Enrolment>> SqliteProgrammeRepository::findEnrolment(qint64 id)
{
    auto found = selectEnrolments(QStringLiteral("e.id = ?"), {id}, true);
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<Enrolment>()
                                   : std::optional<Enrolment>(found.value().first());
}

Status SqliteProgrammeRepository::leaveEnrolment(qint64 enrolmentId, int expectedVersion, const QDate &on,
                                                 LeaveReason reason, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE programme_enrolments SET left_on = ?, leave_reason = ?, left_at = ?, left_by = ?, "
                 "version = version + 1 WHERE id = ? AND version = ? AND left_on IS NULL"),
             {isoDate(on), Vocabulary<LeaveReason>::code(reason), nowUtc(), userName, enrolmentId,
              expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(enrolmentId));
}

Result<QList<Enrolment>> SqliteProgrammeRepository::enrolments(qint64 programmeId,
                                                               const EnrolmentVisibility &visibility)
{
    QStringList caseClauses;
    QVariantList values{programmeId};
    appendVisibility(visibility.cases, caseClauses, values);
    QString caseCondition =
        caseClauses.isEmpty() ? QStringLiteral("1") : caseClauses.join(QStringLiteral(" AND "));
    if (visibility.teamWorker)
        caseCondition = QStringLiteral("(%1) OR c.restricted = 0").arg(caseCondition);
    const QString where =
        QStringLiteral("e.programme_id = ? AND ((e.case_id IS NOT NULL AND (%1)) OR "
                       "(e.case_id IS NULL AND %2))")
            .arg(caseCondition, visibility.personsToo ? QStringLiteral("1") : QStringLiteral("0"));
    return selectEnrolments(where, values, true);
}

Result<QList<Enrolment>> SqliteProgrammeRepository::allEnrolments(qint64 programmeId)
{
    return selectEnrolments(QStringLiteral("e.programme_id = ?"), {programmeId}, false);
}

Result<QList<Enrolment>> SqliteProgrammeRepository::enrolmentsOfCase(qint64 caseId)
{
    return selectEnrolments(QStringLiteral("e.case_id = ?"), {caseId}, false);
}

Result<QString> SqliteProgrammeRepository::municipalityName(const QString &istatCode)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT name FROM municipalities WHERE istat_code = ?"), {istatCode}))
        return queryError(q);
    return q.next() ? Row(q).text("name") : QString();
}

} // namespace cartella::repository
