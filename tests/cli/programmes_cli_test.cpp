#include "adminclifixture.h"

#include <QSqlQuery>

using cartella::test::AdminCliTest;
using namespace cartella;

namespace {

int scalar(const QString &path, const QString &sql)
{
    auto storage = repository::Storage::open(path, repository::OpenMode::ExistingAsIs);
    EXPECT_TRUE(storage);
    QSqlQuery q(storage.value()->database().connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toInt();
}

} // namespace

// The demo zone runs the seeds' four projects with teams and enrolled cases; the summer camp is closed, its
// children discharged; status counts projects and enrolments; the demo's persons and cases stay as they were.
TEST_F(AdminCliTest, DemoRunsTheFourProjectsAndStatusCountsThem)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const QJsonObject counts = status().value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("programmes")).toInt(-1), 4);
    const int enrolments = counts.value(QStringLiteral("programme_enrolments")).toInt(-1);
    EXPECT_GE(enrolments, 6);
    EXPECT_EQ(counts.value(QStringLiteral("persons")).toInt(), 500);
    EXPECT_EQ(counts.value(QStringLiteral("cases")).toInt(), 62);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM programmes WHERE name IN ('Mediazione sociale e "
                                    "alloggiativa', 'Genitorialità in carcere', 'Centro estivo') OR name "
                                    "LIKE 'Inclusione con Fondazione%'")),
        4);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM programmes WHERE status = 'closed'")), 1);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM programme_enrolments e JOIN programmes p ON "
                                    "p.id = e.programme_id WHERE p.status = 'closed' AND e.left_on IS NULL")),
        0);
    EXPECT_GE(scalar(db(), QStringLiteral("SELECT count(DISTINCT programme_id) FROM programme_team")), 4);
    EXPECT_GE(scalar(db(), QStringLiteral("SELECT count(DISTINCT programme_id) FROM programme_enrolments")),
              3);
}
