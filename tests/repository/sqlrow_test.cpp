// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/casework.h"
#include "domain/kernel/vocabulary.h"
#include "repository/database.h"
#include "repository/sqlerror.h"
#include "repository/sqlrow.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cartella;
using repository::sql::Row;

namespace {

// A database file of its own; the statements below select literals, so no schema is needed.
class SqlRowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = repository::Database::open(m_dir.filePath(QStringLiteral("rows.sqlite")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        m_db = std::move(opened).value();
    }

    QSqlQuery run(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<repository::Database> m_db;
};

} // namespace

TEST_F(SqlRowTest, ReadsEachColumnByItsNameWhereverTheQueryPutsIt)
{
    for (const QString &sql :
         {QStringLiteral(
              "SELECT 7 AS id, 'Rossi' AS surname, '2024-02-29' AS opened_on, 12345 AS amount_cents, "
              "1 AS restricted"),
          QStringLiteral("SELECT 1 AS restricted, 12345 AS amount_cents, '2024-02-29' AS opened_on, "
                         "'Rossi' AS surname, 7 AS id")}) {
        QSqlQuery q = run(sql);
        ASSERT_TRUE(q.next());
        const Row row(q);
        EXPECT_EQ(row.id("id"), 7);
        EXPECT_EQ(row.text("surname"), QStringLiteral("Rossi"));
        EXPECT_EQ(row.date("opened_on"), QDate(2024, 2, 29));
        EXPECT_EQ(row.cents("amount_cents"), 12345);
        EXPECT_TRUE(row.flag("restricted"));
    }
}

TEST_F(SqlRowTest, OneRowMadeBeforeTheFirstStepReadsEveryRow)
{
    QSqlQuery q =
        run(QStringLiteral("SELECT 1 AS n, 'a' AS label UNION ALL SELECT 2, 'b' UNION ALL SELECT 3, 'c' "
                           "ORDER BY n"));
    const Row row(q);
    QStringList seen;
    while (q.next())
        seen << QString::number(row.integer("n")) + row.text("label");
    EXPECT_EQ(seen, (QStringList{QStringLiteral("1a"), QStringLiteral("2b"), QStringLiteral("3c")}));
}

TEST_F(SqlRowTest, NullIsNoIdNoAmountAndAnInvalidDate)
{
    QSqlQuery q = run(QStringLiteral(
        "SELECT NULL AS isee_id, NULL AS threshold_cents, NULL AS closed_on, NULL AS locked_until, "
        "NULL AS note, 42 AS line_id, 0 AS zero_cents, '2026-01-05T08:30:00.250Z' AS at"));
    ASSERT_TRUE(q.next());
    const Row row(q);
    EXPECT_TRUE(row.isNull("isee_id"));
    EXPECT_EQ(row.optionalId("isee_id"), std::nullopt);
    EXPECT_EQ(row.optionalCents("threshold_cents"), std::nullopt);
    EXPECT_EQ(row.id("isee_id"), 0);
    EXPECT_FALSE(row.date("closed_on").isValid());
    EXPECT_FALSE(row.instant("locked_until").isValid());
    EXPECT_TRUE(row.text("note").isEmpty());
    EXPECT_EQ(row.optionalId("line_id"), std::optional<qint64>(42));
    EXPECT_EQ(row.optionalCents("zero_cents"),
              std::optional<qint64>(0)); // zero is an amount, not a missing one
    EXPECT_EQ(row.instant("at"), QDateTime(QDate(2026, 1, 5), QTime(8, 30, 0, 250), Qt::UTC));
}

TEST_F(SqlRowTest, NamesAreMatchedWithoutCaseAsPostgreSqlFoldsThem)
{
    QSqlQuery q = run(QStringLiteral("SELECT 3 AS Overdue_Count, 'x' AS \"CASE_NUMBER\""));
    ASSERT_TRUE(q.next());
    const Row row(q);
    EXPECT_EQ(row.integer("overdue_count"), 3);
    EXPECT_EQ(row.text("case_number"), QStringLiteral("x"));
}

TEST_F(SqlRowTest, ReadsTheRecordStampAndVocabularyCodes)
{
    QSqlQuery q = run(QStringLiteral(
        "SELECT 'in_charge' AS status, 4 AS version, 'anna' AS updated_by, '2026-03-02T10:00:00.000Z' AS "
        "updated_at, 'marco' AS created_by, '2026-03-01T09:00:00.000Z' AS created_at"));
    ASSERT_TRUE(q.next());
    const Row row(q);
    EXPECT_EQ(row.code<domain::CaseStatus>("status"), domain::CaseStatus::InCharge);
    const domain::RecordStamp stamp = row.stamp();
    EXPECT_EQ(stamp.createdAt, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(stamp.createdBy, QStringLiteral("marco"));
    EXPECT_EQ(stamp.updatedAt, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(stamp.updatedBy, QStringLiteral("anna"));
    EXPECT_EQ(stamp.version, 4);
}

TEST_F(SqlRowTest, AQueryErrorShowsOneMessageAndOnlyTheFirstLineOfTheCause)
{
    QSqlQuery q(m_db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT * FROM no_such_table")));
    const domain::Error e = repository::sql::queryError(q);
    EXPECT_EQ(e.code, domain::ErrorCode::Storage);
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("The data could not be read or written.")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("no_such_table")));

    // Another engine's second line quotes the values (PostgreSQL: DETAIL: Key (fiscal_code)=(...) exists).
    const domain::Error detailed = repository::Database::storageError(
        QStringLiteral("x"),
        QStringLiteral("duplicate key value violates unique constraint "
                       "\"persons_fiscal_code\"\nDETAIL: Key (fiscal_code)=(RSSMRA85T10A562S)"));
    EXPECT_TRUE(detailed.message.contains(QStringLiteral("persons_fiscal_code")));
    EXPECT_FALSE(detailed.message.contains(QStringLiteral("RSSMRA85T10A562S")));
}
