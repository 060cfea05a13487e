// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "repository/database.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;

namespace {

qint64 persons(repository::Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM persons"));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

TEST(Transaction, RollsBackUnlessCommitted)
{
    test::TempDatabase t;
    auto &db = t.storage().database();
    {
        auto tx = db.begin();
        ASSERT_TRUE(tx);
        ASSERT_TRUE(t.storage().persons().insert(test::mario(), QStringLiteral("t")));
        EXPECT_EQ(persons(db), 1);
    } // no commit
    EXPECT_EQ(persons(db), 0);
    EXPECT_FALSE(db.inTransaction());
}

TEST(Transaction, InnerScopesRollBackAlone)
{
    test::TempDatabase t;
    auto &db = t.storage().database();
    auto outer = db.begin();
    ASSERT_TRUE(outer);
    ASSERT_TRUE(t.storage().persons().insert(test::mario(), QStringLiteral("t")));
    {
        auto inner = db.begin();
        domain::Person other = test::mario();
        other.fiscalCode.clear();
        ASSERT_TRUE(t.storage().persons().insert(other, QStringLiteral("t")));
        EXPECT_EQ(persons(db), 2);
    }
    EXPECT_EQ(persons(db), 1);
    ASSERT_TRUE(outer.value()->commit());
    EXPECT_EQ(persons(db), 1);
}

TEST(Transaction, CommitsAreDurableAcrossReopen)
{
    test::TempDatabase t;
    {
        auto tx = t.storage().database().begin();
        ASSERT_TRUE(t.storage().persons().insert(test::mario(), QStringLiteral("t")));
        ASSERT_TRUE(tx.value()->commit());
    }
    t.reopen();
    EXPECT_EQ(persons(t.storage().database()), 1);
}

TEST(Transaction, AnOuterScopeCannotCommitWhileAnInnerOneIsOpen)
{
    test::TempDatabase t;
    auto &db = t.storage().database();
    auto outer = db.begin();
    auto inner = db.begin();
    ASSERT_TRUE(t.storage().persons().insert(test::mario(), QStringLiteral("t")));
    const auto refused = outer.value()->commit();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::Usage);
    inner.value().reset(); // rolls the inner work back
    ASSERT_TRUE(outer.value()->commit());
    EXPECT_EQ(persons(db), 0);
}
