// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteretentionrepository.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

// The cases of a run: closed before the date (bound as the first value) and not anonymised yet.
const QString kQualifyingCases = QStringLiteral(
    "SELECT c.id FROM cases c WHERE c.status = 'closed' AND c.closed_on IS NOT NULL AND c.closed_on < ?1 "
    "AND c.id NOT IN (SELECT case_id FROM retention_cases)");

// The persons of those cases who appear in nothing newer: no other case open or closed on or after the date,
// no intake contact on or after the date; and not anonymised yet.
const QString kQualifyingPersons =
    QStringLiteral("SELECT DISTINCT m.person_id FROM case_members m WHERE m.case_id IN (") +
    kQualifyingCases +
    QStringLiteral(") AND m.person_id NOT IN (SELECT person_id FROM retention_persons) "
                   "AND NOT EXISTS (SELECT 1 FROM case_members o JOIN cases oc ON oc.id = o.case_id "
                   "WHERE o.person_id = m.person_id AND (oc.status <> 'closed' OR oc.closed_on IS NULL "
                   "OR oc.closed_on >= ?1)) "
                   "AND NOT EXISTS (SELECT 1 FROM intake_persons ip JOIN intakes i ON i.id = ip.intake_id "
                   "WHERE ip.person_id = m.person_id AND i.contact_date >= ?1)");

// Applied in order, each with the run id as ?1 (and the instant as ?2, the user as ?3). The marker is the one
// migration 0010 lets through.
const QStringList kAnonymise{
    // Persons: names, codes, places and contacts go; sex, birth year, citizenship and Comuni stay.
    QStringLiteral("UPDATE persons SET surname = '[anonimizzato]', given_name = '[anonimizzato]', "
                   "fiscal_code = NULL, birth_place_code = NULL, birth_date = substr(birth_date, 1, 4) || "
                   "'-01-01', residence_street = NULL, domicile_street = NULL, phone = NULL, email = NULL, "
                   "name_key = '', given_key = '', updated_at = ?2, updated_by = ?3, version = version + 1 "
                   "WHERE id IN (SELECT person_id FROM retention_persons WHERE run_id = ?1)"),
    QStringLiteral("UPDATE person_versions SET data = '{}' "
                   "WHERE person_id IN (SELECT person_id FROM retention_persons WHERE run_id = ?1)"),
    // Cases: the notes (a trigger refreshes their search row).
    QStringLiteral("UPDATE cases SET notes = '', updated_at = ?2, updated_by = ?3, version = version + 1 "
                   "WHERE id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1)"),
    QStringLiteral(
        "UPDATE case_events SET note = CASE WHEN note = '' THEN '' ELSE '[anonimizzato]' END, "
        "to_value = CASE WHEN kind IN ('plan', 'deadline') THEN '[anonimizzato]' ELSE to_value END "
        "WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1) "
        "AND (note <> '' OR kind IN ('plan', 'deadline'))"),
    // The diary: every version's text, the withdrawal reasons, and the search rows.
    QStringLiteral("UPDATE diary_versions SET text = '[anonimizzato]' WHERE entry_id IN (SELECT e.id FROM "
                   "diary_entries e JOIN retention_cases r ON r.case_id = e.case_id WHERE r.run_id = ?1)"),
    QStringLiteral("UPDATE diary_entries SET withdraw_reason = '[anonimizzato]' WHERE withdraw_reason IS NOT "
                   "NULL AND case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1)"),
    QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT e.id * 4 + 1 FROM diary_entries e "
                   "JOIN retention_cases r ON r.case_id = e.case_id WHERE r.run_id = ?1)"),
    QStringLiteral("INSERT INTO search_index (rowid, body) SELECT e.id * 4 + 1, '[anonimizzato]' FROM "
                   "diary_entries e JOIN retention_cases r ON r.case_id = e.case_id WHERE r.run_id = ?1"),
    // The project and the deadlines.
    QStringLiteral("UPDATE care_objectives SET title = '[anonimizzato]', updated_at = ?2, updated_by = ?3, "
                   "version = version + 1 WHERE case_id IN (SELECT case_id FROM retention_cases "
                   "WHERE run_id = ?1)"),
    QStringLiteral("UPDATE care_actions SET what = '[anonimizzato]', updated_at = ?2, updated_by = ?3, "
                   "version = version + 1 WHERE case_id IN (SELECT case_id FROM retention_cases "
                   "WHERE run_id = ?1)"),
    QStringLiteral("UPDATE care_reviews SET outcome = '[anonimizzato]' "
                   "WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1)"),
    QStringLiteral("UPDATE deadlines SET title = '[anonimizzato]', version = version + 1 "
                   "WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1)"),
    // Court mandates (0012): the decree's number and words, task descriptions, due-date reasons, projects.
    QStringLiteral(
        "UPDATE court_mandates SET decree_number = '[anonimizzato]', other_measure = CASE WHEN "
        "other_measure = '' THEN '' ELSE '[anonimizzato]' END, updated_at = ?2, updated_by = ?3, "
        "version = version + 1 WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1)"),
    QStringLiteral("UPDATE court_mandate_versions SET data = '{}' WHERE mandate_id IN (SELECT m.id FROM "
                   "court_mandates m JOIN retention_cases r ON r.case_id = m.case_id WHERE r.run_id = ?1)"),
    QStringLiteral("UPDATE mandate_tasks SET description = CASE WHEN description = '' THEN '' ELSE "
                   "'[anonimizzato]' END, version = version + 1 WHERE mandate_id IN (SELECT m.id FROM "
                   "court_mandates m JOIN retention_cases r ON r.case_id = m.case_id WHERE r.run_id = ?1)"),
    QStringLiteral(
        "UPDATE mandate_task_due_changes SET reason = '[anonimizzato]' WHERE task_id IN (SELECT t.id "
        "FROM mandate_tasks t JOIN court_mandates m ON m.id = t.mandate_id JOIN retention_cases r "
        "ON r.case_id = m.case_id WHERE r.run_id = ?1)"),
    QStringLiteral(
        "UPDATE mandate_probations SET project = '[anonimizzato]', version = version + 1 WHERE "
        "task_id IN (SELECT t.id FROM mandate_tasks t JOIN court_mandates m ON m.id = t.mandate_id "
        "JOIN retention_cases r ON r.case_id = m.case_id WHERE r.run_id = ?1)"),
    // Pronto Intervento Sociale: the words of the emergencies handed over to the cases or about the persons;
    // times, codes and Comune stay for the figures.
    QStringLiteral(
        "UPDATE social_emergencies SET "
        "reporter_name = CASE WHEN reporter_name = '' THEN '' ELSE '[anonimizzato]' END, "
        "reporter_contact = CASE WHEN reporter_contact = '' THEN '' ELSE '[anonimizzato]' END, "
        "actions = CASE WHEN actions = '' THEN '' ELSE '[anonimizzato]' END, "
        "outcome = CASE WHEN outcome = '' THEN '' ELSE '[anonimizzato]' END, "
        "person_description = CASE WHEN person_description = '' THEN '' ELSE '[anonimizzato]' END, "
        "provisional_surname = CASE WHEN provisional_surname = '' THEN '' ELSE '[anonimizzato]' END, "
        "provisional_given_name = CASE WHEN provisional_given_name = '' THEN '' ELSE '[anonimizzato]' END, "
        "updated_at = ?2, updated_by = ?3, version = version + 1 "
        "WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1) "
        "OR person_id IN (SELECT person_id FROM retention_persons WHERE run_id = ?1)"),
    QStringLiteral(
        "UPDATE social_emergency_versions SET snapshot = '{}' WHERE emergency_id IN (SELECT id FROM "
        "social_emergencies WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1) "
        "OR person_id IN (SELECT person_id FROM retention_persons WHERE run_id = ?1))"),
    QStringLiteral(
        "UPDATE emergency_closures SET reason = '[anonimizzato]' WHERE emergency_id IN (SELECT id FROM "
        "social_emergencies WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1) "
        "OR person_id IN (SELECT person_id FROM retention_persons WHERE run_id = ?1))"),
    QStringLiteral("UPDATE emergency_accesses SET reason = '[anonimizzato]' "
                   "WHERE case_id IN (SELECT case_id FROM retention_cases WHERE run_id = ?1)"),
    // Intakes: those that opened the cases, and those with no case about this run's persons only.
    QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS retention_intakes (id INTEGER PRIMARY KEY)"),
    QStringLiteral("DELETE FROM temp.retention_intakes"),
    QStringLiteral("INSERT INTO temp.retention_intakes (id) SELECT i.id FROM intakes i WHERE i.case_id IN "
                   "(SELECT case_id FROM retention_cases WHERE run_id = ?1) OR (i.case_id IS NULL "
                   "AND EXISTS (SELECT 1 FROM intake_persons ip JOIN retention_persons rp ON rp.person_id = "
                   "ip.person_id "
                   "WHERE ip.intake_id = i.id AND rp.run_id = ?1) "
                   "AND NOT EXISTS (SELECT 1 FROM intake_persons ip WHERE ip.intake_id = i.id "
                   "AND ip.person_id NOT IN (SELECT person_id FROM retention_persons)))"),
    QStringLiteral("UPDATE intakes SET request = '[anonimizzato]', "
                   "visitor = CASE WHEN visitor = '' THEN '' ELSE '[anonimizzato]' END, "
                   "response = CASE WHEN response = '' THEN '' ELSE '[anonimizzato]' END, "
                   "referred_to = CASE WHEN referred_to = '' THEN '' ELSE '[anonimizzato]' END, "
                   "updated_at = ?2, updated_by = ?3, version = version + 1 "
                   "WHERE id IN (SELECT id FROM temp.retention_intakes)"),
    QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + 3 FROM temp.retention_intakes)"),
    QStringLiteral("INSERT INTO search_index (rowid, body) SELECT id * 4 + 3, '[anonimizzato]' "
                   "FROM temp.retention_intakes"),
    QStringLiteral("DELETE FROM temp.retention_intakes"),
    // Merge the full-text index, so that no segment keeps the old words' tokens.
    QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"),
};

// Runs `sql`, whose parameters are numbered (?1 to ?9, each possibly used more than once), as QtSql's
// positional binding wants it: every ?N becomes ? with values[N - 1] bound in its place.
bool runNumbered(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    static const QRegularExpression numbered(QStringLiteral("\\?([1-9])"));
    QString plain;
    QVariantList bound;
    qsizetype last = 0;
    for (auto it = numbered.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        plain += sql.mid(last, m.capturedStart() - last) + QLatin1Char('?');
        bound.append(values.value(m.captured(1).toInt() - 1));
        last = m.capturedEnd();
    }
    plain += sql.mid(last);
    return run(q, plain, bound);
}

} // namespace

Result<RetentionSelection> SqliteRetentionRepository::select(const QDate &closedBefore)
{
    RetentionSelection out;
    sql::Query q(m_db);
    if (!runNumbered(q,
                     QStringLiteral("SELECT id, number FROM cases WHERE id IN (") + kQualifyingCases +
                         QStringLiteral(") ORDER BY year, sequence"),
                     {isoDate(closedBefore)}))
        return queryError(q);
    const Row caseRow(q);
    while (q.next()) {
        out.caseIds.append(caseRow.id("id"));
        out.caseNumbers.append(caseRow.text("number"));
    }
    if (!runNumbered(q, kQualifyingPersons + QStringLiteral(" ORDER BY m.person_id"),
                     {isoDate(closedBefore)}))
        return queryError(q);
    const Row personRow(q);
    while (q.next())
        out.personIds.append(personRow.id("person_id"));
    return out;
}

Status SqliteRetentionRepository::runAll(const QStringList &statements, const QVariantList &values)
{
    for (const QString &sql : statements) {
        sql::Query q(m_db);
        if (!runNumbered(q, sql, values))
            return queryError(q);
    }
    return ok();
}

Result<qint64> SqliteRetentionRepository::anonymise(const RetentionSelection &selection,
                                                    const QDate &closedBefore, const QString &by,
                                                    const QDateTime &at)
{
    sql::Query q(m_db);
    // Overwrite freed space too, so that the old words do not linger in free pages of the file.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return queryError(q);
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO retention_runs (closed_before, applied_at, applied_by, cases, persons) "
                 "VALUES (?, ?, ?, ?, ?) RETURNING id"),
             {isoDate(closedBefore), when, by, selection.caseIds.size(), selection.personIds.size()}) ||
        !q.next())
        return queryError(q);
    const qint64 runId = Row(q).id("id");
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO retention_cases (run_id, case_id) VALUES (?, ?)"));
    for (const qint64 id : selection.caseIds) {
        q.addBindValue(runId);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q);
    }
    q.prepare(QStringLiteral("INSERT INTO retention_persons (run_id, person_id) VALUES (?, ?)"));
    for (const qint64 id : selection.personIds) {
        q.addBindValue(runId);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q);
    }
    if (Status s = runAll(kAnonymise, {runId, when, by}); !s)
        return s.error();
    spdlog::info("retention run {}: {} cases and {} persons anonymised", runId, selection.caseIds.size(),
                 selection.personIds.size());
    return runId;
}

} // namespace cartella::repository
