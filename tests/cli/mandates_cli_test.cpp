// SPDX-License-Identifier: EUPL-1.2
#include "adminclifixture.h"

#include <QSqlQuery>
#include <QSqlRecord>

using cartella::test::AdminCliTest;
using cartella::test::ProcessRun;
using namespace cartella;

namespace {

QStringList rows(const QString &path, const QString &sql)
{
    auto storage = repository::Storage::open(path, repository::OpenMode::ExistingAsIs);
    EXPECT_TRUE(storage);
    QSqlQuery q(storage.value()->database().connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

} // namespace

// The demo zone has court mandates on family-and-minors cases, with tasks as deadlines and one messa alla
// prova; status counts them; the same seed gives the same decrees.
TEST_F(AdminCliTest, DemoRecordsCourtMandatesAndStatusCountsThem)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const QJsonObject counts = status().value(QStringLiteral("counts")).toObject();
    const int mandates = counts.value(QStringLiteral("court_mandates")).toInt(-1);
    EXPECT_GE(mandates, 2);
    EXPECT_GE(counts.value(QStringLiteral("mandate_tasks")).toInt(-1), 2 * mandates);

    EXPECT_EQ(
        rows(db(), QStringLiteral("SELECT count(*) FROM court_mandates m JOIN cases c ON c.id = m.case_id "
                                  "WHERE c.restricted = 0 OR c.area <> 'family_minors'")),
        QStringList{QStringLiteral("0")})
        << "every mandate case is a riservato family-and-minors case";
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT count(*) FROM mandate_probations")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT count(*) FROM mandate_tasks WHERE completed_on IS NULL")),
              rows(db(), QStringLiteral("SELECT count(*) FROM deadlines WHERE source = 'mandate_task' AND "
                                        "state = 'open'")))
        << "one open deadline per open task";

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(admin({QStringLiteral("--database"), other, QStringLiteral("demo"), QStringLiteral("--size"),
                     QStringLiteral("small")})
                  .status,
              0);
    const QString decrees = QStringLiteral("SELECT case_id, authority, decree_number, decree_date, measures "
                                           "FROM court_mandates ORDER BY id");
    EXPECT_EQ(rows(db(), decrees), rows(other, decrees)) << "same seed, same decrees";
}
