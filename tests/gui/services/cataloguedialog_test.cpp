// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/services/cataloguedialog.h"
#include "gui/services/cataloguemodel.h"
#include "gui/shell/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The catalogue editor, driven through its widgets by a system administrator.
class CatalogueDialogTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        test::typeText(edit, text);
    }

    // The list's text for the entry (empty when it is not listed).
    static QString listed(gui::CatalogueDialog &d, qint64 id)
    {
        const int row = d.model()->rowOf(id);
        return row < 0 ? QString() : d.model()->index(row, gui::CatalogueModel::NameColumn).data().toString();
    }
};

} // namespace

TEST_F(CatalogueDialogTest, TheAdministratorAddsFixesRenamesAndRetiresAnEntry)
{
    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::CatalogueDialog d(cartella::test::session(hub, admin));
    d.show();
    d.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&d));
    const int seeded = d.model()->rowCount();
    ASSERT_GT(seeded, 10) << "the seeded catalogue is listed";
    EXPECT_GT(d.currentEntryId(), 0) << "the first entry is shown in the form";

    auto *name = child<QLineEdit>(&d, "nameEdit");
    auto *siuss = child<QLineEdit>(&d, "siussEdit");
    auto *kind = child<QComboBox>(&d, "kindCombo");
    auto *meansTest = child<QComboBox>(&d, "meansTestCombo");
    auto *threshold = child<QLineEdit>(&d, "thresholdEdit");
    auto *save = child<QPushButton>(&d, "saveButton");

    QTest::mouseClick(child<QPushButton>(&d, "newButton"), Qt::LeftButton);
    EXPECT_EQ(d.currentEntryId(), 0);
    EXPECT_TRUE(name->text().isEmpty());
    EXPECT_TRUE(kind->isEnabled()) << "the kind is chosen when the entry is made";
    EXPECT_FALSE(threshold->isEnabled()) << "no threshold without the ISEE";
    test::typeText(name, QStringLiteral("Contributo affitto"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("economic_aid")));
    test::typeText(siuss, QStringLiteral("A1.4"));
    meansTest->setCurrentIndex(meansTest->findData(QStringLiteral("isee")));
    ASSERT_TRUE(threshold->isEnabled());
    test::typeText(threshold, QStringLiteral("8.000,00"));

    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(d.messageText().contains(QStringLiteral("A1.04"))) << d.messageText().toStdString();
    EXPECT_EQ(d.currentEntryId(), 0) << "refused";
    EXPECT_EQ(name->text(), QStringLiteral("Contributo affitto")) << "the typed name stays";
    EXPECT_EQ(threshold->text(), QStringLiteral("8.000,00"));
    EXPECT_EQ(d.model()->rowCount(), seeded);

    retype(siuss, QStringLiteral("a1.04")); // lower case is read as the code it means
    QTest::mouseClick(save, Qt::LeftButton);
    const qint64 id = d.currentEntryId();
    ASSERT_GT(id, 0) << d.messageText().toStdString();
    EXPECT_EQ(d.model()->rowCount(), seeded + 1);
    const CatalogueEntry added = hub.catalogue.get(id, admin).value();
    EXPECT_EQ(added.name, QStringLiteral("Contributo affitto"));
    EXPECT_EQ(added.kind, ServiceKind::EconomicAid);
    EXPECT_EQ(added.siussCode, QStringLiteral("A1.04"));
    EXPECT_EQ(added.iseeThresholdCents, std::optional<qint64>(800000));
    EXPECT_FALSE(kind->isEnabled()) << "the kind is fixed once the entry exists";
    EXPECT_FALSE(save->isEnabled()) << "nothing left to save";
    EXPECT_EQ(d.entriesView()->currentIndex().data(gui::CatalogueModel::EntryIdRole).toLongLong(), id)
        << "the list shows the new entry selected";

    retype(name, QStringLiteral("Contributo per l'affitto"));
    EXPECT_TRUE(save->isEnabled());
    QTest::keyClick(&d, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(hub.catalogue.get(id, admin).value().name, QStringLiteral("Contributo per l'affitto"));
    EXPECT_EQ(d.currentEntry().version, added.version + 1);
    EXPECT_EQ(listed(d, id), QStringLiteral("Contributo per l'affitto"));

    const QDate on(2026, 1, 31);
    test::whenModal<QInputDialog>([&](QInputDialog *ask) {
        ask->setTextValue(on.toString(QStringLiteral("dd/MM/yyyy")));
        ask->accept();
    });
    QTest::mouseClick(child<QPushButton>(&d, "retireButton"), Qt::LeftButton);
    EXPECT_EQ(hub.catalogue.get(id, admin).value().retiredOn, on) << d.messageText().toStdString();
    EXPECT_TRUE(listed(d, id).isEmpty()) << "hidden without \"Show retired\"";
    EXPECT_EQ(d.model()->rowCount(), seeded);
    EXPECT_EQ(d.currentEntryId(), id) << "the form still shows it, to reinstate it";
    EXPECT_TRUE(child<QPushButton>(&d, "reinstateButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(&d, "retireButton")->isVisible());

    QTest::mouseClick(child<QCheckBox>(&d, "showRetiredCheck"), Qt::LeftButton);
    EXPECT_EQ(listed(d, id), QStringLiteral("Contributo per l'affitto (retired 31/01/2026)"))
        << "labelled, not told by colour alone";
    const QModelIndex row = d.model()->index(d.model()->rowOf(id), gui::CatalogueModel::KindColumn);
    EXPECT_EQ(row.data(Qt::ForegroundRole).value<QBrush>().color(), gui::CatalogueModel::kRetiredGrey)
        << "and greyed";
    const int inUse = d.model()->rowOf(hub.catalogue.entries(false, admin).value().first().id);
    EXPECT_FALSE(d.model()->index(inUse, 0).data(Qt::ForegroundRole).isValid());

    QTest::mouseClick(child<QPushButton>(&d, "reinstateButton"), Qt::LeftButton);
    EXPECT_FALSE(hub.catalogue.get(id, admin).value().retired());
    EXPECT_EQ(listed(d, id), QStringLiteral("Contributo per l'affitto"));
}

TEST_F(CatalogueDialogTest, TypedChangesAreNotDroppedWhenAnotherEntryIsChosen)
{
    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::CatalogueDialog d(cartella::test::session(hub, admin));
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    const qint64 first = d.currentEntryId();
    const QString firstName = hub.catalogue.get(first, admin).value().name;
    auto *name = child<QLineEdit>(&d, "nameEdit");
    test::typeText(name, QStringLiteral(" (bis)"));
    ASSERT_TRUE(d.isDirty());

    // Down the list: the dialog asks, and "Cancel" stays on the typed form.
    test::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    d.entriesView()->setFocus();
    QTest::keyClick(d.entriesView(), Qt::Key_Down);
    ASSERT_TRUE(test::waitFor([&] {
        return d.entriesView()->currentIndex().data(gui::CatalogueModel::EntryIdRole).toLongLong() == first;
    }));
    EXPECT_EQ(d.currentEntryId(), first);
    EXPECT_EQ(name->text(), firstName + QStringLiteral(" (bis)"));

    // The filter hides the entry: the form stays as typed.
    test::typeText(child<QLineEdit>(&d, "filterEdit"), QStringLiteral("buoni"));
    EXPECT_EQ(name->text(), firstName + QStringLiteral(" (bis)"));
    child<QLineEdit>(&d, "filterEdit")->clear();

    // "Discard" moves on and leaves the stored entry as it was.
    test::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    d.entriesView()->setFocus();
    QTest::keyClick(d.entriesView(), Qt::Key_Down);
    ASSERT_TRUE(test::waitFor([&] { return d.currentEntryId() != first; }));
    EXPECT_EQ(hub.catalogue.get(first, admin).value().name, firstName);
    EXPECT_FALSE(d.isDirty());
}

TEST_F(CatalogueDialogTest, OnlyWhoManagesTheCatalogueHasTheMenuAction)
{
    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::MainWindow adminWindow(cartella::test::session(hub, admin), db.path());
    QAction *action = adminWindow.findChild<QAction *>(QStringLiteral("catalogueAction"));
    ASSERT_NE(action, nullptr);
    bool opened = false;
    test::whenModal<gui::CatalogueDialog>([&](gui::CatalogueDialog *d) {
        opened = d->model()->rowCount() > 0;
        d->reject();
    });
    action->trigger();
    EXPECT_TRUE(opened);

    const qint64 anna = caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
    const Actor worker = user(QStringLiteral("anna"), Role::SocialWorker, anna);
    gui::MainWindow workerWindow(cartella::test::session(hub, worker), db.path());
    EXPECT_EQ(workerWindow.findChild<QAction *>(QStringLiteral("catalogueAction")), nullptr);
    for (const QAction *a : workerWindow.findChildren<QAction *>())
        EXPECT_FALSE(a->text().contains(QStringLiteral("catalogue"), Qt::CaseInsensitive))
            << a->text().toStdString();
}

TEST_F(CatalogueDialogTest, AConflictIsShownAndWhatWasTypedStays)
{
    const Actor admin = user(QStringLiteral("sysadmin"), Role::SystemAdmin, 0);
    gui::CatalogueDialog d(cartella::test::session(hub, admin));
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    const qint64 id = d.currentEntryId();
    CatalogueEntry theirs = hub.catalogue.get(id, admin).value();
    theirs.siussCode = QStringLiteral("A2.01"); // a colleague saves first
    ASSERT_TRUE(hub.catalogue.update(theirs, admin));

    auto *name = child<QLineEdit>(&d, "nameEdit");
    test::typeText(name, QStringLiteral(" (bis)"));
    const QString typed = name->text();
    QString question;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click(); // keep editing
        }
    });
    QTest::mouseClick(child<QPushButton>(&d, "saveButton"), Qt::LeftButton);
    EXPECT_FALSE(question.isEmpty()) << "the user is asked what to keep";
    EXPECT_FALSE(d.messageText().isEmpty()) << "and the service's message is in the dialog";
    EXPECT_EQ(name->text(), typed);
    EXPECT_EQ(hub.catalogue.get(id, admin).value().siussCode, QStringLiteral("A2.01"));
}
