// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "repository/database.h"
#include "repository/migrator.h"
#include "repository/storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::repository;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    q.next();
    return q.value(0).toLongLong();
}

// A later schema for the test: what a real 0002 would look like.
Migration nextMigration()
{
    return Migration::make(Migrator::embedded().last().version + 1, QStringLiteral("test_add_nickname"),
                           "ALTER TABLE persons ADD COLUMN nickname TEXT;\n"
                           "UPDATE persons SET nickname = 'n' || id;\n");
}

class MigratorTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("office.sqlite")); }
};

} // namespace

TEST_F(MigratorTest, EmbedsNumberedMigrationsInOrder)
{
    const QList<Migration> all = Migrator::embedded();
    ASSERT_FALSE(all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i)
        EXPECT_EQ(all.at(i).version, i + 1) << "migrations are numbered 0001, 0002, ... without gaps";
}

TEST_F(MigratorTest, CreatesTheSchemaFromEmpty)
{
    auto storage = Storage::open(path());
    ASSERT_TRUE(storage) << storage.error().message.toStdString();
    Database &db = storage.value()->database();
    EXPECT_EQ(storage.value()->schemaVersion().value(), Migrator::embedded().last().version);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")), Migrator::embedded().last().version);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")),
              Migrator::embedded().size());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA synchronous")), 2) << "FULL";
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM municipalities")), 7800);
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("backups"))).exists())
        << "nothing to back up in a new file";
}

TEST_F(MigratorTest, MigratesAnOlderFileKeepingItsDataAndBacksItUpFirst)
{
    {
        auto storage = Storage::open(path());
        ASSERT_TRUE(storage);
        domain::Person p = test::mario();
        ASSERT_TRUE(storage.value()->persons().insert(p, QStringLiteral("old")));
    }
    auto db = Database::open(path()).value();
    QList<Migration> newer = Migrator::embedded();
    newer.append(nextMigration());
    Migrator migrator(*db, newer);
    const auto applied = migrator.migrate();
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    EXPECT_EQ(applied.value(), 1);
    EXPECT_EQ(migrator.currentVersion().value(), newer.last().version);
    EXPECT_EQ(scalar(*db, QStringLiteral(
                              "SELECT count(*) FROM persons WHERE surname = 'Rossi' AND nickname = 'n1'")),
              1);

    // The backup holds the file as it was before: old schema, same data.
    ASSERT_FALSE(migrator.lastBackup().isEmpty());
    EXPECT_TRUE(migrator.lastBackup().startsWith(dir.filePath(QStringLiteral("backups"))));
    auto backup = Database::open(migrator.lastBackup(), false);
    ASSERT_TRUE(backup);
    EXPECT_EQ(Migrator(*backup.value(), newer).currentVersion().value(), newer.last().version - 1);
    EXPECT_EQ(scalar(*backup.value(), QStringLiteral("SELECT count(*) FROM persons")), 1);
}

// A file written by the previous release (schema 1: persons only) opens in this one with its data.
TEST_F(MigratorTest, AFileOfThePreviousSchemaMigratesWithAllItsData)
{
    {
        auto db = Database::open(path()).value();
        ASSERT_TRUE(Migrator(*db, Migrator::embedded().mid(0, 1)).migrate());
        auto storage = Storage::open(path(), OpenMode::ExistingAsIs);
        ASSERT_TRUE(storage);
        domain::Person p = test::mario();
        const auto id = storage.value()->persons().insert(p, QStringLiteral("old"));
        ASSERT_TRUE(id);
        p.id = id.value();
        p.stamp.version = 1;
        p.phone = QStringLiteral("0187 111111");
        ASSERT_TRUE(storage.value()->persons().update(p, QStringLiteral("old")));
    }
    auto storage = Storage::open(path());
    ASSERT_TRUE(storage) << storage.error().message.toStdString();
    EXPECT_EQ(storage.value()->schemaVersion().value(), Migrator::embedded().last().version);
    EXPECT_FALSE(storage.value()->migrationBackup().isEmpty());
    const auto person =
        storage.value()->persons().findByFiscalCode(QStringLiteral("RSSMRA85T10A562S")).value();
    ASSERT_TRUE(person.has_value());
    EXPECT_EQ(person->phone, QStringLiteral("0187 111111"));
    EXPECT_EQ(person->stamp.version, 2);
    EXPECT_EQ(storage.value()->persons().historyLength(person->id).value(), 1);
    EXPECT_EQ(storage.value()->counts().value().value(QStringLiteral("cases")), 0) << "the new tables exist";
}

TEST_F(MigratorTest, ASchemaFiveFileKeepsItsCasesAndItsDiaryBecomesSearchable)
{
    {
        auto db = Database::open(path()).value();
        ASSERT_TRUE(Migrator(*db, Migrator::embedded().mid(0, 5)).migrate());
        QSqlQuery q(db->connection());
        for (const char *sql :
             {"INSERT INTO workers (id, name) VALUES (1, 'Anna')",
              "INSERT INTO cases (id, year, sequence, number, area, municipality_code, "
              "responsible_worker_id, "
              "referral_source, opened_on, status, notes, created_at, created_by, updated_at, updated_by) "
              "VALUES "
              "(1, 2026, 1, '2026/0001', 'elderly', '045001', 1, 'family', '2026-01-10', 'closed', 'Note "
              "vecchie', "
              "'2026-01-10T09:00:00.000Z', 'a', '2026-01-10T09:00:00.000Z', 'a')",
              "INSERT INTO case_events (case_id, kind, to_value, note, at, by_user) VALUES (1, 'status', "
              "'closed', 'Obiettivi raggiunti. ok', '2026-02-01T09:00:00.000Z', 'a')",
              "INSERT INTO diary_entries (id, case_id, entry_date, kind, author, created_at) VALUES (1, 1, "
              "'2026-01-11', 'note', 'a', '2026-01-11T09:00:00.000Z')",
              "INSERT INTO diary_versions (entry_id, version, text, edited_at, edited_by) VALUES (1, 1, "
              "'Visita domiciliare: la stufa è guasta', '2026-01-11T09:00:00.000Z', 'a')"})
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
    }
    auto storage = Storage::open(path());
    ASSERT_TRUE(storage) << storage.error().message.toStdString();
    Database &db = storage.value()->database();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM case_events WHERE reason_code = ''")), 1)
        << "old history rows keep their note and get an empty reason code";
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH 'stufa'")),
              1 * 4 + 1)
        << "the diary written before the migration is indexed";
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH 'vecchie'")),
              1 * 4 + 2);
}

// Pronto Intervento Sociale: a file of the schema before it keeps its office settings and workers, gets the
// rota and the log empty, and the 72-hour handover limit.
TEST_F(MigratorTest, AFileBeforeProntoInterventoGetsTheRotaTheLogAndTheHandoverLimit)
{
    const QList<Migration> all = Migrator::embedded();
    qsizetype before = 0;
    while (before < all.size() && all.at(before).name != QStringLiteral("pronto_intervento"))
        ++before;
    ASSERT_LT(before, all.size());
    {
        auto db = Database::open(path()).value();
        ASSERT_TRUE(Migrator(*db, all.mid(0, before)).migrate());
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO workers (id, name) VALUES (1, 'Anna')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO office_settings (key, value, updated_at, updated_by) "
                                          "VALUES ('siuss_ente_code', 'SDS', '2026-01-01T00:00:00Z', 'a')")));
    }
    auto storage = Storage::open(path());
    ASSERT_TRUE(storage) << storage.error().message.toStdString();
    Database &db = storage.value()->database();
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM office_settings WHERE key = 'siuss_ente_code'")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM office_settings WHERE key = "
                                        "'emergency_handover_limit_hours'")),
              72);
    EXPECT_EQ(storage.value()->counts().value().value(QStringLiteral("oncall_shifts")), 0);
    EXPECT_EQ(storage.value()->counts().value().value(QStringLiteral("social_emergencies")), 0);
    QSqlQuery q(db.connection());
    EXPECT_TRUE(
        q.exec(QStringLiteral("INSERT INTO oncall_shifts (worker_id, starts_at, ends_at, created_at, "
                              "created_by, updated_at, updated_by) VALUES (1, '2026-01-01T08:00:00.000Z', "
                              "'2026-01-01T20:00:00.000Z', 'x', 'a', 'x', 'a')")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO oncall_shifts (worker_id, starts_at, ends_at, created_at, "
                              "created_by, updated_at, updated_by) VALUES (1, '2026-01-01T08:00:00.000Z', "
                              "'2026-01-01T08:00:00.000Z', 'x', 'a', 'x', 'a')")))
        << "a shift must end after it starts";
}

TEST_F(MigratorTest, AFailedMigrationLeavesTheFileAsItWas)
{
    ASSERT_TRUE(Storage::open(path()));
    auto db = Database::open(path()).value();
    QList<Migration> broken = Migrator::embedded();
    broken.append(Migration::make(broken.last().version + 1, QStringLiteral("broken"),
                                  "CREATE TABLE half_done (id INTEGER);\nTHIS IS NOT SQL;\n"));
    Migrator migrator(*db, broken);
    const auto result = migrator.migrate();
    ASSERT_FALSE(result);
    EXPECT_EQ(migrator.currentVersion().value(), broken.last().version - 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")), 0);
}

TEST_F(MigratorTest, RefusesAFileFromANewerVersionWithoutTouchingIt)
{
    {
        auto db = Database::open(path()).value();
        QList<Migration> newer = Migrator::embedded();
        newer.append(nextMigration());
        ASSERT_TRUE(Migrator(*db, newer).migrate());
    }
    const QByteArray before = fileHash(path());
    const auto opened = Storage::open(path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, domain::ErrorCode::Conflict);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer")))
        << opened.error().message.toStdString();
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(MigratorTest, DetectsAnEditedMigration)
{
    ASSERT_TRUE(Storage::open(path()));
    auto db = Database::open(path()).value();
    QList<Migration> edited = Migrator::embedded();
    edited.first() =
        Migration::make(1, edited.first().name, edited.first().sql + "\n-- edited after release\n");
    Migrator migrator(*db, edited);
    const auto checked = migrator.check();
    ASSERT_FALSE(checked);
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("0001")))
        << checked.error().message.toStdString();
    EXPECT_FALSE(migrator.migrate());
}

TEST_F(MigratorTest, RefusesAFileThatIsNotADatabase)
{
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const auto opened = Storage::open(path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, domain::ErrorCode::Storage);
}

// A schema-11 file (services and money) gets the court mandates' tables and the default reminder leads, and
// keeps the office's settings as they were.
TEST_F(MigratorTest, ASchemaElevenFileGetsCourtMandatesWithTheDefaultReminders)
{
    {
        auto db = Database::open(path()).value();
        ASSERT_TRUE(Migrator(*db, Migrator::embedded().mid(0, 11)).migrate());
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE office_settings SET value = "
                                          "'{\"minimum_percent\":40,\"full_percent\":80}' "
                                          "WHERE key = 'pis_attendance_rule'")));
    }
    auto storage = Storage::open(path());
    ASSERT_TRUE(storage) << storage.error().message.toStdString();
    Database &db = storage.value()->database();
    EXPECT_GE(storage.value()->schemaVersion().value(), 12);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM office_settings WHERE key = "
                                        "'pis_attendance_rule' AND value LIKE '%40%80%'")),
              1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM office_settings WHERE key = "
                                        "'mandate_reminder_days' AND value = '{\"days\":[30,7]}'")),
              1);
    const auto counts = storage.value()->counts().value();
    EXPECT_EQ(counts.value(QStringLiteral("court_mandates"), -1), 0);
    EXPECT_EQ(counts.value(QStringLiteral("mandate_tasks"), -1), 0);
}

// Sorting persons by Comune reads a key stored on the person (0018): a file of the schema before gets it
// filled, and the triggers keep it in step with the residence and with the reference list.
TEST_F(MigratorTest, AFileBeforeTheComuneSortKeyGetsItFilledAndKeptInStep)
{
    const QList<Migration> all = Migrator::embedded();
    qsizetype before = 0;
    while (before < all.size() && all.at(before).name != QStringLiteral("person_comune_sort_key"))
        ++before;
    ASSERT_LT(before, all.size());
    {
        auto db = Database::open(path()).value();
        ASSERT_TRUE(Migrator(*db, all.mid(0, before)).migrate());
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO municipalities (istat_code, name, province_code, "
                                          "belfiore_code, name_key) VALUES ('045001', 'Aulla', '045', "
                                          "'A496', 'aulla')")));
    }
    {
        auto storage = Storage::open(path(), OpenMode::ExistingAsIs);
        ASSERT_TRUE(storage);
        ASSERT_TRUE(storage.value()->persons().insert(test::mario(), QStringLiteral("old")));
    }
    auto storage = Storage::open(path());
    ASSERT_TRUE(storage) << storage.error().message.toStdString();
    Database &db = storage.value()->database();
    auto key = [&db](const QString &code) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT residence_sort_key FROM persons WHERE fiscal_code = ?"));
        q.addBindValue(code);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    };
    EXPECT_EQ(key(QStringLiteral("RSSMRA85T10A562S")), QStringLiteral("aulla"))
        << "filled, and kept through the refresh of the reference list";
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE persons SET residence_municipality = '045010'")));
    EXPECT_EQ(key(QStringLiteral("RSSMRA85T10A562S")), QStringLiteral("massa")) << "moved";
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE persons SET residence_municipality = NULL")));
    EXPECT_EQ(key(QStringLiteral("RSSMRA85T10A562S")), QString()) << "no Comune sorts first";
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE persons SET residence_municipality = '045010'")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE municipalities SET name_key = 'zz' WHERE istat_code = '045010'")));
    EXPECT_EQ(key(QStringLiteral("RSSMRA85T10A562S")), QStringLiteral("zz")) << "the list renamed it";
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM municipalities WHERE istat_code = '045010'")));
    EXPECT_EQ(key(QStringLiteral("RSSMRA85T10A562S")), QString()) << "a code the list no longer has";
}
