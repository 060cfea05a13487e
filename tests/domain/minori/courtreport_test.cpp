// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% a stand-in: the domain takes the bytes as they are\n");

// Court reports over a real database: the draft from the case, versions and stale saves, the filed PDF in the
// case history and audit trail, who may do what, emergency access, and all-or-nothing changes.
class CourtReportTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    const QDate today = domain::officeToday();
    qint64 anna = 0, marco = 0, davide = 0;
    Actor annaUser, marcoUser, manager, clerk, educator, admin;
    Case c;
    CourtMandate mandate;
    qint64 kept = 0, skipped = 0, withdrawn = 0;

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    qint64 entry(const QString &text, int daysAgo)
    {
        DiaryEntry e;
        e.caseId = c.id;
        e.date = today.addDays(-daysAgo);
        e.kind = DiaryKind::HomeVisit;
        e.text = text;
        const auto added = hub.diary.add(e, annaUser);
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return added ? added.value().id : 0;
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna Bianchi"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco Neri"), {}, true}, system).value().id;
        davide = hub.cases.registerWorker({0, QStringLiteral("Davide Verdi"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        educator = user(QStringLiteral("edu"), Role::Educator, davide);
        admin = user(QStringLiteral("admin"), Role::SystemAdmin, 0);
        const qint64 child = hub.persons.create(test::mario(), system).value().id;
        Case draft;
        draft.area = CaseArea::FamilyAndMinors;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = anna;
        draft.teamWorkerIds = {davide};
        draft.openedOn = today.addMonths(-6);
        draft.members = {{child, MemberRole::PrincipalBeneficiary, {}}};
        c = hub.cases.open(draft, system).value();
        MandateDraft d;
        d.caseId = c.id;
        d.decreeNumber = QStringLiteral("412/2026 V.G.");
        d.decreeDate = today.addDays(-60);
        d.measures = {MandateMeasure::CustodyToService};
        d.tasks = {
            {MandateTaskKind::PeriodicReport, QStringLiteral("Relazione trimestrale"), today.addDays(20)}};
        const auto made = hub.mandates.record(d, annaUser);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        mandate = made.value();
        c = hub.cases.get(c.id, system).value();
        ASSERT_TRUE(hub.plans.addObjective(c.id, QStringLiteral("Frequenza scolastica regolare"), annaUser));
        kept = entry(QStringLiteral("Visita domiciliare: la casa è in ordine"), 10);
        skipped = entry(QStringLiteral("Telefonata non pertinente"), 5);
        withdrawn = entry(QStringLiteral("Annotazione sbagliata"), 3);
        const DiaryEntry w = hub.diary.get(withdrawn, annaUser).value();
        ASSERT_TRUE(hub.diary.withdraw(withdrawn, w.version,
                                       QStringLiteral("Scritta nella cartella sbagliata"), annaUser));
    }

    CourtReport saved(const Actor &by)
    {
        const auto d = hub.courtReports.draft(c.id, mandate.id, {kept}, by);
        EXPECT_TRUE(d) << d.error().message.toStdString();
        const auto r = hub.courtReports.save(d.value(), 0, by);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : CourtReport{};
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }
};

TEST_F(CourtReportTest, TheDraftHoldsTheCaseTheDecreeTheChosenEntriesAndTheProject)
{
    const auto d = hub.courtReports.draft(c.id, mandate.id, {kept}, annaUser);
    ASSERT_TRUE(d) << d.error().message.toStdString();
    const QString body = d.value().body;
    EXPECT_TRUE(body.contains(c.number()));
    EXPECT_TRUE(d.value().title.contains(c.number()));
    EXPECT_EQ(d.value().mandateId, mandate.id);
    EXPECT_TRUE(body.contains(QStringLiteral("412/2026 V.G."))) << "the decree number";
    EXPECT_TRUE(body.contains(mandate.decreeDate.toString(QStringLiteral("dd/MM/yyyy"))));
    EXPECT_TRUE(body.contains(QStringLiteral("Relazione trimestrale"))) << "the mandate's task";
    EXPECT_TRUE(body.contains(QStringLiteral("la casa è in ordine"))) << "the chosen entry";
    EXPECT_FALSE(body.contains(QStringLiteral("non pertinente"))) << "only chosen entries";
    EXPECT_TRUE(body.contains(QStringLiteral("Frequenza scolastica regolare"))) << "the project";
    EXPECT_TRUE(body.contains(QStringLiteral("Anna Bianchi"))) << "the responsible worker";
    EXPECT_TRUE(body.contains(QStringLiteral("Davide Verdi"))) << "the team";
    EXPECT_TRUE(body.contains(QStringLiteral("Rossi"))) << "the people";
    EXPECT_TRUE(body.startsWith(QStringLiteral("# "))) << "Markdown headings";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_reports")), 0) << "a draft stores nothing";

    const auto without = hub.courtReports.draft(c.id, std::nullopt, {}, annaUser);
    ASSERT_TRUE(without);
    EXPECT_FALSE(without.value().body.contains(QStringLiteral("412/2026")));
    EXPECT_EQ(without.value().mandateId, 0);
}

TEST_F(CourtReportTest, WithdrawnOrForeignEntriesAreRefused)
{
    const auto refused = hub.courtReports.draft(c.id, mandate.id, {kept, withdrawn}, annaUser);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(hub.courtReports.draft(c.id, mandate.id, {999999}, annaUser));
}

TEST_F(CourtReportTest, EverySaveIsANewVersionAndAStaleSaveIsRefused)
{
    const CourtReport first = saved(annaUser);
    ASSERT_EQ(first.version, 1);
    EXPECT_EQ(first.caseNumber, c.number());
    CourtReportDraft edit{first.id, c.id, mandate.id, first.title,
                          first.body + QStringLiteral("\nValutazione.")};
    const auto second = hub.courtReports.save(edit, 1, annaUser);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(second.value().version, 2);
    EXPECT_TRUE(second.value().body.endsWith(QStringLiteral("Valutazione.")));

    edit.body = QStringLiteral("Un testo scritto su una versione vecchia");
    const auto stale = hub.courtReports.save(edit, 1, annaUser);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    const auto versions = hub.courtReports.versions(first.id, annaUser);
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions.value().size(), 2);
    EXPECT_EQ(versions.value().first().body, first.body) << "version 1 is kept as it was";
    EXPECT_EQ(versions.value().last().savedBy, QStringLiteral("anna"));
    EXPECT_EQ(hub.courtReports.list(c.id, annaUser).value().size(), 1);

    // The database refuses a rewrite of history on its own.
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE court_report_versions SET body = 'x'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM court_report_versions")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM court_reports")));
}

TEST_F(CourtReportTest, FilingAnExportKeepsThePdfWithDateAuthorHistoryAndAudit)
{
    const CourtReport r = saved(annaUser);
    const auto filed =
        hub.courtReports.fileExport(r.id, 1, kPdf, QStringLiteral("/tmp/relazione.pdf"), annaUser);
    ASSERT_TRUE(filed) << filed.error().message.toStdString();
    EXPECT_EQ(filed.value().version, 1);
    EXPECT_EQ(filed.value().filedBy, QStringLiteral("anna"));
    EXPECT_TRUE(filed.value().filedAt.isValid());
    EXPECT_EQ(filed.value().fileName, QStringLiteral("relazione.pdf"));
    EXPECT_EQ(filed.value().size, kPdf.size());
    EXPECT_EQ(filed.value().sha256.size(), 64);
    EXPECT_EQ(hub.courtReports.exportedPdf(r.id, filed.value().id, educator).value(), kPdf)
        << "the team reads the filed document";
    EXPECT_EQ(hub.courtReports.get(r.id, annaUser).value().exports.size(), 1);

    const QList<CaseEvent> history = hub.cases.history(c.id, annaUser).value();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().kind, CaseEvent::Kind::CourtReportFiled);
    EXPECT_EQ(history.last().by, QStringLiteral("anna"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'court_report_filed' AND "
                                   "entity = 'court_report' AND entity_id = %1")
                        .arg(r.id)),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'court_report%' AND "
                                   "(details LIKE '%412%' OR details LIKE '%relazione%')")),
              0)
        << "ids only in the audit trail";

    EXPECT_FALSE(hub.courtReports.fileExport(r.id, 2, kPdf, {}, annaUser)) << "no such version";
    EXPECT_FALSE(hub.courtReports.fileExport(r.id, 1, QByteArrayLiteral("not a pdf"), {}, annaUser));
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE court_report_exports SET file_name = 'x'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM court_report_exports")));
}

TEST_F(CourtReportTest, PermissionsPerRole)
{
    const CourtReport r = saved(annaUser);
    // The educator on the team reads, never writes.
    EXPECT_TRUE(hub.courtReports.get(r.id, educator));
    EXPECT_EQ(hub.courtReports.draft(c.id, {}, {}, educator).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.courtReports.save({r.id, c.id, 0, r.title, r.body}, 1, educator).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(hub.courtReports.fileExport(r.id, 1, kPdf, {}, educator).error().code, ErrorCode::Forbidden);
    // The zone manager writes.
    EXPECT_TRUE(hub.courtReports.save({r.id, c.id, 0, r.title, r.body}, 1, manager));
    // A social worker off the case does not even see it (the case is riservato).
    EXPECT_EQ(hub.courtReports.get(r.id, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.courtReports.list(c.id, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(hub.courtReports.draft(c.id, {}, {}, marcoUser));
    // Administrative officers and the system administrator never.
    for (const Actor &a : {clerk, admin}) {
        EXPECT_EQ(hub.courtReports.get(r.id, a).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(hub.courtReports.list(c.id, a).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(hub.courtReports.draft(c.id, {}, {}, a).error().code, ErrorCode::Forbidden);
    }
}

TEST_F(CourtReportTest, AnEmergencyAccessReadsButNeverWritesAReport)
{
    const CourtReport r = saved(annaUser);
    ASSERT_TRUE(c.restricted) << "a mandate case is riservato";
    const auto opened = hub.emergency.breakGlass(
        c.number(), QStringLiteral("Pronto intervento: minore in pericolo stanotte"), marcoUser);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_TRUE(hub.courtReports.get(r.id, marcoUser)) << "reading, as the diary";
    EXPECT_FALSE(hub.courtReports.draft(c.id, {}, {}, marcoUser));
    EXPECT_FALSE(hub.courtReports.save({r.id, c.id, 0, r.title, r.body}, 1, marcoUser));
    EXPECT_FALSE(hub.courtReports.save({0, c.id, 0, r.title, r.body}, 0, marcoUser));
    EXPECT_FALSE(hub.courtReports.fileExport(r.id, 1, kPdf, {}, marcoUser));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_report_versions")), 1);
}

TEST_F(CourtReportTest, AFailedChangeLeavesNothingBehind)
{
    const CourtReport r = saved(annaUser);
    exec(QStringLiteral("CREATE TRIGGER refuse_filing BEFORE INSERT ON case_events WHEN NEW.kind = "
                        "'court_report' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    EXPECT_FALSE(hub.courtReports.fileExport(r.id, 1, kPdf, {}, annaUser));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_report_exports")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'court_report_filed'")), 0);

    exec(QStringLiteral("CREATE TRIGGER refuse_saving BEFORE INSERT ON audit_log WHEN NEW.action = "
                        "'court_report_saved' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    EXPECT_FALSE(hub.courtReports.save({r.id, c.id, 0, r.title, QStringLiteral("Nuovo testo")}, 1, annaUser));
    EXPECT_FALSE(hub.courtReports.save({0, c.id, 0, r.title, QStringLiteral("Nuovo testo")}, 0, annaUser));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_reports")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM court_report_versions")), 1);
    EXPECT_EQ(hub.courtReports.get(r.id, annaUser).value().version, 1);
}

} // namespace
