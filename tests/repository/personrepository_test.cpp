// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/casework/personrepository.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class PersonRepositoryTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    PersonRepository &repo = db.storage().persons();

    qint64 add(const QString &surname, const QString &name, QDate birth, const QString &code = {})
    {
        Person p = test::mario();
        p.surname = surname;
        p.givenName = name;
        p.birthDate = birth;
        p.fiscalCode = code;
        const auto id = repo.insert(p, QStringLiteral("t"));
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    QStringList names(const PersonQuery &q)
    {
        QStringList out;
        for (const PersonSummary &s : repo.search(q).value())
            out.append(s.surname + QLatin1Char(' ') + s.givenName);
        return out;
    }
};

} // namespace

TEST_F(PersonRepositoryTest, RoundTripsEveryField)
{
    Person p = test::mario();
    p.domicile = {QStringLiteral("045014"), QStringLiteral("Piazza della Repubblica 3")};
    const auto id = repo.insert(p, QStringLiteral("anna"));
    ASSERT_TRUE(id);
    const Person back = repo.findById(id.value()).value().value();
    EXPECT_EQ(back.id, id.value());
    EXPECT_EQ(back.surname, p.surname);
    EXPECT_EQ(back.givenName, p.givenName);
    EXPECT_EQ(back.sex, p.sex);
    EXPECT_EQ(back.birthDate, p.birthDate);
    EXPECT_EQ(back.birthPlaceCode, p.birthPlaceCode);
    EXPECT_EQ(back.fiscalCode, p.fiscalCode);
    EXPECT_EQ(back.citizenship, p.citizenship);
    EXPECT_EQ(back.residence, p.residence);
    EXPECT_EQ(back.domicile, p.domicile);
    EXPECT_EQ(back.phone, p.phone);
    EXPECT_EQ(back.email, p.email);
    EXPECT_EQ(back.maritalStatus, p.maritalStatus);
    EXPECT_EQ(back.education, p.education);
    EXPECT_EQ(back.employment, p.employment);
    EXPECT_EQ(back.stamp.version, 1);
    EXPECT_EQ(back.stamp.createdBy, QStringLiteral("anna"));
    EXPECT_EQ(back.stamp.createdAt.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(back.stamp.createdAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(repo.findByFiscalCode(p.fiscalCode).value()->id, id.value());
    EXPECT_FALSE(repo.findById(id.value() + 100).value().has_value());
}

TEST_F(PersonRepositoryTest, StoresDatesAsIsoText)
{
    add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10));
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT birth_date, created_at FROM persons")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("1985-12-10"));
    EXPECT_TRUE(q.value(1).toString().endsWith(QLatin1Char('Z'))) << "instants are UTC";
}

TEST_F(PersonRepositoryTest, UpdateKeepsThePreviousVersion)
{
    const qint64 id = add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10));
    Person p = repo.findById(id).value().value();
    p.phone = QStringLiteral("0187 999999");
    ASSERT_TRUE(repo.update(p, QStringLiteral("bruno")));
    EXPECT_EQ(repo.historyLength(id).value(), 1);
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT data, replaced_by, version FROM person_versions")) && q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("0187 400100"))) << "the old phone is kept";
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("bruno"));
    EXPECT_EQ(q.value(2).toInt(), 1);

    const auto stale = repo.update(p, QStringLiteral("carla")); // still says version 1
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.historyLength(id).value(), 1) << "a refused update leaves no trace";
}

TEST_F(PersonRepositoryTest, PersonsAndTheirHistoryCannotBeDeleted)
{
    const qint64 id = add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10));
    Person p = repo.findById(id).value().value();
    ASSERT_TRUE(repo.update(p, QStringLiteral("t")));
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM persons")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM person_versions")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE person_versions SET data = '{}'")));
    EXPECT_EQ(repo.count({}).value(), 1);
}

TEST_F(PersonRepositoryTest, TheDatabaseRefusesDuplicateFiscalCodes)
{
    add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10),
        QStringLiteral("RSSMRA85T10A562S"));
    Person p = test::mario();
    const auto second = repo.insert(p, QStringLiteral("t"));
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Storage);
    add(QStringLiteral("Senza"), QStringLiteral("Codice"), QDate(1990, 1, 1));
    add(QStringLiteral("Senza"), QStringLiteral("Codice"), QDate(1990, 1, 1)); // many persons may lack a code
    EXPECT_EQ(repo.count({}).value(), 3);
}

TEST_F(PersonRepositoryTest, SearchIsAccentAndCaseInsensitivePrefix)
{
    add(QStringLiteral("Dell'Amico"), QStringLiteral("Nicolò"), QDate(2003, 2, 28));
    add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10),
        QStringLiteral("RSSMRA85T10A562S"));
    add(QStringLiteral("Rossetti"), QStringLiteral("Anna"), QDate(1970, 1, 1));
    add(QStringLiteral("Bianchi"), QStringLiteral("Rosa"), QDate(1960, 5, 5));

    PersonQuery q;
    q.text = QStringLiteral("nicolo");
    EXPECT_EQ(names(q), QStringList{QStringLiteral("Dell'Amico Nicolò")});
    q.text = QStringLiteral("DELLAMICO");
    EXPECT_EQ(names(q), QStringList{QStringLiteral("Dell'Amico Nicolò")});
    q.text = QStringLiteral("ross");
    EXPECT_EQ(names(q), (QStringList{QStringLiteral("Rossetti Anna"), QStringLiteral("Rossi Mario")}));
    q.text = QStringLiteral("ros");
    EXPECT_EQ(names(q).size(), 3) << "surname or name";
    q.text = QStringLiteral("rossi ma");
    EXPECT_EQ(names(q), QStringList{QStringLiteral("Rossi Mario")});
    q.text = QStringLiteral("mario rossi");
    EXPECT_EQ(names(q), QStringList{QStringLiteral("Rossi Mario")});
    q.text = QStringLiteral("rssmra85");
    EXPECT_EQ(names(q), QStringList{QStringLiteral("Rossi Mario")}) << "fiscal code prefix";
    q.text = QStringLiteral("zz");
    EXPECT_TRUE(names(q).isEmpty());
    EXPECT_EQ(repo.count(q).value(), 0);
}

TEST_F(PersonRepositoryTest, KeysetPagesCoverEveryRowOnceInEverySortOrder)
{
    for (int i = 0; i < 137; ++i)
        add(QStringLiteral("Cognome%1").arg(i % 7), QStringLiteral("Nome%1").arg(i % 5),
            QDate(1950, 1, 1).addDays(i % 11),
            i % 3 == 0 ? QString() : QStringLiteral("TESTCODE%1").arg(i, 8, 10, QLatin1Char('0')));
    for (const PersonSort sort :
         {PersonSort::Name, PersonSort::FiscalCode, PersonSort::BirthDate, PersonSort::Municipality}) {
        for (const bool descending : {false, true}) {
            PersonQuery q;
            q.sort = sort;
            q.descending = descending;
            q.limit = 20;
            QSet<qint64> seen;
            QString previous;
            int pages = 0;
            for (;;) {
                const QList<PersonSummary> page = repo.search(q).value();
                if (page.isEmpty())
                    break;
                ++pages;
                for (const PersonSummary &s : page) {
                    EXPECT_FALSE(seen.contains(s.id)) << "row seen twice";
                    seen.insert(s.id);
                    if (!previous.isNull()) {
                        EXPECT_TRUE(descending ? s.sortValue <= previous : s.sortValue >= previous);
                    }
                    previous = s.sortValue;
                }
                q.after = page.last();
            }
            EXPECT_EQ(seen.size(), 137);
            EXPECT_EQ(pages, 7);
        }
    }
}

TEST_F(PersonRepositoryTest, TextSearchListsSurnameThenNameThenCodeMatchesAndPagesThroughAll)
{
    add(QStringLiteral("Bianchi"), QStringLiteral("Rosa"), QDate(1960, 5, 5));
    add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10));
    add(QStringLiteral("Verdi"), QStringLiteral("Rosalba"), QDate(1961, 5, 5));
    add(QStringLiteral("Rosati"), QStringLiteral("Ugo"), QDate(1950, 1, 1));
    add(QStringLiteral("Conti"), QStringLiteral("Ada"), QDate(1950, 1, 1),
        QStringLiteral("ROSXXX50A01H501Z"));
    add(QStringLiteral("Rossi"), QStringLiteral("Rosa"), QDate(1970, 1, 1)); // matches as surname only
    add(QStringLiteral("Neri"), QStringLiteral("Piero"), QDate(1970, 1, 1));
    const QStringList expected{QStringLiteral("Rosati Ugo"),    QStringLiteral("Rossi Mario"),
                               QStringLiteral("Rossi Rosa"),    QStringLiteral("Bianchi Rosa"),
                               QStringLiteral("Verdi Rosalba"), QStringLiteral("Conti Ada")};
    PersonQuery q;
    q.text = QStringLiteral("ros");
    EXPECT_EQ(names(q), expected);
    EXPECT_EQ(repo.count(q).value(), 6);

    for (const int pageSize : {1, 2, 4}) {
        q.limit = pageSize;
        q.after.reset();
        QStringList paged;
        for (;;) {
            const QList<PersonSummary> page = repo.search(q).value();
            if (page.isEmpty())
                break;
            for (const PersonSummary &row : page)
                paged.append(row.surname + QLatin1Char(' ') + row.givenName);
            q.after = page.last();
        }
        EXPECT_EQ(paged, expected) << "page size " << pageSize;
    }
}

TEST_F(PersonRepositoryTest, FiltersPersonsWithoutCode)
{
    add(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10),
        QStringLiteral("RSSMRA85T10A562S"));
    add(QStringLiteral("Popescu"), QStringLiteral("Ion"), QDate(1990, 6, 15));
    PersonQuery q;
    q.onlyWithoutFiscalCode = true;
    EXPECT_EQ(names(q), QStringList{QStringLiteral("Popescu Ion")});
    EXPECT_EQ(repo.count(q).value(), 1);
}
