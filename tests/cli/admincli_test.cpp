// SPDX-License-Identifier: EUPL-1.2
#include "adminclifixture.h"
#include "domain/kernel/officeclock.h"

using cartella::test::AdminCliTest;
using cartella::test::ProcessRun;
using namespace cartella;

TEST_F(AdminCliTest, InitCreatesADatabaseAndStatusReportsIt)
{
    const ProcessRun init = adminDb({QStringLiteral("init")});
    ASSERT_EQ(init.status, 0) << init.err.toStdString();
    EXPECT_TRUE(QFile::exists(db()));
    const QJsonObject s = status();
    EXPECT_EQ(s.value(QStringLiteral("schema_version")).toInt(),
              repository::Migrator::embedded().last().version);
    EXPECT_EQ(s.value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons")).toInt(-1), 0);
    EXPECT_EQ(adminDb({QStringLiteral("init")}).status, 0) << "init on an existing database only confirms it";
}

TEST_F(AdminCliTest, DemoIsDeterministicAndCounted)
{
    const ProcessRun demo = adminDb({QStringLiteral("demo"), QStringLiteral("--persons"),
                                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(demo.status, 0) << demo.err.toStdString();
    EXPECT_EQ(status().value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons")).toInt(),
              300);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(admin({QStringLiteral("--database"), other, QStringLiteral("demo"),
                     QStringLiteral("--persons=300"), QStringLiteral("--seed=7")})
                  .status,
              0);
    auto dump = [](const QString &path) {
        auto storage = repository::Storage::open(path, repository::OpenMode::ExistingAsIs);
        EXPECT_TRUE(storage);
        QSqlQuery q(storage.value()->database().connection());
        q.exec(QStringLiteral(
            "SELECT surname, given_name, birth_date, coalesce(fiscal_code, '-'), residence_municipality "
            "FROM persons ORDER BY id"));
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString() + q.value(1).toString() + q.value(2).toString() +
                        q.value(3).toString() + q.value(4).toString());
        return rows;
    };
    const QStringList a = dump(db());
    EXPECT_EQ(a, dump(other)) << "same seed, same persons";
    EXPECT_EQ(a.size(), 300);

    // Every demo person lives in one of the 14 Lunigiana Comuni (ISTAT 045xxx) and has a valid code or none.
    for (const QString &row : a)
        EXPECT_TRUE(row.right(6).startsWith(QStringLiteral("045"))) << row.toStdString();
    const ProcessRun again =
        adminDb({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("5")});
    EXPECT_EQ(again.status, 1) << "demo data never go into a database that has persons";
}

TEST_F(AdminCliTest, FiscalCodeCheckReportsEachCode)
{
    const ProcessRun r = admin({QStringLiteral("fiscal-code"), QStringLiteral("check"),
                                QStringLiteral("rssmra85t10a562s"), QStringLiteral("RSSMRA85T10A562X")});
    EXPECT_EQ(r.status, 1);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QStringLiteral("RSSMRA85T10A562S valid"));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("RSSMRA85T10A562X invalid: ")))
        << lines.at(1).toStdString();
    EXPECT_EQ(
        admin({QStringLiteral("fiscal-code"), QStringLiteral("check"), QStringLiteral("RSSMRA85T10A56NH")})
            .status,
        0);
}

TEST_F(AdminCliTest, FiscalCodeDecodeAndCompute)
{
    const ProcessRun decode =
        admin({QStringLiteral("fiscal-code"), QStringLiteral("decode"), QStringLiteral("BNCGNN80A41Z112I")});
    ASSERT_EQ(decode.status, 0) << decode.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(decode.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    EXPECT_EQ(json.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-01-01"));
    EXPECT_EQ(json.value(QStringLiteral("birth_place_code")).toString(), QStringLiteral("Z112"));
    EXPECT_EQ(json.value(QStringLiteral("birth_place_name")).toString(), QStringLiteral("GERMANIA"));

    const ProcessRun compute = admin(
        {QStringLiteral("fiscal-code"), QStringLiteral("compute"), QStringLiteral("--surname"),
         QStringLiteral("Rossi"), QStringLiteral("--name"), QStringLiteral("Mario"), QStringLiteral("--sex"),
         QStringLiteral("M"), QStringLiteral("--birth-date"), QStringLiteral("1985-12-10"),
         QStringLiteral("--birth-place"), QStringLiteral("San Giuliano Terme")});
    ASSERT_EQ(compute.status, 0) << compute.err.toStdString();
    EXPECT_EQ(compute.out.trimmed(), QStringLiteral("RSSMRA85T10A562S"));

    const ProcessRun ambiguous =
        admin({QStringLiteral("fiscal-code"), QStringLiteral("compute"), QStringLiteral("--surname=Rossi"),
               QStringLiteral("--name=Mario"), QStringLiteral("--sex=M"),
               QStringLiteral("--birth-date=1985-12-10"), QStringLiteral("--birth-place=Samone")});
    EXPECT_EQ(ambiguous.status, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("(TO)"))) << ambiguous.err.toStdString();
}

TEST_F(AdminCliTest, BadInputIsStatusOneAndBadUsageStatusTwo)
{
    EXPECT_EQ(admin({}).status, 2);
    EXPECT_EQ(admin({QStringLiteral("frobnicate")}).status, 2);
    EXPECT_EQ(admin({QStringLiteral("fiscal-code"), QStringLiteral("decode")}).status, 2);
    EXPECT_EQ(adminDb({QStringLiteral("demo")}).status, 2) << "--persons is required";
    EXPECT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("many")}).status,
              2);
    EXPECT_EQ(admin({QStringLiteral("--database")}).status, 2);
    const ProcessRun missing = adminDb({QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_EQ(missing.status, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(db())) << "status never creates a database";
    EXPECT_EQ(adminDb({QStringLiteral("migrate")}).status, 1);
    const ProcessRun badDate =
        admin({QStringLiteral("fiscal-code"), QStringLiteral("compute"), QStringLiteral("--surname=R"),
               QStringLiteral("--name=M"), QStringLiteral("--sex=M"),
               QStringLiteral("--birth-date=1985-02-30"), QStringLiteral("--birth-place=H501")});
    EXPECT_EQ(badDate.status, 1);
}

TEST_F(AdminCliTest, MigrateRefusesANewerDatabase)
{
    ASSERT_EQ(adminDb({QStringLiteral("init")}).status, 0);
    {
        auto storage = repository::Storage::open(db(), repository::OpenMode::ExistingAsIs);
        ASSERT_TRUE(storage);
        QSqlQuery q(storage.value()->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01T00:00:00Z')")));
    }
    const ProcessRun r = adminDb({QStringLiteral("migrate")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version"))) << r.err.toStdString();
    EXPECT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--persons=1")}).status, 1);
}

TEST_F(AdminCliTest, DemoZoneMakesCaseworkAndCaseCommandsShowIt)
{
    const ProcessRun demo =
        adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")});
    ASSERT_EQ(demo.status, 0) << demo.err.toStdString();
    const QJsonObject counts = status().value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("persons")).toInt(), 500);
    EXPECT_EQ(counts.value(QStringLiteral("cases")).toInt(), 62 + 4) << "and four from the paper archive";
    EXPECT_GT(counts.value(QStringLiteral("diary_entries")).toInt(), 100);
    EXPECT_GT(counts.value(QStringLiteral("diary_versions")).toInt(),
              counts.value(QStringLiteral("diary_entries")).toInt())
        << "some entries were corrected";
    EXPECT_GT(counts.value(QStringLiteral("case_events")).toInt(), 62);
    for (const char *table : {"intakes", "care_objectives", "care_actions", "care_reviews", "deadlines"})
        EXPECT_GT(counts.value(QLatin1String(table)).toInt(), 10) << table;
    // Pronto Intervento Sociale
    // Two shifts a day for the demo's 90 days to 31 October 2026, and planned on through two weeks from
    // today.
    const QDate demoEnd = std::min(QDate(2026, 10, 31), domain::officeToday());
    const qint64 plannedDays = demoEnd.daysTo(std::max(demoEnd, domain::officeToday()).addDays(13));
    EXPECT_EQ(counts.value(QStringLiteral("oncall_shifts")).toInt(), 180 + 2 * plannedDays);
    EXPECT_GE(counts.value(QStringLiteral("social_emergencies")).toInt(), 10);
    // Equipe Affido: the registry and placements on existing cases (the number of cases above stays)
    EXPECT_EQ(counts.value(QStringLiteral("foster_families")).toInt(), 6);
    EXPECT_EQ(counts.value(QStringLiteral("foster_placements")).toInt(), 3);
    {
        auto storage = repository::Storage::open(db(), repository::OpenMode::ExistingAsIs);
        ASSERT_TRUE(storage);
        QSqlQuery q(storage.value()->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM foster_placement_extensions")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << "one placement extended by the court";
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT count(*) FROM deadlines WHERE source = 'placement_term' AND "
                                  "state = 'open'")) &&
            q.next());
        EXPECT_EQ(q.value(0).toInt(), 3) << "each placement's term is a deadline";
    }
    {
        auto storage = repository::Storage::open(db(), repository::OpenMode::ExistingAsIs);
        ASSERT_TRUE(storage);
        QSqlQuery q(storage.value()->database().connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT count(*), sum(person_id IS NULL), sum(case_id IS NULL) FROM "
                                  "social_emergencies")) &&
            q.next());
        EXPECT_GT(q.value(1).toInt(), 0) << "some never identified";
        EXPECT_EQ(q.value(2).toInt(), 1) << "one left unhanded, for the overdue flag";
    }

    const ProcessRun list =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 62 + 4);
    QSet<QString> areas;
    for (const QJsonValue &row : rows) {
        EXPECT_TRUE(row.toObject().value(QStringLiteral("number")).toString().contains(QLatin1Char('/')));
        EXPECT_FALSE(row.toObject().value(QStringLiteral("responsible")).toString().isEmpty());
        areas.insert(row.toObject().value(QStringLiteral("area")).toString());
    }
    EXPECT_GE(areas.size(), 4) << "cases across areas";

    const ProcessRun closed =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--status"), QStringLiteral("closed")});
    ASSERT_EQ(closed.status, 0);
    const QJsonArray closedRows = QJsonDocument::fromJson(closed.out.toUtf8()).array();
    EXPECT_GT(closedRows.size(), 0);
    EXPECT_LT(closedRows.size(), 62 + 4);

    const QString number = closedRows.first().toObject().value(QStringLiteral("number")).toString();
    const ProcessRun show =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("case"), QStringLiteral("show"), number, QStringLiteral("--json")});
    ASSERT_EQ(show.status, 0) << show.err.toStdString();
    const QJsonObject c = QJsonDocument::fromJson(show.out.toUtf8()).object();
    EXPECT_EQ(c.value(QStringLiteral("number")).toString(), number);
    EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    EXPECT_FALSE(c.value(QStringLiteral("closure_reason")).toString().isEmpty());
    EXPECT_EQ(c.value(QStringLiteral("members"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("role"))
                  .toString(),
              QStringLiteral("principal"));
    const QJsonArray history = c.value(QStringLiteral("history")).toArray();
    EXPECT_EQ(history.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("opened"));
    EXPECT_EQ(history.last().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("closed"));
    EXPECT_TRUE(c.value(QStringLiteral("diary")).isArray());

    const ProcessRun inCharge =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--status"), QStringLiteral("in_charge")});
    ASSERT_EQ(inCharge.status, 0);
    const QString active = QJsonDocument::fromJson(inCharge.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    const ProcessRun withProject =
        adminAs(QStringLiteral("responsabile"),
                {QStringLiteral("case"), QStringLiteral("show"), active, QStringLiteral("--json")});
    ASSERT_EQ(withProject.status, 0) << withProject.err.toStdString();
    const QJsonObject project = QJsonDocument::fromJson(withProject.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("project"))
                                    .toObject();
    const QJsonArray objectives = project.value(QStringLiteral("objectives")).toArray();
    ASSERT_FALSE(objectives.isEmpty()) << withProject.out.toStdString();
    EXPECT_FALSE(objectives.first().toObject().value(QStringLiteral("actions")).toArray().isEmpty());
    EXPECT_FALSE(project.value(QStringLiteral("reviews")).toArray().isEmpty());
    EXPECT_FALSE(QJsonDocument::fromJson(withProject.out.toUtf8())
                     .object()
                     .value(QStringLiteral("deadlines"))
                     .toArray()
                     .isEmpty());

    EXPECT_EQ(adminAs(QStringLiteral("responsabile"),
                      {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1999/9999")})
                  .status,
              1);
    EXPECT_EQ(adminAs(QStringLiteral("responsabile"),
                      {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status=open")})
                  .status,
              2);
    EXPECT_EQ(adminDb({QStringLiteral("case")}).status, 2);
    EXPECT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size=huge")}).status, 2);

    // Cases are personal data: no user, no cases; a social worker sees only their own and their teams'.
    const ProcessRun anonymous =
        adminDb({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(anonymous.status, 1);
    EXPECT_TRUE(anonymous.out.isEmpty());
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << anonymous.err.toStdString();
    const ProcessRun own =
        adminAs(QStringLiteral("assistente1"),
                {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(own.status, 0) << own.err.toStdString();
    const qsizetype ownCount = QJsonDocument::fromJson(own.out.toUtf8()).array().size();
    EXPECT_GT(ownCount, 0);
    EXPECT_LT(ownCount, 62);
    const ProcessRun admin = adminAs(QStringLiteral("admin"), {QStringLiteral("case"), QStringLiteral("show"),
                                                               number, QStringLiteral("--json")});
    EXPECT_EQ(admin.status, 1) << "the system administrator sees no case";
    EXPECT_TRUE(admin.out.isEmpty());

    // `case show` opened the case as the zone manager: the audit trail says so, and the chain holds.
    const ProcessRun verify =
        adminDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(verify.status, 0) << verify.err.toStdString();
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-audit"));
    check.setDatabaseName(db());
    ASSERT_TRUE(check.open());
    {
        QSqlQuery q(check);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case_viewed' AND "
                                          "user_name = 'responsabile' AND purpose = 'administration'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 2) << "two case show runs";
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("cli-audit"));
}

TEST_F(AdminCliTest, PathsNamesTheDatabaseBackupsAndLogs)
{
    const ProcessRun r = adminDb({QStringLiteral("paths")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("database=") + db())) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("backups=") + dir.filePath(QStringLiteral("backups"))));
    EXPECT_TRUE(r.out.contains(QStringLiteral("logs=") + dir.filePath(QStringLiteral("xdg"))));
    EXPECT_FALSE(QFile::exists(db())) << "paths only tells";
}

TEST_F(AdminCliTest, SpeaksItalianByDefault)
{
    const ProcessRun r =
        admin({QStringLiteral("fiscal-code"), QStringLiteral("check"), QStringLiteral("RSSMRA85T10A562X")},
              QString());
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("carattere di controllo"))) << r.out.toStdString();
}

TEST_F(AdminCliTest, AuditVerifyChecksTheChainThatDemoUsersStarted)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const ProcessRun ok =
        adminDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(ok.status, 0) << ok.err.toStdString();
    const QJsonObject intact = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    EXPECT_TRUE(intact.value(QStringLiteral("intact")).toBool());
    EXPECT_GE(intact.value(QStringLiteral("records")).toInt(), 10) << "one record per demo user";
    {
        auto storage = repository::Storage::open(db()).value();
        QSqlQuery q(storage->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET details = '' WHERE id = 4")));
    }
    const ProcessRun bad =
        adminDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(bad.status, 1);
    const QJsonObject broken = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    EXPECT_FALSE(broken.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(broken.value(QStringLiteral("first_bad_id")).toInt(), 4);
    EXPECT_EQ(adminDb({QStringLiteral("audit")}).status, 2);
}

TEST_F(AdminCliTest, AnAdministratorManagesUsersAndNobodyElseCan)
{
    ASSERT_EQ(adminDb({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).status, 0);
    const QStringList add{QStringLiteral("user"),         QStringLiteral("add"),
                          QStringLiteral("mverdi"),       QStringLiteral("--full-name"),
                          QStringLiteral("Maria Verdi"),  QStringLiteral("--role"),
                          QStringLiteral("social_worker")};
    EXPECT_EQ(adminDb(add).status, 1) << "no --user: refused";

    nextEnvironment = {{QStringLiteral("CARTELLA_PASSWORD"), QStringLiteral("demo")},
                       {QStringLiteral("CARTELLA_NEW_PASSWORD"), QStringLiteral("Temporanea-2026")}};
    const ProcessRun bySocialWorker =
        adminDb(QStringList{QStringLiteral("--user"), QStringLiteral("assistente1")} + add);
    EXPECT_EQ(bySocialWorker.status, 1);
    EXPECT_TRUE(bySocialWorker.err.contains(QStringLiteral("system administrator")))
        << bySocialWorker.err.toStdString();

    nextEnvironment = {{QStringLiteral("CARTELLA_PASSWORD"), QStringLiteral("demo")},
                       {QStringLiteral("CARTELLA_NEW_PASSWORD"), QStringLiteral("Temporanea-2026")}};
    const ProcessRun byAdmin = adminDb(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + add);
    ASSERT_EQ(byAdmin.status, 0) << byAdmin.err.toStdString();

    nextEnvironment = {{QStringLiteral("CARTELLA_PASSWORD"), QStringLiteral("demo")}};
    const ProcessRun list =
        adminDb({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                 QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    bool found = false;
    for (const QJsonValue &u : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (u.toObject().value(QStringLiteral("username")).toString() == QStringLiteral("mverdi")) {
            found = true;
            EXPECT_TRUE(u.toObject().value(QStringLiteral("must_change_password")).toBool());
        }
    }
    EXPECT_TRUE(found);

    nextEnvironment = {{QStringLiteral("CARTELLA_PASSWORD"), QStringLiteral("sbagliata")}};
    EXPECT_EQ(adminDb({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                       QStringLiteral("list")})
                  .status,
              1)
        << "a wrong password is refused";
    EXPECT_EQ(adminDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0)
        << "and every attempt is chained";
}

// Maintenance commands need no user and are audited as the local system.
TEST_F(AdminCliTest, MaintenanceCommandsAreAuditedAsTheLocalSystem)
{
    ASSERT_EQ(adminDb({QStringLiteral("init")}).status, 0);
    ASSERT_EQ(adminDb({QStringLiteral("status")}).status, 0);
    ASSERT_EQ(adminDb({QStringLiteral("migrate")}).status, 0);
    ASSERT_EQ(adminDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
    QStringList actions;
    {
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maintenance"));
        check.setDatabaseName(db());
        ASSERT_TRUE(check.open());
        QSqlQuery q(check);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT action, user_name, purpose FROM audit_log ORDER BY id")));
        while (q.next()) {
            actions << q.value(0).toString();
            EXPECT_EQ(q.value(1).toString(), QStringLiteral("system"));
            EXPECT_EQ(q.value(2).toString(), QStringLiteral("maintenance"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maintenance"));
    EXPECT_EQ(actions, (QStringList{QStringLiteral("database_init"), QStringLiteral("status_read"),
                                    QStringLiteral("database_migrated"), QStringLiteral("audit_verified")}));
}

// Every seed makes a whole demo: seed 4 once failed, a monthly benefit approved late being paid for its first
// month before its approval.
TEST_F(AdminCliTest, TheSmallDemoSucceedsWhateverTheSeed)
{
    for (int seed = 2; seed <= 9; ++seed) {
        const QString file = dir.filePath(QStringLiteral("seed%1.sqlite").arg(seed));
        const ProcessRun demo =
            admin({QStringLiteral("--database"), file, QStringLiteral("demo"), QStringLiteral("--size"),
                   QStringLiteral("small"), QStringLiteral("--seed"), QString::number(seed)});
        EXPECT_EQ(demo.status, 0) << "seed " << seed << ": " << demo.err.toStdString();
    }
}

TEST_F(AdminCliTest, AnUnknownCommandExitsTwoWithTheWholeUsageInEitherLanguage)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("it")}) {
        const ProcessRun help = admin({QStringLiteral("--help")}, lang);
        ASSERT_EQ(help.status, 0);
        const ProcessRun wrong = admin({QStringLiteral("frobnicate")}, lang);
        EXPECT_EQ(wrong.status, 2);
        EXPECT_TRUE(wrong.out.isEmpty());
        // The message, a blank line, and the same usage that --help prints, with every block.
        EXPECT_TRUE(wrong.err.endsWith(QStringLiteral("\n\n") + help.out)) << wrong.err.toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("  fiscal-code check CODE...")));
        EXPECT_TRUE(help.out.contains(QStringLiteral("  projects counts [--from YYYY-MM-DD]")));
    }
}
