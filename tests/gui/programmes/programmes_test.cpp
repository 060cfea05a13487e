// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/common/formhelpers.h"
#include "gui/programmes/programmedialog.h"
#include "gui/programmes/programmesview.h"
#include "gui/shell/casewindow.h"
#include "gui/shell/projectspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Generic projects on real widgets: the zone manager creates a project and sets its team in the dialog, a
// team member enrols a case they see and discharges it, a refused date keeps what was typed, and the Projects
// tab shows the counts and exports them.
class ProgrammesGuiTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor worker, manager, clerk;
    qint64 anna = 0;
    Case theCase;
    QDate today = domain::officeToday();

    template <typename W> static W *child(QObject *parent, const char *name)
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }

    static void setText(QDialog *dialog, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        edit->clear();
        test::typeText(edit, text);
    }

    void SetUp() override
    {
        anna = caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        worker = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        manager = test::userActor(hub, QStringLiteral("resp"), Role::ZoneManager);
        clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative);
        const qint64 person = service.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.openedOn = today.addMonths(-3);
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        theCase = caseService.open(c, system).value();
    }
};

TEST_F(ProgrammesGuiTest, TheZoneManagerCreatesAProjectAndSetsItsTeam)
{
    gui::ProgrammeDialog dialog(cartella::test::session(hub, manager), 0);
    EXPECT_FALSE(child<QGroupBox>(&dialog, "teamBox")->isEnabled()) << "saved first";
    setText(&dialog, "nameEdit", QStringLiteral("Mediazione sociale e alloggiativa"));
    setText(&dialog, "funderEdit", QStringLiteral("Fondo Sociale Europeo Plus"));
    setText(&dialog, "startsEdit", gui::showDate(today.addMonths(-2)));
    setText(&dialog, "endsEdit", gui::showDate(today.addMonths(-3)));
    child<QPushButton>(&dialog, "saveButton")->click();
    EXPECT_TRUE(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("end before")));
    EXPECT_EQ(child<QLineEdit>(&dialog, "nameEdit")->text(),
              QStringLiteral("Mediazione sociale e alloggiativa"))
        << "a refusal keeps what was typed";
    EXPECT_EQ(hub.programmes.list(manager).value().size(), 0);

    setText(&dialog, "endsEdit", gui::showDate(today.addMonths(10)));
    child<QPushButton>(&dialog, "saveButton")->click();
    ASSERT_GT(dialog.programme().id, 0) << child<QLabel>(&dialog, "messageLabel")->text().toStdString();
    EXPECT_TRUE(child<QGroupBox>(&dialog, "teamBox")->isEnabled());

    auto *workers = child<QComboBox>(&dialog, "workerCombo");
    workers->setCurrentIndex(workers->findData(anna));
    auto *roles = child<QComboBox>(&dialog, "roleCombo");
    roles->setCurrentIndex(roles->findData(QStringLiteral("mediator")));
    setText(&dialog, "teamDateEdit", gui::showDate(today.addMonths(-2)));
    child<QPushButton>(&dialog, "addMemberButton")->click();
    auto *team = child<QTableWidget>(&dialog, "teamTable");
    ASSERT_EQ(team->rowCount(), 1) << child<QLabel>(&dialog, "messageLabel")->text().toStdString();
    EXPECT_EQ(team->item(0, 0)->text(), QStringLiteral("Anna"));
    EXPECT_EQ(team->item(0, 1)->text(), QStringLiteral("Mediator"));
    EXPECT_EQ(hub.programmes.get(dialog.programme().id, manager).value().team.size(), 1);
}

TEST_F(ProgrammesGuiTest, ATeamMemberEnrolsACaseAndDischargesIt)
{
    ProgrammeDraft d;
    d.name = QStringLiteral("Inclusione con Fondazione");
    d.startsOn = today.addMonths(-2);
    const qint64 id = hub.programmes.create(d, manager).value().id;
    ASSERT_TRUE(hub.programmes.addTeamMember(id, anna, ProgrammeTeamRole::SocialWorker, d.startsOn, manager));

    gui::ProgrammeDialog dialog(cartella::test::session(hub, worker), id);
    EXPECT_FALSE(child<QPushButton>(&dialog, "saveButton")->isVisibleTo(&dialog))
        << "only the zone manager edits";
    EXPECT_FALSE(child<QLineEdit>(&dialog, "nameEdit")->isEnabled());
    auto *cases = child<QComboBox>(&dialog, "caseCombo");
    ASSERT_EQ(cases->count(), 1);
    EXPECT_TRUE(cases->itemText(0).startsWith(theCase.number()));

    setText(&dialog, "joinedEdit", gui::showDate(d.startsOn.addDays(-1)));
    child<QPushButton>(&dialog, "enrolButton")->click();
    EXPECT_TRUE(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("outside")));
    EXPECT_EQ(child<QLineEdit>(&dialog, "joinedEdit")->text(), gui::showDate(d.startsOn.addDays(-1)));

    setText(&dialog, "joinedEdit", gui::showDate(d.startsOn.addDays(3)));
    child<QPushButton>(&dialog, "enrolButton")->click();
    auto *table = child<QTableWidget>(&dialog, "enrolmentsTable");
    ASSERT_EQ(table->rowCount(), 1) << child<QLabel>(&dialog, "messageLabel")->text().toStdString();
    EXPECT_EQ(table->item(0, 0)->text(), theCase.number());
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Rossi Mario"));
    EXPECT_TRUE(table->item(0, 3)->text().isEmpty());

    table->selectRow(0);
    auto *reasons = child<QComboBox>(&dialog, "reasonCombo");
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("completed")));
    setText(&dialog, "leftEdit", gui::showDate(today));
    child<QPushButton>(&dialog, "dischargeButton")->click();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 3)->text(), gui::showDate(today));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Path completed"));
    EXPECT_FALSE(hub.programmes.enrolments(id, manager).value().first().open());
    EXPECT_TRUE(dialog.changedSomething());

    // A person without a case, from the registry.
    ASSERT_TRUE(child<QPushButton>(&dialog, "enrolPersonButton")->isVisibleTo(&dialog));
    Person other = test::mario();
    other.fiscalCode.clear();
    other.givenName = QStringLiteral("Lucia");
    const qint64 lucia = service.create(other, system).value().id;
    setText(&dialog, "joinedEdit", gui::showDate(today));
    ASSERT_TRUE(dialog.enrolPersonId(lucia)) << child<QLabel>(&dialog, "messageLabel")->text().toStdString();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("(no case)"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Rossi Lucia"));
}

TEST_F(ProgrammesGuiTest, TheProjectsTabShowsTheCountsAndExportsThem)
{
    ProgrammeDraft d;
    d.name = QStringLiteral("Centro estivo");
    d.funder = QStringLiteral("Comuni della zona");
    d.startsOn = today.addMonths(-2);
    const qint64 id = hub.programmes.create(d, manager).value().id;
    ASSERT_TRUE(hub.programmes.enrol({id, theCase.id, std::nullopt, d.startsOn.addDays(1)}, manager));

    gui::ProjectsPage page(cartella::test::session(hub, clerk));
    ASSERT_NE(page.programmes(), nullptr) << "the clerk reads the counts";
    page.refresh();
    auto *table = child<QTableWidget>(&page, "programmesTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Centro estivo"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("1"));
    EXPECT_TRUE(table->item(0, 0)->toolTip().contains(QStringLiteral("Aulla: 1")))
        << table->item(0, 0)->toolTip().toStdString();
    EXPECT_FALSE(child<QPushButton>(&page, "openProgrammeButton")->isVisibleTo(&page)) << "numbers only";
    EXPECT_FALSE(child<QPushButton>(&page, "newProgrammeButton")->isVisibleTo(&page));

    const QString path = db.dir() + QStringLiteral("/projects.csv");
    ASSERT_TRUE(page.programmes()->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("Centro estivo;Comuni della zona;Active"))) << csv.toStdString();

    // A period before the enrolment counts nobody.
    auto *from = child<QLineEdit>(&page, "fromEdit");
    auto *to = child<QLineEdit>(&page, "toEdit");
    from->setText(gui::showDate(d.startsOn.addDays(-30)));
    to->setText(gui::showDate(d.startsOn));
    child<QPushButton>(&page, "updateButton")->click();
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("0"));
}

TEST_F(ProgrammesGuiTest, ClosingAProjectFromTheDialog)
{
    ProgrammeDraft d;
    d.name = QStringLiteral("Genitorialità in carcere");
    d.startsOn = today.addMonths(-2);
    const qint64 id = hub.programmes.create(d, manager).value().id;
    ASSERT_TRUE(hub.programmes.enrol({id, theCase.id, std::nullopt, d.startsOn.addDays(1)}, manager));
    gui::ProgrammeDialog dialog(cartella::test::session(hub, manager), id);
    test::whenModal<QInputDialog>([](QInputDialog *input) { input->accept(); });
    child<QPushButton>(&dialog, "closeProjectButton")->click();
    EXPECT_EQ(dialog.programme().status, ProgrammeStatus::Closed)
        << child<QLabel>(&dialog, "messageLabel")->text().toStdString();
    EXPECT_TRUE(child<QLabel>(&dialog, "statusLabel")->text().startsWith(QStringLiteral("Closed")));
    EXPECT_EQ(child<QTableWidget>(&dialog, "enrolmentsTable")->item(0, 4)->text(),
              QStringLiteral("Project ended"));
    EXPECT_FALSE(child<QPushButton>(&dialog, "enrolButton")->isVisibleTo(&dialog));
}

} // namespace

namespace {

TEST_F(ProgrammesGuiTest, TheCaseWindowShowsTheProjectsOfTheCase)
{
    ProgrammeDraft d;
    d.name = QStringLiteral("Centro estivo");
    d.startsOn = today.addMonths(-2);
    const qint64 id = hub.programmes.create(d, manager).value().id;
    const auto e =
        hub.programmes.enrol({id, theCase.id, std::nullopt, d.startsOn.addDays(1)}, manager).value();
    ASSERT_TRUE(
        hub.programmes.discharge(e.id, e.version, d.startsOn.addDays(20), LeaveReason::Completed, manager));
    ASSERT_TRUE(hub.programmes.enrol({id, theCase.id, std::nullopt, d.startsOn.addDays(30)}, manager));

    gui::CaseWindow window(cartella::test::session(hub, worker), theCase.id);
    const QString shown = child<QLabel>(&window, "programmesValue")->text();
    EXPECT_TRUE(
        shown.contains(QStringLiteral("Centro estivo, since %1").arg(gui::showDate(d.startsOn.addDays(30)))))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(gui::showDate(d.startsOn.addDays(20))))
        << "the earlier enrolment with its dates";
    gui::CaseWindow clerkWindow(cartella::test::session(hub, clerk), theCase.id);
    EXPECT_FALSE(child<QLabel>(&clerkWindow, "programmesValue")->isVisibleTo(&clerkWindow));
}

} // namespace
