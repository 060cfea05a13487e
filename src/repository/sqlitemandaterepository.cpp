#include "sqlitemandaterepository.h"

#include "domain/vocabulary.h"
#include "officesettings.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MandateRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The court mandates could not be read or written."),
                                  q.lastError().text());
}

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
    "SELECT t.id, t.mandate_id, t.kind, t.description, t.due_on, t.completed_on, coalesce(t.completed_by, "
    "''), "
    "t.version, p.task_id, p.starts_on, p.ends_on, p.gravest_offence, p.project, p.outcome, p.outcome_on, "
    "coalesce(p.outcome_by, ''), p.version FROM mandate_tasks t "
    "LEFT JOIN mandate_probations p ON p.task_id = t.id");

MandateTask readTask(const QSqlQuery &q)
{
    MandateTask t;
    t.id = q.value(0).toLongLong();
    t.mandateId = q.value(1).toLongLong();
    t.kind = Vocabulary<MandateTaskKind>::fromCode(q.value(2).toString());
    t.description = q.value(3).toString();
    t.dueOn = date(q.value(4));
    t.completedOn = date(q.value(5));
    t.completedBy = q.value(6).toString();
    t.version = q.value(7).toInt();
    if (!q.value(8).isNull()) {
        Probation p;
        p.taskId = t.id;
        p.startsOn = date(q.value(9));
        p.endsOn = date(q.value(10));
        p.gravestOffence = q.value(11).toInt() != 0;
        p.project = q.value(12).toString();
        p.outcome = Vocabulary<ProbationOutcome>::fromCode(q.value(13).toString());
        p.outcomeOn = date(q.value(14));
        p.outcomeBy = q.value(15).toString();
        p.version = q.value(16).toInt();
        t.probation = p;
    }
    return t;
}

} // namespace

Result<qint64> SqliteMandateRepository::insertMandate(const CourtMandate &m, const QString &userName)
{
    QSqlQuery q(m_db.connection());
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
    return q.value(0).toLongLong();
}

Status SqliteMandateRepository::updateMandate(const CourtMandate &m, const QString &userName)
{
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, kTaskSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY t.due_on, t.id"),
             values))
        return queryError(q);
    QList<MandateTask> tasks;
    while (q.next())
        tasks.append(readTask(q));
    for (MandateTask &t : tasks) {
        QSqlQuery c(m_db.connection());
        c.setForwardOnly(true);
        if (!run(c,
                 QStringLiteral("SELECT from_date, to_date, reason, changed_at, changed_by "
                                "FROM mandate_task_due_changes WHERE task_id = ? ORDER BY id"),
                 {t.id}))
            return queryError(c);
        while (c.next())
            t.dueChanges.append({date(c.value(0)), date(c.value(1)), c.value(2).toString(),
                                 instant(c.value(3)), c.value(4).toString()});
    }
    return tasks;
}

Result<QList<CourtMandate>> SqliteMandateRepository::selectMandates(const QString &where,
                                                                    const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             kMandateSelect + QStringLiteral(" WHERE ") + where +
                 QStringLiteral(" ORDER BY m.decree_date DESC, m.id DESC"),
             values))
        return queryError(q);
    QList<CourtMandate> out;
    while (q.next()) {
        CourtMandate m;
        m.id = q.value(0).toLongLong();
        m.caseId = q.value(1).toLongLong();
        m.authority = Vocabulary<MandateAuthority>::fromCode(q.value(2).toString());
        m.decreeNumber = q.value(3).toString();
        m.decreeDate = date(q.value(4));
        m.measures = measuresFrom(q.value(5).toString());
        m.otherMeasure = q.value(6).toString();
        m.createdAt = instant(q.value(7));
        m.createdBy = q.value(8).toString();
        m.version = q.value(9).toInt();
        m.caseNumber = q.value(10).toString();
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
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("INSERT INTO mandate_tasks (mandate_id, kind, description, due_on, created_at, "
                            "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {t.mandateId, Vocabulary<MandateTaskKind>::code(t.kind), text(t.description), isoDate(t.dueOn),
              nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
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
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("UPDATE mandate_tasks SET completed_on = ?, completed_at = ?, completed_by = ?, "
                            "version = version + 1 WHERE id = ? AND version = ? AND completed_on IS NULL"),
             {isoDate(on), nowUtc(), userName, taskId, expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(taskId));
}

Status SqliteMandateRepository::insertProbation(const Probation &p, const QString &userName)
{
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral(
                 "SELECT t.id, t.mandate_id, m.case_id, d.id, d.owner_worker_id, t.kind, m.authority, "
                 "m.decree_number, c.number, t.due_on FROM mandate_tasks t "
                 "JOIN court_mandates m ON m.id = t.mandate_id JOIN cases c ON c.id = m.case_id "
                 "JOIN deadlines d ON d.source = 'mandate_task' AND d.source_id = t.id AND "
                 "d.state = 'open' WHERE ") +
                 clauses.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY t.due_on, t.id"),
             values))
        return queryError(q);
    QList<MandateReminder> out;
    while (q.next()) {
        MandateReminder r;
        r.taskId = q.value(0).toLongLong();
        r.mandateId = q.value(1).toLongLong();
        r.caseId = q.value(2).toLongLong();
        r.deadlineId = q.value(3).toLongLong();
        r.ownerWorkerId = q.value(4).toLongLong();
        r.kind = Vocabulary<MandateTaskKind>::fromCode(q.value(5).toString());
        r.authority = Vocabulary<MandateAuthority>::fromCode(q.value(6).toString());
        r.decreeNumber = q.value(7).toString();
        r.caseNumber = q.value(8).toString();
        r.dueOn = date(q.value(9));
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
