// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitecaserepository.h"

#include "domain/kernel/officeclock.h"
#include "domain/kernel/textfold.h"
#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QSqlQuery>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

const QString kCaseColumns = QStringLiteral(
    "id, year, sequence, area, municipality_code, responsible_worker_id, referral_source, priority, "
    "opened_on, "
    "status, closure_reason, closed_on, notes, created_at, created_by, updated_at, updated_by, version, "
    "restricted");

Case readCase(const Row &row)
{
    Case c;
    c.id = row.id("id");
    c.year = row.integer("year");
    c.sequence = row.integer("sequence");
    c.area = row.code<CaseArea>("area");
    c.municipalityCode = row.text("municipality_code");
    c.responsibleWorkerId = row.id("responsible_worker_id");
    c.referralSource = row.code<ReferralSource>("referral_source");
    c.priority = row.code<CasePriority>("priority");
    c.openedOn = row.date("opened_on");
    c.status = row.code<CaseStatus>("status");
    c.closureReason = row.code<ClosureReason>("closure_reason");
    c.closedOn = row.date("closed_on");
    c.notes = row.text("notes");
    c.stamp = row.stamp();
    c.restricted = row.flag("restricted");
    return c;
}

// The WHERE of the case list, without paging.
QString caseFilter(const CaseQuery &query, QVariantList &values)
{
    QStringList clauses;
    if (query.status) {
        clauses << QStringLiteral("c.status = ?");
        values << Vocabulary<CaseStatus>::code(*query.status);
    }
    if (query.area) {
        clauses << QStringLiteral("c.area = ?");
        values << Vocabulary<CaseArea>::code(*query.area);
    }
    if (query.workerId) {
        clauses << QStringLiteral("(c.responsible_worker_id = ? OR EXISTS (SELECT 1 FROM case_team t WHERE "
                                  "t.case_id = c.id AND t.worker_id = ?))");
        values << *query.workerId << *query.workerId;
    }
    appendVisibility(query.visibility, clauses, values);
    if (query.principalPersonId > 0) {
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id AND "
                                  "m.person_id = ? AND m.role = 'principal')");
        values << query.principalPersonId;
    }
    if (!query.municipalityCode.isEmpty()) {
        clauses << QStringLiteral("c.municipality_code = ?");
        values << query.municipalityCode;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        static const QString maxChar = QString::fromUcs4(U"\U0010FFFF", 1);
        const QString key = foldForSearch(text);
        // The matching persons are found once through their name indexes, not once per case.
        clauses << QStringLiteral(
            "((c.number >= ? AND c.number < ?) OR c.id IN (SELECT m.case_id FROM persons p "
            "JOIN case_members m ON m.person_id = p.id WHERE (p.name_key >= ? AND p.name_key < ?) "
            "OR (p.given_key >= ? AND p.given_key < ?)))");
        values << text << QString(text + maxChar) << key << QString(key + maxChar) << key
               << QString(key + maxChar);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> SqliteCaseRepository::insertWorker(const Worker &w)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("INSERT INTO workers (name, role, active) VALUES (?, ?, ?) RETURNING id"),
             {w.name, text(w.role), w.active ? 1 : 0}) ||
        !q.next())
        return queryError(q);
    const qint64 id = Row(q).id("id");
    q.finish();
    return id;
}

Result<QList<Worker>> SqliteCaseRepository::workers()
{
    sql::Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, role, active FROM workers ORDER BY name, id")))
        return queryError(q);
    QList<Worker> out;
    const Row row(q);
    while (q.next())
        out.append({row.id("id"), row.text("name"), row.text("role"), row.flag("active")});
    return out;
}

Result<Case> SqliteCaseRepository::insertCase(Case c, const QString &userName)
{
    // The caller holds a write transaction (BEGIN IMMEDIATE): no one else can take the same number, and the
    // UNIQUE (year, sequence) constraint is the last line of defence.
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT coalesce(max(sequence), 0) + 1 AS next_sequence FROM cases WHERE year = ?"),
             {c.year}) ||
        !q.next())
        return queryError(q);
    c.sequence = Row(q).integer("next_sequence");
    q.finish();
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO cases (year, sequence, number, area, municipality_code, "
                 "responsible_worker_id, referral_source, priority, opened_on, status, closure_reason, "
                 "notes, created_at, created_by, updated_at, updated_by, restricted) VALUES (?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {c.year, c.sequence, c.number(), Vocabulary<CaseArea>::code(c.area), c.municipalityCode,
              c.responsibleWorkerId, Vocabulary<ReferralSource>::code(c.referralSource),
              Vocabulary<CasePriority>::code(c.priority), c.openedOn.toString(Qt::ISODate),
              Vocabulary<CaseStatus>::code(c.status), Vocabulary<ClosureReason>::code(c.closureReason),
              text(c.notes), now, userName, now, userName, c.restricted ? 1 : 0}) ||
        !q.next())
        return queryError(q);
    c.id = Row(q).id("id");
    q.finish();
    for (const qint64 workerId : c.teamWorkerIds) {
        if (!run(q, QStringLiteral("INSERT OR IGNORE INTO case_team (case_id, worker_id) VALUES (?, ?)"),
                 {c.id, workerId}))
            return queryError(q);
    }
    c.stamp.version = 1;
    return c;
}

Status SqliteCaseRepository::updateCase(const Case &c, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE cases SET responsible_worker_id = ?, priority = ?, status = ?, closure_reason = ?, "
                 "closed_on = ?, notes = ?, restricted = ?, updated_at = ?, updated_by = ?, "
                 "version = version + 1 WHERE id = ? AND version = ?"),
             {c.responsibleWorkerId, Vocabulary<CasePriority>::code(c.priority),
              Vocabulary<CaseStatus>::code(c.status), Vocabulary<ClosureReason>::code(c.closureReason),
              c.closedOn.isValid() ? QVariant(c.closedOn.toString(Qt::ISODate)) : QVariant(), text(c.notes),
              c.restricted ? 1 : 0, nowUtc(), userName, c.id, c.stamp.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{
            ErrorCode::Conflict, Tr::tr("Someone else changed the case in the meantime."), {}, {c.id}};
    return ok();
}

Status SqliteCaseRepository::addEvent(qint64 caseId, const CaseEvent &e)
{
    sql::Query q(m_db);
    if (!run(
            q,
            QStringLiteral("INSERT INTO case_events (case_id, kind, from_value, to_value, note, at, by_user, "
                           "reason_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, Vocabulary<CaseEvent::Kind>::code(e.kind), text(e.fromValue), text(e.toValue),
             text(e.note), e.at.toUTC().toString(Qt::ISODateWithMs), e.by, text(e.reasonCode)}))
        return queryError(q);
    return ok();
}

Status SqliteCaseRepository::setMember(qint64 caseId, const CaseMember &m)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("INSERT INTO case_members (case_id, person_id, role) VALUES (?, ?, ?)"),
             {caseId, m.personId, Vocabulary<MemberRole>::code(m.role)}))
        return queryError(q);
    return ok();
}

Status SqliteCaseRepository::setTeam(qint64 caseId, const QList<qint64> &workerIds)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("DELETE FROM case_team WHERE case_id = ?"), {caseId}))
        return queryError(q);
    for (const qint64 workerId : workerIds) {
        if (!run(q, QStringLiteral("INSERT INTO case_team (case_id, worker_id) VALUES (?, ?)"),
                 {caseId, workerId}))
            return queryError(q);
    }
    return ok();
}

Result<std::optional<Case>> SqliteCaseRepository::findCaseWhere(const QString &where, const QVariant &value)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT ") + kCaseColumns + QStringLiteral(" FROM cases WHERE ") + where,
             {value}))
        return queryError(q);
    if (!q.next())
        return std::optional<Case>();
    Case c = readCase(Row(q));
    q.finish();
    if (!run(q, QStringLiteral("SELECT worker_id FROM case_team WHERE case_id = ? ORDER BY worker_id"),
             {c.id}))
        return queryError(q);
    const Row team(q);
    while (q.next())
        c.teamWorkerIds.append(team.id("worker_id"));
    if (!run(q,
             QStringLiteral(
                 "SELECT m.person_id, m.role, p.surname || ' ' || p.given_name AS name FROM case_members m "
                 "JOIN persons p ON p.id = m.person_id WHERE m.case_id = ? ORDER BY m.role = 'principal' "
                 "DESC, p.name_key"),
             {c.id}))
        return queryError(q);
    const Row member(q);
    while (q.next())
        c.members.append({member.id("person_id"), member.code<MemberRole>("role"), member.text("name")});
    return std::optional<Case>(c);
}

Result<std::optional<Case>> SqliteCaseRepository::findCase(qint64 id)
{
    return findCaseWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<Case>> SqliteCaseRepository::findCaseByNumber(const QString &number)
{
    return findCaseWhere(QStringLiteral("number = ?"), number);
}

Result<QList<CaseEvent>> SqliteCaseRepository::history(qint64 caseId)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT kind, from_value, to_value, note, at, by_user, reason_code FROM case_events "
                 "WHERE case_id = ? ORDER BY id"),
             {caseId}))
        return queryError(q);
    QList<CaseEvent> out;
    const Row row(q);
    while (q.next()) {
        CaseEvent e;
        e.kind = row.code<CaseEvent::Kind>("kind");
        e.fromValue = row.text("from_value");
        e.toValue = row.text("to_value");
        e.note = row.text("note");
        e.at = row.instant("at");
        e.by = row.text("by_user");
        e.reasonCode = row.text("reason_code");
        out.append(e);
    }
    return out;
}

Result<QList<CaseSummary>> SqliteCaseRepository::listCases(const CaseQuery &query)
{
    QVariantList values;
    QString where = caseFilter(query, values);
    if (query.after) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(c.opened_on < ? OR (c.opened_on = ? AND c.id < ?))");
        const QString opened = query.after->openedOn.toString(Qt::ISODate);
        values << opened << opened << query.after->id;
    }
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral(
                 "SELECT c.id, c.number, c.area, c.status, c.municipality_code, c.responsible_worker_id, "
                 "w.name AS responsible_name, (SELECT p.surname || ' ' || p.given_name FROM case_members m "
                 "JOIN persons p ON p.id = m.person_id WHERE m.case_id = c.id AND m.role = 'principal') "
                 "AS principal_name, c.opened_on, "
                 "CASE WHEN c.status = 'closed' THEN 0 ELSE (SELECT count(*) FROM deadlines d WHERE "
                 "d.case_id = c.id AND d.state = 'open' AND d.due_on < ?) END AS overdue_count "
                 "FROM cases c JOIN workers w ON "
                 "w.id = c.responsible_worker_id") +
                 where + QStringLiteral(" ORDER BY c.opened_on DESC, c.id DESC LIMIT %1").arg(query.limit),
             QVariantList{isoDate(query.today.isValid() ? query.today : domain::officeToday())} + values))
        return queryError(q);
    QList<CaseSummary> out;
    const Row row(q);
    while (q.next())
        out.append({row.id("id"), row.text("number"), row.code<CaseArea>("area"),
                    row.code<CaseStatus>("status"), row.text("municipality_code"),
                    row.id("responsible_worker_id"), row.text("responsible_name"), row.text("principal_name"),
                    row.date("opened_on"), row.integer("overdue_count")});
    return out;
}

Result<qint64> SqliteCaseRepository::countCases(const CaseQuery &query)
{
    QVariantList values;
    const QString where = caseFilter(query, values);
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT count(*) AS total FROM cases c") + where, values) || !q.next())
        return queryError(q);
    return Row(q).number("total");
}

Result<QStringList> SqliteCaseRepository::caseMunicipalities()
{
    sql::Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT municipality_code FROM cases ORDER BY municipality_code")))
        return queryError(q);
    QStringList out;
    const Row row(q);
    while (q.next())
        out.append(row.text("municipality_code"));
    return out;
}

Result<qint64> SqliteCaseRepository::insertDiaryEntry(const DiaryEntry &e, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO diary_entries (case_id, entry_date, kind, author, created_at) VALUES (?, ?, "
                 "?, ?, ?) RETURNING id"),
             {e.caseId, e.date.toString(Qt::ISODate), Vocabulary<DiaryKind>::code(e.kind), userName, now}) ||
        !q.next())
        return queryError(q);
    const qint64 id = Row(q).id("id");
    q.finish();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO diary_versions (entry_id, version, text, edited_at, edited_by) VALUES (?, 1, "
                 "?, ?, ?)"),
             {id, e.text, now, userName}))
        return queryError(q);
    for (const qint64 personId : e.personIds) {
        if (!run(q,
                 QStringLiteral(
                     "INSERT OR IGNORE INTO diary_entry_persons (entry_id, person_id) VALUES (?, ?)"),
                 {id, personId}))
            return queryError(q);
    }
    return id;
}

Status SqliteCaseRepository::addDiaryVersion(qint64 entryId, int expectedVersion, const QString &text,
                                             const QString &userName)
{
    // The version row first, then the pointer to it: the guard trigger refuses a pointer to nothing.
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO diary_versions (entry_id, version, text, edited_at, edited_by) SELECT id, "
                 "current_version + 1, ?, ?, ? FROM diary_entries WHERE id = ? AND current_version = ? "
                 "AND withdrawn_at IS NULL"),
             {text, nowUtc(), userName, entryId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, Tr::tr("The diary entry changed in the meantime."), {}, {entryId}};
    if (!run(q, QStringLiteral("UPDATE diary_entries SET current_version = current_version + 1 WHERE id = ?"),
             {entryId}))
        return queryError(q);
    return ok();
}

Status SqliteCaseRepository::withdrawDiaryEntry(qint64 entryId, int expectedVersion, const QString &reason,
                                                const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE diary_entries SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE "
                 "id = ? AND current_version = ? AND withdrawn_at IS NULL"),
             {nowUtc(), userName, reason, entryId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, Tr::tr("The diary entry changed in the meantime."), {}, {entryId}};
    return ok();
}

Result<QList<DiaryEntry>> SqliteCaseRepository::diaryWhere(const QString &where, const QVariant &value)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral(
                 "SELECT e.id, e.case_id, e.entry_date, e.kind, e.author, e.current_version, v.text, "
                 "e.created_at, e.withdrawn_at, e.withdrawn_by, e.withdraw_reason, "
                 "(SELECT group_concat(person_id) FROM diary_entry_persons WHERE entry_id = e.id) "
                 "AS person_ids "
                 "FROM diary_entries e JOIN diary_versions v ON v.entry_id = e.id AND v.version = "
                 "e.current_version WHERE ") +
                 where + QStringLiteral(" ORDER BY e.entry_date DESC, e.id DESC"),
             {value}))
        return queryError(q);
    QList<DiaryEntry> out;
    const Row row(q);
    while (q.next()) {
        DiaryEntry e;
        e.id = row.id("id");
        e.caseId = row.id("case_id");
        e.date = row.date("entry_date");
        e.kind = row.code<DiaryKind>("kind");
        e.author = row.text("author");
        e.version = row.integer("current_version");
        e.text = row.text("text");
        e.createdAt = row.instant("created_at");
        e.withdrawn = !row.isNull("withdrawn_at");
        e.withdrawnAt = row.instant("withdrawn_at");
        e.withdrawnBy = row.text("withdrawn_by");
        e.withdrawReason = row.text("withdraw_reason");
        const QString persons = row.text("person_ids");
        for (const QString &id : persons.split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.personIds.append(id.toLongLong());
        out.append(e);
    }
    return out;
}

Result<std::optional<DiaryEntry>> SqliteCaseRepository::findDiaryEntry(qint64 entryId)
{
    auto found = diaryWhere(QStringLiteral("e.id = ?"), entryId);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<DiaryEntry>();
    return std::optional<DiaryEntry>(found.value().first());
}

Result<QList<DiaryEntry>> SqliteCaseRepository::diary(qint64 caseId)
{
    return diaryWhere(QStringLiteral("e.case_id = ?"), caseId);
}

Result<QList<DiaryVersion>> SqliteCaseRepository::diaryVersions(qint64 entryId)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT version, text, edited_at, edited_by FROM diary_versions WHERE entry_id = ? ORDER "
                 "BY version"),
             {entryId}))
        return queryError(q);
    QList<DiaryVersion> out;
    const Row row(q);
    while (q.next())
        out.append(
            {row.integer("version"), row.text("text"), row.instant("edited_at"), row.text("edited_by")});
    return out;
}

} // namespace cartella::repository
