#include "sqlitepersonrepository.h"

#include "domain/textfold.h"
#include "personsearchsql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cartella::repository {

using namespace cartella::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
};

const QString kColumns = QStringLiteral(
    "id, surname, given_name, sex, birth_date, birth_place_code, fiscal_code, citizenship, "
    "residence_municipality, residence_street, domicile_municipality, domicile_street, phone, email, "
    "marital_status, education, employment, created_at, created_by, updated_at, updated_by, version");

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Person readPerson(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.surname = q.value(1).toString();
    p.givenName = q.value(2).toString();
    p.sex = Vocabulary<Sex>::fromCode(q.value(3).toString());
    p.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.birthPlaceCode = q.value(5).toString();
    p.fiscalCode = q.value(6).toString();
    p.citizenship = q.value(7).toString();
    p.residence = {q.value(8).toString(), q.value(9).toString()};
    p.domicile = {q.value(10).toString(), q.value(11).toString()};
    p.phone = q.value(12).toString();
    p.email = q.value(13).toString();
    p.maritalStatus = Vocabulary<MaritalStatus>::fromCode(q.value(14).toString());
    p.education = Vocabulary<EducationLevel>::fromCode(q.value(15).toString());
    p.employment = Vocabulary<EmploymentStatus>::fromCode(q.value(16).toString());
    p.stamp.createdAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    p.stamp.createdBy = q.value(18).toString();
    p.stamp.updatedAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODateWithMs);
    p.stamp.updatedBy = q.value(20).toString();
    p.stamp.version = q.value(21).toInt();
    return p;
}

// A list row: id, surname, given_name, sex, birth_date, fiscal_code, residence_municipality[, sort value].
PersonSummary readSummary(const QSqlQuery &q, bool withSortValue)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            Vocabulary<Sex>::fromCode(q.value(3).toString()),
            QDate::fromString(q.value(4).toString(), Qt::ISODate),
            q.value(5).toString(),
            q.value(6).toString(),
            withSortValue ? q.value(7).toString() : QString()};
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

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The persons registry could not be read or written."),
                                  q.lastError().text());
}

} // namespace

Result<qint64> SqlitePersonRepository::insert(const Person &p, const QString &userName)
{
    QSqlQuery q(m_db.connection());
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
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status SqlitePersonRepository::update(const Person &p, const QString &userName)
{
    // Keep the version being replaced, then write the new one only if nobody saved in between.
    QSqlQuery keep(m_db.connection());
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
    const int storedVersion = keep.value(QStringLiteral("version")).toInt();
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

    QSqlQuery history(m_db.connection());
    history.prepare(QStringLiteral("INSERT INTO person_versions (person_id, version, data, replaced_at, "
                                   "replaced_by) VALUES (?, ?, ?, ?, ?)"));
    history.addBindValue(p.id);
    history.addBindValue(storedVersion);
    history.addBindValue(QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
    history.addBindValue(nowUtc());
    history.addBindValue(userName);
    if (!history.exec())
        return queryError(history);

    QSqlQuery q(m_db.connection());
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM persons WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Person>();
    return std::optional<Person>(readPerson(q));
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
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, surname, given_name, sex, birth_date, fiscal_code, residence_municipality "
                       "FROM persons WHERE birth_date = ? AND name_key = ? ORDER BY id"));
    q.addBindValue(birthDate.toString(Qt::ISODate));
    q.addBindValue(foldForSearch(surname + QLatin1Char(' ') + givenName));
    if (!q.exec())
        return queryError(q);
    QList<PersonSummary> out;
    while (q.next()) {
        out.append(readSummary(q, false));
    }
    return out;
}

Result<QList<PersonSummary>> SqlitePersonRepository::search(const PersonQuery &query)
{
    const SqlStatement statement = PersonSearchSql::page(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (auto it = statement.binds.cbegin(); it != statement.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return queryError(q);
    QList<PersonSummary> out;
    out.reserve(query.limit);
    while (q.next()) {
        PersonSummary row = readSummary(q, true);
        row.searchGroup = q.value(8).toInt();
        out.append(row);
    }
    return out;
}

Result<qint64> SqlitePersonRepository::count(const PersonQuery &query)
{
    const SqlStatement statement = PersonSearchSql::count(query);
    QSqlQuery q(m_db.connection());
    q.prepare(statement.sql);
    for (auto it = statement.binds.cbegin(); it != statement.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<int> SqlitePersonRepository::historyLength(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM person_versions WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

} // namespace cartella::repository
