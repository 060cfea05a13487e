#include "sqliteintakerepository.h"

#include "domain/vocabulary.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The intake contacts could not be read or written."),
                                  q.lastError().text());
}

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.contact_date, i.channel, i.area, i.municipality_code, i.visitor, i.request, i.response, "
    "i.outcome, i.referred_to, coalesce(i.case_id, 0), coalesce(c.number, ''), i.created_at, i.created_by, "
    "i.updated_at, i.updated_by, i.version FROM intakes i LEFT JOIN cases c ON c.id = i.case_id");

IntakeContact readIntake(const QSqlQuery &q)
{
    IntakeContact i;
    i.id = q.value(0).toLongLong();
    i.contactDate = date(q.value(1));
    i.channel = Vocabulary<ContactChannel>::fromCode(q.value(2).toString());
    i.area = Vocabulary<CaseArea>::fromCode(q.value(3).toString());
    i.municipalityCode = q.value(4).toString();
    i.visitor = q.value(5).toString();
    i.request = q.value(6).toString();
    i.response = q.value(7).toString();
    i.outcome = Vocabulary<IntakeOutcome>::fromCode(q.value(8).toString());
    i.referredTo = q.value(9).toString();
    i.caseId = q.value(10).toLongLong();
    i.caseNumber = q.value(11).toString();
    i.stamp = {instant(q.value(12)), q.value(13).toString(), instant(q.value(14)), q.value(15).toString(),
               q.value(16).toInt()};
    return i;
}

} // namespace

Result<qint64> SqliteIntakeRepository::insertIntake(const IntakeContact &i, const QString &userName)
{
    QSqlQuery q(m_db.connection());
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
    const qint64 id = q.value(0).toLongLong();
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
    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    for (IntakeContact &i : intakes) {
        if (!run(q,
                 QStringLiteral("SELECT p.id, p.surname || ' ' || p.given_name FROM intake_persons ip JOIN "
                                "persons p ON p.id = ip.person_id WHERE ip.intake_id = ? ORDER BY ip.rowid"),
                 {i.id}))
            return queryError(q);
        while (q.next()) {
            i.personIds.append(q.value(0).toLongLong());
            i.personNames.append(q.value(1).toString());
        }
    }
    return ok();
}

Result<std::optional<IntakeContact>> SqliteIntakeRepository::findIntake(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (!run(q, kSelect + QStringLiteral(" WHERE i.id = ?"), {id}))
        return queryError(q);
    if (!q.next())
        return std::optional<IntakeContact>();
    QList<IntakeContact> one{readIntake(q)};
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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             kSelect + where +
                 QStringLiteral(" ORDER BY i.contact_date DESC, i.id DESC LIMIT %1").arg(query.limit),
             values))
        return queryError(q);
    QList<IntakeContact> out;
    while (q.next())
        out.append(readIntake(q));
    q.finish();
    if (Status s = readPersons(out); !s)
        return s.error();
    return out;
}

} // namespace cartella::repository
