// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitemandaterepository.h"

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
    return Error{
        ErrorCode::Conflict, Tr::tr("Someone else changed the court mandate in the meantime."), {}, {id}};
}

QString measuresJson(const QList<MandateMeasure> &measures)
{
    QJsonArray codes;
    for (const MandateMeasure m : measures)
        codes.append(Vocabulary<MandateMeasure>::code(m));
    return QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact));
}

QList<MandateMeasure> measuresFrom(const QString &json)
{
    QList<MandateMeasure> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(Vocabulary<MandateMeasure>::fromCode(v.toString()));
    return out;
}

const QString kMandateSelect = QStringLiteral(
    "SELECT m.id, m.case_id, m.authority, m.decree_number, m.decree_date, m.measures, m.other_measure, "
    "m.created_at, m.created_by, m.version, c.number FROM court_mandates m JOIN cases c ON c.id = m.case_id");

const QString kTaskSelect = QStringLiteral(
    "SELECT t.id, t.mandate_id, t.kind, t.description, t.due_on, t.completed_on, "
    "coalesce(t.completed_by, '') AS completed_by, t.version, p.task_id, p.starts_on, p.ends_on, "
    "p.gravest_offence, p.project, p.outcome, p.outcome_on, coalesce(p.outcome_by, '') AS outcome_by, "
    "p.version AS probation_version FROM mandate_tasks t "
    "LEFT JOIN mandate_probations p ON p.task_id = t.id");

MandateTask readTask(const Row &row)
{
    MandateTask t;
    t.id = row.id("id");
    t.mandateId = row.id("mandate_id");
    t.kind = row.code<MandateTaskKind>("kind");
    t.description = row.text("description");
    t.dueOn = row.date("due_on");
    t.completedOn = row.date("completed_on");
    t.completedBy = row.text("completed_by");
    t.version = row.integer("version");
    if (!row.isNull("task_id")) {
        Probation p;
        p.taskId = t.id;
        p.startsOn = row.date("starts_on");
        p.endsOn = row.date("ends_on");
        p.gravestOffence = row.integer("gravest_offence") != 0;
        p.project = row.text("project");
        p.outcome = row.code<ProbationOutcome>("outcome");
        p.outcomeOn = row.date("outcome_on");
        p.outcomeBy = row.text("outcome_by");
        p.version = row.integer("probation_version");
        t.probation = p;
    }
    return t;
}

} // namespace

Result<qint64> SqliteMandateRepository::insertMandate(const CourtMandate &m, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO court_mandates (case_id, authority, decree_number, decree_date, measures, "
                 "other_measure, created_at, created_by, updated_at, updated_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {m.caseId, Vocabulary<MandateAuthority>::code(m.authority), m.decreeNumber,
              isoDate(m.decreeDate), measuresJson(m.measures), text(m.otherMeasure), now, userName, now,
              userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteMandateRepository::updateMandate(const CourtMandate &m, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO court_mandate_versions (mandate_id, version, data, replaced_at, replaced_by) "
                 "SELECT id, version, json_object('authority', authority, 'decree_number', decree_number, "
                 "'decree_date', decree_date, 'measures', json(measures), 'other_measure', other_measure, "
                 "'updated_at', updated_at, 'updated_by', updated_by), ?, ? "
                 "FROM court_mandates WHERE id = ? AND version = ?"),
             {now, userName, m.id, m.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(m.id);
    if (!run(q,
             QStringLiteral("UPDATE court_mandates SET authority = ?, decree_number = ?, decree_date = ?, "
                            "measures = ?, other_measure = ?, updated_at = ?, updated_by = ?, "
                            "version = version + 1 WHERE id = ? AND version = ?"),
             {Vocabulary<MandateAuthority>::code(m.authority), m.decreeNumber, isoDate(m.decreeDate),
              measuresJson(m.measures), text(m.otherMeasure), now, userName, m.id, m.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(m.id));
}

Result<QList<MandateTask>> SqliteMandateRepository::selectTasks(const QString &where,
                                                                const QVariantList &values)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q, kTaskSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY t.due_on, t.id"),
             values))
        return queryError(q);
    QList<MandateTask> tasks;
    const Row row(q);
    while (q.next())
        tasks.append(readTask(row));
    for (MandateTask &t : tasks) {
        sql::Query c(m_db);
        c.setForwardOnly(true);
        if (!run(c,
                 QStringLiteral("SELECT from_date, to_date, reason, changed_at, changed_by "
                                "FROM mandate_task_due_changes WHERE task_id = ? ORDER BY id"),
                 {t.id}))
            return queryError(c);
        const Row change(c);
        while (c.next())
            t.dueChanges.append({change.date("from_date"), change.date("to_date"), change.text("reason"),
                                 change.instant("changed_at"), change.text("changed_by")});
    }
    return tasks;
}

Result<QList<CourtMandate>> SqliteMandateRepository::selectMandates(const QString &where,
                                                                    const QVariantList &values)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             kMandateSelect + QStringLiteral(" WHERE ") + where +
                 QStringLiteral(" ORDER BY m.decree_date DESC, m.id DESC"),
             values))
        return queryError(q);
    QList<CourtMandate> out;
    const Row row(q);
    while (q.next()) {
        CourtMandate m;
        m.id = row.id("id");
        m.caseId = row.id("case_id");
        m.authority = row.code<MandateAuthority>("authority");
        m.decreeNumber = row.text("decree_number");
        m.decreeDate = row.date("decree_date");
        m.measures = measuresFrom(row.text("measures"));
        m.otherMeasure = row.text("other_measure");
        m.createdAt = row.instant("created_at");
        m.createdBy = row.text("created_by");
        m.version = row.integer("version");
        m.caseNumber = row.text("number");
        out.append(m);
    }
    for (CourtMandate &m : out) {
        auto tasks = selectTasks(QStringLiteral("t.mandate_id = ?"), {m.id});
        if (!tasks)
            return tasks.error();
        m.tasks = std::move(tasks).value();
    }
    return out;
}

Result<std::optional<CourtMandate>> SqliteMandateRepository::findMandate(qint64 id)
{
    auto found = selectMandates(QStringLiteral("m.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<CourtMandate>()
                                   : std::optional<CourtMandate>(found.value().first());
}

Result<QList<CourtMandate>> SqliteMandateRepository::mandatesOfCase(qint64 caseId)
{
    return selectMandates(QStringLiteral("m.case_id = ?"), {caseId});
}

Result<qint64> SqliteMandateRepository::insertTask(const MandateTask &t, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO mandate_tasks (mandate_id, kind, description, due_on, created_at, "
                            "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {t.mandateId, Vocabulary<MandateTaskKind>::code(t.kind), text(t.description), isoDate(t.dueOn),
              nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Result<std::optional<MandateTask>> SqliteMandateRepository::findTask(qint64 id)
{
    auto found = selectTasks(QStringLiteral("t.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<MandateTask>()
                                   : std::optional<MandateTask>(found.value().first());
}

Status SqliteMandateRepository::changeTaskDueDate(qint64 taskId, int expectedVersion, const QDate &to,
                                                  const QString &reason, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(
            q,
            QStringLiteral("INSERT INTO mandate_task_due_changes (task_id, task_version, from_date, to_date, "
                           "reason, changed_at, changed_by) SELECT id, version, due_on, ?, ?, ?, ? "
                           "FROM mandate_tasks WHERE id = ? AND version = ? AND completed_on IS NULL"),
            {isoDate(to), reason, nowUtc(), userName, taskId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(taskId);
    if (!run(q,
             QStringLiteral("UPDATE mandate_tasks SET due_on = ?, version = version + 1 "
                            "WHERE id = ? AND version = ? AND completed_on IS NULL"),
             {isoDate(to), taskId, expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(taskId));
}

Status SqliteMandateRepository::completeTask(qint64 taskId, int expectedVersion, const QDate &on,
                                             const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE mandate_tasks SET completed_on = ?, completed_at = ?, completed_by = ?, "
                            "version = version + 1 WHERE id = ? AND version = ? AND completed_on IS NULL"),
             {isoDate(on), nowUtc(), userName, taskId, expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(taskId));
}

Status SqliteMandateRepository::insertProbation(const Probation &p, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO mandate_probations (task_id, starts_on, ends_on, gravest_offence, "
                            "project, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {p.taskId, isoDate(p.startsOn), isoDate(p.endsOn), p.gravestOffence ? 1 : 0, p.project, nowUtc(),
              userName}))
        return queryError(q);
    return ok();
}

Status SqliteMandateRepository::recordProbationOutcome(qint64 taskId, int expectedVersion,
                                                       ProbationOutcome outcome, const QDate &on,
                                                       const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE mandate_probations SET outcome = ?, outcome_on = ?, outcome_at = ?, "
                            "outcome_by = ?, version = version + 1 "
                            "WHERE task_id = ? AND version = ? AND outcome = 'pending'"),
             {Vocabulary<ProbationOutcome>::code(outcome), isoDate(on), nowUtc(), userName, taskId,
              expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(taskId));
}

Result<QList<MandateReminder>> SqliteMandateRepository::openTasksDueBy(const MandateReminderQuery &query)
{
    QStringList clauses{QStringLiteral("t.completed_on IS NULL"), QStringLiteral("c.status <> 'closed'"),
                        QStringLiteral("t.due_on <= ?")};
    QVariantList values{isoDate(query.dueBy)};
    if (query.ownerWorkerId) {
        clauses << QStringLiteral("d.owner_worker_id = ?");
        values << *query.ownerWorkerId;
    }
    appendVisibility(query.visibility, clauses, values);
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT t.id AS task_id, t.mandate_id, m.case_id, d.id AS deadline_id, "
                            "d.owner_worker_id, t.kind, m.authority, "
                            "m.decree_number, c.number, t.due_on FROM mandate_tasks t "
                            "JOIN court_mandates m ON m.id = t.mandate_id JOIN cases c ON c.id = m.case_id "
                            "JOIN deadlines d ON d.source = 'mandate_task' AND d.source_id = t.id AND "
                            "d.state = 'open' WHERE ") +
                 clauses.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY t.due_on, t.id"),
             values))
        return queryError(q);
    QList<MandateReminder> out;
    const Row row(q);
    while (q.next()) {
        MandateReminder r;
        r.taskId = row.id("task_id");
        r.mandateId = row.id("mandate_id");
        r.caseId = row.id("case_id");
        r.deadlineId = row.id("deadline_id");
        r.ownerWorkerId = row.id("owner_worker_id");
        r.kind = row.code<MandateTaskKind>("kind");
        r.authority = row.code<MandateAuthority>("authority");
        r.decreeNumber = row.text("decree_number");
        r.caseNumber = row.text("number");
        r.dueOn = row.date("due_on");
        out.append(r);
    }
    return out;
}

Result<QString> SqliteMandateRepository::setting(const QString &key)
{
    return readOfficeSetting(m_db, key);
}

Status SqliteMandateRepository::setSetting(const QString &key, const QString &value, const QString &userName)
{
    return writeOfficeSetting(m_db, key, value, userName);
}

} // namespace cartella::repository
