// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class AuthServiceTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories(), QStringLiteral("desk-3")};
    const QString adminPassword = QStringLiteral("Lunigiana-2026!");

    User admin()
    {
        User u;
        u.username = QStringLiteral("amministratore");
        u.fullName = QStringLiteral("Carla Ferrari");
        auto created = hub.auth.createFirstAdministrator(u, adminPassword);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created.value();
    }

    User worker(const User &by)
    {
        User u;
        u.username = QStringLiteral("anna");
        u.fullName = QStringLiteral("Anna Bertolini");
        u.role = Role::SocialWorker;
        u.municipalityCodes = {QStringLiteral("045001")};
        return hub.auth.createUser(u, QStringLiteral("Provvisoria-123"), hub.auth.actorFor(by)).value();
    }

    QStringList auditActions()
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
};

TEST_F(AuthServiceTest, TheFirstStartCreatesOneAdministratorAndStoresOnlyAHash)
{
    EXPECT_TRUE(hub.auth.needsFirstAdministrator().value());
    const User a = admin();
    EXPECT_EQ(a.role, Role::SystemAdmin);
    EXPECT_FALSE(a.passwordHash.contains(adminPassword));
    EXPECT_TRUE(a.passwordHash.startsWith(QStringLiteral("$argon2id$"))) << a.passwordHash.toStdString();
    EXPECT_FALSE(hub.auth.needsFirstAdministrator().value());
    User second;
    second.username = QStringLiteral("intruso");
    second.fullName = QStringLiteral("Un Intruso");
    EXPECT_FALSE(hub.auth.createFirstAdministrator(second, adminPassword)) << "only on an empty database";
}

TEST_F(AuthServiceTest, PasswordsNeedLengthAndMustNotContainTheUsersNames)
{
    User u;
    u.username = QStringLiteral("mrossi");
    u.fullName = QStringLiteral("Mario Rossi");
    EXPECT_FALSE(hub.auth.passwordProblem(u, QStringLiteral("corta")).isEmpty());
    EXPECT_FALSE(hub.auth.passwordProblem(u, QStringLiteral("RossiRossi2026")).isEmpty()) << "surname";
    EXPECT_FALSE(hub.auth.passwordProblem(u, QStringLiteral("xx-mário-2026")).isEmpty()) << "name, accented";
    EXPECT_FALSE(hub.auth.passwordProblem(u, QStringLiteral("MROSSI-12345")).isEmpty()) << "user name";
    EXPECT_FALSE(hub.auth.passwordProblem(u, QStringLiteral("aaaaaaaaaaaa")).isEmpty()) << "too simple";
    EXPECT_TRUE(hub.auth.passwordProblem(u, QStringLiteral("Lunigiana-2026!")).isEmpty());
}

TEST_F(AuthServiceTest, LogsInAndAuditsEveryAttempt)
{
    admin();
    const auto wrong = hub.auth.login(QStringLiteral("amministratore"), QStringLiteral("sbagliata-123"));
    ASSERT_FALSE(wrong);
    const auto nobody = hub.auth.login(QStringLiteral("nessuno"), adminPassword);
    ASSERT_FALSE(nobody);
    EXPECT_EQ(wrong.error().message, nobody.error().message) << "the screen does not tell which names exist";
    const auto in = hub.auth.login(QStringLiteral("AMMINISTRATORE"), adminPassword);
    ASSERT_TRUE(in) << in.error().message.toStdString();
    EXPECT_EQ(in.value().failedLogins, 0);
    EXPECT_EQ(auditActions(), (QStringList{QStringLiteral("user_created"), QStringLiteral("login_failed"),
                                           QStringLiteral("login_failed"), QStringLiteral("login")}));
    const auto records = db.storage().audit().recordsFor(QStringLiteral("user"), in.value().id).value();
    ASSERT_FALSE(records.isEmpty());
    EXPECT_EQ(records.last().workstation, QStringLiteral("desk-3"));
}

TEST_F(AuthServiceTest, FiveFailuresLockTheAccountForAGrowingDelay)
{
    admin();
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(hub.auth.login(QStringLiteral("amministratore"), QStringLiteral("sbagliata-123"), t0));
    const auto fifth = hub.auth.login(QStringLiteral("amministratore"), QStringLiteral("sbagliata-123"), t0);
    ASSERT_FALSE(fifth);
    EXPECT_TRUE(fifth.error().message.contains(QStringLiteral("locked")))
        << fifth.error().message.toStdString();
    const auto locked = hub.auth.login(QStringLiteral("amministratore"), adminPassword, t0.addSecs(30));
    ASSERT_FALSE(locked) << "even the right password waits for the lock";
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked")));

    // After the first minute one more failure locks for two minutes.
    EXPECT_FALSE(
        hub.auth.login(QStringLiteral("amministratore"), QStringLiteral("sbagliata-123"), t0.addSecs(61)));
    EXPECT_FALSE(hub.auth.login(QStringLiteral("amministratore"), adminPassword, t0.addSecs(61 + 100)));
    const auto after = hub.auth.login(QStringLiteral("amministratore"), adminPassword, t0.addSecs(61 + 121));
    ASSERT_TRUE(after) << after.error().message.toStdString();
    EXPECT_EQ(after.value().failedLogins, 0) << "a good login clears the count";
    EXPECT_TRUE(auditActions().contains(QStringLiteral("account_locked")));
}

TEST_F(AuthServiceTest, AResetPasswordMustBeChangedAndOnlyAnAdministratorResets)
{
    const User a = admin();
    const User anna = worker(a);
    EXPECT_TRUE(anna.mustChangePassword) << "a new user chooses their own password";
    EXPECT_FALSE(hub.auth.resetPassword(a.id, QStringLiteral("Presa-di-potere-1"), hub.auth.actorFor(anna)))
        << "a social worker cannot reset anyone";
    const User reset =
        hub.auth.resetPassword(anna.id, QStringLiteral("Nuova-provvisoria-9"), hub.auth.actorFor(a)).value();
    EXPECT_TRUE(reset.mustChangePassword);
    EXPECT_TRUE(hub.auth.login(QStringLiteral("anna"), QStringLiteral("Nuova-provvisoria-9"))
                    .value()
                    .mustChangePassword);
    EXPECT_FALSE(
        hub.auth.changePassword(anna.id, QStringLiteral("sbagliata-00"), QStringLiteral("Mia-password-77")));
    EXPECT_FALSE(hub.auth.changePassword(anna.id, QStringLiteral("Nuova-provvisoria-9"),
                                         QStringLiteral("Bertolini-77")))
        << "not her surname";
    const auto changed = hub.auth.changePassword(anna.id, QStringLiteral("Nuova-provvisoria-9"),
                                                 QStringLiteral("Mia-password-77"));
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_FALSE(changed.value().mustChangePassword);
    EXPECT_TRUE(hub.auth.login(QStringLiteral("anna"), QStringLiteral("Mia-password-77")));
    EXPECT_FALSE(hub.auth.login(QStringLiteral("anna"), QStringLiteral("Nuova-provvisoria-9")));
}

TEST(AuditChain, DetectsEditedDeletedInsertedAndReorderedRecords)
{
    const auto tamper = [](const std::function<void(QSqlQuery &)> &change) {
        test::TempDatabase db;
        ServiceHub hub{db.storage().repositories()};
        User u;
        u.username = QStringLiteral("amministratore");
        u.fullName = QStringLiteral("Carla Ferrari");
        EXPECT_TRUE(hub.auth.createFirstAdministrator(u, QStringLiteral("Lunigiana-2026!")));
        for (int i = 0; i < 4; ++i)
            (void)hub.auth.login(QStringLiteral("amministratore"), QStringLiteral("Lunigiana-2026!"));
        EXPECT_TRUE(db.storage().audit().verify().value().intact);
        QSqlQuery q(db.storage().database().connection());
        // Someone with the file and a SQLite shell: the triggers are dropped first.
        EXPECT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        EXPECT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        change(q);
        return db.storage().audit().verify().value();
    };
    const AuditVerification edited = tamper([](QSqlQuery &q) {
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'qualcuno' WHERE id = 3")));
    });
    EXPECT_FALSE(edited.intact);
    EXPECT_EQ(edited.firstBadId, 3);
    EXPECT_TRUE(edited.problem.contains(QStringLiteral("edited")));

    const AuditVerification byte = tamper([](QSqlQuery &q) {
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET at = replace(at, '.', ',') WHERE id = 2")));
    });
    EXPECT_EQ(byte.firstBadId, 2);

    const AuditVerification deleted = tamper(
        [](QSqlQuery &q) { EXPECT_TRUE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"))); });
    EXPECT_FALSE(deleted.intact);
    EXPECT_EQ(deleted.firstBadId, 3);

    const AuditVerification inserted = tamper([](QSqlQuery &q) {
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET id = id + 1 WHERE id >= 3")) ||
                    q.exec(QStringLiteral("UPDATE audit_log SET id = id + 100 WHERE id >= 3")));
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO audit_log (id, at, user_name, workstation, action, "
                                          "prev_hash, hash) SELECT 3, at, 'x', 'y', "
                                          "'login', hash, hash FROM audit_log WHERE id = 2")));
    });
    EXPECT_FALSE(inserted.intact);
    EXPECT_EQ(inserted.firstBadId, 3);

    const AuditVerification reordered = tamper([](QSqlQuery &q) {
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2")));
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3")));
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = -2")));
    });
    EXPECT_FALSE(reordered.intact);
    EXPECT_EQ(reordered.firstBadId, 2);
}

TEST(AuditChain, TheDatabaseRefusesRewritingTheTrail)
{
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    User u;
    u.username = QStringLiteral("amministratore");
    u.fullName = QStringLiteral("Carla Ferrari");
    ASSERT_TRUE(hub.auth.createFirstAdministrator(u, QStringLiteral("Lunigiana-2026!")));
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM users")));
}

} // namespace
