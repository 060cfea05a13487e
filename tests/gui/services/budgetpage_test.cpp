// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "gui/services/budgetdialogs.h"
#include "gui/services/budgetmodels.h"
#include "gui/services/budgetpage.h"
#include "gui/shell/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The Budget section on real widgets: lines created and changed through their dialogs, the figures the
// services derive shown as they are, the movements that make them, and who is offered what.
class BudgetPageTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor worker, manager, clerk;
    Case theCase;
    int year = domain::officeToday().year();

    gui::Session &as(const Actor &a) { return cartella::test::session(hub, a); }

    template <typename W> static W *child(QObject *parent, const char *name)
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }

    static void ok(QDialog *dialog)
    {
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    }

    static QString cell(const gui::BudgetPage &page, int row, int column)
    {
        return page.lineModel()->index(row, column).data().toString();
    }

    void SetUp() override
    {
        const qint64 anna =
            caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        worker = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        manager = test::userActor(hub, QStringLiteral("resp"), Role::ZoneManager);
        clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative);
        const qint64 person = service.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        theCase = caseService.open(c, system).value();
    }

    // An extraordinary aid of `cents` requested by the worker and approved on `line` by the zone manager.
    qint64 grant(qint64 line, qint64 cents)
    {
        DeliveryRequest r;
        r.caseId = theCase.id;
        r.personId = theCase.members.first().personId;
        for (const CatalogueEntry &e : hub.catalogue.entries(false, system).value()) {
            if (e.code == QStringLiteral("contributo_straordinario"))
                r.catalogueId = e.id;
        }
        r.requestedOn = domain::officeToday();
        r.costCents = r.comuneShareCents = cents;
        r.budgetLineId = line;
        const ServiceDelivery d = hub.deliveries.request(r, worker).value();
        const auto approved =
            hub.deliveries.approve(d.id, d.stamp.version, line, domain::officeToday(), manager);
        EXPECT_TRUE(approved) << (approved ? "" : approved.error().message.toStdString());
        return d.id;
    }
};

TEST_F(BudgetPageTest, AZoneManagerCreatesALineAndSeesItsFiguresAndMovementsAddUp)
{
    BudgetLine other;
    other.year = year;
    other.code = QStringLiteral("1404");
    other.name = QStringLiteral("Contributi straordinari");
    ASSERT_TRUE(hub.budget.createLine(other, 100000, {}, manager));

    gui::BudgetPage page(as(manager));
    page.show();
    page.refresh();
    ASSERT_EQ(page.lineModel()->rowCount(), 1);

    // A line number the year already has is refused in the dialog, which keeps what was typed.
    bool refusedKeptText = false;
    test::whenModal<gui::BudgetLineDialog>([&](gui::BudgetLineDialog *d) {
        child<QLineEdit>(d, "codeEdit")->setText(QStringLiteral("1404"));
        child<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("Buoni alimentari"));
        child<QLineEdit>(d, "allocationEdit")->setText(QStringLiteral("2.000,00"));
        ok(d);
        refusedKeptText = d->isVisible() &&
                          child<QLineEdit>(d, "nameEdit")->text() == QStringLiteral("Buoni alimentari") &&
                          child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("1404"));
        child<QLineEdit>(d, "codeEdit")->setText(QStringLiteral("1405"));
        ok(d);
    });
    child<QPushButton>(&page, "newLineButton")->click();
    EXPECT_TRUE(refusedKeptText);
    ASSERT_EQ(page.lineModel()->rowCount(), 2);
    const qint64 line = page.selectedLineId();
    const int row = page.lineModel()->rowOf(line);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(page, row, gui::BudgetLineModel::CodeColumn), QStringLiteral("1405"));
    EXPECT_EQ(cell(page, row, gui::BudgetLineModel::AllocationColumn), formatEuro(200000));
    EXPECT_EQ(cell(page, row, gui::BudgetLineModel::AvailableColumn), formatEuro(200000));

    // An aid approved and partly paid: the page shows what the service derives, and it adds up.
    const qint64 aid = grant(line, 75050);
    ASSERT_TRUE(
        hub.deliveries.pay(aid, 30000, domain::officeToday(), {}, QStringLiteral("Mandato 3"), clerk));
    page.refresh();
    EXPECT_EQ(page.selectedLineId(), line) << "the chosen line stays chosen";
    EXPECT_EQ(cell(page, row, gui::BudgetLineModel::CommittedColumn), formatEuro(45050));
    EXPECT_EQ(cell(page, row, gui::BudgetLineModel::PaidColumn), formatEuro(30000));
    EXPECT_EQ(cell(page, row, gui::BudgetLineModel::AvailableColumn), formatEuro(200000 - 75050));
    const BudgetFigures f = page.lineModel()->rows().at(row).figures;
    EXPECT_EQ(f.allocationCents, f.committedCents + f.paidCents + f.availableCents());
    EXPECT_TRUE(child<QLabel>(&page, "totalsLabel")->text().contains(formatEuro(300000)))
        << "the year's allocation over both lines";

    // The movements that make the figures, newest first.
    const auto &movements = page.movementModel()->movements();
    ASSERT_EQ(movements.size(), 3);
    EXPECT_EQ(movements.at(0).kind, MovementKind::Payment);
    EXPECT_EQ(movements.at(1).kind, MovementKind::Commitment);
    EXPECT_EQ(movements.at(2).kind, MovementKind::Allocation);
    EXPECT_EQ(page.movementModel()->index(0, gui::BudgetMovementModel::ReferenceColumn).data().toString(),
              QStringLiteral("Mandato 3"));
}

TEST_F(BudgetPageTest, AllocationChangesAndOverspendAreRecordedActsAndARefusalKeepsTheForm)
{
    BudgetLine l;
    l.year = year;
    l.code = QStringLiteral("1410");
    l.name = QStringLiteral("Buoni alimentari");
    const qint64 line = hub.budget.createLine(l, 50000, {}, manager).value().id;
    grant(line, 40000);

    gui::BudgetPage page(as(manager));
    page.show();
    page.refresh();
    ASSERT_EQ(page.selectedLineId(), line);

    // A reduction below what is committed is refused; the typed reason stays; a smaller one is recorded.
    bool refusedKeptText = false;
    test::whenModal<gui::BudgetChangeDialog>([&](gui::BudgetChangeDialog *d) {
        auto *direction = child<QComboBox>(d, "directionCombo");
        direction->setCurrentIndex(direction->findData(-1));
        child<QLineEdit>(d, "amountEdit")->setText(QStringLiteral("150"));
        child<QLineEdit>(d, "referenceEdit")->setText(QStringLiteral("Det. 45/2026"));
        child<QPlainTextEdit>(d, "reasonEdit")->setPlainText(QStringLiteral("Variazione di bilancio"));
        ok(d);
        refusedKeptText = d->isVisible() &&
                          child<QPlainTextEdit>(d, "reasonEdit")->toPlainText() ==
                              QStringLiteral("Variazione di bilancio") &&
                          child<QLabel>(d, "messageLabel")->text().contains(formatEuro(10000));
        child<QLineEdit>(d, "amountEdit")->setText(QStringLiteral("50"));
        ok(d);
    });
    child<QPushButton>(&page, "allocationButton")->click();
    EXPECT_TRUE(refusedKeptText);
    BudgetFigures f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.allocationCents, 45000);
    EXPECT_EQ(cell(page, 0, gui::BudgetLineModel::AvailableColumn), formatEuro(5000));
    EXPECT_EQ(page.movementModel()->movements().first().reference, QStringLiteral("Det. 45/2026"));

    // The overspend needs a reason; once authorised, a larger aid goes through and the line is marked beyond.
    test::whenModal<gui::BudgetChangeDialog>([&](gui::BudgetChangeDialog *d) {
        EXPECT_FALSE(child<QComboBox>(d, "directionCombo")->isVisible());
        child<QLineEdit>(d, "amountEdit")->setText(QStringLiteral("100"));
        child<QPlainTextEdit>(d, "reasonEdit")->setPlainText(QStringLiteral("urgente"));
        ok(d);
        EXPECT_TRUE(d->isVisible()) << "a reason of seven characters is refused";
        child<QPlainTextEdit>(d, "reasonEdit")
            ->setPlainText(QStringLiteral("Sfratto esecutivo, nucleo con minori"));
        ok(d);
    });
    child<QPushButton>(&page, "overspendButton")->click();
    grant(line, 12000);
    page.refresh();
    f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.overriddenCents, 10000);
    EXPECT_EQ(f.availableCents(), -7000);
    const QModelIndex available = page.lineModel()->index(0, gui::BudgetLineModel::AvailableColumn);
    EXPECT_TRUE(available.data().toString().contains(formatEuro(-7000)));
    EXPECT_NE(available.data().toString(), formatEuro(-7000)) << "said in words, not by colour alone";
    EXPECT_TRUE(available.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(cell(page, 0, gui::BudgetLineModel::OverspendColumn), formatEuro(10000));
}

TEST_F(BudgetPageTest, TheSectionIsOfferedToWhoManagesTheBudgetAndOnlyTheZoneManagerAuthorisesOverspend)
{
    const auto budgetRow = [](gui::MainWindow &w) {
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        return nav->item(6);
    };
    gui::MainWindow workerWindow(as(worker), db.path());
    EXPECT_TRUE(budgetRow(workerWindow)->isHidden());
    EXPECT_EQ(workerWindow.budgetPage(), nullptr) << "not even built";

    gui::MainWindow clerkWindow(as(clerk), db.path());
    EXPECT_FALSE(budgetRow(clerkWindow)->isHidden());
    ASSERT_NE(clerkWindow.budgetPage(), nullptr);
    EXPECT_FALSE(child<QPushButton>(clerkWindow.budgetPage(), "newLineButton")->isHidden());
    EXPECT_TRUE(child<QPushButton>(clerkWindow.budgetPage(), "overspendButton")->isHidden());

    gui::MainWindow managerWindow(as(manager), db.path());
    ASSERT_NE(managerWindow.budgetPage(), nullptr);
    EXPECT_FALSE(child<QPushButton>(managerWindow.budgetPage(), "overspendButton")->isHidden());
}

} // namespace
