// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/casework/caselistmodel.h"
#include "gui/casework/casespage.h"
#include "gui/shell/casewindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

class CaseWindowTest : public test::GuiTest
{
protected:
    qint64 caseId = 0;

    void SetUp() override
    {
        const qint64 worker =
            caseService.registerWorker({0, QStringLiteral("Anna Bertolini"), {}, true}, actor).value().id;
        const qint64 person = service.create(test::mario(), actor).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = worker;
        c.openedOn = QDate(2026, 3, 2);
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        caseId = caseService.open(c, actor).value().id;
    }

    template <typename T> T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

} // namespace

TEST_F(CaseWindowTest, AddsADiaryEntryFromTheQuickEntryField)
{
    gui::CaseWindow window(services(), caseId);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = child<QTabWidget>(window, "tabs");
    tabs->setCurrentWidget(child<QWidget>(window, "diaryTab"));
    auto *text = child<QPlainTextEdit>(window, "entryTextEdit");
    EXPECT_TRUE(test::waitFor([&] { return text->hasFocus(); })) << "the cursor waits in the new entry";
    test::typeText(text, QStringLiteral("Colloquio con la madre: il figlio frequenta regolarmente."));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    const QList<DiaryEntry> entries = diaryService.entries(caseId, actor).value();
    ASSERT_EQ(entries.size(), 1) << window.messageText().toStdString();
    EXPECT_EQ(entries.first().text,
              QStringLiteral("Colloquio con la madre: il figlio frequenta regolarmente."));
    EXPECT_EQ(entries.first().author, QStringLiteral("tester"));
    EXPECT_EQ(entries.first().kind, DiaryKind::Interview);
    EXPECT_TRUE(text->toPlainText().isEmpty());
    EXPECT_EQ(child<QListWidget>(window, "entryList")->count(), 1);
    EXPECT_EQ(tabs->tabText(tabs->currentIndex()), QStringLiteral("Diary (1)"));
}

TEST_F(CaseWindowTest, ARefusedEntryKeepsItsText)
{
    gui::CaseWindow window(services(), caseId);
    window.show();
    auto *date = child<QLineEdit>(window, "entryDateEdit");
    date->setText(domain::officeToday().addDays(3).toString(QStringLiteral("dd/MM/yyyy")));
    auto *text = child<QPlainTextEdit>(window, "entryTextEdit");
    test::typeText(text, QStringLiteral("Nota scritta in anticipo"));
    QTest::mouseClick(child<QPushButton>(window, "addEntryButton"), Qt::LeftButton);
    EXPECT_TRUE(window.messageText().contains(QStringLiteral("future")))
        << window.messageText().toStdString();
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Nota scritta in anticipo"));
    EXPECT_TRUE(diaryService.entries(caseId, actor).value().isEmpty());
}

TEST_F(CaseWindowTest, CorrectingAnEntryShowsTheOldVersion)
{
    DiaryEntry e;
    e.caseId = caseId;
    e.date = QDate(2026, 3, 3);
    e.text = QStringLiteral("Visita domiciliare: casa in ordine.");
    ASSERT_TRUE(diaryService.add(e, actor));

    gui::CaseWindow window(services(), caseId);
    window.show();
    auto *editor = child<QPlainTextEdit>(window, "entryEditor");
    EXPECT_EQ(editor->toPlainText(), e.text);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    test::typeText(editor, QStringLiteral(" Presente la figlia."));
    QTest::mouseClick(child<QPushButton>(window, "saveCorrectionButton"), Qt::LeftButton);

    const DiaryEntry saved = diaryService.entries(caseId, actor).value().first();
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(saved.text, QStringLiteral("Visita domiciliare: casa in ordine. Presente la figlia."));
    auto *versions = child<QListWidget>(window, "versionList");
    ASSERT_EQ(versions->count(), 1);
    EXPECT_TRUE(versions->item(0)->text().contains(QStringLiteral("Visita domiciliare: casa in ordine.")));
    EXPECT_TRUE(versions->item(0)->text().contains(QStringLiteral("tester")));

    ASSERT_TRUE(window.withdrawSelected(QStringLiteral("wrong case")));
    EXPECT_FALSE(editor->isEnabled()) << "a withdrawn entry cannot be edited";
    EXPECT_TRUE(
        child<QListWidget>(window, "entryList")->item(0)->text().contains(QStringLiteral("WITHDRAWN")));
}

TEST_F(CaseWindowTest, AConflictingCorrectionKeepsTheTextAndShowsTheirVersion)
{
    DiaryEntry e;
    e.caseId = caseId;
    e.date = QDate(2026, 3, 3);
    e.text = QStringLiteral("Prima stesura.");
    const qint64 id = diaryService.add(e, actor).value().id;

    gui::CaseWindow window(services(), caseId);
    window.show();
    // A colleague corrects the entry while this window is open.
    ASSERT_TRUE(diaryService.edit(id, 1, QStringLiteral("Correzione della collega."),
                                  Actor{QStringLiteral("marco")}));
    auto *editor = child<QPlainTextEdit>(window, "entryEditor");
    editor->setPlainText(QStringLiteral("La mia correzione."));
    QTest::mouseClick(child<QPushButton>(window, "saveCorrectionButton"), Qt::LeftButton);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("La mia correzione.")) << "nothing typed is lost";
    auto *versions = child<QListWidget>(window, "versionList");
    ASSERT_EQ(versions->count(), 2);
    EXPECT_TRUE(versions->item(1)->text().contains(QStringLiteral("Correzione della collega.")));
    EXPECT_TRUE(versions->item(1)->text().contains(QStringLiteral("marco")));

    // Having seen theirs, saving again puts this correction on top of it.
    QTest::mouseClick(child<QPushButton>(window, "saveCorrectionButton"), Qt::LeftButton);
    const DiaryEntry saved = diaryService.get(id, actor).value();
    EXPECT_EQ(saved.version, 3);
    EXPECT_EQ(saved.text, QStringLiteral("La mia correzione."));
}

TEST_F(CaseWindowTest, ChangesStatusOnlyAlongTheFlowAndShowsHistory)
{
    gui::CaseWindow window(services(), caseId);
    window.show();
    auto *next = child<QComboBox>(window, "nextStatusCombo");
    ASSERT_EQ(next->count(), 2) << "from reception: assessment or closed";
    next->setCurrentIndex(next->findData(int(CaseStatus::Assessment)));
    QTest::mouseClick(child<QPushButton>(window, "applyStatusButton"), Qt::LeftButton);
    EXPECT_EQ(window.currentCase().status, CaseStatus::Assessment) << window.messageText().toStdString();
    auto *history = child<QTableWidget>(window, "historyTable");
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_TRUE(history->item(0, 2)->text().contains(QStringLiteral("Assessment")));

    next->setCurrentIndex(next->findData(int(CaseStatus::Closed)));
    EXPECT_TRUE(child<QComboBox>(window, "closureReasonCombo")->isVisibleTo(&window));
    QTest::mouseClick(child<QPushButton>(window, "applyStatusButton"), Qt::LeftButton);
    EXPECT_EQ(caseService.get(caseId, actor).value().status, CaseStatus::Closed);
    EXPECT_EQ(caseService.get(caseId, actor).value().closureReason, ClosureReason::GoalsReached);

    // Reopening without a note is refused and the window says so.
    next->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(window, "applyStatusButton"), Qt::LeftButton);
    EXPECT_EQ(caseService.get(caseId, actor).value().status, CaseStatus::Closed);
    EXPECT_TRUE(window.messageText().contains(QStringLiteral("note"))) << window.messageText().toStdString();
}

TEST_F(CaseWindowTest, TheCaseListFiltersAndCounts)
{
    gui::CasesPage page(services());
    EXPECT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->totalCount(), 1);
    EXPECT_EQ(page.model()->data(page.model()->index(0, gui::CaseListModel::PrincipalColumn)).toString(),
              QStringLiteral("Rossi Mario"));
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(CaseStatus::Closed)));
    EXPECT_EQ(page.model()->rowCount(), 0);
    page.statusFilter()->setCurrentIndex(0);
    EXPECT_EQ(page.model()->rowCount(), 1);
    // First a name that matches nobody, then the member's: each result must come from the search itself.
    test::typeText(page.searchEdit(), QStringLiteral("bianchi"));
    EXPECT_TRUE(test::waitFor([&] { return page.model()->rowCount() == 0; }));
    page.searchEdit()->clear();
    test::typeText(page.searchEdit(), QStringLiteral("rossi"));
    EXPECT_TRUE(test::waitFor([&] { return page.model()->rowCount() == 1; }));
    EXPECT_EQ(page.model()->data(page.model()->index(0, gui::CaseListModel::PrincipalColumn)).toString(),
              QStringLiteral("Rossi Mario"));
}

TEST_F(CaseWindowTest, CtrlTabMovesFromTabToTabWhereverTheFocusIs)
{
    gui::CaseWindow window(services(), caseId);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = child<QTabWidget>(window, "tabs");
    tabs->setCurrentIndex(0);
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    const QString focusName =
        QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char(' ') + focus->objectName();
    QTest::keyClick(focus, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 1) << "focus on " << focusName.toStdString();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(tabs->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    int lastShown = tabs->count() - 1;
    while (lastShown > 0 && !tabs->isTabVisible(lastShown))
        --lastShown;
    EXPECT_EQ(tabs->currentIndex(), lastShown) << "round to the last tab shown";
}
