// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "gui/services/deliverydialogs.h"
#include "gui/services/deliverylist.h"
#include "gui/services/deliveryrequestdialog.h"
#include "gui/services/personservicesdialog.h"
#include "gui/services/servicespage.h"
#include "gui/shell/casewindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Granting and paying an aid on real widgets: the worker requests it in the case, the zone manager approves
// it on the Services page (committing money on a budget line), the administrative officer pays it, and the
// line's figures add up.
class ServicesGuiTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor worker, manager, clerk;
    Case theCase;
    qint64 line = 0;

    Actor user(const QString &name, Role role, qint64 workerId)
    {
        return test::userActor(hub, name, role, workerId);
    }

    gui::Session &as(const Actor &a) { return cartella::test::session(hub, a); }

    template <typename W> static W *child(QWidget *parent, const char *name)
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
        worker = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        const qint64 person = service.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        theCase = caseService.open(c, system).value();
        BudgetLine l;
        l.year = domain::officeToday().year();
        l.code = QStringLiteral("1404");
        l.name = QStringLiteral("Contributi straordinari");
        line = hub.budget.createLine(l, 50000, {}, manager).value().id;
    }
};

TEST_F(ServicesGuiTest, AWorkerRequestsTheZoneManagerApprovesAndTheOfficerPays)
{
    // The worker's request, typed in the case's services tab; a wrong amount is refused and what was typed
    // stays.
    {
        gui::CaseWindow window(as(worker), theCase.id);
        window.show();
        auto *tabs = child<QTabWidget>(&window, "tabs");
        ASSERT_TRUE(window.tabShown(5));
        window.showTab(5);
        EXPECT_EQ(tabs->currentWidget(), window.servicesPanel());
        bool refusedKeptText = false;
        test::whenModal<gui::DeliveryRequestDialog>([&](gui::DeliveryRequestDialog *d) {
            auto *service = child<QComboBox>(d, "serviceCombo");
            for (int i = 0; i < service->count(); ++i) {
                if (service->itemText(i).startsWith(QStringLiteral("Contributo straordinario")))
                    service->setCurrentIndex(i);
            }
            child<QLineEdit>(d, "protocolEdit")->setText(QStringLiteral("PG 77/2026"));
            child<QLineEdit>(d, "costEdit")->setText(QStringLiteral("trecento"));
            ok(d);
            refusedKeptText = d->isVisible() &&
                              child<QLineEdit>(d, "protocolEdit")->text() == QStringLiteral("PG 77/2026") &&
                              !child<QLabel>(d, "messageLabel")->text().isEmpty();
            child<QLineEdit>(d, "costEdit")->setText(QStringLiteral("320,50"));
            ok(d);
        });
        child<QPushButton>(window.servicesPanel(), "newButton")->click();
        EXPECT_TRUE(refusedKeptText);
        ASSERT_EQ(window.servicesPanel()->deliveries().size(), 1);
        const ServiceDelivery &d = window.servicesPanel()->deliveries().first();
        EXPECT_EQ(d.status, DeliveryStatus::Requested);
        EXPECT_EQ(d.comuneShareCents, 32050) << "an empty Comune share is the cost less the other shares";
        EXPECT_FALSE(child<QPushButton>(window.servicesPanel(), "approveButton")->isVisible())
            << "the worker does not approve";
    }

    // The zone manager's Services page opens on the requests to decide.
    gui::ServicesPage managerPage(as(manager));
    managerPage.show();
    managerPage.refresh();
    ASSERT_EQ(managerPage.list()->deliveries().size(), 1);
    test::whenModal<gui::ApprovalDialog>([&](gui::ApprovalDialog *d) {
        EXPECT_TRUE(child<QLabel>(d, "figuresLabel")->text().contains(formatEuro(50000)));
        ok(d);
    });
    ASSERT_TRUE(managerPage.list()->approveSelected());
    EXPECT_TRUE(managerPage.list()->deliveries().isEmpty()) << "no request waits any more";
    BudgetFigures f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.committedCents, 32050);

    // The administrative officer pays part, then the rest.
    gui::ServicesPage officerPage(as(clerk));
    officerPage.show();
    officerPage.refresh();
    ASSERT_EQ(officerPage.list()->deliveries().size(), 0) << "nothing in progress yet";
    officerPage.statusFilter()->setCurrentIndex(
        officerPage.statusFilter()->findData(Vocabulary<DeliveryStatus>::code(DeliveryStatus::Approved)));
    ASSERT_EQ(officerPage.list()->deliveries().size(), 1);
    EXPECT_FALSE(child<QPushButton>(officerPage.list(), "approveButton")->isVisible());
    test::whenModal<gui::PaymentDialog>([&](gui::PaymentDialog *d) {
        EXPECT_EQ(child<QLineEdit>(d, "amountEdit")->text(), QStringLiteral("320,50"));
        child<QLineEdit>(d, "amountEdit")->setText(QStringLiteral("200"));
        child<QLineEdit>(d, "referenceEdit")->setText(QStringLiteral("Mandato 12"));
        ok(d);
    });
    ASSERT_TRUE(officerPage.list()->paySelected());
    f = hub.budget.figures(line, clerk).value();
    EXPECT_EQ(f.paidCents, 20000);
    EXPECT_EQ(f.committedCents, 12050);
    EXPECT_EQ(f.availableCents(), 50000 - 32050);

    officerPage.statusFilter()->setCurrentIndex(
        officerPage.statusFilter()->findData(Vocabulary<DeliveryStatus>::code(DeliveryStatus::Active)));
    ASSERT_EQ(officerPage.list()->deliveries().size(), 1);
    EXPECT_TRUE(child<QPushButton>(officerPage.list(), "payButton")->isEnabled()) << "120,50 € still to pay";
    test::whenModal<gui::PaymentDialog>([&](gui::PaymentDialog *d) {
        child<QLineEdit>(d, "amountEdit")->setText(QStringLiteral("200"));
        ok(d);
        EXPECT_TRUE(d->isVisible()) << "more than what is left is refused";
        child<QLineEdit>(d, "amountEdit")->setText(QStringLiteral("120,50"));
        ok(d);
    });
    ASSERT_TRUE(officerPage.list()->paySelected());
    f = hub.budget.figures(line, clerk).value();
    EXPECT_EQ(f.paidCents, 32050);
    EXPECT_EQ(f.committedCents, 0);
    EXPECT_EQ(f.allocationCents, f.committedCents + f.paidCents + f.availableCents());
    EXPECT_EQ(hub.deliveries.forCase(theCase.id, clerk).value().first().status, DeliveryStatus::Concluded);
}

TEST_F(ServicesGuiTest, TheApprovalOffersTheZoneManagerAnOverrideWhenTheLineFallsShort)
{
    DeliveryRequest r;
    r.caseId = theCase.id;
    r.personId = theCase.members.first().personId;
    for (const CatalogueEntry &e : hub.catalogue.entries(false, system).value()) {
        if (e.code == QStringLiteral("contributo_straordinario"))
            r.catalogueId = e.id;
    }
    r.requestedOn = domain::officeToday();
    r.costCents = r.comuneShareCents = 80000;
    r.budgetLineId = line;
    const ServiceDelivery d = hub.deliveries.request(r, worker).value();
    bool offered = false;
    test::whenModal<gui::ApprovalDialog>([&](gui::ApprovalDialog *dialog) {
        auto *group = child<QGroupBox>(dialog, "overrideGroup");
        offered = group->isVisible() &&
                  child<QLineEdit>(dialog, "overrideAmountEdit")->text() == QStringLiteral("300,00");
        ok(dialog);
        EXPECT_TRUE(dialog->isVisible()) << "without the override the approval is refused";
        group->setChecked(true);
        child<QPlainTextEdit>(dialog, "overrideReasonEdit")
            ->setPlainText(QStringLiteral("Incendio dell'abitazione"));
        ok(dialog);
    });
    gui::ApprovalDialog dialog(as(manager), d);
    EXPECT_EQ(dialog.exec(), QDialog::Accepted);
    EXPECT_TRUE(offered);
    const BudgetFigures f = hub.budget.figures(line, manager).value();
    EXPECT_EQ(f.overriddenCents, 30000);
    EXPECT_EQ(f.availableCents(), -30000);
}

TEST_F(ServicesGuiTest, APersonShowsEverythingTheyReceiveAcrossTheCasesTheUserMaySee)
{
    // The same person is the beneficiary of a second case, followed by another worker.
    const qint64 bruno =
        caseService.registerWorker({0, QStringLiteral("Bruno"), {}, true}, system).value().id;
    Case other;
    other.area = CaseArea::AdultHardship;
    other.municipalityCode = QStringLiteral("045001");
    other.responsibleWorkerId = bruno;
    other.members = {{theCase.members.first().personId, MemberRole::PrincipalBeneficiary, {}}};
    other = caseService.open(other, system).value();
    const auto requestIn = [&](const Case &c, const QString &code, qint64 cents) {
        DeliveryRequest r;
        r.caseId = c.id;
        r.personId = c.members.first().personId;
        for (const CatalogueEntry &e : hub.catalogue.entries(false, system).value()) {
            if (e.code == code)
                r.catalogueId = e.id;
        }
        r.requestedOn = domain::officeToday();
        r.costCents = r.comuneShareCents = cents;
        r.budgetLineId = line;
        ASSERT_TRUE(hub.deliveries.request(r, system));
    };
    requestIn(theCase, QStringLiteral("contributo_straordinario"), 12000);
    requestIn(other, QStringLiteral("sfd_titolo_viaggio"), 3500);

    gui::PersonServicesDialog managerView(as(manager), theCase.members.first().personId,
                                          QStringLiteral("Rossi Mario"));
    ASSERT_EQ(managerView.list()->deliveries().size(), 2) << "the zone manager sees both cases";
    EXPECT_TRUE(managerView.summaryText().contains(QLatin1Char('2')));
    QStringList numbers;
    for (const ServiceDelivery &d : managerView.list()->deliveries())
        numbers << d.caseNumber;
    EXPECT_TRUE(numbers.contains(theCase.number()) && numbers.contains(other.number()));

    gui::PersonServicesDialog workerView(as(worker), theCase.members.first().personId,
                                         QStringLiteral("Rossi Mario"));
    ASSERT_EQ(workerView.list()->deliveries().size(), 1) << "Anna does not see Bruno's case";
    EXPECT_EQ(workerView.list()->deliveries().first().caseId, theCase.id);

    qint64 opened = 0;
    QObject::connect(&managerView, &gui::PersonServicesDialog::openCase, [&](qint64 id) { opened = id; });
    managerView.list()->select(managerView.list()->deliveries().first().id);
    emit managerView.list()->openCase(managerView.list()->deliveries().first().caseId);
    EXPECT_EQ(opened, managerView.list()->deliveries().first().caseId);
}

} // namespace
