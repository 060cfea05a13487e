// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitehouseholdrepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QSqlQuery>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

Result<qint64> SqliteHouseholdRepository::insertHousehold(const QString &userName)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO households (created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, "
        "?) RETURNING id"));
    const QString now = nowUtc();
    for (const QVariant &v : {QVariant(now), QVariant(userName), QVariant(now), QVariant(userName)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(q);
    const qint64 id = Row(q).id("id");
    q.finish();
    return id;
}

Status SqliteHouseholdRepository::touch(qint64 householdId, int expectedVersion, const QString &userName)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE households SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? "
        "AND version = ?"));
    q.addBindValue(nowUtc());
    q.addBindValue(userName);
    q.addBindValue(householdId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{
            ErrorCode::Conflict, Tr::tr("The household changed in the meantime."), {}, {householdId}};
    return ok();
}

Status SqliteHouseholdRepository::addMember(qint64 householdId, const HouseholdMember &m,
                                            const QString &userName)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral("INSERT INTO household_members (household_id, person_id, relation, joined_on, "
                             "recorded_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(householdId);
    q.addBindValue(m.personId);
    q.addBindValue(Vocabulary<HouseholdRelation>::code(m.relation));
    q.addBindValue(m.joinedOn.toString(Qt::ISODate));
    q.addBindValue(userName);
    if (!q.exec())
        return queryError(q);
    return ok();
}

Status SqliteHouseholdRepository::endMembership(qint64 householdId, qint64 personId, QDate leftOn)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE household_members SET left_on = ? WHERE household_id = ? AND person_id = ? AND "
        "left_on IS NULL"));
    q.addBindValue(leftOn.toString(Qt::ISODate));
    q.addBindValue(householdId);
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(q);
    return ok();
}

Result<std::optional<Household>> SqliteHouseholdRepository::findHousehold(qint64 householdId)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral("SELECT version FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Household>();
    Household h;
    h.id = householdId;
    h.version = Row(q).integer("version");
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT m.person_id, m.relation, m.joined_on, p.surname || ' ' || p.given_name AS name FROM "
        "household_members m JOIN persons p ON p.id = m.person_id WHERE m.household_id = ? AND "
        "m.left_on IS NULL ORDER BY m.relation = 'reference' DESC, m.id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return queryError(q);
    const Row member(q);
    while (q.next())
        h.members.append({member.id("person_id"), member.code<HouseholdRelation>("relation"),
                          member.date("joined_on"), member.text("name")});
    return std::optional<Household>(h);
}

Result<std::optional<qint64>> SqliteHouseholdRepository::householdOf(qint64 personId)
{
    sql::Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT household_id FROM household_members WHERE person_id = ? AND left_on IS NULL"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(Row(q).id("household_id"));
}

} // namespace cartella::repository
