// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/fiscalcode.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

template <typename T> T must(Result<T> r)
{
    EXPECT_TRUE(r) << (r ? std::string() : r.error().message.toStdString());
    return r ? std::move(r).value() : T{};
}

// A person's rights of access (GDPR art. 15): who consulted their file, and all their data without anyone
// else's.
class SubjectRightsTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system{QStringLiteral("system")};
    Actor manager{QStringLiteral("responsabile"), 1, Role::ZoneManager, 0, QStringLiteral("PC-ZONA")};
    Actor worker{QStringLiteral("assistente1"), 2, Role::SocialWorker, 0, QStringLiteral("PC-SEGRETERIA")};
    Person a, b;
    Case shared;

    void SetUp() override
    {
        a = must(hub.persons.create(test::mario(), system));
        Person draftB = test::mario();
        draftB.surname = QStringLiteral("Verdelli");
        draftB.givenName = QStringLiteral("Giacomina");
        draftB.sex = Sex::Female;
        draftB.birthDate = QDate(1990, 3, 4);
        draftB.fiscalCode = QStringLiteral("VRDGMN90C44A562");
        draftB.fiscalCode += FiscalCode::checkCharacter(draftB.fiscalCode);
        b = must(hub.persons.create(draftB, system, SimilarPersonPolicy::SaveAnyway));
        ASSERT_GT(b.id, 0);

        const qint64 responsible =
            must(hub.cases.registerWorker({0, QStringLiteral("Anna Bruni"), {}, true}, system)).id;
        worker.workerId = responsible;
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = responsible;
        c.members = {{a.id, MemberRole::PrincipalBeneficiary, {}}, {b.id, MemberRole::Parent, {}}};
        shared = must(hub.cases.open(c, system));

        const Household h = must(hub.households.create(a.id, system));
        ASSERT_TRUE(hub.households.addMember(h.id, h.version, b.id, HouseholdRelation::Spouse, system));

        DiaryEntry e;
        e.caseId = shared.id;
        e.date = domain::officeToday();
        e.personIds = {a.id};
        e.text = QStringLiteral("Colloquio con Mario: riferisce che la signora VERDELLI non collabora.");
        ASSERT_TRUE(hub.diary.add(e, system));
        DiaryEntry aboutB;
        aboutB.caseId = shared.id;
        aboutB.date = domain::officeToday();
        aboutB.personIds = {b.id};
        aboutB.text = QStringLiteral("Colloquio riservato con la madre.");
        ASSERT_TRUE(hub.diary.add(aboutB, system));
    }
};

TEST_F(SubjectRightsTest, ReportListsWhoOpenedTheFileNewestFirst)
{
    ASSERT_TRUE(hub.persons.view(a.id, worker));
    ASSERT_TRUE(hub.persons.view(a.id, manager));
    ASSERT_TRUE(hub.cases.view(shared.id, manager));

    const auto report = hub.subjectRights.accessReport(a.id, manager);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    const QList<AccessEntry> &entries = report.value();
    ASSERT_GE(entries.size(), 3);
    EXPECT_EQ(entries[0].action, QStringLiteral("case_viewed"));
    EXPECT_EQ(entries[0].caseNumber, shared.number());
    EXPECT_EQ(entries[0].userName, QStringLiteral("responsabile"));
    EXPECT_EQ(entries[1].action, QStringLiteral("person_viewed"));
    EXPECT_EQ(entries[1].userName, QStringLiteral("responsabile"));
    EXPECT_EQ(entries[1].workstation, QStringLiteral("PC-ZONA"));
    EXPECT_TRUE(entries[1].caseNumber.isEmpty());
    EXPECT_EQ(entries[2].action, QStringLiteral("person_viewed"));
    EXPECT_EQ(entries[2].userName, QStringLiteral("assistente1"));
    EXPECT_EQ(entries[2].workstation, QStringLiteral("PC-SEGRETERIA"));
    EXPECT_FALSE(entries[2].what.isEmpty());
    for (qsizetype i = 1; i < entries.size(); ++i)
        EXPECT_GT(entries[i - 1].auditId, entries[i].auditId);
    // The creation of the person and the opening of the case are changes on the file too.
    bool created = false;
    for (const AccessEntry &e : entries)
        created = created || e.action == QStringLiteral("person_created");
    EXPECT_TRUE(created);
}

TEST_F(SubjectRightsTest, ExportHoldsThePersonsDataAndNoThirdParty)
{
    ASSERT_TRUE(hub.persons.view(a.id, worker));
    const auto exported = hub.subjectRights.exportData(a.id, manager, {QStringLiteral("json")});
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    const QJsonObject data = exported.value();
    const QString text = QString::fromUtf8(QJsonDocument(data).toJson());

    EXPECT_EQ(data[QStringLiteral("person")][QStringLiteral("fiscalCode")].toString(), a.fiscalCode);
    EXPECT_EQ(data[QStringLiteral("person")][QStringLiteral("surname")].toString(), QStringLiteral("Rossi"));
    const QJsonArray cases = data[QStringLiteral("cases")].toArray();
    ASSERT_EQ(cases.size(), 1);
    EXPECT_EQ(cases[0][QStringLiteral("number")].toString(), shared.number());
    EXPECT_EQ(cases[0][QStringLiteral("responsibleWorker")].toString(), QStringLiteral("Anna Bruni"));
    const QJsonArray households = data[QStringLiteral("households")].toArray();
    ASSERT_EQ(households.size(), 1);
    EXPECT_EQ(households[0][QStringLiteral("relation")].toString(), QStringLiteral("reference"));
    // The entry about A, with B's surname left out; the entry about B alone is not A's.
    const QJsonArray diary = data[QStringLiteral("diary")].toArray();
    ASSERT_EQ(diary.size(), 1);
    EXPECT_EQ(diary[0][QStringLiteral("text")].toString(),
              QStringLiteral("Colloquio con Mario: riferisce che la signora [omissis] non collabora."));
    EXPECT_FALSE(data[QStringLiteral("accessReport")].toArray().isEmpty());

    EXPECT_FALSE(text.contains(QStringLiteral("Verdelli"), Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(QStringLiteral("Giacomina"), Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(b.fiscalCode, Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(QStringLiteral("Colloquio riservato")));
}

TEST_F(SubjectRightsTest, TheExportIsAuditedAndTheChainHolds)
{
    ASSERT_TRUE(hub.subjectRights.exportData(a.id, manager, {QStringLiteral("json"), QStringLiteral("pdf")}));
    const auto records = db.storage().audit().recordsFor(QStringLiteral("person"), a.id);
    ASSERT_TRUE(records);
    const AuditRecord &last = records.value().last();
    EXPECT_EQ(last.action, QStringLiteral("person_exported"));
    EXPECT_EQ(last.userName, QStringLiteral("responsabile"));
    const QJsonObject details = QJsonDocument::fromJson(last.details.toUtf8()).object();
    EXPECT_EQ(details[QStringLiteral("formats")].toArray(),
              QJsonArray({QStringLiteral("json"), QStringLiteral("pdf")}));
    EXPECT_FALSE(last.details.contains(QStringLiteral("Rossi")));
    const auto verified = db.storage().audit().verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified.value().intact) << verified.value().problem.toStdString();
}

TEST_F(SubjectRightsTest, ASocialWorkerIsRefused)
{
    const auto report = hub.subjectRights.accessReport(a.id, worker);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Forbidden);
    const auto exported = hub.subjectRights.exportData(a.id, worker, {QStringLiteral("json")});
    ASSERT_FALSE(exported);
    EXPECT_EQ(exported.error().code, ErrorCode::Forbidden);
    for (const AuditRecord &r : db.storage().audit().recordsFor(QStringLiteral("person"), a.id).value())
        EXPECT_NE(r.action, QStringLiteral("person_exported"));
}

TEST(SubjectRightsRedaction, WholeWordsCaseInsensitiveLongestFirst)
{
    const QStringList terms{QStringLiteral("Anna Maria"), QStringLiteral("Anna"), QStringLiteral("Neri")};
    EXPECT_EQ(SubjectRightsService::redact(QStringLiteral("anna maria NERI e Annalisa"), terms),
              QStringLiteral("[omissis] [omissis] e Annalisa"));
}

} // namespace

namespace {

// The project is the principal's: a parent on the case does not receive it with their own data.
TEST_F(SubjectRightsTest, TheProjectGoesOnlyToThePrincipal)
{
    ASSERT_TRUE(hub.plans.addObjective(shared.id, QStringLiteral("Frequenza scolastica regolare"), system));
    const auto principal = hub.subjectRights.exportData(a.id, manager, {QStringLiteral("json")});
    const auto parent = hub.subjectRights.exportData(b.id, manager, {QStringLiteral("json")});
    ASSERT_TRUE(principal && parent);
    EXPECT_EQ(principal.value().value(QStringLiteral("objectives")).toArray().size(), 1);
    EXPECT_TRUE(parent.value().value(QStringLiteral("objectives")).toArray().isEmpty());
}

} // namespace
