// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/casework/careplanpanel.h"
#include "gui/casework/casedeadlinespanel.h"
#include "gui/casework/casememberspanel.h"
#include "gui/casework/casespage.h"
#include "gui/casework/deadlinespage.h"
#include "gui/casework/householddialog.h"
#include "gui/casework/intakedialog.h"
#include "gui/casework/intakelistmodel.h"
#include "gui/casework/intakepage.h"
#include "gui/casework/searchdialog.h"
#include "gui/shell/casewindow.h"
#include "gui/shell/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The casework screens over a real database: intake, people and household, project, deadlines, search.
class CaseworkGuiTest : public test::GuiTest
{
protected:
    qint64 worker = 0;
    qint64 mother = 0;
    qint64 child = 0;

    void SetUp() override
    {
        QSettings().remove(QStringLiteral("deadlines/worker/tester"));
        worker =
            caseService.registerWorker({0, QStringLiteral("Anna Bertolini"), {}, true}, actor).value().id;
        mother = service.create(test::mario(), actor).value().id;
        Person p = test::mario();
        p.fiscalCode.clear();
        p.givenName = QStringLiteral("Giulia");
        p.birthDate = QDate(2016, 3, 1);
        child = service.create(p, actor).value().id;
    }

    Case openCase()
    {
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = worker;
        c.openedOn = domain::officeToday().addMonths(-2);
        c.members = {{mother, MemberRole::PrincipalBeneficiary, {}}};
        return caseService.open(c, actor).value();
    }

    template <typename T> static T *child_(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

} // namespace

TEST_F(CaseworkGuiTest, ARefusedContactKeepsWhatWasTyped)
{
    gui::IntakeDialog dialog(services(), places);
    auto *request = child_<QPlainTextEdit>(&dialog, "requestEdit");
    test::typeText(request, QStringLiteral("Chiede un aiuto per le bollette."));
    EXPECT_FALSE(dialog.save()) << "nobody said who came";
    EXPECT_FALSE(dialog.messageText().isEmpty());
    EXPECT_EQ(request->toPlainText(), QStringLiteral("Chiede un aiuto per le bollette."));
    dialog.addPerson(mother, QStringLiteral("Rossi Mario"));
    EXPECT_TRUE(dialog.save()) << dialog.messageText().toStdString();
    EXPECT_EQ(hub.intakes.list({}, actor).value().size(), 1);
}

TEST_F(CaseworkGuiTest, OpensACaseFromAnIntakeInOneStep)
{
    IntakeContact contact;
    contact.contactDate = domain::officeToday();
    contact.area = CaseArea::FamilyAndMinors;
    contact.municipalityCode = QStringLiteral("045001");
    contact.personIds = {mother, child};
    contact.request = QStringLiteral("Sfratto entro fine mese, chiede aiuto per la casa.");
    const qint64 intakeId = hub.intakes.record(contact, actor).value().id;

    gui::MainWindow window(services(), db.path());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    gui::IntakePage *page = window.intakePage();
    ASSERT_TRUE(page->isVisible());
    ASSERT_EQ(page->model()->rowCount(), 1);
    page->selectIntake(intakeId);

    test::whenModal<gui::OpenCaseDialog>([](gui::OpenCaseDialog *dialog) {
        auto *roles = dialog->findChild<QTableWidget *>(QStringLiteral("membersTable"));
        auto *childRole = qobject_cast<QComboBox *>(roles->cellWidget(1, 1));
        childRole->setCurrentIndex(childRole->findData(QStringLiteral("minor")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page->openCaseFromSelected();

    const QList<CaseSummary> cases = caseService.list({}, actor).value();
    ASSERT_EQ(cases.size(), 1);
    const Case opened = caseService.get(cases.first().id, actor).value();
    ASSERT_EQ(opened.members.size(), 2);
    EXPECT_EQ(opened.members.last().role, MemberRole::Minor);
    EXPECT_EQ(opened.notes, contact.request);
    EXPECT_EQ(diaryService.entries(opened.id, actor).value().size(), 1);
    EXPECT_EQ(page->model()->index(0, gui::IntakeListModel::OutcomeColumn).data().toString(),
              QStringLiteral("Case %1").arg(opened.number()));
    const auto windows = window.casesPage()->findChildren<gui::CaseWindow *>();
    ASSERT_EQ(windows.size(), 1) << "the new case is shown";
    EXPECT_EQ(windows.first()->currentCase().id, opened.id);
}

TEST_F(CaseworkGuiTest, CompletesADeadlineFromMyDeadlines)
{
    const Case c = openCase();
    Deadline d;
    d.caseId = c.id;
    d.title = QStringLiteral("Relazione al Tribunale per i Minorenni");
    d.dueOn = domain::officeToday().addDays(-2);
    d.ownerWorkerId = worker;
    const qint64 deadlineId = hub.deadlines.add(d, actor).value().id;
    d.title = QStringLiteral("Rinnovo ISEE");
    d.dueOn = domain::officeToday().addDays(40);
    ASSERT_TRUE(hub.deadlines.add(d, actor));

    gui::MainWindow window(services(), db.path());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.overdueLabel()->text(), QStringLiteral("1 overdue deadline(s)"));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    gui::DeadlinesPage *page = window.deadlinesPage();
    ASSERT_TRUE(page->isVisible());
    QTreeWidget *tree = page->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Overdue (1)"));
    EXPECT_EQ(tree->topLevelItem(2)->text(0), QStringLiteral("Later (1)"));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(2),
              QStringLiteral("Relazione al Tribunale per i Minorenni"));

    page->workerCombo()->setCurrentIndex(page->workerCombo()->findData(worker));
    page->selectDeadline(deadlineId);
    QPushButton *done = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("done")))
            done = b;
    }
    ASSERT_NE(done, nullptr);
    ASSERT_TRUE(done->isEnabled());
    done->click();

    const QList<Deadline> all = hub.deadlines.list({std::nullopt, c.id, false, 10}, actor).value();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&](const Deadline &x) { return x.id == deadlineId; });
    ASSERT_NE(it, all.cend());
    EXPECT_EQ(it->state, DeadlineState::Done);
    EXPECT_EQ(it->closedBy, QStringLiteral("tester"));
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Overdue (0)"));
    EXPECT_EQ(window.overdueLabel()->text(), QStringLiteral("No overdue deadlines"));
}

TEST_F(CaseworkGuiTest, BuildsAProjectWhoseActionBecomesADeadline)
{
    const Case c = openCase();
    gui::CaseWindow window(services(), c.id);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showTab(3);
    gui::CarePlanPanel *plan = window.planPanel();
    test::typeText(child_<QLineEdit>(plan, "objectiveEdit"), QStringLiteral("Trovare una casa"));
    child_<QPushButton>(plan, "addObjectiveButton")->click();
    ASSERT_EQ(plan->plan().objectives.size(), 1) << window.messageText().toStdString();

    test::typeText(child_<QLineEdit>(plan, "actionWhatEdit"), QStringLiteral("Domanda casa popolare"));
    auto *due = child_<QLineEdit>(plan, "actionDueEdit");
    due->setText(QStringLiteral("31/02/2027"));
    child_<QPushButton>(plan, "addActionButton")->click();
    EXPECT_TRUE(plan->plan().actions.isEmpty());
    EXPECT_EQ(child_<QLineEdit>(plan, "actionWhatEdit")->text(), QStringLiteral("Domanda casa popolare"))
        << "a refused action keeps what was typed";
    due->setText(domain::officeToday().addDays(14).toString(QStringLiteral("dd/MM/yyyy")));
    child_<QPushButton>(plan, "addActionButton")->click();
    ASSERT_EQ(plan->plan().actions.size(), 1) << window.messageText().toStdString();
    EXPECT_EQ(plan->plan().actions.first().ownerWorkerId, worker) << "the responsible worker by default";

    auto *reviewDate = child_<QLineEdit>(plan, "reviewDateEdit");
    reviewDate->setText(domain::officeToday().toString(QStringLiteral("dd/MM/yyyy")));
    test::typeText(child_<QLineEdit>(plan, "reviewOutcomeEdit"), QStringLiteral("Avviata la domanda."));
    child_<QLineEdit>(plan, "nextReviewEdit")
        ->setText(domain::officeToday().addDays(30).toString(QStringLiteral("dd/MM/yyyy")));
    child_<QPushButton>(plan, "addReviewButton")->click();
    ASSERT_EQ(plan->plan().reviews.size(), 1) << window.messageText().toStdString();

    window.showTab(4);
    EXPECT_EQ(window.deadlinesPanel()->deadlines().size(), 2) << "the action and the next review";
    auto *history = child_<QTableWidget>(&window, "historyTable");
    EXPECT_EQ(history->item(0, 1)->text(), QStringLiteral("Project")) << "newest first";
}

TEST_F(CaseworkGuiTest, AddsAPersonAndTheTeamAndShowsTheHousehold)
{
    const Case c = openCase();
    const qint64 educator =
        caseService
            .registerWorker({0, QStringLiteral("Davide Corsini"), QStringLiteral("educatore"), true}, actor)
            .value()
            .id;
    gui::CaseWindow window(services(), c.id);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showTab(1);
    gui::CaseMembersPanel *members = window.membersPanel();
    ASSERT_TRUE(members->addMember(child, MemberRole::Minor));
    EXPECT_EQ(window.currentCase().members.size(), 2);
    EXPECT_EQ(child_<QTableWidget>(members, "membersTable")->rowCount(), 2);

    auto *team = child_<QListWidget>(members, "teamList");
    ASSERT_EQ(team->count(), 1) << "the responsible worker is not offered";
    team->item(0)->setCheckState(Qt::Checked);
    ASSERT_TRUE(members->saveTeam());
    EXPECT_EQ(window.currentCase().teamWorkerIds, QList<qint64>{educator});

    gui::HouseholdDialog household(services(), mother, QStringLiteral("Rossi Mario"));
    ASSERT_FALSE(household.household().has_value());
    ASSERT_TRUE(household.createHousehold());
    ASSERT_TRUE(household.addMember(child, HouseholdRelation::Child));
    EXPECT_EQ(household.household()->members.size(), 2);
    EXPECT_EQ(child_<QTableWidget>(&household, "membersTable")->rowCount(), 2);
    EXPECT_FALSE(household.addMember(child, HouseholdRelation::Child)) << "already a member";
    EXPECT_FALSE(household.messageText().isEmpty());
}

TEST_F(CaseworkGuiTest, CtrlKFindsADiaryEntryAndOpensItInItsCase)
{
    const Case c = openCase();
    DiaryEntry e;
    e.caseId = c.id;
    e.date = domain::officeToday();
    e.text = QStringLiteral("Visita domiciliare: la caldaia è guasta da una settimana.");
    const qint64 entryId = diaryService.add(e, actor).value().id;

    gui::MainWindow window(services(), db.path());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    gui::SearchDialog *search = nullptr;
    ASSERT_TRUE(test::waitFor([&] { return (search = window.findChild<gui::SearchDialog *>()) != nullptr; }));
    test::typeText(search->searchEdit(), QStringLiteral("caldaia guasta"));
    ASSERT_TRUE(test::waitFor([&] { return search->results()->topLevelItemCount() > 0; }));
    QTreeWidgetItem *group = search->results()->topLevelItem(0);
    EXPECT_EQ(group->text(0), QStringLiteral("Diary, notes and contacts (1)"));
    EXPECT_TRUE(group->child(0)->text(0).contains(QStringLiteral("[caldaia]")));
    QTest::keyClick(search->searchEdit(), Qt::Key_Return);

    gui::CaseWindow *opened = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        const auto all = window.casesPage()->findChildren<gui::CaseWindow *>();
        opened = all.isEmpty() ? nullptr : all.first();
        return opened != nullptr;
    }));
    EXPECT_EQ(opened->currentCase().id, c.id);
    auto *entries = child_<QListWidget>(opened, "entryList");
    ASSERT_GE(entries->currentRow(), 0);
    EXPECT_EQ(entries->currentItem()->data(Qt::UserRole + 1).toLongLong(), entryId);
}

TEST_F(CaseworkGuiTest, AStaleActionShowsTheColleaguesChangeAndKeepsWhatWasTyped)
{
    const Case c = openCase();
    const CarePlan plan = hub.plans.addObjective(c.id, QStringLiteral("Lavoro"), actor).value();
    CareAction a;
    a.caseId = c.id;
    a.objectiveId = plan.objectives.first().id;
    a.what = QStringLiteral("Colloquio al centro per l'impiego");
    a.ownerWorkerId = worker;
    const CareAction stored = hub.plans.addAction(a, actor).value().actions.first();

    gui::CaseWindow window(services(), c.id);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showTab(3);
    gui::CarePlanPanel *panel = window.planPanel();
    panel->selectAction(stored.id);

    CareAction theirs = stored; // a colleague starts the action meanwhile
    theirs.status = ActionStatus::InProgress;
    ASSERT_TRUE(hub.plans.updateAction(theirs, Actor{QStringLiteral("marco")}));

    auto *what = child_<QLineEdit>(panel, "actionWhatEdit");
    what->setText(QStringLiteral("Colloquio e iscrizione al centro per l'impiego"));
    EXPECT_FALSE(panel->saveAction());
    EXPECT_TRUE(window.messageText().contains(QStringLiteral("Someone else")))
        << window.messageText().toStdString();
    EXPECT_EQ(what->text(), QStringLiteral("Colloquio e iscrizione al centro per l'impiego"));
    EXPECT_EQ(panel->plan().actions.first().status, ActionStatus::InProgress) << "their change is shown";
    EXPECT_TRUE(panel->saveAction()) << "saving again now starts from their version";
    EXPECT_EQ(hub.plans.plan(c.id, actor).value().actions.first().what,
              QStringLiteral("Colloquio e iscrizione al centro per l'impiego"));
}

TEST_F(CaseworkGuiTest, AStatusChangeKeepsTheOtherTabsCurrentAndAnUnsavedCorrectionSurvives)
{
    const Case c = openCase();
    DiaryEntry e;
    e.caseId = c.id;
    e.date = domain::officeToday();
    e.text = QStringLiteral("Prima stesura.");
    diaryService.add(e, actor).value();
    gui::CaseWindow window(services(), c.id);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *editor = child_<QPlainTextEdit>(&window, "entryEditor");
    editor->setPlainText(QStringLiteral("Prima stesura, corretta ma non ancora salvata."));
    ASSERT_TRUE(window.applyStatus()) << window.messageText().toStdString(); // accoglienza → valutazione
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Prima stesura, corretta ma non ancora salvata."));

    // The People tab now works on the new version: no false "someone else changed it".
    ASSERT_TRUE(window.membersPanel()->addMember(child, MemberRole::Minor))
        << window.messageText().toStdString();
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Prima stesura, corretta ma non ancora salvata."))
        << "a change in another tab keeps the correction being typed";
}
