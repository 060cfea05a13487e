// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/casework/casedeadlinespanel.h"
#include "gui/casework/deadlinespage.h"
#include "gui/services/loandialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

const QString kNbsp = QStringLiteral("\u00a0");

// The loan screen on real widgets over a real database.
class LoanDialogTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    const QDate today = domain::officeToday();
    qint64 anna = 0;
    Actor annaUser, manager, clerk;
    Case c;
    qint64 person = 0;

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    void SetUp() override
    {
        anna = caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        QSettings().remove(QStringLiteral("deadlines/worker/anna"));
        person = service.create(test::mario(), system).value().id;
        Case draft;
        draft.area = CaseArea::AdultHardship;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = anna;
        draft.openedOn = today.addMonths(-6);
        draft.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        c = caseService.open(draft, system).value();
    }

    // A loan of `cents` requested by the responsible worker 90 days ago and approved by the zone manager 60
    // days ago, committed on a fund line of its own. Once per test.
    qint64 approvedLoan(qint64 cents)
    {
        const QDate requested = today.addDays(-90), decided = today.addDays(-60);
        BudgetLine fund;
        fund.year = decided.year();
        fund.code = QStringLiteral("1410");
        fund.name = QStringLiteral("Prestiti sull'onore");
        const qint64 line = hub.budget.createLine(fund, 10000000, {}, manager).value().id;
        IseeDeclaration isee;
        isee.personId = person;
        isee.valueCents = 800000;
        isee.dsuProtocol = QStringLiteral("INPS-ISEE-0000001");
        isee.filedOn = requested;
        EXPECT_TRUE(hub.isee.record(isee, system));
        DeliveryRequest r;
        r.caseId = c.id;
        r.personId = person;
        for (const CatalogueEntry &e : hub.catalogue.entries(false, system).value()) {
            if (e.code == QLatin1String("prestito_onore"))
                r.catalogueId = e.id;
        }
        r.requestedOn = requested;
        r.costCents = cents;
        r.comuneShareCents = cents;
        const ServiceDelivery made = hub.deliveries.request(r, annaUser).value();
        EXPECT_TRUE(hub.deliveries.approve(made.id, made.stamp.version, line, decided, manager));
        return made.id;
    }

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    static QString text(QTableWidget *table, int row, int col)
    {
        return table->item(row, col) ? table->item(row, col)->text() : QString();
    }
    static QString label(QWidget *w, const char *name) { return child<QLabel>(w, name)->text(); }
};

} // namespace

TEST_F(LoanDialogTest, APartialRepaymentTypedInTheFormUpdatesThePlanAndTheTotals)
{
    const qint64 id = approvedLoan(100000);
    ASSERT_TRUE(hub.loans.setUp(id, 3, today.addDays(-10), manager)); // the first instalment is late
    gui::LoanDialog dialog(cartella::test::session(hub, clerk), id);
    dialog.show();
    auto *plan = child<QTableWidget>(&dialog, "planTable");
    ASSERT_EQ(plan->rowCount(), 3);
    EXPECT_EQ(text(plan, 0, 2), QStringLiteral("333,33") + kNbsp + QStringLiteral("€"));
    EXPECT_EQ(text(plan, 2, 2), QStringLiteral("333,34") + kNbsp + QStringLiteral("€"));
    EXPECT_EQ(text(plan, 0, 4), QStringLiteral("OVERDUE")) << "said in words, not by colour alone";
    EXPECT_EQ(text(plan, 0, 5), QStringLiteral("10"));
    EXPECT_TRUE(plan->item(0, 4)->font().bold());
    EXPECT_EQ(text(plan, 1, 4), QStringLiteral("To come"));
    EXPECT_TRUE(label(&dialog, "arrearsValue").startsWith(QStringLiteral("333,33")));
    EXPECT_TRUE(label(&dialog, "headerLabel").contains(c.number()));
    EXPECT_TRUE(label(&dialog, "headerLabel").contains(QStringLiteral("Rossi Mario")));
    EXPECT_FALSE(child<QPushButton>(&dialog, "writeOffButton")->isVisible())
        << "the clerk does not write off";
    EXPECT_FALSE(child<QWidget>(&dialog, "setUpGroup")->isVisible());

    auto *record = child<QPushButton>(&dialog, "recordButton");
    ASSERT_TRUE(record->isVisible());
    QTest::mouseClick(record, Qt::LeftButton);
    auto *amount = child<QLineEdit>(&dialog, "amountEdit");
    ASSERT_TRUE(amount->isVisible());
    EXPECT_EQ(child<QLineEdit>(&dialog, "paidOnEdit")->text(), today.toString(QStringLiteral("dd/MM/yyyy")));

    // Beyond what is owed: refused, and what was typed stays.
    test::typeText(amount, QStringLiteral("1.000,01"));
    test::typeText(child<QLineEdit>(&dialog, "referenceEdit"), QStringLiteral("RIC-7"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveRepaymentButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("1.000,00")))
        << dialog.messageText().toStdString();
    EXPECT_EQ(amount->text(), QStringLiteral("1.000,01"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "referenceEdit")->text(), QStringLiteral("RIC-7"));
    EXPECT_TRUE(dialog.view()->repayments.isEmpty());

    amount->clear();
    test::typeText(amount, QStringLiteral("400,00"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveRepaymentButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("400,00")))
        << dialog.messageText().toStdString();
    EXPECT_FALSE(amount->isVisible()) << "the form closes once recorded";
    EXPECT_EQ(text(plan, 0, 3), QStringLiteral("333,33") + kNbsp + QStringLiteral("€"));
    EXPECT_EQ(text(plan, 0, 4), QStringLiteral("Paid late"));
    EXPECT_EQ(text(plan, 1, 3), QStringLiteral("66,67") + kNbsp + QStringLiteral("€"));
    EXPECT_EQ(text(plan, 1, 4), QStringLiteral("Partly paid"));
    EXPECT_EQ(label(&dialog, "repaidValue"), QStringLiteral("400,00") + kNbsp + QStringLiteral("€"));
    EXPECT_EQ(label(&dialog, "outstandingValue"), QStringLiteral("600,00") + kNbsp + QStringLiteral("€"));
    EXPECT_EQ(label(&dialog, "arrearsValue"), QStringLiteral("0,00") + kNbsp + QStringLiteral("€"));
    EXPECT_TRUE(
        label(&dialog, "nextDueValue").endsWith(QStringLiteral("266,66") + kNbsp + QStringLiteral("€")));
    auto *repayments = child<QTableWidget>(&dialog, "repaymentsTable");
    ASSERT_EQ(repayments->rowCount(), 1);
    EXPECT_EQ(text(repayments, 0, 2), QStringLiteral("RIC-7"));
}

TEST_F(LoanDialogTest, TheZoneManagerSetsUpThePlanWithAPreview)
{
    const qint64 id = approvedLoan(10000);
    gui::LoanDialog dialog(cartella::test::session(hub, manager), id);
    dialog.show();
    ASSERT_TRUE(child<QWidget>(&dialog, "setUpGroup")->isVisible());
    EXPECT_TRUE(dialog.messageText().isEmpty()) << dialog.messageText().toStdString();
    EXPECT_FALSE(child<QWidget>(&dialog, "planGroup")->isVisible());
    auto *count = child<QSpinBox>(&dialog, "countSpin");
    auto *first = child<QLineEdit>(&dialog, "firstDueEdit");
    auto *preview = child<QTableWidget>(&dialog, "previewTable");
    count->setValue(7);
    first->clear();
    // 31 January three years on: too far ahead for the service, but the preview shows it.
    const QDate far(today.year() + 3, 1, 31);
    const QString farText = far.toString(QStringLiteral("dd/MM/yyyy"));
    test::typeText(first, farText);
    ASSERT_EQ(preview->rowCount(), 7);
    EXPECT_EQ(
        text(preview, 1, 1),
        QDate(far.year(), 2, QDate(far.year(), 2, 1).daysInMonth()).toString(QStringLiteral("dd/MM/yyyy")));
    EXPECT_EQ(text(preview, 2, 1), QStringLiteral("31/03/%1").arg(far.year()));
    EXPECT_EQ(text(preview, 6, 2), QStringLiteral("14,32") + kNbsp + QStringLiteral("€"));

    QTest::mouseClick(child<QPushButton>(&dialog, "setUpButton"), Qt::LeftButton);
    EXPECT_EQ(first->text(), farText) << "a refused date stays as typed";
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("12 month")))
        << dialog.messageText().toStdString();
    EXPECT_TRUE(child<QWidget>(&dialog, "setUpGroup")->isVisible()) << dialog.messageText().toStdString();

    first->clear();
    const QDate soon = today.addDays(5);
    test::typeText(first, soon.toString(QStringLiteral("dd/MM/yyyy")));
    QTest::mouseClick(child<QPushButton>(&dialog, "setUpButton"), Qt::LeftButton);
    ASSERT_TRUE(child<QWidget>(&dialog, "planGroup")->isVisible()) << dialog.messageText().toStdString();
    EXPECT_FALSE(child<QWidget>(&dialog, "setUpGroup")->isVisible());
    EXPECT_EQ(child<QTableWidget>(&dialog, "planTable")->rowCount(), 7);
    EXPECT_TRUE(child<QPushButton>(&dialog, "writeOffButton")->isVisible());
}

TEST_F(LoanDialogTest, TheZoneManagerWritesOffTheRemainderAgainstAnAssistanceLine)
{
    const qint64 id = approvedLoan(100000);
    BudgetLine assistance;
    assistance.year = today.year();
    assistance.code = QStringLiteral("1101");
    assistance.name = QStringLiteral("Assistenza economica");
    assistance.assistance = true;
    ASSERT_TRUE(hub.budget.createLine(assistance, 500000, {}, manager));
    ASSERT_TRUE(hub.loans.setUp(id, 3, today.addDays(-10), manager));
    ASSERT_TRUE(hub.loans.recordRepayment(id, 25000, today, {}, clerk));
    gui::LoanDialog dialog(cartella::test::session(hub, manager), id);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "writeOffButton"), Qt::LeftButton);
    auto *lines = child<QComboBox>(&dialog, "lineCombo");
    ASSERT_EQ(lines->count(), 1);
    EXPECT_TRUE(lines->currentText().startsWith(QStringLiteral("1101")));
    auto *reason = child<QPlainTextEdit>(&dialog, "reasonEdit");
    test::typeText(reason, QStringLiteral("Poco"));
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmWriteOffButton"), Qt::LeftButton);
    EXPECT_EQ(reason->toPlainText(), QStringLiteral("Poco")) << "kept after the refusal";
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("10 characters")))
        << dialog.messageText().toStdString();
    test::typeText(reason, QStringLiteral(": trasferito all'estero."));
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmWriteOffButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.view()->loan->status, LoanStatus::WrittenOff) << dialog.messageText().toStdString();
    EXPECT_TRUE(label(&dialog, "writtenOffValue").startsWith(QStringLiteral("750,00")));
    EXPECT_EQ(label(&dialog, "statusValue"), QStringLiteral("Written off"));
    EXPECT_EQ(text(child<QTableWidget>(&dialog, "planTable"), 2, 4), QStringLiteral("Written off"));
    EXPECT_FALSE(child<QPushButton>(&dialog, "recordButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(&dialog, "writeOffButton")->isVisible());
}

TEST_F(LoanDialogTest, WithoutAPlanTheOfficeIsToldWhoSetsItUp)
{
    gui::LoanDialog dialog(cartella::test::session(hub, clerk), approvedLoan(100000));
    dialog.show();
    EXPECT_FALSE(child<QWidget>(&dialog, "setUpGroup")->isVisible());
    EXPECT_FALSE(child<QWidget>(&dialog, "planGroup")->isVisible());
    EXPECT_FALSE(child<QPushButton>(&dialog, "recordButton")->isVisible());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("zone manager")));
}

TEST_F(LoanDialogTest, TheSocialWorkerReadsTheLoanAndSeesItsOverdueInstalmentAmongTheDeadlines)
{
    const qint64 id = approvedLoan(100000);
    ASSERT_TRUE(hub.loans.setUp(id, 3, today.addDays(-10), manager));
    gui::LoanDialog dialog(cartella::test::session(hub, annaUser), id);
    dialog.show();
    EXPECT_EQ(child<QTableWidget>(&dialog, "planTable")->rowCount(), 3);
    EXPECT_FALSE(child<QPushButton>(&dialog, "recordButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(&dialog, "writeOffButton")->isVisible());

    gui::DeadlinesPage page(cartella::test::session(hub, annaUser));
    auto *tree = child<QTreeWidget>(&page, "deadlineTree");
    QTreeWidgetItem *overdue = tree->topLevelItem(0);
    ASSERT_EQ(overdue->childCount(), 1);
    EXPECT_TRUE(overdue->child(0)->text(2).startsWith(QStringLiteral("Honour loan: instalment 1 of 3")));
    EXPECT_EQ(overdue->child(0)->text(1), c.number());

    gui::CaseDeadlinesPanel panel(cartella::test::session(hub, annaUser));
    panel.showCase(caseService.get(c.id, annaUser).value());
    auto *deadlines = child<QTableWidget>(&panel, "deadlinesTable");
    ASSERT_EQ(deadlines->rowCount(), 1);
    EXPECT_EQ(text(deadlines, 0, 4), QStringLiteral("Past its date"));
    EXPECT_EQ(text(deadlines, 0, 3), QStringLiteral("Honour loan"));
    EXPECT_FALSE(child<QPushButton>(&panel, "completeButton")->isEnabled()) << "it closes with the repayment";
}
