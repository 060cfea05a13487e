// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/casework/personlistmodel.h"
#include "gui/casework/personspage.h"
#include "gui/shell/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTimer>

using namespace cartella;
using namespace cartella::domain;

namespace {

class PersonsPageTest : public test::GuiTest
{
protected:
    void addPersons(int n)
    {
        auto tx = db.storage().transactions().begin();
        for (int i = 0; i < n; ++i) {
            Person p = test::mario();
            p.surname = QStringLiteral("Cognome%1").arg(i, 3, 10, QLatin1Char('0'));
            p.fiscalCode.clear();
            ASSERT_TRUE(db.storage().persons().insert(p, QStringLiteral("t")));
        }
        ASSERT_TRUE(tx.value()->commit());
    }
};

} // namespace

TEST_F(PersonsPageTest, TheListLoadsPageByPage)
{
    addPersons(120);
    gui::PersonListModel model(service, actor);
    model.reload();
    EXPECT_EQ(model.rowCount(), gui::PersonListModel::kPageSize) << "only the first page is loaded";
    EXPECT_EQ(model.totalCount(), 120);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 100);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 120);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.data(model.index(0, gui::PersonListModel::FiscalCodeColumn)).toString(),
              QStringLiteral("No fiscal code"));

    model.sort(gui::PersonListModel::NameColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), QStringLiteral("Cognome119 Mario"));
}

TEST_F(PersonsPageTest, CreatedPersonIsFoundBySearchAsYouType)
{
    Person p = test::mario();
    p.surname = QStringLiteral("Dell'Amico");
    p.givenName = QStringLiteral("Nicolò");
    p.birthDate = QDate(2003, 2, 28);
    p.birthPlaceCode = QStringLiteral("E574");
    p.fiscalCode = QStringLiteral("DLLNCL03B28E574F");
    ASSERT_TRUE(service.create(p, actor));
    ASSERT_TRUE(service.create(test::mario(), actor));

    gui::MainWindow window(services(), db.path());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    gui::PersonsPage *page = window.personsPage();
    EXPECT_EQ(page->model()->rowCount(), 2);

    test::typeText(page->searchEdit(), QStringLiteral("nicolo"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->data(page->model()->index(0, 0)).toString(),
              QStringLiteral("Dell'Amico Nicolò"));

    page->searchEdit()->clear();
    test::typeText(page->searchEdit(), QStringLiteral("RSSMRA"));
    ASSERT_TRUE(test::waitFor([&] {
        return page->model()->rowCount() == 1 &&
               page->model()->data(page->model()->index(0, 0)).toString() == QStringLiteral("Rossi Mario");
    }));
}

TEST_F(PersonsPageTest, NavigationShowsOnlyWorkingSectionsAndShortcutsWork)
{
    gui::MainWindow window(services(), db.path());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), 8); // the local system may do everything, users included
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Persons"));
    EXPECT_EQ(navigation->item(1)->text(), QStringLiteral("Cases"));
    EXPECT_EQ(navigation->item(2)->text(), QStringLiteral("Intake"));
    EXPECT_EQ(navigation->item(3)->text(), QStringLiteral("My deadlines"));
    EXPECT_EQ(navigation->item(4)->text(), QStringLiteral("Users"));
    EXPECT_EQ(navigation->item(5)->text(), QStringLiteral("Services and aid"));
    EXPECT_EQ(navigation->item(6)->text(), QStringLiteral("Budget"));
    EXPECT_EQ(navigation->item(7)->text(), QStringLiteral("Projects"));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(navigation->currentRow(), 6);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(navigation->currentRow(), 0);

    window.personsPage()->table()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(test::waitFor([&] { return window.personsPage()->searchEdit()->hasFocus(); }));

    // Ctrl+N opens the person form; Esc on an untouched form closes it.
    bool formOpened = false;
    QTimer::singleShot(100, [&] {
        QWidget *form = QApplication::activeModalWidget();
        formOpened = form && form->objectName() == QStringLiteral("PersonDialog");
        if (form)
            QTest::keyClick(form, Qt::Key_Escape);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(formOpened);
}
