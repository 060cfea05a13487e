// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Full-text search (FTS5) through the real services and the real triggers that keep the index.
class SearchTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor actor{QStringLiteral("anna")};
    Case c;

    void SetUp() override
    {
        const qint64 worker =
            hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, actor).value().id;
        const qint64 person = hub.persons.create(test::mario(), actor).value().id;
        Case draft;
        draft.area = CaseArea::Elderly;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = worker;
        draft.notes = QStringLiteral("Segnalazione del medico di base per solitudine.");
        draft.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        c = hub.cases.open(draft, actor).value();
    }

    QList<TextHit> texts(const QString &query) { return hub.search.search(query, 20, actor).value().texts; }

    qint64 diary(const QString &text)
    {
        DiaryEntry e;
        e.caseId = c.id;
        e.date = domain::officeToday();
        e.text = text;
        return hub.diary.add(e, actor).value().id;
    }
};

TEST_F(SearchTest, FindsDiaryWordsWithoutRegardToAccentsOrCase)
{
    const qint64 id =
        diary(QStringLiteral("Perché la signora è andata all'ospedale? Visita in Pronto Soccorso."));
    for (const QString &query : {QStringLiteral("perche"), QStringLiteral("PERCHÉ"),
                                 QStringLiteral("ospedal"), QStringLiteral("pronto socc")}) {
        const QList<TextHit> hits = texts(query);
        ASSERT_EQ(hits.size(), 1) << query.toStdString();
        EXPECT_EQ(hits.first().kind, TextHit::Kind::DiaryEntry);
        EXPECT_EQ(hits.first().recordId, id);
        EXPECT_EQ(hits.first().caseNumber, c.number());
        EXPECT_TRUE(hits.first().snippet.contains(QLatin1Char('['))) << "the match is marked";
    }
    EXPECT_TRUE(texts(QStringLiteral("ospedale medico")).isEmpty()) << "every word must match";
}

TEST_F(SearchTest, ACorrectionReplacesTheIndexedText)
{
    const qint64 id = diary(QStringLiteral("Colloquio con il padre."));
    ASSERT_EQ(texts(QStringLiteral("padre")).size(), 1);
    ASSERT_TRUE(hub.diary.edit(id, 1, QStringLiteral("Colloquio con la nonna."), actor));
    EXPECT_TRUE(texts(QStringLiteral("padre")).isEmpty());
    EXPECT_EQ(texts(QStringLiteral("nonna")).size(), 1);
}

TEST_F(SearchTest, FindsCaseNotesIntakesPersonsAndCasesTogether)
{
    const QList<TextHit> notes = texts(QStringLiteral("solitudine"));
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().kind, TextHit::Kind::CaseNotes);
    EXPECT_EQ(notes.first().caseId, c.id);

    IntakeContact i;
    i.visitor = QStringLiteral("Vicina di casa");
    i.request = QStringLiteral("Segnala un anziano che vive solo senza riscaldamento.");
    ASSERT_TRUE(hub.intakes.record(i, actor));
    const QList<TextHit> intake = texts(QStringLiteral("riscaldamento"));
    ASSERT_EQ(intake.size(), 1);
    EXPECT_EQ(intake.first().kind, TextHit::Kind::Intake);

    const SearchResults all = hub.search.search(QStringLiteral("rossi"), 20, actor).value();
    EXPECT_EQ(all.persons.size(), 1);
    EXPECT_EQ(all.cases.size(), 1) << "the case of a member named Rossi";
    const SearchResults byNumber = hub.search.search(c.number(), 20, actor).value();
    EXPECT_EQ(byNumber.cases.size(), 1);
}

TEST_F(SearchTest, TypedOperatorsAndQuotesAreOnlyWords)
{
    diary(QStringLiteral("Nota: la persona NOT presente, rinvio."));
    EXPECT_EQ(SearchService::ftsQuery(QStringLiteral("a\"b OR c*")),
              QStringLiteral("\"a\"* \"b\"* \"OR\"* \"c\"*"));
    EXPECT_TRUE(hub.search.search(QStringLiteral("\"unbalanced"), 20, actor)) << "no FTS syntax error";
    EXPECT_TRUE(hub.search.search(QStringLiteral("NOT"), 20, actor));
    EXPECT_EQ(texts(QStringLiteral("rinvio NOT")).size(), 1);
    EXPECT_TRUE(hub.search.search(QStringLiteral("  "), 20, actor).value().texts.isEmpty());
}

} // namespace
