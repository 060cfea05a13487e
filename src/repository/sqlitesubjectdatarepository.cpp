// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitesubjectdatarepository.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

// The audit records about the person (entity person), their cases (entity case), the diary entries of those
// cases and their intake contacts; each part walks the index audit_log (entity, entity_id, id).
const char *const accessSql = R"(
SELECT a.id, a.at, a.user_name, a.workstation, a.purpose, a.action, 0 AS case_id, '' AS case_number
  FROM audit_log a WHERE a.entity = 'person' AND a.entity_id = ?
UNION ALL
SELECT a.id, a.at, a.user_name, a.workstation, a.purpose, a.action, c.id, c.number
  FROM case_members m JOIN cases c ON c.id = m.case_id
  JOIN audit_log a ON a.entity = 'case' AND a.entity_id = m.case_id
 WHERE m.person_id = ?
UNION ALL
SELECT a.id, a.at, a.user_name, a.workstation, a.purpose, a.action, c.id, c.number
  FROM case_members m JOIN cases c ON c.id = m.case_id JOIN diary_entries d ON d.case_id = m.case_id
  JOIN audit_log a ON a.entity = 'diary_entry' AND a.entity_id = d.id
 WHERE m.person_id = ?
UNION ALL
SELECT a.id, a.at, a.user_name, a.workstation, a.purpose, a.action, 0, ''
  FROM intake_persons ip JOIN audit_log a ON a.entity = 'intake' AND a.entity_id = ip.intake_id
 WHERE ip.person_id = ?
ORDER BY id DESC)";

bool runFor(QSqlQuery &q, const QString &sql, qint64 personId, int times = 1)
{
    q.setForwardOnly(true);
    return run(q, sql, QVariantList(times, personId));
}

} // namespace

Result<QList<AccessEntry>> SqliteSubjectDataRepository::accessEntries(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q, QString::fromLatin1(accessSql), personId, 4))
        return queryError(q);
    QList<AccessEntry> out;
    const Row row(q);
    while (q.next()) {
        AccessEntry e;
        e.auditId = row.id("id");
        e.at = row.instant("at");
        e.userName = row.text("user_name");
        e.workstation = row.text("workstation");
        e.purpose = row.text("purpose");
        e.action = row.text("action");
        e.caseId = row.id("case_id");
        e.caseNumber = row.text("case_number");
        out.append(e);
    }
    return out;
}

Result<QList<SubjectPersonVersion>> SqliteSubjectDataRepository::personVersions(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q,
                QStringLiteral("SELECT version, data, replaced_at, replaced_by FROM person_versions WHERE "
                               "person_id = ? ORDER BY version"),
                personId))
        return queryError(q);
    QList<SubjectPersonVersion> out;
    const Row row(q);
    while (q.next())
        out.append(
            {row.integer("version"), row.text("data"), row.instant("replaced_at"), row.text("replaced_by")});
    return out;
}

Result<QList<SubjectHouseholdMembership>> SqliteSubjectDataRepository::householdMemberships(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(
            q,
            QStringLiteral("SELECT household_id, relation, joined_on, left_on FROM household_members WHERE "
                           "person_id = ? ORDER BY joined_on, id"),
            personId))
        return queryError(q);
    QList<SubjectHouseholdMembership> out;
    const Row row(q);
    while (q.next())
        out.append(
            {row.id("household_id"), row.text("relation"), row.date("joined_on"), row.date("left_on")});
    return out;
}

Result<QList<SubjectCase>> SqliteSubjectDataRepository::cases(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q,
                QStringLiteral(
                    "SELECT c.id, c.number, c.area, c.status, c.opened_on, c.closed_on, m.role, w.name "
                    "FROM case_members m JOIN cases c ON c.id = m.case_id "
                    "JOIN workers w ON w.id = c.responsible_worker_id "
                    "WHERE m.person_id = ? ORDER BY c.opened_on, c.id"),
                personId))
        return queryError(q);
    QList<SubjectCase> out;
    const Row row(q);
    while (q.next())
        out.append({row.id("id"), row.text("number"), row.text("area"), row.text("status"),
                    row.date("opened_on"), row.date("closed_on"), row.text("role"), row.text("name")});
    return out;
}

Result<QList<SubjectDiaryEntry>> SqliteSubjectDataRepository::diaryEntries(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q,
                QStringLiteral("SELECT d.id, d.case_id, d.entry_date, d.kind, d.author, v.text, "
                               "d.withdrawn_at IS NOT NULL AS withdrawn "
                               "FROM case_members m JOIN diary_entries d ON d.case_id = m.case_id "
                               "JOIN diary_versions v ON v.entry_id = d.id AND v.version = d.current_version "
                               "WHERE m.person_id = ? ORDER BY d.entry_date, d.id"),
                personId))
        return queryError(q);
    QList<SubjectDiaryEntry> out;
    QHash<qint64, qsizetype> index;
    const Row row(q);
    while (q.next()) {
        SubjectDiaryEntry e{row.id("id"),       row.id("case_id"), row.date("entry_date"), row.text("kind"),
                            row.text("author"), row.text("text"),  row.flag("withdrawn"),  {}};
        index.insert(e.id, out.size());
        out.append(e);
    }
    sql::Query p(m_db);
    if (!runFor(p,
                QStringLiteral("SELECT dp.entry_id, dp.person_id FROM case_members m "
                               "JOIN diary_entries d ON d.case_id = m.case_id "
                               "JOIN diary_entry_persons dp ON dp.entry_id = d.id WHERE m.person_id = ?"),
                personId))
        return queryError(p);
    const Row prow(p);
    while (p.next()) {
        const auto at = index.constFind(prow.id("entry_id"));
        if (at != index.constEnd())
            out[*at].personIds.append(prow.id("person_id"));
    }
    return out;
}

Result<QList<SubjectObjective>> SqliteSubjectDataRepository::objectives(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q,
                QStringLiteral("SELECT o.id, o.case_id, o.title, o.status AS objective_status, a.what, "
                               "a.status AS action_status, a.due_on, w.name "
                               "FROM case_members m JOIN care_objectives o ON o.case_id = m.case_id "
                               "LEFT JOIN care_actions a ON a.objective_id = o.id "
                               "LEFT JOIN workers w ON w.id = a.owner_worker_id "
                               "WHERE m.person_id = ? ORDER BY o.case_id, o.id, a.id"),
                personId))
        return queryError(q);
    QList<SubjectObjective> out;
    qint64 lastId = 0;
    const Row row(q);
    while (q.next()) {
        const qint64 id = row.id("id");
        if (id != lastId) {
            out.append({row.id("case_id"), row.text("title"), row.text("objective_status"), {}});
            lastId = id;
        }
        if (!row.isNull("what"))
            out.last().actions.append(
                {row.text("what"), row.text("action_status"), row.date("due_on"), row.text("name")});
    }
    return out;
}

Result<QList<SubjectIntake>> SqliteSubjectDataRepository::intakes(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q,
                QStringLiteral("SELECT i.id, i.contact_date, i.channel, i.area, i.request, i.response, "
                               "i.outcome, i.referred_to FROM intake_persons ip "
                               "JOIN intakes i ON i.id = ip.intake_id WHERE ip.person_id = ? "
                               "ORDER BY i.contact_date, i.id"),
                personId))
        return queryError(q);
    QList<SubjectIntake> out;
    const Row row(q);
    while (q.next())
        out.append({row.id("id"), row.date("contact_date"), row.text("channel"), row.text("area"),
                    row.text("request"), row.text("response"), row.text("outcome"), row.text("referred_to")});
    return out;
}

Result<QList<ThirdParty>> SqliteSubjectDataRepository::thirdParties(qint64 personId)
{
    sql::Query q(m_db);
    if (!runFor(q,
                QStringLiteral(
                    "SELECT p.id, p.surname, p.given_name, coalesce(p.fiscal_code, '') AS fiscal_code FROM "
                    "persons p "
                    "WHERE p.id <> ? AND p.id IN ("
                    " SELECT o.person_id FROM case_members m JOIN case_members o ON o.case_id = m.case_id "
                    "  WHERE m.person_id = ?"
                    " UNION SELECT o.person_id FROM household_members m "
                    "  JOIN household_members o ON o.household_id = m.household_id WHERE m.person_id = ?"
                    " UNION SELECT o.person_id FROM intake_persons m "
                    "  JOIN intake_persons o ON o.intake_id = m.intake_id WHERE m.person_id = ?"
                    " UNION SELECT dp.person_id FROM case_members m "
                    "  JOIN diary_entries d ON d.case_id = m.case_id "
                    "  JOIN diary_entry_persons dp ON dp.entry_id = d.id WHERE m.person_id = ?) "
                    "ORDER BY p.id"),
                personId, 5))
        return queryError(q);
    QList<ThirdParty> out;
    const Row row(q);
    while (q.next())
        out.append({row.id("id"), row.text("surname"), row.text("given_name"), row.text("fiscal_code")});
    return out;
}

} // namespace cartella::repository
