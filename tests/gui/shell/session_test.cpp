// SPDX-License-Identifier: EUPL-1.2
// The Session carries the news of what one window saved to the others of the same login: the case list, the
// open case windows, "Le mie scadenze" and the lists of services and aid subscribe to it, not to each other.
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/casework/casedeadlinespanel.h"
#include "gui/casework/caselistmodel.h"
#include "gui/casework/casespage.h"
#include "gui/casework/deadlinespage.h"
#include "gui/common/session.h"
#include "gui/shell/casewindow.h"

#include <QSettings>
#include <QSignalSpy>

using namespace cartella;
using namespace cartella::domain;

namespace {

class SessionTest : public test::GuiTest
{
protected:
    qint64 worker = 0;
    Case theCase;

    void SetUp() override
    {
        QSettings().remove(QStringLiteral("deadlines/worker/tester")); // "Everyone" in Le mie scadenze
        worker =
            caseService.registerWorker({0, QStringLiteral("Anna Bertolini"), {}, true}, actor).value().id;
        const qint64 person = service.create(test::mario(), actor).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = worker;
        c.openedOn = officeToday().addMonths(-1);
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        theCase = caseService.open(c, actor).value();
    }

    QString statusShown(const gui::CasesPage &page) const
    {
        return page.model()->index(0, gui::CaseListModel::StatusColumn).data().toString();
    }

    Deadline manualDeadline(const QString &title) const
    {
        Deadline d;
        d.caseId = theCase.id;
        d.title = title;
        d.dueOn = officeToday().addDays(10);
        d.ownerWorkerId = worker;
        return d;
    }
};

} // namespace

TEST_F(SessionTest, TheCaseListShowsWhatAnotherWindowSavedWhenTheSessionSaysSo)
{
    gui::Session &session = services();
    gui::CasesPage page(session);
    ASSERT_EQ(page.model()->rowCount(), 1);
    const QString before = statusShown(page);

    // Saved elsewhere (as a case window would): the list does not know until the session tells it.
    ASSERT_TRUE(caseService.changeStatus(theCase.id, theCase.stamp.version, CaseStatus::Assessment,
                                         ClosureReason::None, {}, actor));
    EXPECT_EQ(statusShown(page), before);
    emit session.caseChanged(theCase.id);
    EXPECT_NE(statusShown(page), before);
    EXPECT_EQ(statusShown(page), Vocabulary<CaseStatus>::label(CaseStatus::Assessment));
}

TEST_F(SessionTest, ADeadlineDoneInMyDeadlinesLeavesTheOpenCaseWindowAtOnce)
{
    gui::Session &session = services();
    const Deadline due = hub.deadlines.add(manualDeadline(QStringLiteral("Rinnovo ISEE")), actor).value();
    gui::CaseWindow window(session, theCase.id);
    const auto openTitles = [&] {
        QStringList titles;
        for (const Deadline &d : window.deadlinesPanel()->deadlines())
            if (d.state == DeadlineState::Open)
                titles << d.title;
        return titles;
    };
    ASSERT_TRUE(openTitles().contains(QStringLiteral("Rinnovo ISEE")));

    gui::DeadlinesPage deadlines(session);
    QSignalSpy told(&session, &gui::Session::deadlinesChanged);
    deadlines.selectDeadline(due.id);
    ASSERT_TRUE(deadlines.completeSelected());
    EXPECT_EQ(told.count(), 1) << "the page tells the session";
    EXPECT_FALSE(openTitles().contains(QStringLiteral("Rinnovo ISEE"))) << "and the case window follows";
}

TEST_F(SessionTest, MyDeadlinesFollowsADeadlineAddedInACaseWindow)
{
    gui::Session &session = services();
    gui::DeadlinesPage deadlines(session);
    const qsizetype before = deadlines.deadlines().size();
    ASSERT_TRUE(hub.deadlines.add(manualDeadline(QStringLiteral("Relazione al tribunale")), actor));
    EXPECT_EQ(deadlines.deadlines().size(), before);
    emit session.caseChanged(theCase.id); // what the case window says after a save
    EXPECT_EQ(deadlines.deadlines().size(), before + 1);
}

TEST_F(SessionTest, ASessionIsOneLoginItsActorAndWhatItMayDo)
{
    const Actor manager = test::userActor(hub, QStringLiteral("resp"), Role::ZoneManager, 0);
    const Actor clerk = test::userActor(hub, QStringLiteral("amm"), Role::Administrative, 0);
    gui::Session &managers = cartella::test::session(hub, manager);
    gui::Session &clerks = cartella::test::session(hub, clerk);
    EXPECT_EQ(managers.actor().userName, QStringLiteral("resp"));
    EXPECT_EQ(&managers.services(), &hub);
    EXPECT_TRUE(managers.may(Operation::ApproveAid));
    EXPECT_FALSE(clerks.may(Operation::ApproveAid));
    EXPECT_FALSE(clerks.may(Operation::ReadCaseContent));
}
