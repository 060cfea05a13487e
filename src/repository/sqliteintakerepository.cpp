// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteintakerepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.contact_date, i.channel, i.area, i.municipality_code, i.visitor, i.request, i.response, "
    "i.outcome, i.referred_to, coalesce(i.case_id, 0) AS case_id, coalesce(c.number, '') AS case_number, "
    "i.created_at, i.created_by, "
    "i.updated_at, i.updated_by, i.version FROM intakes i LEFT JOIN cases c ON c.id = i.case_id");

IntakeContact readIntake(const Row &row)
{
    IntakeContact i;
    i.id = row.id("id");
    i.contactDate = row.date("contact_date");
    i.channel = row.code<ContactChannel>("channel");
    i.area = row.code<CaseArea>("area");
    i.municipalityCode = row.text("municipality_code");
    i.visitor = row.text("visitor");
    i.request = row.text("request");
    i.response = row.text("response");
    i.outcome = row.code<IntakeOutcome>("outcome");
    i.referredTo = row.text("referred_to");
    i.caseId = row.id("case_id");
    i.caseNumber = row.text("case_number");
    i.stamp = row.stamp();
    return i;
}

} // namespace

Result<qint64> SqliteIntakeRepository::insertIntake(const IntakeContact &i, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral("INSERT INTO intakes (contact_date, channel, area, municipality_code, visitor, "
                            "request, response, outcome, referred_to, created_at, created_by, updated_at, "
                            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {isoDate(i.contactDate), Vocabulary<ContactChannel>::code(i.channel),
              Vocabulary<CaseArea>::code(i.area), text(i.municipalityCode), text(i.visitor), i.request,
              text(i.response), Vocabulary<IntakeOutcome>::code(i.outcome), text(i.referredTo), now, userName,
              now, userName}) ||
        !q.next())
        return queryError(q);
    const qint64 id = Row(q).id("id");
    q.finish();
    for (const qint64 personId : i.personIds) {
        if (!run(q, QStringLiteral("INSERT INTO intake_persons (intake_id, person_id) VALUES (?, ?)"),
                 {id, personId}))
            return queryError(q);
    }
    return id;
}

Status SqliteIntakeRepository::markCaseOpened(qint64 intakeId, int expectedVersion, qint64 caseId,
                                              const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE intakes SET outcome = ?, case_id = ?, updated_at = ?, "
                            "updated_by = ?, version = version + 1 WHERE id = ? AND version = ? AND case_id "
                            "IS NULL"),
             {Vocabulary<IntakeOutcome>::code(IntakeOutcome::CaseOpened), caseId, nowUtc(), userName,
              intakeId, expectedVersion}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{
            ErrorCode::Conflict, Tr::tr("Someone else changed the contact in the meantime."), {}, {intakeId}};
    return ok();
}

Status SqliteIntakeRepository::readPersons(QList<IntakeContact> &intakes)
{
    sql::Query q(m_db);
    for (IntakeContact &i : intakes) {
        if (!run(q,
                 QStringLiteral(
                     "SELECT p.id, p.surname || ' ' || p.given_name AS name FROM intake_persons ip JOIN "
                     "persons p ON p.id = ip.person_id WHERE ip.intake_id = ? ORDER BY ip.rowid"),
                 {i.id}))
            return queryError(q);
        const Row person(q);
        while (q.next()) {
            i.personIds.append(person.id("id"));
            i.personNames.append(person.text("name"));
        }
    }
    return ok();
}

Result<std::optional<IntakeContact>> SqliteIntakeRepository::findIntake(qint64 id)
{
    sql::Query q(m_db);
    if (!run(q, kSelect + QStringLiteral(" WHERE i.id = ?"), {id}))
        return queryError(q);
    if (!q.next())
        return std::optional<IntakeContact>();
    QList<IntakeContact> one{readIntake(Row(q))};
    q.finish();
    if (Status s = readPersons(one); !s)
        return s.error();
    return std::optional<IntakeContact>(one.first());
}

Result<QList<IntakeContact>> SqliteIntakeRepository::listIntakes(const IntakeQuery &query)
{
    QStringList clauses;
    QVariantList values;
    if (query.outcome) {
        clauses << QStringLiteral("i.outcome = ?");
        values << Vocabulary<IntakeOutcome>::code(*query.outcome);
    }
    if (query.after) {
        clauses << QStringLiteral("(i.contact_date < ? OR (i.contact_date = ? AND i.id < ?))");
        const QString d = isoDate(query.after->contactDate);
        values << d << d << query.after->id;
    }
    if (!query.municipalities.isEmpty()) {
        clauses
            << QStringLiteral("(i.municipality_code = '' OR i.municipality_code IN (%1))")
                   .arg(QStringList(query.municipalities.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &code : query.municipalities)
            values << code;
    }
    QStringList caseClauses;
    if (appendVisibility(query.caseVisibility, caseClauses, values))
        clauses
            << QStringLiteral("(i.case_id IS NULL OR (%1))").arg(caseClauses.join(QStringLiteral(" AND ")));
    const QString where =
        clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             kSelect + where +
                 QStringLiteral(" ORDER BY i.contact_date DESC, i.id DESC LIMIT %1").arg(query.limit),
             values))
        return queryError(q);
    QList<IntakeContact> out;
    const Row row(q);
    while (q.next())
        out.append(readIntake(row));
    q.finish();
    if (Status s = readPersons(out); !s)
        return s.error();
    return out;
}

} // namespace cartella::repository
