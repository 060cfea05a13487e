// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Riservato cases and break-glass: only the team and the zone manager see a restricted case; another worker
// opens it in an emergency only after typing why, and the access stays flagged to the responsible worker and
// to the zone manager until each acknowledges it.
class BreakGlassTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    qint64 anna = 0, marco = 0;
    Case restricted;
    Actor annaUser, marcoUser, manager, clerk;

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        const User made = hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value();
        return hub.auth.actorFor(made);
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        const qint64 person = hub.persons.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        const Case opened = hub.cases.open(c, system).value();
        restricted = hub.cases.setRestricted(opened.id, opened.stamp.version, true, {}, annaUser).value();
        DiaryEntry e;
        e.caseId = restricted.id;
        e.date = domain::officeToday();
        e.text = QStringLiteral("Segnalazione di violenza domestica.");
        ASSERT_TRUE(hub.diary.add(e, annaUser));
    }
};

TEST_F(BreakGlassTest, ARestrictedCaseIsSeenOnlyByItsTeamAndTheZoneManager)
{
    EXPECT_TRUE(restricted.restricted);
    EXPECT_TRUE(hub.cases.get(restricted.id, annaUser));
    EXPECT_TRUE(hub.cases.get(restricted.id, manager));
    EXPECT_EQ(hub.cases.get(restricted.id, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.cases.get(restricted.id, clerk).error().code, ErrorCode::NotFound);
    EXPECT_EQ(hub.cases.count({}, clerk).value(), 0) << "the administrative officer sees no restricted case";
    EXPECT_EQ(hub.cases.count({}, manager).value(), 1);
    EXPECT_TRUE(hub.search.search(QStringLiteral("violenza"), 20, marcoUser).value().texts.isEmpty());
    const auto history = hub.cases.history(restricted.id, annaUser).value();
    EXPECT_EQ(history.last().kind, CaseEvent::Kind::RestrictionChanged);
    // Lifting the restriction needs a reason.
    EXPECT_EQ(
        hub.cases.setRestricted(restricted.id, restricted.stamp.version, false, {}, annaUser).error().code,
        ErrorCode::Invalid);
}

TEST_F(BreakGlassTest, AnEmergencyAccessNeedsAReasonAndIsLoggedFlaggedAndAcknowledged)
{
    const QString number = restricted.number();
    // No reason, no access; the clerk's role has none at all.
    EXPECT_EQ(hub.emergency.breakGlass(number, QStringLiteral("urgente"), marcoUser).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(
        hub.emergency.breakGlass(number, QStringLiteral("Chiamata notturna dalle forze dell'ordine"), clerk)
            .error()
            .code,
        ErrorCode::Forbidden);
    EXPECT_FALSE(hub.cases.get(restricted.id, marcoUser));

    const auto opened = hub.emergency.breakGlass(
        number, QStringLiteral("Pronto intervento: minore in pericolo stanotte"), marcoUser);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value().id, restricted.id);
    EXPECT_TRUE(hub.cases.seenInEmergency(restricted.id, marcoUser).value());
    EXPECT_TRUE(hub.diary.entries(restricted.id, marcoUser)) << "the emergency access reads the diary";
    EXPECT_EQ(hub.cases
                  .changeStatus(restricted.id, restricted.stamp.version + 0, CaseStatus::Assessment,
                                ClosureReason::None, {}, marcoUser)
                  .error()
                  .code,
              ErrorCode::NotFound)
        << "but does not change the case";
    EXPECT_TRUE(hub.cases.list({}, marcoUser).value().isEmpty()) << "nor puts it in the worker's lists";
    EXPECT_FALSE(hub.plans.addObjective(restricted.id, QStringLiteral("Altro"), marcoUser))
        << "nor the project";
    Deadline d;
    d.caseId = restricted.id;
    d.title = QStringLiteral("Relazione");
    d.dueOn = domain::officeToday();
    d.ownerWorkerId = marco;
    EXPECT_FALSE(hub.deadlines.add(d, marcoUser)) << "nor the deadlines";
    const DiaryEntry annas = hub.diary.entries(restricted.id, marcoUser).value().first();
    EXPECT_FALSE(hub.diary.edit(annas.id, annas.version, QStringLiteral("Riscritta"), marcoUser))
        << "nor corrects the diary";
    EXPECT_FALSE(hub.diary.withdraw(annas.id, annas.version, QStringLiteral("Non serve"), marcoUser));
    DiaryEntry note;
    note.caseId = restricted.id;
    note.date = domain::officeToday();
    note.text = QStringLiteral("Intervento notturno: minore accompagnato dalla nonna.");
    const auto written = hub.diary.add(note, marcoUser);
    ASSERT_TRUE(written) << "but writes what it did";
    const auto entryTrail =
        db.storage().audit().recordsFor(QStringLiteral("diary_entry"), written.value().id).value();
    EXPECT_EQ(entryTrail.first().purpose, QStringLiteral("emergency"));

    // It is in the case history, the audit trail (with its purpose) and flagged to both who answer for it.
    const auto history = hub.cases.history(restricted.id, annaUser).value();
    EXPECT_EQ(history.last().kind, CaseEvent::Kind::EmergencyAccess);
    EXPECT_EQ(history.last().fromValue, QStringLiteral("marco"));
    const auto audit = db.storage().audit().recordsFor(QStringLiteral("case"), restricted.id).value();
    const auto emergency = std::find_if(audit.cbegin(), audit.cend(), [](const AuditRecord &r) {
        return r.action == QLatin1String("emergency_access");
    });
    ASSERT_NE(emergency, audit.cend());
    EXPECT_EQ(emergency->userName, QStringLiteral("marco"));
    EXPECT_EQ(emergency->purpose, QStringLiteral("emergency"));
    EXPECT_FALSE(emergency->details.contains(QStringLiteral("minore")))
        << "the reason stays out of the trail";

    ASSERT_EQ(hub.emergency.toAcknowledge(annaUser).value().size(), 1);
    ASSERT_EQ(hub.emergency.toAcknowledge(manager).value().size(), 1);
    EXPECT_TRUE(hub.emergency.toAcknowledge(marcoUser).value().isEmpty());
    const qint64 accessId = hub.emergency.toAcknowledge(annaUser).value().first().id;
    EXPECT_EQ(hub.emergency.acknowledge(accessId, marcoUser).error().code, ErrorCode::NotFound)
        << "the one who broke the glass does not acknowledge it";
    const auto byAnna = hub.emergency.acknowledge(accessId, annaUser);
    ASSERT_TRUE(byAnna);
    EXPECT_EQ(byAnna.value().responsibleAcknowledgedBy, QStringLiteral("anna"));
    EXPECT_FALSE(byAnna.value().managerAcknowledgedAt.isValid());
    EXPECT_TRUE(hub.emergency.toAcknowledge(annaUser).value().isEmpty());
    EXPECT_EQ(hub.emergency.acknowledge(accessId, annaUser).error().code, ErrorCode::Invalid) << "once";
    EXPECT_EQ(hub.emergency.toAcknowledge(manager).value().size(), 1) << "still flagged to the zone manager";
    ASSERT_TRUE(hub.emergency.acknowledge(accessId, manager));
    EXPECT_TRUE(hub.emergency.toAcknowledge(manager).value().isEmpty());
    EXPECT_EQ(hub.emergency.forCase(restricted.id, annaUser).value().size(), 1) << "kept for good";
    EXPECT_TRUE(db.storage().audit().verify().value().intact);
}

TEST_F(BreakGlassTest, TheAccessEndsAfterAShift)
{
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto opened = hub.emergency.breakGlass(
        restricted.number(), QStringLiteral("Pronto intervento di ieri notte"), marcoUser, yesterday);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_FALSE(hub.cases.get(restricted.id, marcoUser)) << "expired after 12 hours";
    EXPECT_EQ(hub.emergency.toAcknowledge(annaUser).value().size(), 1) << "yet still to be acknowledged";
}

TEST_F(BreakGlassTest, TheDatabaseKeepsEveryEmergencyAccess)
{
    ASSERT_TRUE(hub.emergency.breakGlass(restricted.number(),
                                         QStringLiteral("Pronto intervento: minore in pericolo"), marcoUser));
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM emergency_accesses")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE emergency_accesses SET reason = 'altro motivo qualunque'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE emergency_accesses SET expires_at = '2099-01-01T00:00:00Z'")));
}

} // namespace
