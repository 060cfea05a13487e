// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/access/userdialog.h"
#include "gui/access/userspage.h"
#include "gui/casework/breakglassdialog.h"
#include "gui/casework/caseaccessbar.h"
#include "gui/casework/casespage.h"
#include "gui/shell/casewindow.h"
#include "gui/shell/mainwindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The windows show each role only what it may use, and break-glass works end to end on real widgets.
class RolesGuiTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    qint64 anna = 0, marco = 0, davide = 0;
    Case restricted;

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    void SetUp() override
    {
        anna = caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = caseService.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        davide = caseService.registerWorker({0, QStringLiteral("Davide"), {}, true}, system).value().id;
        const qint64 person = service.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.teamWorkerIds = {davide};
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        const Case opened = caseService.open(c, system).value();
        restricted = caseService.setRestricted(opened.id, opened.stamp.version, true, {}, system).value();
    }
};

TEST_F(RolesGuiTest, EachRoleSeesOnlyItsSectionsAndTabs)
{
    const Actor educator = user(QStringLiteral("edu"), Role::Educator, davide);
    gui::MainWindow eduWindow(cartella::test::session(hub, educator), db.path());
    EXPECT_FALSE(eduWindow.sectionShown(0)) << "no registry";
    EXPECT_TRUE(eduWindow.sectionShown(1));
    EXPECT_FALSE(eduWindow.sectionShown(2)) << "no intake";
    EXPECT_TRUE(eduWindow.sectionShown(3));
    gui::CaseWindow eduCase(cartella::test::session(hub, educator), restricted.id);
    EXPECT_FALSE(eduCase.tabShown(1)) << "people and household";
    EXPECT_TRUE(eduCase.tabShown(2) && eduCase.tabShown(3) && eduCase.tabShown(4))
        << "diary, project, deadlines";

    const Actor clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
    gui::MainWindow clerkWindow(cartella::test::session(hub, clerk), db.path());
    EXPECT_TRUE(clerkWindow.sectionShown(0) && clerkWindow.sectionShown(1));
    EXPECT_FALSE(clerkWindow.sectionShown(2) || clerkWindow.sectionShown(3));
    const Case open = caseService
                          .setRestricted(restricted.id, restricted.stamp.version, false,
                                         QStringLiteral("Non più necessario"), system)
                          .value();
    gui::CaseWindow clerkCase(cartella::test::session(hub, clerk), open.id);
    EXPECT_TRUE(clerkCase.tabShown(1));
    EXPECT_FALSE(clerkCase.tabShown(2) || clerkCase.tabShown(3) || clerkCase.tabShown(4))
        << "no diary, project or deadlines";
    EXPECT_FALSE(clerkCase.findChild<QWidget *>(QStringLiteral("statusGroup"))->isVisibleTo(&clerkCase));

    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::MainWindow adminWindow(cartella::test::session(hub, admin), db.path());
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(adminWindow.sectionShown(i)) << i;
    EXPECT_TRUE(adminWindow.sectionShown(4)) << "users";
    EXPECT_EQ(adminWindow.findChild<QStackedWidget *>()->currentWidget(), adminWindow.usersPage())
        << "and the users page is the one shown";
    EXPECT_EQ(eduWindow.usersPage(), nullptr);
    EXPECT_FALSE(eduWindow.sectionShown(4));
}

TEST_F(RolesGuiTest, TheSystemAdministratorCreatesAUserWhoMustChangeThePassword)
{
    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::MainWindow window(cartella::test::session(hub, admin), db.path());
    gui::UsersPage *page = window.usersPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->table()->rowCount(), 1);
    QString refusal;
    test::whenModal<gui::UserDialog>([&](gui::UserDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("lverdi"));
        d->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"))->setText(QStringLiteral("Luisa Verdi"));
        d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("corta"));
        d->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(QStringLiteral("corta"));
        auto *save =
            d->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save);
        save->click();
        refusal = d->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("Provvisoria-2026"));
        d->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(QStringLiteral("Provvisoria-2026"));
        save->click();
    });
    page->newUser();
    EXPECT_FALSE(refusal.isEmpty()) << "a short password is refused";
    EXPECT_EQ(page->table()->rowCount(), 2);
    const auto login = hub.auth.login(QStringLiteral("lverdi"), QStringLiteral("Provvisoria-2026"));
    ASSERT_TRUE(login);
    EXPECT_TRUE(login.value().mustChangePassword);
    EXPECT_GT(login.value().workerId, 0) << "a social worker acts as a new worker record with her name";
    const auto workers = caseService.workers(system).value();
    EXPECT_EQ(std::count_if(workers.cbegin(), workers.cend(),
                            [](const Worker &w) { return w.name == QLatin1String("Luisa Verdi"); }),
              1)
        << "the refused attempt left no worker behind";
}

TEST_F(RolesGuiTest, BreakGlassAsksWhyOpensTheCaseAndIsAcknowledged)
{
    const Actor marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
    gui::MainWindow window(cartella::test::session(hub, marcoUser), db.path());
    bool refusedKeptText = false;
    test::whenModal<gui::BreakGlassDialog>([&](gui::BreakGlassDialog *d) {
        auto *number = d->findChild<QLineEdit *>(QStringLiteral("numberEdit"));
        auto *reason = d->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        auto *ok = d->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        number->setText(restricted.number());
        reason->setPlainText(QStringLiteral("urgente"));
        ok->click();
        const QString message = d->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        refusedKeptText = d->isVisible() && !message.isEmpty() && number->text() == restricted.number() &&
                          reason->toPlainText() == QStringLiteral("urgente");
        reason->setPlainText(QStringLiteral("Chiamata dei Carabinieri: minore solo in casa"));
        ok->click();
    });
    window.openInEmergency();
    EXPECT_TRUE(refusedKeptText) << "a short reason is refused and nothing typed is lost";
    gui::CaseWindow *opened = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        const auto windows = window.casesPage()->findChildren<gui::CaseWindow *>();
        opened = windows.isEmpty() ? nullptr : windows.first();
        return opened != nullptr;
    }));
    EXPECT_EQ(opened->currentCase().id, restricted.id);
    EXPECT_TRUE(opened->findChild<QLabel *>(QStringLiteral("emergencyLabel"))->isVisibleTo(opened));

    // The responsible worker sees it flagged, in the status bar and on the case, until acknowledging it.
    const Actor annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
    gui::MainWindow annaWindow(cartella::test::session(hub, annaUser), db.path());
    EXPECT_TRUE(annaWindow.emergencyButton()->isVisibleTo(&annaWindow));
    gui::CaseWindow annaCase(cartella::test::session(hub, annaUser), restricted.id);
    auto *acknowledge = annaCase.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    ASSERT_TRUE(acknowledge->isVisibleTo(&annaCase));
    EXPECT_FALSE(annaCase.findChild<QLabel *>(QStringLiteral("emergencyLabel"))->isVisibleTo(&annaCase));
    acknowledge->click();
    EXPECT_FALSE(acknowledge->isVisibleTo(&annaCase));
    annaWindow.updateEmergencies();
    EXPECT_FALSE(annaWindow.emergencyButton()->isVisibleTo(&annaWindow));
}

} // namespace
