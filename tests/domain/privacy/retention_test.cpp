// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/fiscalcode.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Retention over a real database: two closed cases (one opened from an intake) and one open case that shares
// a person with a closed one.
class RetentionTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor actor{QStringLiteral("anna")};
    const QDate tomorrow = domain::officeToday().addDays(1);
    qint64 anna = 0;
    qint64 gildo = 0;
    qint64 mario = 0;
    qint64 ottavina = 0;

    // What identifies the anonymised people and cases; none of it may survive anywhere in the file.
    const QStringList gone{
        QStringLiteral("Zanfrognini"), QStringLiteral("Ermenegildo"),     QStringLiteral("Sbarbaro"),
        QStringLiteral("555 9911"),    QStringLiteral("gildo.z@example"), QStringLiteral("Filomena"),
        QStringLiteral("Quaglierini"), QStringLiteral("Ottavina"),        QStringLiteral("Gualtiero"),
        QStringLiteral("trasloco"),    QStringLiteral("Pontremolese"),    QStringLiteral("Cavour 12")};
    QString gildoCode;

    qint64 person(const QString &surname, const QString &given, const QString &street, const QString &phone,
                  const QString &email)
    {
        Person p = test::mario();
        p.surname = surname;
        p.givenName = given;
        p.fiscalCode =
            FiscalCode::compute(surname, given, p.sex, p.birthDate, p.birthPlaceCode).value().text();
        p.residence.street = street;
        p.phone = phone;
        p.email = email;
        auto made = hub.persons.create(p, actor);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made.value().id;
    }

    Case open(CaseArea area, const QString &comune, QList<qint64> members)
    {
        Case draft;
        draft.area = area;
        draft.municipalityCode = comune;
        draft.responsibleWorkerId = anna;
        draft.openedOn = domain::officeToday().addMonths(-6);
        draft.members = {{members.takeFirst(), MemberRole::PrincipalBeneficiary, {}}};
        for (const qint64 m : members)
            draft.members.append({m, MemberRole::FamilyMember, {}});
        auto opened = hub.cases.open(draft, actor);
        EXPECT_TRUE(opened) << opened.error().message.toStdString();
        return opened.value();
    }

    DiaryEntry write(qint64 caseId, const QString &text)
    {
        DiaryEntry e;
        e.caseId = caseId;
        e.date = domain::officeToday();
        e.text = text;
        auto added = hub.diary.add(e, actor);
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return added.value();
    }

    void close(const Case &c)
    {
        const int version = hub.cases.get(c.id, actor).value().stamp.version;
        auto closed = hub.cases.changeStatus(c.id, version, CaseStatus::Closed, ClosureReason::GoalsReached,
                                             QStringLiteral("Chiusa: Ermenegildo si trasferisce"), actor);
        ASSERT_TRUE(closed) << closed.error().message.toStdString();
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna Bertolini"), {}, true}, actor).value().id;
        gildo = person(QStringLiteral("Zanfrognini"), QStringLiteral("Ermenegildo"),
                       QStringLiteral("Via Sbarbaro 7"), QStringLiteral("0187 555 9911"),
                       QStringLiteral("gildo.z@example.org"));
        Person moved = hub.persons.get(gildo, actor).value();
        gildoCode = moved.fiscalCode;
        moved.domicile = {QStringLiteral("045001"),
                          QStringLiteral("Via Cavour 12")}; // the old row is a version
        ASSERT_TRUE(hub.persons.update(moved, actor));
        mario = hub.persons.create(test::mario(), actor).value().id;
        ottavina = person(QStringLiteral("Quaglierini"), QStringLiteral("Ottavina"),
                          QStringLiteral("Via Cavour 12"), {}, {});

        // Closed case A: diary with a correction and a withdrawal, project, review, deadline.
        const Case a = open(CaseArea::AdultHardship, QStringLiteral("045001"), {gildo, mario});
        const DiaryEntry first = write(a.id, QStringLiteral("Colloquio con Ermenegildo sul trasloco"));
        ASSERT_TRUE(hub.diary.edit(first.id, first.version,
                                   QStringLiteral("Colloquio corretto: Ermenegildo e la sorella Filomena"),
                                   actor));
        const DiaryEntry second = write(a.id, QStringLiteral("Telefonata di Filomena"));
        ASSERT_TRUE(
            hub.diary.withdraw(second.id, second.version, QStringLiteral("Filomena era un'altra"), actor));
        const CarePlan plan =
            hub.plans.addObjective(a.id, QStringLiteral("Casa per Ermenegildo"), actor).value();
        CareAction action;
        action.caseId = a.id;
        action.objectiveId = plan.objectives.first().id;
        action.what = QStringLiteral("Sentire la sorella Filomena");
        action.ownerWorkerId = anna;
        action.dueOn = domain::officeToday().addDays(5);
        ASSERT_TRUE(hub.plans.addAction(action, actor));
        CareReview review;
        review.caseId = a.id;
        review.reviewDate = domain::officeToday();
        review.outcome = QStringLiteral("Ermenegildo ha trovato casa in Via Pontremolese");
        ASSERT_TRUE(hub.plans.addReview(review, actor));
        Deadline d;
        d.caseId = a.id;
        d.title = QStringLiteral("Richiamare Ermenegildo");
        d.dueOn = domain::officeToday().addDays(3);
        d.ownerWorkerId = anna;
        ASSERT_TRUE(hub.deadlines.add(d, actor));
        close(a);

        // Closed case B, opened from an intake contact.
        IntakeContact intake;
        intake.contactDate = domain::officeToday();
        intake.area = CaseArea::Elderly;
        intake.municipalityCode = QStringLiteral("045002");
        intake.personIds = {ottavina};
        intake.visitor = QStringLiteral("Ottavina con il nipote Gualtiero");
        intake.request = QStringLiteral("Ottavina chiede assistenza domiciliare");
        intake.response = QStringLiteral("Spiegato il servizio a Gualtiero");
        const IntakeContact recorded = hub.intakes.record(intake, actor).value();
        Case draft;
        draft.area = CaseArea::Elderly;
        draft.municipalityCode = QStringLiteral("045002");
        draft.responsibleWorkerId = anna;
        auto b = hub.intakes.openCase(recorded.id, recorded.stamp.version, draft, actor);
        ASSERT_TRUE(b) << b.error().message.toStdString();
        close(b.value());

        // Open case C: Mario is in it, so he is kept.
        const Case c = open(CaseArea::Disability, QStringLiteral("045003"), {mario});
        write(c.id, QStringLiteral("Mario frequenta il centro diurno Arcobaleno"));
    }

    QStringList rows(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QStringList out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }

    // Everything statistics are made of: cases by area, Comune, year and status, persons by sex, birth year
    // and Comune, and the number of rows of every table.
    QStringList statistics()
    {
        QStringList out = rows(
            QStringLiteral("SELECT area, municipality_code, year, status, closure_reason, opened_on, "
                           "closed_on, count(*) FROM cases GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3"));
        out +=
            rows(QStringLiteral("SELECT sex, substr(birth_date, 1, 4), residence_municipality, citizenship, "
                                "count(*) FROM persons GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"));
        for (const QString &table : rows(QStringLiteral(
                 "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
                 "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'retention_runs', "
                 "'retention_cases', 'retention_persons') ORDER BY name")))
            out += table + QLatin1Char('=') +
                   rows(QStringLiteral("SELECT count(*) FROM ") + table).join(QString());
        return out;
    }

    // Where `needle` occurs in any column of any table of the file (FTS shadow tables included).
    QStringList occurrences(const QString &needle)
    {
        QStringList out;
        for (const QString &table :
             rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            for (const QString &info : rows(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
                const QString column = info.section(QLatin1Char('|'), 1, 1);
                QSqlQuery q(db.storage().database().connection());
                q.prepare(
                    QStringLiteral("SELECT count(*) FROM \"%1\" WHERE instr(lower(CAST(\"%2\" AS TEXT)), "
                                   "lower(?)) > 0")
                        .arg(table, column));
                q.addBindValue(needle);
                EXPECT_TRUE(q.exec() && q.next()) << table.toStdString();
                if (q.value(0).toLongLong() > 0)
                    out << table + QLatin1Char('.') + column;
            }
        }
        return out;
    }
};

} // namespace

TEST_F(RetentionTest, AnonymisesClosedCasesAndTheirPersonsAndKeepsTheStatistics)
{
    const QStringList before = statistics();
    for (const QString &needle : gone + QStringList{gildoCode})
        ASSERT_FALSE(occurrences(needle).isEmpty()) << "the data set holds " << needle.toStdString();

    auto applied = hub.retention.apply(tomorrow, actor);
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    EXPECT_EQ(applied.value().cases, 2);
    EXPECT_EQ(applied.value().persons, 2) << "Ermenegildo and Ottavina; Mario is in an open case";
    EXPECT_GT(applied.value().runId, 0);

    EXPECT_EQ(statistics(), before);
    for (const QString &needle : gone + QStringList{gildoCode})
        EXPECT_EQ(occurrences(needle), QStringList()) << needle.toStdString();
    EXPECT_EQ(rows(QStringLiteral("SELECT birth_date FROM persons WHERE id = %1").arg(gildo)),
              QStringList{QStringLiteral("1985-01-01")});

    // The kept person and the open case are untouched.
    EXPECT_FALSE(occurrences(QStringLiteral("RSSMRA85T10A562S")).isEmpty());
    EXPECT_FALSE(occurrences(QStringLiteral("mario.rossi@example.org")).isEmpty());
    EXPECT_FALSE(occurrences(QStringLiteral("Arcobaleno")).isEmpty());
    EXPECT_EQ(hub.persons.get(mario, actor).value().surname, QStringLiteral("Rossi"));
    const auto found = hub.search.search(QStringLiteral("Arcobaleno"), 10, actor);
    ASSERT_TRUE(found);
    EXPECT_EQ(found.value().texts.size(), 1);
    EXPECT_TRUE(hub.search.search(QStringLiteral("Filomena"), 10, actor).value().texts.isEmpty());

    const auto verified = db.storage().audit().verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified.value().intact) << verified.value().problem.toStdString();
    EXPECT_EQ(rows(QStringLiteral("SELECT purpose, details FROM audit_log WHERE action = 'retention_applied' "
                                  "AND entity = 'retention' AND entity_id = %1")
                       .arg(applied.value().runId))
                  .size(),
              1);
}

TEST_F(RetentionTest, ADryRunChangesNothing)
{
    const QStringList persons = rows(QStringLiteral("SELECT * FROM persons ORDER BY id"));
    const QStringList diary = rows(QStringLiteral("SELECT * FROM diary_versions ORDER BY entry_id, version"));
    const QStringList audit = rows(QStringLiteral("SELECT id FROM audit_log"));
    auto preview = hub.retention.preview(tomorrow, actor);
    ASSERT_TRUE(preview) << preview.error().message.toStdString();
    EXPECT_EQ(preview.value().cases, 2);
    EXPECT_EQ(preview.value().persons, 2);
    EXPECT_EQ(preview.value().caseNumbers.size(), 2);
    EXPECT_EQ(preview.value().runId, 0);
    EXPECT_EQ(rows(QStringLiteral("SELECT * FROM persons ORDER BY id")), persons);
    EXPECT_EQ(rows(QStringLiteral("SELECT * FROM diary_versions ORDER BY entry_id, version")), diary);
    EXPECT_EQ(rows(QStringLiteral("SELECT id FROM audit_log")), audit);
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM retention_runs")), QStringList{QStringLiteral("0")});
}

TEST_F(RetentionTest, CasesClosedOnOrAfterTheDateAreKept)
{
    auto applied = hub.retention.apply(domain::officeToday(), actor);
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    EXPECT_EQ(applied.value().cases, 0);
    EXPECT_FALSE(occurrences(QStringLiteral("Zanfrognini")).isEmpty());
}

TEST_F(RetentionTest, ASocialWorkerIsRefused)
{
    const Actor worker(QStringLiteral("assistente"), 7, Role::SocialWorker, anna, QStringLiteral("pc"));
    const auto refused = hub.retention.apply(tomorrow, worker);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.retention.preview(tomorrow, worker).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(occurrences(QStringLiteral("Zanfrognini")).isEmpty());
}

TEST_F(RetentionTest, RunningTwiceIsHarmless)
{
    ASSERT_TRUE(hub.retention.apply(tomorrow, actor));
    const QStringList after = statistics();
    const QStringList persons = rows(QStringLiteral("SELECT * FROM persons ORDER BY id"));
    auto again = hub.retention.apply(tomorrow, actor);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again.value().cases, 0);
    EXPECT_EQ(again.value().persons, 0);
    EXPECT_EQ(statistics(), after);
    EXPECT_EQ(rows(QStringLiteral("SELECT * FROM persons ORDER BY id")), persons);
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM retention_runs")), QStringList{QStringLiteral("1")});
    EXPECT_TRUE(db.storage().audit().verify().value().intact);
}

TEST_F(RetentionTest, TheGuardsStillRefuseRewritingWithAnythingButTheMarker)
{
    ASSERT_TRUE(hub.retention.apply(tomorrow, actor));
    ASSERT_EQ(rows(QStringLiteral("SELECT count(*) FROM person_versions")), QStringList{QStringLiteral("1")});
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE diary_versions SET text = 'falso'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE person_versions SET data = '{\"surname\":\"X\"}'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE care_reviews SET outcome = 'falso'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE case_events SET note = 'falso'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM retention_cases")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE diary_versions SET text = '[anonimizzato]' WHERE entry_id IN "
                                       "(SELECT e.id FROM diary_entries e JOIN cases c ON c.id = e.case_id "
                                       "WHERE c.status <> 'closed')")))
        << "the open case is not listed in a retention run";
}
