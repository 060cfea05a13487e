// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitepersonrepository.h"

#include "domain/kernel/textfold.h"
#include "repository/personsearchsql.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

const QString kColumns = QStringLiteral(
    "id, surname, given_name, sex, birth_date, birth_place_code, fiscal_code, citizenship, "
    "residence_municipality, residence_street, domicile_municipality, domicile_street, phone, email, "
    "marital_status, education, employment, created_at, created_by, updated_at, updated_by, version");

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Person readPerson(const Row &row)
{
    Person p;
    p.id = row.id("id");
    p.surname = row.text("surname");
    p.givenName = row.text("given_name");
    p.sex = row.code<Sex>("sex");
    p.birthDate = row.date("birth_date");
    p.birthPlaceCode = row.text("birth_place_code");
    p.fiscalCode = row.text("fiscal_code");
    p.citizenship = row.text("citizenship");
    p.residence = {row.text("residence_municipality"), row.text("residence_street")};
    p.domicile = {row.text("domicile_municipality"), row.text("domicile_street")};
    p.phone = row.text("phone");
    p.email = row.text("email");
    p.maritalStatus = row.code<MaritalStatus>("marital_status");
    p.education = row.code<EducationLevel>("education");
    p.employment = row.code<EmploymentStatus>("employment");
    p.stamp = row.stamp();
    return p;
}

// A list row: id, surname, given_name, sex, birth_date, fiscal_code, residence_municipality[, sort_value].
PersonSummary readSummary(const Row &row, bool withSortValue)
{
    return {row.id("id"),
            row.text("surname"),
            row.text("given_name"),
            row.code<Sex>("sex"),
            row.date("birth_date"),
            row.text("fiscal_code"),
            row.text("residence_municipality"),
            withSortValue ? row.text("sort_value") : QString()};
}

// Values shared by INSERT and UPDATE, in the order of kWritable.
void bindWritable(QSqlQuery &q, const Person &p)
{
    q.bindValue(QStringLiteral(":surname"), p.surname);
    q.bindValue(QStringLiteral(":given_name"), p.givenName);
    q.bindValue(QStringLiteral(":sex"), Vocabulary<Sex>::code(p.sex));
    q.bindValue(QStringLiteral(":birth_date"), p.birthDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":birth_place_code"), nullIfEmpty(p.birthPlaceCode));
    q.bindValue(QStringLiteral(":fiscal_code"), nullIfEmpty(p.fiscalCode));
    q.bindValue(QStringLiteral(":citizenship"), nullIfEmpty(p.citizenship));
    q.bindValue(QStringLiteral(":residence_municipality"), nullIfEmpty(p.residence.municipalityCode));
    q.bindValue(QStringLiteral(":residence_street"), nullIfEmpty(p.residence.street));
    q.bindValue(QStringLiteral(":domicile_municipality"), nullIfEmpty(p.domicile.municipalityCode));
    q.bindValue(QStringLiteral(":domicile_street"), nullIfEmpty(p.domicile.street));
    q.bindValue(QStringLiteral(":phone"), nullIfEmpty(p.phone));
    q.bindValue(QStringLiteral(":email"), nullIfEmpty(p.email));
    q.bindValue(QStringLiteral(":marital_status"), Vocabulary<MaritalStatus>::code(p.maritalStatus));
    q.bindValue(QStringLiteral(":education"), Vocabulary<EducationLevel>::code(p.education));
    q.bindValue(QStringLiteral(":employment"), Vocabulary<EmploymentStatus>::code(p.employment));
    q.bindValue(QStringLiteral(":name_key"), foldForSearch(p.surname + QLatin1Char(' ') + p.givenName));
    q.bindValue(QStringLiteral(":given_key"), foldForSearch(p.givenName + QLatin1Char(' ') + p.surname));
}

} // namespace

Result<qint64> SqlitePersonRepository::insert(const Person &p, const QString &userName)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO persons (surname, given_name, sex, birth_date, birth_place_code, fiscal_code, "
        "citizenship, "
        "residence_municipality, residence_street, domicile_municipality, domicile_street, phone, email, "
        "marital_status, education, employment, name_key, given_key, created_at, created_by, updated_at, "
        "updated_by, version) VALUES (:surname, :given_name, :sex, :birth_date, :birth_place_code, "
        ":fiscal_code, "
        ":citizenship, :residence_municipality, :residence_street, :domicile_municipality, :domicile_street, "
        ":phone, :email, :marital_status, :education, :employment, :name_key, :given_key, :now, :user, :now, "
        ":user, 1) RETURNING id"));
    bindWritable(q, p);
    q.bindValue(QStringLiteral(":now"), nowUtc());
    q.bindValue(QStringLiteral(":user"), userName);
    if (!q.exec() || !q.next())
        return queryError(q);
    const qint64 id = Row(q).id("id");
    q.finish();
    return id;
}

Status SqlitePersonRepository::update(const Person &p, const QString &userName)
{
    // Keep the version being replaced, then write the new one only if nobody saved in between.
    sql::Query keep(m_db);
    keep.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM persons WHERE id = ?"));
    keep.addBindValue(p.id);
    if (!keep.exec())
        return queryError(keep);
    if (!keep.next())
        return Error{ErrorCode::NotFound, Tr::tr("The person no longer exists."), {}, {p.id}};
    const QSqlRecord record = keep.record();
    QJsonObject old;
    for (int i = 0; i < record.count(); ++i)
        old.insert(record.fieldName(i), QJsonValue::fromVariant(keep.value(i)));
    const int storedVersion = Row(keep).integer("version");
    keep.finish();
    if (storedVersion != p.stamp.version)
        return Error{
            ErrorCode::Conflict,
            Tr::tr("Someone else saved this person while you were editing (version %1, you started from "
                   "version %2). Your changes are still in the form: note them, close the form, open "
                   "the person again to see the other changes, then apply yours.")
                .arg(storedVersion)
                .arg(p.stamp.version),
            {},
            {p.id}};

    sql::Query history(m_db);
    history.prepare(QStringLiteral("INSERT INTO person_versions (person_id, version, data, replaced_at, "
                                   "replaced_by) VALUES (?, ?, ?, ?, ?)"));
    history.addBindValue(p.id);
    history.addBindValue(storedVersion);
    history.addBindValue(QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
    history.addBindValue(nowUtc());
    history.addBindValue(userName);
    if (!history.exec())
        return queryError(history);

    sql::Query q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE persons SET surname = :surname, given_name = :given_name, sex = :sex, birth_date = "
        ":birth_date, "
        "birth_place_code = :birth_place_code, fiscal_code = :fiscal_code, citizenship = :citizenship, "
        "residence_municipality = :residence_municipality, residence_street = :residence_street, "
        "domicile_municipality = :domicile_municipality, domicile_street = :domicile_street, phone = :phone, "
        "email = :email, marital_status = :marital_status, education = :education, employment = :employment, "
        "name_key = :name_key, given_key = :given_key, updated_at = :now, updated_by = :user, "
        "version = version + 1 WHERE id = :id AND version = :version"));
    bindWritable(q, p);
    q.bindValue(QStringLiteral(":now"), nowUtc());
    q.bindValue(QStringLiteral(":user"), userName);
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":version"), p.stamp.version);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     Tr::tr("Someone else saved this person while you were editing."),
                     {},
                     {p.id}};
    return ok();
}

Result<std::optional<Person>> SqlitePersonRepository::findOne(const QString &where, const QVariant &value)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM persons WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Person>();
    return std::optional<Person>(readPerson(Row(q)));
}

Result<std::optional<Person>> SqlitePersonRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<std::optional<Person>> SqlitePersonRepository::findByFiscalCode(const QString &code)
{
    return findOne(QStringLiteral("fiscal_code = ?"), code);
}

Result<QList<PersonSummary>> SqlitePersonRepository::findSameNameAndBirth(const QString &surname,
                                                                          const QString &givenName,
                                                                          QDate birthDate)
{
    sql::Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, surname, given_name, sex, birth_date, fiscal_code, residence_municipality "
                       "FROM persons WHERE birth_date = ? AND name_key = ? ORDER BY id"));
    q.addBindValue(birthDate.toString(Qt::ISODate));
    q.addBindValue(foldForSearch(surname + QLatin1Char(' ') + givenName));
    if (!q.exec())
        return queryError(q);
    QList<PersonSummary> out;
    const Row row(q);
    while (q.next())
        out.append(readSummary(row, false));
    return out;
}

Result<QList<PersonSummary>> SqlitePersonRepository::search(const PersonQuery &query)
{
    const SqlStatement statement = PersonSearchSql::page(query);
    sql::Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (auto it = statement.binds.cbegin(); it != statement.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return queryError(q);
    QList<PersonSummary> out;
    out.reserve(query.limit);
    const Row row(q);
    while (q.next()) {
        PersonSummary summary = readSummary(row, true);
        summary.searchGroup = row.integer("grp");
        out.append(summary);
    }
    return out;
}

Result<qint64> SqlitePersonRepository::count(const PersonQuery &query)
{
    const SqlStatement statement = PersonSearchSql::count(query);
    sql::Query q(m_db);
    q.prepare(statement.sql);
    for (auto it = statement.binds.cbegin(); it != statement.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next())
        return queryError(q);
    return Row(q).number("total");
}

Result<int> SqlitePersonRepository::historyLength(qint64 personId)
{
    sql::Query q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) AS versions FROM person_versions WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return Row(q).integer("versions");
}

} // namespace cartella::repository
