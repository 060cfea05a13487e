// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Every create, change and opening is in the audit trail with who, when, where and why, and the coded values
// before and after; free text and identifying values stay out of it (they live in the versioned records).
class AuditTrailTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories(), QStringLiteral("desk-7")};
    Actor system = Actor::localSystem();
    Actor anna;
    qint64 worker = 0;

    void SetUp() override
    {
        worker = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        anna = Actor(QStringLiteral("anna"), 7, Role::SocialWorker, worker, {});
    }

    QList<AuditRecord> trail(const QString &entity, qint64 id)
    {
        return db.storage().audit().recordsFor(entity, id).value();
    }

    static QJsonObject details(const AuditRecord &r)
    {
        return QJsonDocument::fromJson(r.details.toUtf8()).object();
    }
};

TEST_F(AuditTrailTest, ChangesAndOpeningsAreRecordedWithBeforeAndAfter)
{
    Person p = test::mario();
    const Person created = hub.persons.create(p, anna).value();
    Person changed = created;
    changed.phone = QStringLiteral("3331234567");
    ASSERT_TRUE(hub.persons.update(changed, anna));
    ASSERT_TRUE(hub.persons.view(created.id, anna));
    ASSERT_TRUE(hub.persons.get(created.id, anna)) << "a refresh is not an opening";

    const auto person = trail(QStringLiteral("person"), created.id);
    ASSERT_EQ(person.size(), 3);
    EXPECT_EQ(person[0].action, QStringLiteral("person_created"));
    EXPECT_EQ(person[1].action, QStringLiteral("person_changed"));
    EXPECT_EQ(person[2].action, QStringLiteral("person_viewed"));
    for (const AuditRecord &r : person) {
        EXPECT_EQ(r.userName, QStringLiteral("anna"));
        EXPECT_EQ(r.workstation, QStringLiteral("desk-7"));
        EXPECT_EQ(r.purpose, QStringLiteral("casework"));
        EXPECT_FALSE(r.details.contains(QStringLiteral("Rossi")));
        EXPECT_FALSE(r.details.contains(QStringLiteral("3331234567")));
    }
    const QJsonObject change = details(person[1]);
    EXPECT_EQ(change.value(QStringLiteral("changed")).toArray().first().toString(), QStringLiteral("phone"));
    EXPECT_EQ(change.value(QStringLiteral("version")).toObject().value(QStringLiteral("from")).toInt(), 1);
    EXPECT_EQ(change.value(QStringLiteral("version")).toObject().value(QStringLiteral("to")).toInt(), 2);

    Case c;
    c.area = CaseArea::Elderly;
    c.municipalityCode = QStringLiteral("045001");
    c.responsibleWorkerId = worker;
    c.members = {{created.id, MemberRole::PrincipalBeneficiary, {}}};
    const Case opened = hub.cases.open(c, anna).value();
    ASSERT_TRUE(hub.cases.changeStatus(opened.id, opened.stamp.version, CaseStatus::Assessment,
                                       ClosureReason::None, {}, anna));
    ASSERT_TRUE(hub.cases.view(opened.id, anna));
    DiaryEntry e;
    e.caseId = opened.id;
    e.date = domain::officeToday();
    e.text = QStringLiteral("Colloquio riservato.");
    const DiaryEntry entry = hub.diary.add(e, anna).value();
    ASSERT_TRUE(
        hub.diary.edit(entry.id, entry.version, QStringLiteral("Colloquio riservato, corretto."), anna));

    const auto caseTrail = trail(QStringLiteral("case"), opened.id);
    ASSERT_EQ(caseTrail.size(), 3);
    EXPECT_EQ(caseTrail[0].action, QStringLiteral("case_opened"));
    EXPECT_EQ(caseTrail[1].action, QStringLiteral("case_status_changed"));
    const QJsonObject status = details(caseTrail[1]).value(QStringLiteral("status")).toObject();
    EXPECT_EQ(status.value(QStringLiteral("from")).toString(), QStringLiteral("reception"));
    EXPECT_EQ(status.value(QStringLiteral("to")).toString(), QStringLiteral("assessment"));
    EXPECT_EQ(caseTrail[2].action, QStringLiteral("case_viewed"));
    const auto diaryTrail = trail(QStringLiteral("diary_entry"), entry.id);
    ASSERT_EQ(diaryTrail.size(), 2);
    EXPECT_EQ(diaryTrail[1].action, QStringLiteral("diary_entry_corrected"));
    EXPECT_FALSE(diaryTrail[1].details.contains(QStringLiteral("riservato")));
    EXPECT_TRUE(db.storage().audit().verify().value().intact);
}

TEST_F(AuditTrailTest, ARefusedChangeLeavesNoRecordAndAFailedRecordUndoesTheChange)
{
    const Actor clerk(QStringLiteral("clerk"), 8, Role::Educator, 0, {});
    EXPECT_FALSE(hub.persons.create(test::mario(), clerk));
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'clerk'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);

    // The audit record is written in the change's transaction: if it cannot be written, nothing is saved.
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN "
                                      "SELECT RAISE(ABORT, 'no'); END")));
    EXPECT_FALSE(hub.persons.create(test::mario(), anna));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM persons")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

} // namespace
