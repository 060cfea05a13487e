// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitecareplanrepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

Error conflict(qint64 id)
{
    return Error{ErrorCode::Conflict, Tr::tr("Someone else changed the project in the meantime."), {}, {id}};
}

CareObjective readObjective(const Row &row)
{
    return {row.id("id"), row.id("case_id"), row.text("title"), row.code<ObjectiveStatus>("status"),
            row.integer("version")};
}

const QString kObjectiveColumns = QStringLiteral("id, case_id, title, status, version FROM care_objectives");

} // namespace

Result<CarePlan> SqliteCarePlanRepository::plan(qint64 caseId)
{
    CarePlan p;
    p.caseId = caseId;
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT planned_end_on, version FROM care_plans WHERE case_id = ?"), {caseId}))
        return queryError(q);
    if (q.next()) {
        const Row row(q);
        p.plannedEndOn = row.date("planned_end_on");
        p.version = row.integer("version");
    }
    if (!run(q,
             QStringLiteral("SELECT ") + kObjectiveColumns + QStringLiteral(" WHERE case_id = ? ORDER BY id"),
             {caseId}))
        return queryError(q);
    const Row objective(q);
    while (q.next())
        p.objectives.append(readObjective(objective));
    auto actions = this->actions(QStringLiteral("a.case_id = ?"), caseId);
    if (!actions)
        return actions.error();
    p.actions = std::move(actions).value();
    if (!run(q,
             QStringLiteral(
                 "SELECT id, case_id, review_date, outcome, next_review_on, recorded_at, recorded_by "
                 "FROM care_reviews WHERE case_id = ? ORDER BY review_date DESC, id DESC"),
             {caseId}))
        return queryError(q);
    const Row review(q);
    while (q.next())
        p.reviews.append({review.id("id"), review.id("case_id"), review.date("review_date"),
                          review.text("outcome"), review.date("next_review_on"),
                          review.instant("recorded_at"), review.text("recorded_by")});
    return p;
}

Status SqliteCarePlanRepository::savePlannedEnd(qint64 caseId, int expectedVersion, const QDate &plannedEndOn,
                                                const QString &userName)
{
    sql::Query q(m_db);
    const bool ran =
        expectedVersion == 0
            ? run(q,
                  QStringLiteral("INSERT INTO care_plans (case_id, planned_end_on, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING"),
                  {caseId, optionalDate(plannedEndOn), nowUtc(), userName})
            : run(q,
                  QStringLiteral("UPDATE care_plans SET planned_end_on = ?, updated_at = ?, updated_by = ?, "
                                 "version = version + 1 WHERE case_id = ? AND version = ?"),
                  {optionalDate(plannedEndOn), nowUtc(), userName, caseId, expectedVersion});
    if (!ran)
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(caseId);
    return ok();
}

Result<qint64> SqliteCarePlanRepository::insertObjective(const CareObjective &o, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(
            q,
            QStringLiteral("INSERT INTO care_objectives (case_id, title, status, created_at, created_by, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {o.caseId, o.title, Vocabulary<ObjectiveStatus>::code(o.status), now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteCarePlanRepository::updateObjective(const CareObjective &o, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE care_objectives SET title = ?, status = ?, updated_at = ?, updated_by = ?, "
                 "version = version + 1 WHERE id = ? AND version = ?"),
             {o.title, Vocabulary<ObjectiveStatus>::code(o.status), nowUtc(), userName, o.id, o.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(o.id));
}

Result<std::optional<CareObjective>> SqliteCarePlanRepository::findObjective(qint64 id)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT ") + kObjectiveColumns + QStringLiteral(" WHERE id = ?"), {id}))
        return queryError(q);
    if (!q.next())
        return std::optional<CareObjective>();
    return std::optional<CareObjective>(readObjective(Row(q)));
}

Result<QList<CareAction>> SqliteCarePlanRepository::actions(const QString &where, const QVariant &value)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT a.id, a.case_id, a.objective_id, a.what, a.owner_worker_id, w.name, a.due_on, "
                 "a.status, a.version FROM care_actions a JOIN workers w ON w.id = a.owner_worker_id "
                 "WHERE ") +
                 where + QStringLiteral(" ORDER BY a.objective_id, a.id"),
             {value}))
        return queryError(q);
    QList<CareAction> out;
    const Row row(q);
    while (q.next())
        out.append({row.id("id"), row.id("case_id"), row.id("objective_id"), row.text("what"),
                    row.id("owner_worker_id"), row.text("name"), row.date("due_on"),
                    row.code<ActionStatus>("status"), row.integer("version")});
    return out;
}

Result<qint64> SqliteCarePlanRepository::insertAction(const CareAction &a, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO care_actions (case_id, objective_id, what, owner_worker_id, due_on, "
                 "status, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?) RETURNING id"),
             {a.caseId, a.objectiveId, a.what, a.ownerWorkerId, optionalDate(a.dueOn),
              Vocabulary<ActionStatus>::code(a.status), now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteCarePlanRepository::updateAction(const CareAction &a, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE care_actions SET what = ?, owner_worker_id = ?, due_on = ?, status = ?, "
                 "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
             {a.what, a.ownerWorkerId, optionalDate(a.dueOn), Vocabulary<ActionStatus>::code(a.status),
              nowUtc(), userName, a.id, a.version}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(a.id));
}

Result<std::optional<CareAction>> SqliteCarePlanRepository::findAction(qint64 id)
{
    auto found = actions(QStringLiteral("a.id = ?"), id);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<CareAction>();
    return std::optional<CareAction>(found.value().first());
}

Result<qint64> SqliteCarePlanRepository::insertReview(const CareReview &r, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(
            q,
            QStringLiteral("INSERT INTO care_reviews (case_id, review_date, outcome, next_review_on, "
                           "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {r.caseId, isoDate(r.reviewDate), r.outcome, optionalDate(r.nextReviewOn), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

} // namespace cartella::repository
