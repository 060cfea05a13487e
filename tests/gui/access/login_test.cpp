// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/access/idlelock.h"
#include "gui/access/logindialogs.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

using namespace cartella;
using namespace cartella::domain;

namespace {

class LoginTest : public test::GuiTest
{
protected:
    const QString password = QStringLiteral("Lunigiana-2026!");

    void makeAdmin()
    {
        User u;
        u.username = QStringLiteral("amministratore");
        u.fullName = QStringLiteral("Carla Ferrari");
        ASSERT_TRUE(hub.auth.createFirstAdministrator(u, password));
    }

    static QLineEdit *edit(QWidget &w, const char *name)
    {
        auto *found = w.findChild<QLineEdit *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

} // namespace

TEST_F(LoginTest, AWrongPasswordKeepsTheUserNameAndARightOneLogsIn)
{
    makeAdmin();
    gui::LoginDialog dialog(hub.auth, QStringLiteral("ufficio.sqlite"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    test::typeText(edit(dialog, "usernameEdit"), QStringLiteral("amministratore"));
    test::typeText(edit(dialog, "passwordEdit"), QStringLiteral("sbagliata-0000"));
    QTest::keyClick(edit(dialog, "passwordEdit"), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << "a refused login does not close";
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Wrong user name or password."));
    EXPECT_EQ(edit(dialog, "usernameEdit")->text(), QStringLiteral("amministratore"));
    EXPECT_TRUE(edit(dialog, "passwordEdit")->text().isEmpty()) << "the password is not kept";

    test::typeText(edit(dialog, "passwordEdit"), password);
    QTest::keyClick(edit(dialog, "passwordEdit"), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().username, QStringLiteral("amministratore"));
    EXPECT_EQ(dialog.user().role, Role::SystemAdmin);
}

TEST_F(LoginTest, TheFifthWrongPasswordLocksAndTheScreenSaysSo)
{
    makeAdmin();
    gui::LoginDialog dialog(hub.auth, QStringLiteral("ufficio.sqlite"));
    dialog.show();
    edit(dialog, "usernameEdit")->setText(QStringLiteral("amministratore"));
    for (int i = 0; i < 5; ++i) {
        edit(dialog, "passwordEdit")->setText(QStringLiteral("sbagliata-0000"));
        EXPECT_FALSE(dialog.attempt());
    }
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("locked")))
        << dialog.messageText().toStdString();
    edit(dialog, "passwordEdit")->setText(password);
    EXPECT_FALSE(dialog.attempt()) << "locked even for the right password";
}

TEST_F(LoginTest, TheFirstStartCreatesTheAdministratorAndARefusalKeepsWhatWasTyped)
{
    ASSERT_TRUE(hub.auth.needsFirstAdministrator().value());
    gui::FirstAdminDialog dialog(hub.auth);
    edit(dialog, "usernameEdit")->setText(QStringLiteral("cferrari"));
    edit(dialog, "fullNameEdit")->setText(QStringLiteral("Carla Ferrari"));
    edit(dialog, "passwordEdit")->setText(QStringLiteral("Ferrari-2026-xx"));
    edit(dialog, "confirmEdit")->setText(QStringLiteral("Ferrari-2026-xx"));
    EXPECT_FALSE(dialog.create()) << "the password contains her surname";
    EXPECT_FALSE(dialog.messageText().isEmpty());
    EXPECT_EQ(edit(dialog, "fullNameEdit")->text(), QStringLiteral("Carla Ferrari"));
    edit(dialog, "passwordEdit")->setText(password);
    edit(dialog, "confirmEdit")->setText(QStringLiteral("diversa-2026!!"));
    EXPECT_FALSE(dialog.create()) << "the two passwords differ";
    edit(dialog, "confirmEdit")->setText(password);
    EXPECT_TRUE(dialog.create()) << dialog.messageText().toStdString();
    EXPECT_FALSE(hub.auth.needsFirstAdministrator().value());
}

TEST_F(LoginTest, AResetPasswordIsChangedBeforeGoingOn)
{
    makeAdmin();
    const User admin = hub.auth.login(QStringLiteral("amministratore"), password).value();
    User u;
    u.username = QStringLiteral("anna");
    u.fullName = QStringLiteral("Anna Bertolini");
    const User anna =
        hub.auth.createUser(u, QStringLiteral("Provvisoria-123"), hub.auth.actorFor(admin)).value();
    gui::ChangePasswordDialog dialog(hub.auth, anna, true);
    edit(dialog, "currentEdit")->setText(QStringLiteral("Provvisoria-123"));
    edit(dialog, "newEdit")->setText(QStringLiteral("Mia-password-77"));
    edit(dialog, "confirmEdit")->setText(QStringLiteral("Mia-password-77"));
    ASSERT_TRUE(dialog.change()) << dialog.messageText().toStdString();
    EXPECT_FALSE(
        hub.auth.login(QStringLiteral("anna"), QStringLiteral("Mia-password-77")).value().mustChangePassword);
}

TEST_F(LoginTest, AnIdleSessionLocksAndUnlocksWithNothingTypedLost)
{
    makeAdmin();
    const User me = hub.auth.login(QStringLiteral("amministratore"), password).value();
    QWidget window;
    auto *typing = new QLineEdit(&window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    test::typeText(typing, QStringLiteral("Una nota a metà"));

    gui::IdleLock lock(hub.auth, hub.auth.actorFor(me), 150);
    ASSERT_TRUE(test::waitFor([&] { return lock.isLocked(); })) << "no input for 150 ms";
    EXPECT_FALSE(window.isVisible()) << "nothing personal stays on screen";
    QWidget *screen = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QStringLiteral("lockScreen") && w->isVisible())
            screen = w;
    }
    ASSERT_NE(screen, nullptr);

    EXPECT_FALSE(lock.unlock(QStringLiteral("sbagliata-0000")));
    EXPECT_TRUE(lock.isLocked());
    EXPECT_FALSE(lock.lockMessage().isEmpty());
    EXPECT_TRUE(lock.unlock(password));
    EXPECT_FALSE(lock.isLocked());
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(typing->text(), QStringLiteral("Una nota a metà"));

    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 2")));
    QStringList last;
    while (q.next())
        last << q.value(0).toString();
    EXPECT_EQ(last, (QStringList{QStringLiteral("unlock"), QStringLiteral("login_failed")}));
}
