// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/casework/personlistmodel.h"
#include "gui/casework/personspage.h"
#include "gui/services/iseedialog.h"
#include "gui/shell/mainwindow.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The ISEE declarations of a person, recorded through the widgets by a social worker.
class IseeDialogTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    qint64 person = 0;
    Actor worker;

    void SetUp() override
    {
        person = service.create(test::mario(), system).value().id;
        const qint64 anna =
            caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        worker = user(QStringLiteral("anna"), Role::SocialWorker, anna);
    }

    Actor user(const QString &name, Role role, qint64 workerId)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = workerId;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    // Types a DSU into the form and presses Record.
    static void recordThroughTheForm(gui::IseeDialog &d, const QString &value, const QString &protocol,
                                     const QString &filedOn)
    {
        for (auto [name, text] : {std::pair{"valueEdit", value}, std::pair{"protocolEdit", protocol},
                                  std::pair{"filedOnEdit", filedOn}}) {
            auto *edit = child<QLineEdit>(&d, name);
            edit->clear();
            test::typeText(edit, text);
        }
        QTest::mouseClick(child<QPushButton>(&d, "recordButton"), Qt::LeftButton);
    }

    static QString cell(gui::IseeDialog &d, int row, int column)
    {
        const QTableWidgetItem *item = d.table()->item(row, column);
        return item ? item->text() : QString();
    }
};

} // namespace

TEST_F(IseeDialogTest, ASocialWorkerRecordsADsuAndSeesItValid)
{
    gui::IseeDialog d(cartella::test::session(hub, worker), person, QStringLiteral("Rossi Mario"));
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    EXPECT_EQ(d.table()->rowCount(), 0);
    EXPECT_TRUE(child<QGroupBox>(&d, "recordGroup")->isVisible());

    const int year = domain::officeToday().year();
    const QString shownFiled = QStringLiteral("01/01/%1").arg(year); // never in the future
    recordThroughTheForm(d, QStringLiteral("8.500,505"),
                         QStringLiteral("INPS-ISEE-%1-00012345A-00").arg(year), shownFiled);
    EXPECT_FALSE(d.messageText().isEmpty()) << "three decimals are refused";
    EXPECT_EQ(d.table()->rowCount(), 0);
    EXPECT_EQ(child<QLineEdit>(&d, "protocolEdit")->text(),
              QStringLiteral("INPS-ISEE-%1-00012345A-00").arg(year))
        << "what was typed stays";

    recordThroughTheForm(d, QStringLiteral("8500,5"), QStringLiteral("INPS-ISEE-%1-00012345A-00").arg(year),
                         shownFiled);
    ASSERT_EQ(d.table()->rowCount(), 1) << d.messageText().toStdString();
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::FiledOnColumn), shownFiled);
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::ValueColumn), QString::fromUtf8("8.500,50\u00a0€"));
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::ProtocolColumn),
              QStringLiteral("INPS-ISEE-%1-00012345A-00").arg(year));
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::ValidUntilColumn), QStringLiteral("31/12/%1").arg(year));
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::StateColumn), QStringLiteral("Valid"));
    EXPECT_TRUE(child<QLineEdit>(&d, "valueEdit")->text().isEmpty()) << "the form is ready for the next one";
    const auto stored = hub.isee.declarations(person, worker).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().valueCents, 850050);
}

TEST_F(IseeDialogTest, ADeclarationOfAnEarlierYearShowsExpired)
{
    gui::IseeDialog d(cartella::test::session(hub, worker), person, QStringLiteral("Rossi Mario"));
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    const int last = domain::officeToday().year() - 1;
    recordThroughTheForm(d, QStringLiteral("12.000"), QStringLiteral("INPS-ISEE-%1-0009").arg(last),
                         QStringLiteral("15/03/%1").arg(last));
    ASSERT_EQ(d.table()->rowCount(), 1) << d.messageText().toStdString();
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::ValueColumn), QString::fromUtf8("12.000,00\u00a0€"));
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::ValidUntilColumn), QStringLiteral("31/12/%1").arg(last));
    EXPECT_EQ(cell(d, 0, gui::IseeDialog::StateColumn), QStringLiteral("Expired"));
}

TEST_F(IseeDialogTest, ThePersonsPageOpensItForTheSelectedPerson)
{
    gui::MainWindow window(cartella::test::session(hub, worker), db.path());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    gui::PersonsPage *page = window.personsPage();
    auto *button = page->findChild<QPushButton *>(QStringLiteral("iseeButton"));
    ASSERT_NE(button, nullptr);
    auto *household = page->findChild<QPushButton *>(QStringLiteral("householdButton"));
    ASSERT_NE(household, nullptr);
    EXPECT_FALSE(button->isEnabled()) << "no person selected yet";
    EXPECT_FALSE(household->isEnabled()) << "no person selected yet";
    page->table()->selectRow(0);
    ASSERT_TRUE(button->isEnabled());
    EXPECT_TRUE(household->isEnabled());
    QString title;
    test::whenModal<gui::IseeDialog>([&](gui::IseeDialog *d) {
        title = d->windowTitle();
        d->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(title.contains(QStringLiteral("Rossi Mario"))) << title.toStdString();

    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::MainWindow adminWindow(cartella::test::session(hub, admin), db.path());
    EXPECT_EQ(adminWindow.personsPage()->findChild<QPushButton *>(QStringLiteral("iseeButton")), nullptr)
        << "the system administrator sees no personal data";
}
