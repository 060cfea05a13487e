// SPDX-License-Identifier: EUPL-1.2
// sql::Query keeps each statement prepared for the life of the connection: run a thousand times, it is parsed
// once; a nested use of the same text while the first is being read gets a statement of its own; a
// statement waiting in the cache is reset, so it holds no read lock and a writer can go on.
#include "repository/database.h"
#include "repository/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace cartella;
using repository::sql::Query;

namespace {

class SqlQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = repository::Database::open(m_dir.filePath(QStringLiteral("q.sqlite")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        m_db = std::move(opened).value();
        ASSERT_TRUE(m_db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
        for (int i = 1; i <= 5; ++i)
            ASSERT_TRUE(m_db->exec(QStringLiteral("INSERT INTO t (v) VALUES ('v%1')").arg(i)));
    }

    // Qt's SQLite driver prepares `?` placeholders as `:0`, `:1`, …
    static QString asPrepared(const QString &sql)
    {
        QString out;
        int n = 0;
        for (const QChar c : sql)
            out += c == QLatin1Char('?') ? QStringLiteral(":%1").arg(n++) : QString(c);
        return out;
    }

    // The (last) statement prepared on the connection for `sql`.
    sqlite3_stmt *statementOf(const QString &sql) const
    {
        sqlite3_stmt *found = nullptr;
        for (sqlite3_stmt *s = sqlite3_next_stmt(m_db->handle(), nullptr); s;
             s = sqlite3_next_stmt(m_db->handle(), s))
            if (QString::fromUtf8(sqlite3_sql(s)) == asPrepared(sql))
                found = s;
        return found;
    }

    // The statements prepared on the connection whose text is `sql`, reset or not.
    int prepared(const QString &sql) const
    {
        int n = 0;
        for (sqlite3_stmt *s = sqlite3_next_stmt(m_db->handle(), nullptr); s;
             s = sqlite3_next_stmt(m_db->handle(), s))
            n += QString::fromUtf8(sqlite3_sql(s)) == asPrepared(sql);
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<repository::Database> m_db;
};

const QString kById = QStringLiteral("SELECT v FROM t WHERE id = ?");

} // namespace

TEST_F(SqlQueryTest, AStatementRunAThousandTimesIsPreparedOnceAndBindsEachTimesValues)
{
    sqlite3_stmt *first = nullptr;
    for (int i = 0; i < 1000; ++i) {
        Query q(*m_db);
        ASSERT_TRUE(run(q, kById, {1 + i % 5}));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("v%1").arg(1 + i % 5));
        if (i == 0)
            first = statementOf(kById);
        ASSERT_EQ(statementOf(kById), first) << "the same statement, not a new one, at run " << i;
    }
    EXPECT_EQ(prepared(kById), 1);
}

TEST_F(SqlQueryTest, ANestedUseOfTheSameTextGetsItsOwnStatementAndTheOuterReadGoesOn)
{
    Query outer(*m_db);
    ASSERT_TRUE(run(outer, QStringLiteral("SELECT id FROM t WHERE id <= ? ORDER BY id"), {5}));
    QStringList seen;
    while (outer.next()) {
        Query inner(*m_db);
        ASSERT_TRUE(run(inner, kById, {outer.value(0)}));
        ASSERT_TRUE(inner.next());
        seen << inner.value(0).toString();
        // The same text once more while `inner` still holds the cached one: a second statement.
        Query again(*m_db);
        ASSERT_TRUE(run(again, kById, {1}));
        EXPECT_EQ(prepared(kById), 2);
        ASSERT_TRUE(again.next());
        EXPECT_EQ(again.value(0).toString(), QStringLiteral("v1"));
    }
    EXPECT_EQ(seen.join(QLatin1Char(',')), QStringLiteral("v1,v2,v3,v4,v5"));
}

TEST_F(SqlQueryTest, OneQueryRunningSeveralTextsGivesEachBackReset)
{
    Query q(*m_db);
    ASSERT_TRUE(run(q, kById, {2}));
    ASSERT_TRUE(q.next()); // left unread past the first row
    ASSERT_TRUE(run(q, QStringLiteral("SELECT count(*) FROM t WHERE v <> ?"), {QStringLiteral("v2")}));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 4);
    for (sqlite3_stmt *s = sqlite3_next_stmt(m_db->handle(), nullptr); s;
         s = sqlite3_next_stmt(m_db->handle(), s)) {
        if (QString::fromUtf8(sqlite3_sql(s)) == asPrepared(kById)) {
            EXPECT_FALSE(sqlite3_stmt_busy(s)) << "a statement waiting in the cache is reset";
        }
    }
    // A writer on another connection is not held up by what waits in the cache.
    auto other = repository::Database::open(m_db->path());
    ASSERT_TRUE(other);
    q.finish();
    EXPECT_TRUE(other.value()->exec(QStringLiteral("INSERT INTO t (v) VALUES ('v6')")));
}

TEST_F(SqlQueryTest, ABadStatementFailsWithItsErrorAndIsNotKept)
{
    Query q(*m_db);
    EXPECT_FALSE(run(q, QStringLiteral("SELECT nothing FROM nowhere"), {}));
    EXPECT_TRUE(q.lastError().isValid());
    EXPECT_EQ(prepared(QStringLiteral("SELECT nothing FROM nowhere")), 0);
    ASSERT_TRUE(run(q, kById, {3}));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("v3"));
}
