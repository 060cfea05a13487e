// SPDX-License-Identifier: EUPL-1.2
#include "adminclifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
    EXPECT_EQ(counts.value(QStringLiteral("cases")).toInt(), 62 + 4) << "with the paper archive's four";
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

// `projects list` and `projects counts` as the zone manager, in JSON and as CSV; the administrative officer
// reads the counts too; the counts agree with the rows in the database.
TEST_F(AdminCliTest, ProjectsListAndCountsAsJsonAndCsv)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const auto list = adminAs(QStringLiteral("responsabile"),
                              {QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    const QJsonArray programmes = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(programmes.size(), 4);
    for (const QJsonValue &p : programmes)
        EXPECT_FALSE(p.toObject().value(QStringLiteral("team")).toArray().isEmpty());

    const QString from = QStringLiteral("2020-01-01"), to = QStringLiteral("2026-10-31");
    const auto counts =
        adminAs(QStringLiteral("amministrativo"),
                {QStringLiteral("projects"), QStringLiteral("counts"), QStringLiteral("--from"), from,
                 QStringLiteral("--to"), to, QStringLiteral("--json")});
    ASSERT_EQ(counts.status, 0) << counts.err.toStdString();
    const QJsonArray rows =
        QJsonDocument::fromJson(counts.out.toUtf8()).object().value(QStringLiteral("projects")).toArray();
    ASSERT_EQ(rows.size(), 4);
    int joined = 0;
    for (const QJsonValue &r : rows)
        joined += r.toObject().value(QStringLiteral("joined")).toInt();
    EXPECT_EQ(joined, scalar(db(), QStringLiteral("SELECT count(*) FROM programme_enrolments WHERE joined_on "
                                                  "BETWEEN '2020-01-01' AND '2026-10-31'")));

    const QString csv = dir.filePath(QStringLiteral("projects.csv"));
    const auto written =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("projects"), QStringLiteral("counts"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(written.status, 0) << written.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(
        QString::fromUtf8(file.readAll()).contains(QStringLiteral("Centro estivo;Comuni della zona")));

    EXPECT_NE(adminAs(QStringLiteral("responsabile"), {QStringLiteral("projects"), QStringLiteral("delete")})
                  .status,
              0);
}
