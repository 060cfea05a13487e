// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/casework/personspage.h"
#include "gui/privacy/accessreportdialog.h"

#include <QPushButton>
#include <QTableWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

class AccessReportTest : public test::GuiTest
{};

TEST_F(AccessReportTest, ListsTheOpeningsNewestFirst)
{
    const Person p = service.create(test::mario(), actor).value();
    const Actor worker(QStringLiteral("assistente1"), 2, Role::SocialWorker, 1, QStringLiteral("PC-1"));
    const Actor manager(QStringLiteral("responsabile"), 1, Role::ZoneManager, 0, QStringLiteral("PC-ZONA"));
    ASSERT_TRUE(service.view(p.id, worker));
    ASSERT_TRUE(service.view(p.id, manager));

    gui::AccessReportDialog dialog(hub.subjectRights, p.id, p.displayName(), manager);
    dialog.show();
    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 3); // created, opened, opened
    EXPECT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("When"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("responsabile"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("PC-ZONA"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Opened the person's file"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("assistente1"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("PC-1"));
    EXPECT_EQ(table->item(2, 4)->text(), QStringLiteral("Registered the person"));
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("3")));
}

TEST_F(AccessReportTest, ASocialWorkerSeesARefusalAndNoButtons)
{
    const Person p = service.create(test::mario(), actor).value();
    const Actor worker(QStringLiteral("assistente1"), 2, Role::SocialWorker, 1, QStringLiteral("PC-1"));
    gui::AccessReportDialog dialog(hub.subjectRights, p.id, p.displayName(), worker);
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    EXPECT_FALSE(dialog.summaryText().isEmpty());

    gui::PersonsPage own(service, places, worker, nullptr, &hub.subjectRights);
    EXPECT_EQ(own.findChild<QPushButton *>(QStringLiteral("accessReportButton")), nullptr);
    EXPECT_EQ(own.findChild<QPushButton *>(QStringLiteral("exportDataButton")), nullptr);
    const Actor manager(QStringLiteral("responsabile"), 1, Role::ZoneManager, 0, QStringLiteral("PC-ZONA"));
    gui::PersonsPage managers(service, places, manager, nullptr, &hub.subjectRights);
    EXPECT_NE(managers.findChild<QPushButton *>(QStringLiteral("accessReportButton")), nullptr);
    EXPECT_NE(managers.findChild<QPushButton *>(QStringLiteral("exportDataButton")), nullptr);
}

TEST_F(AccessReportTest, OpeningAPersonFromTheListIsAudited)
{
    const Person p = service.create(test::mario(), actor).value();
    gui::PersonsPage page(service, places, actor, nullptr, &hub.subjectRights);
    test::whenModal<QDialog>([](QDialog *dialog) { dialog->reject(); });
    page.openPerson(p.id);
    const auto report = hub.subjectRights.accessReport(p.id, actor).value();
    ASSERT_FALSE(report.isEmpty());
    EXPECT_EQ(report.first().action, QStringLiteral("person_viewed"));
}

} // namespace
