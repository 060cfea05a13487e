// SPDX-License-Identifier: EUPL-1.2
// The demo is a feature: a zone made on any day, with any seed, succeeds whole. These runs take the same
// paths as `demo --size zone` (recent casework, services, mandates, emergencies, projects, foster care, and
// the years of history behind them), scaled down to a few hundred persons, with the clock set by faketime to
// the days that broke it before: the end of a month, New Year's Eve in UTC (already 1 January in Italy), a
// leap day, and a mid-month day.
#include "adminclifixture.h"

#include <QStandardPaths>

using cartella::test::AdminCliTest;
using cartella::test::ProcessRun;
using namespace cartella;

namespace {

struct Day
{
    const char *clock; // for faketime, UTC
    int seed;
};

class DemoDaysTest : public AdminCliTest, public ::testing::WithParamInterface<Day>
{
protected:
    // cartella-admin under faketime: the whole process (Qt's clock, SQLite's) sees the day.
    ProcessRun adminOn(const char *clock, const QStringList &args)
    {
        const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
        EXPECT_FALSE(faketime.isEmpty()) << "faketime is needed (scripts/install-deps installs it)";
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.remove(QStringLiteral("CARTELLA_DATABASE"));
        p.setProcessEnvironment(env);
        p.start(faketime, QStringList{QString::fromLatin1(clock), QStringLiteral(CARTELLA_ADMIN_PATH),
                                      QStringLiteral("--lang=en"), QStringLiteral("--database"), db()} +
                              args);
        EXPECT_TRUE(p.waitForFinished(280000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    qint64 scalar(const QString &sql)
    {
        auto storage = repository::Storage::open(db(), repository::OpenMode::ExistingAsIs);
        EXPECT_TRUE(storage);
        QSqlQuery q(storage.value()->database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }
};

TEST_P(DemoDaysTest, AZoneScaledDownSucceedsWholeOnThisDay)
{
    const Day day = GetParam();
    const int persons = 640; // zone is 20,000: this is the same zone at 3.2 %
    const ProcessRun made =
        adminOn(day.clock, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("zone"),
                            QStringLiteral("--persons"), QString::number(persons), QStringLiteral("--seed"),
                            QString::number(day.seed)});
    ASSERT_EQ(made.status, 0) << day.clock << " seed " << day.seed << ": " << made.err.toStdString();

    const QJsonObject counts = status().value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("persons")).toInt(), persons);
    // The recent casework (one case for eight persons) and the history (5,500 cases for 20,000 persons).
    const int recent = persons / 8;
    const int history = 5'500 * persons / 20'000;
    // The paper archive: one old closed case for every fifteen recent ones, at least four.
    const int archive = std::max(4, recent / 15);
    EXPECT_GE(counts.value(QStringLiteral("cases")).toInt(), recent + history * 95 / 100);
    EXPECT_LE(counts.value(QStringLiteral("cases")).toInt(), recent + history + archive);
    // The history's diary (190,000 entries for 20,000 persons) with the 5,000-entry case.
    EXPECT_GE(counts.value(QStringLiteral("diary_entries")).toInt(), 190'000 * persons / 20'000);

    // Nothing of the history lies in the future or before its case, and money adds up: no benefit paid
    // beyond what was committed for it, no line committed beyond its allocation.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE closed_on < opened_on")), 0);
    EXPECT_GT(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE status = 'closed' AND closed_on < "
                                    "date('now', '-5 years')")),
              0)
        << "the history holds cases closed years ago";
    EXPECT_EQ(scalar(QStringLiteral(
                  "SELECT count(*) FROM (SELECT delivery_id, sum(CASE kind WHEN 'payment' THEN amount_cents "
                  "ELSE 0 END) AS paid, sum(CASE kind WHEN 'commitment' THEN amount_cents ELSE 0 END) AS "
                  "committed FROM budget_movements WHERE delivery_id IS NOT NULL GROUP BY delivery_id) "
                  "WHERE paid > committed")),
              0);
    EXPECT_GT(scalar(QStringLiteral("SELECT count(*) FROM service_deliveries")), persons);
    EXPECT_EQ(adminDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
}

INSTANTIATE_TEST_SUITE_P(Days, DemoDaysTest,
                         ::testing::Values(Day{"2027-01-31 12:00:00", 1}, Day{"2026-12-31 23:35:00", 2},
                                           Day{"2028-02-29 12:00:00", 11}, Day{"2026-11-20 09:00:00", 3}),
                         [](const ::testing::TestParamInfo<Day> &info) {
                             return std::to_string(info.index) + "_seed" + std::to_string(info.param.seed);
                         });

} // namespace
