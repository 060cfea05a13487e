// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/casework/casedeadlinespanel.h"
#include "gui/emergencies/prontointerventoview.h"
#include "gui/minori/mandatedialogs.h"
#include "gui/minori/mandateremindersview.h"
#include "gui/minori/mandatespanel.h"
#include "gui/minori/probationdialog.h"
#include "gui/shell/casewindow.h"
#include "gui/shell/projectspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Tutela Minori on real widgets: a worker records a decree with its tasks in the case window, sees them as
// deadlines that close only with the task, marks one done, and finds the next in the Projects section.
class MandatesGuiTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor worker, clerk;
    Case theCase;
    QDate today = domain::officeToday();

    template <typename W> static W *child(QObject *parent, const char *name)
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }

    static void ok(QDialog *dialog)
    {
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    }

    void SetUp() override
    {
        const qint64 anna =
            caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        worker = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative);
        Person child = test::mario();
        child.birthDate = QDate(2014, 5, 2);
        child.fiscalCode.clear();
        const qint64 person = service.create(child, system).value().id;
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        theCase = caseService.open(c, system).value();
    }
};

TEST_F(MandatesGuiTest, AWorkerRecordsADecreeAndSeesItsTasksAsDeadlines)
{
    gui::CaseWindow window(cartella::test::session(hub, worker), theCase.id);
    window.show();
    ASSERT_TRUE(window.tabShown(6));
    window.showTab(6);
    gui::MandatesPanel *panel = window.mandatesPanel();
    EXPECT_TRUE(panel->mandates().isEmpty());

    bool refusedKeptText = false;
    test::whenModal<gui::MandateDialog>([&](gui::MandateDialog *d) {
        child<QLineEdit>(d, "numberEdit")->setText(QStringLiteral("412/2026 V.G."));
        child<QLineEdit>(d, "dateEdit")->setText(today.addDays(-3).toString(QStringLiteral("dd/MM/yyyy")));
        auto *kind = child<QComboBox>(d, "taskKindCombo");
        kind->setCurrentIndex(
            kind->findData(Vocabulary<MandateTaskKind>::code(MandateTaskKind::PsychosocialAssessment)));
        child<QLineEdit>(d, "taskDueEdit")->setText(today.addDays(5).toString(QStringLiteral("dd/MM/yyyy")));
        child<QLineEdit>(d, "taskDescriptionEdit")->setText(QStringLiteral("Madre e nonna materna"));
        child<QPushButton>(d, "addTaskButton")->click();
        kind->setCurrentIndex(
            kind->findData(Vocabulary<MandateTaskKind>::code(MandateTaskKind::PeriodicReport)));
        child<QLineEdit>(d, "taskDueEdit")->setText(today.addDays(90).toString(QStringLiteral("dd/MM/yyyy")));
        ok(d); // no measure ticked: refused, the typed decree and both tasks stay
        refusedKeptText = d->isVisible() &&
                          child<QLineEdit>(d, "numberEdit")->text() == QStringLiteral("412/2026 V.G.") &&
                          child<QTableWidget>(d, "tasksTable")->rowCount() == 2 &&
                          !child<QLabel>(d, "messageLabel")->text().isEmpty();
        child<QListWidget>(d, "measuresList")->item(0)->setCheckState(Qt::Checked);
        ok(d);
    });
    child<QPushButton>(panel, "newDecreeButton")->click();
    EXPECT_TRUE(refusedKeptText);
    ASSERT_EQ(panel->mandates().size(), 1);
    const CourtMandate decree = panel->mandates().first();
    ASSERT_EQ(decree.tasks.size(), 2);
    EXPECT_TRUE(window.currentCase().restricted) << "a mandate case is riservato";

    // Each task is a deadline of the responsible worker, which the deadline views do not complete by hand.
    window.showTab(4);
    auto *deadlines = child<QTableWidget>(window.deadlinesPanel(), "deadlinesTable");
    ASSERT_EQ(deadlines->rowCount(), 2);
    bool courtSource = false;
    for (int r = 0; r < deadlines->rowCount(); ++r)
        courtSource = courtSource || deadlines->item(r, 3)->text() == QStringLiteral("Court mandate");
    EXPECT_TRUE(courtSource);
    deadlines->setCurrentCell(0, 0);
    EXPECT_FALSE(child<QPushButton>(window.deadlinesPanel(), "completeButton")->isEnabled());

    // The assessment is done through the mandate; its deadline closes.
    window.showTab(6);
    panel->selectTask(decree.tasks.first().id);
    ASSERT_NE(panel->selectedTask(), nullptr);
    test::whenModal<gui::MandateTaskDialog>([&](gui::MandateTaskDialog *d) { ok(d); });
    child<QPushButton>(panel, "completeTaskButton")->click();
    const CourtMandate after = hub.mandates.get(decree.id, worker).value();
    EXPECT_FALSE(after.tasks.first().open());
    EXPECT_EQ(hub.deadlines.list(DeadlineQuery(std::nullopt, theCase.id), worker).value().size(), 1)
        << "one open deadline left";
}

TEST_F(MandatesGuiTest, AProbationIsSetUpThenClosedWithItsOutcomeAndADecreeIsCorrected)
{
    MandateDraft draft;
    draft.caseId = theCase.id;
    draft.decreeNumber = QStringLiteral("15/2026");
    draft.decreeDate = today.addDays(-200);
    draft.measures = {MandateMeasure::Supervision};
    draft.tasks = {{MandateTaskKind::Probation, {}, today.addDays(30)}};
    const CourtMandate decree = hub.mandates.record(draft, worker).value();

    gui::CaseWindow window(cartella::test::session(hub, worker), theCase.id);
    window.show();
    window.showTab(6);
    gui::MandatesPanel *panel = window.mandatesPanel();
    panel->selectTask(decree.tasks.first().id);
    auto *probation = child<QPushButton>(panel, "probationButton");
    ASSERT_TRUE(probation->isEnabled());

    const QString dd = QStringLiteral("dd/MM/yyyy");
    bool refusedKept = false;
    test::whenModal<gui::ProbationDialog>([&](gui::ProbationDialog *d) {
        child<QLineEdit>(d, "startsEdit")->setText(today.addDays(-190).toString(dd));
        child<QLineEdit>(d, "endsEdit")->setText(today.addDays(-190).addYears(2).toString(dd));
        child<QPlainTextEdit>(d, "projectEdit")
            ->setPlainText(QStringLiteral("Volontariato, scuola, colloqui"));
        ok(d); // two years without the gravest offence: refused, everything typed stays
        refusedKept =
            d->isVisible() && d->messageText().contains(QStringLiteral("at most")) &&
            child<QPlainTextEdit>(d, "projectEdit")->toPlainText().startsWith(QStringLiteral("Volont"));
        child<QLineEdit>(d, "endsEdit")->setText(today.addDays(-5).toString(dd));
        ok(d);
    });
    probation->click();
    EXPECT_TRUE(refusedKept);
    CourtMandate after = hub.mandates.get(decree.id, worker).value();
    ASSERT_TRUE(after.tasks.first().probation);
    EXPECT_EQ(after.tasks.first().probation->endsOn, today.addDays(-5));
    EXPECT_TRUE(after.tasks.first().open());

    panel->selectTask(decree.tasks.first().id);
    EXPECT_TRUE(probation->isEnabled());
    EXPECT_FALSE(child<QPushButton>(panel, "completeTaskButton")->isEnabled())
        << "a messa alla prova under way closes with its outcome, not by hand";
    test::whenModal<gui::ProbationDialog>([&](gui::ProbationDialog *d) {
        auto *outcome = child<QComboBox>(d, "outcomeCombo");
        outcome->setCurrentIndex(
            outcome->findData(Vocabulary<ProbationOutcome>::code(ProbationOutcome::Positive)));
        ok(d);
        if (d->isVisible()) {
            ADD_FAILURE() << d->messageText().toStdString();
            d->reject();
        }
    });
    probation->click();
    after = hub.mandates.get(decree.id, worker).value();
    EXPECT_EQ(after.tasks.first().probation->outcome, ProbationOutcome::Positive);
    EXPECT_FALSE(after.tasks.first().open()) << "the outcome closes the task";
    EXPECT_TRUE(hub.deadlines.list(DeadlineQuery(std::nullopt, theCase.id), worker).value().isEmpty());

    // The decree's number was mistyped: the correction keeps the tasks and makes a new version.
    test::whenModal<gui::MandateDialog>([&](gui::MandateDialog *d) {
        EXPECT_EQ(child<QLineEdit>(d, "numberEdit")->text(), QStringLiteral("15/2026"));
        child<QLineEdit>(d, "numberEdit")->setText(QStringLiteral("16/2026"));
        ok(d);
    });
    child<QPushButton>(panel, "correctDecreeButton")->click();
    after = hub.mandates.get(decree.id, worker).value();
    EXPECT_EQ(after.decreeNumber, QStringLiteral("16/2026"));
    EXPECT_EQ(after.version, decree.version + 1);
    EXPECT_EQ(after.tasks.size(), 1);
    EXPECT_EQ(panel->mandates().first().decreeNumber, QStringLiteral("16/2026"));
}

TEST_F(MandatesGuiTest, TheProjectsSectionRemindsOfTasksDueSoonAndAClerkHasNoMandates)
{
    MandateDraft draft;
    draft.caseId = theCase.id;
    draft.decreeNumber = QStringLiteral("77/2026");
    draft.decreeDate = today.addDays(-10);
    draft.measures = {MandateMeasure::Supervision};
    draft.tasks = {{MandateTaskKind::Observation, {}, today.addDays(6)},
                   {MandateTaskKind::PeriodicReport, {}, today.addDays(200)}};
    ASSERT_TRUE(hub.mandates.record(draft, worker));

    gui::ProjectsPage page(cartella::test::session(hub, worker));
    page.refresh();
    ASSERT_NE(page.mandates(), nullptr);
    ASSERT_EQ(page.mandates()->reminders().size(), 1) << "only the task within its 7- or 30-day window";
    EXPECT_EQ(page.mandates()->reminders().first().kind, MandateTaskKind::Observation);
    EXPECT_EQ(child<QTableWidget>(&page, "remindersTable")->item(0, 2)->text(), theCase.number());
    qint64 opened = 0;
    QObject::connect(&page, &gui::ProjectsPage::openMandateTask,
                     [&](qint64 caseId, qint64) { opened = caseId; });
    emit child<QTableWidget>(&page, "remindersTable")->cellDoubleClicked(0, 0);
    EXPECT_EQ(opened, theCase.id);

    EXPECT_NE(page.prontoIntervento(), nullptr) << "the worker also follows the emergency service";
    // The administrative officer reads the on-call rota, never court mandates.
    gui::ProjectsPage clerkPage(cartella::test::session(hub, clerk));
    EXPECT_EQ(clerkPage.mandates(), nullptr);
    ASSERT_NE(clerkPage.prontoIntervento(), nullptr);
    EXPECT_EQ(clerkPage.tabs()->count(), 2) << "the rota and the project counts";
    gui::CaseWindow clerkWindow(cartella::test::session(hub, clerk), theCase.id);
    EXPECT_FALSE(clerkWindow.tabShown(6));
}

} // namespace
