#include "sqlitesubjectdatarepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSubjectDataRepository)
};

Error readError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The data held about the person could not be read."),
                                  q.lastError().text());
}

// The audit records about the person (entity person), their cases (entity case), the diary entries of those
// cases and their intake contacts; each part walks the index audit_log (entity, entity_id, id).
const char *const accessSql = R"(
SELECT a.id, a.at, a.user_name, a.workstation, a.purpose, a.action, 0, ''
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
ORDER BY 1 DESC)";

bool runFor(QSqlQuery &q, const QString &sql, qint64 personId, int times = 1)
{
    q.setForwardOnly(true);
    return run(q, sql, QVariantList(times, personId));
}

} // namespace

Result<QList<AccessEntry>> SqliteSubjectDataRepository::accessEntries(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(q, QString::fromLatin1(accessSql), personId, 4))
        return readError(q);
    QList<AccessEntry> out;
    while (q.next()) {
        AccessEntry e;
        e.auditId = q.value(0).toLongLong();
        e.at = instant(q.value(1));
        e.userName = q.value(2).toString();
        e.workstation = q.value(3).toString();
        e.purpose = q.value(4).toString();
        e.action = q.value(5).toString();
        e.caseId = q.value(6).toLongLong();
        e.caseNumber = q.value(7).toString();
        out.append(e);
    }
    return out;
}

Result<QList<SubjectPersonVersion>> SqliteSubjectDataRepository::personVersions(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(q,
                QStringLiteral("SELECT version, data, replaced_at, replaced_by FROM person_versions WHERE "
                               "person_id = ? ORDER BY version"),
                personId))
        return readError(q);
    QList<SubjectPersonVersion> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), instant(q.value(2)), q.value(3).toString()});
    return out;
}

Result<QList<SubjectHouseholdMembership>> SqliteSubjectDataRepository::householdMemberships(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(
            q,
            QStringLiteral("SELECT household_id, relation, joined_on, left_on FROM household_members WHERE "
                           "person_id = ? ORDER BY joined_on, id"),
            personId))
        return readError(q);
    QList<SubjectHouseholdMembership> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), date(q.value(2)), date(q.value(3))});
    return out;
}

Result<QList<SubjectCase>> SqliteSubjectDataRepository::cases(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(q,
                QStringLiteral(
                    "SELECT c.id, c.number, c.area, c.status, c.opened_on, c.closed_on, m.role, w.name "
                    "FROM case_members m JOIN cases c ON c.id = m.case_id "
                    "JOIN workers w ON w.id = c.responsible_worker_id "
                    "WHERE m.person_id = ? ORDER BY c.opened_on, c.id"),
                personId))
        return readError(q);
    QList<SubjectCase> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), date(q.value(4)), date(q.value(5)), q.value(6).toString(),
                    q.value(7).toString()});
    return out;
}

Result<QList<SubjectDiaryEntry>> SqliteSubjectDataRepository::diaryEntries(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(
            q,
            QStringLiteral(
                "SELECT d.id, d.case_id, d.entry_date, d.kind, d.author, v.text, d.withdrawn_at IS NOT NULL "
                "FROM case_members m JOIN diary_entries d ON d.case_id = m.case_id "
                "JOIN diary_versions v ON v.entry_id = d.id AND v.version = d.current_version "
                "WHERE m.person_id = ? ORDER BY d.entry_date, d.id"),
            personId))
        return readError(q);
    QList<SubjectDiaryEntry> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        SubjectDiaryEntry e{
            q.value(0).toLongLong(), q.value(1).toLongLong(), date(q.value(2)),    q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),   q.value(6).toBool(), {}};
        index.insert(e.id, out.size());
        out.append(e);
    }
    QSqlQuery p(m_db.connection());
    if (!runFor(p,
                QStringLiteral("SELECT dp.entry_id, dp.person_id FROM case_members m "
                               "JOIN diary_entries d ON d.case_id = m.case_id "
                               "JOIN diary_entry_persons dp ON dp.entry_id = d.id WHERE m.person_id = ?"),
                personId))
        return readError(p);
    while (p.next()) {
        const auto at = index.constFind(p.value(0).toLongLong());
        if (at != index.constEnd())
            out[*at].personIds.append(p.value(1).toLongLong());
    }
    return out;
}

Result<QList<SubjectObjective>> SqliteSubjectDataRepository::objectives(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(
            q,
            QStringLiteral("SELECT o.id, o.case_id, o.title, o.status, a.what, a.status, a.due_on, w.name "
                           "FROM case_members m JOIN care_objectives o ON o.case_id = m.case_id "
                           "LEFT JOIN care_actions a ON a.objective_id = o.id "
                           "LEFT JOIN workers w ON w.id = a.owner_worker_id "
                           "WHERE m.person_id = ? ORDER BY o.case_id, o.id, a.id"),
            personId))
        return readError(q);
    QList<SubjectObjective> out;
    qint64 lastId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != lastId) {
            out.append({q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), {}});
            lastId = id;
        }
        if (!q.value(4).isNull())
            out.last().actions.append(
                {q.value(4).toString(), q.value(5).toString(), date(q.value(6)), q.value(7).toString()});
    }
    return out;
}

Result<QList<SubjectIntake>> SqliteSubjectDataRepository::intakes(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(q,
                QStringLiteral("SELECT i.id, i.contact_date, i.channel, i.area, i.request, i.response, "
                               "i.outcome, i.referred_to FROM intake_persons ip "
                               "JOIN intakes i ON i.id = ip.intake_id WHERE ip.person_id = ? "
                               "ORDER BY i.contact_date, i.id"),
                personId))
        return readError(q);
    QList<SubjectIntake> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), date(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                    q.value(7).toString()});
    return out;
}

Result<QList<ThirdParty>> SqliteSubjectDataRepository::thirdParties(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    if (!runFor(q,
                QStringLiteral(
                    "SELECT p.id, p.surname, p.given_name, coalesce(p.fiscal_code, '') FROM persons p "
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
        return readError(q);
    QList<ThirdParty> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

} // namespace cartella::repository
