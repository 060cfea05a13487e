// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/common/formhelpers.h"
#include "gui/minori/fostercaredialogs.h"
#include "gui/minori/fostercareview.h"
#include "gui/minori/fosterfamilydialog.h"
#include "gui/minori/placementdialog.h"
#include "gui/shell/projectspage.h"
#include "ui_fosterfamilydialog.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>

#include <functional>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The Affido tab on real widgets and a real database: the warning ahead of a placement's term, the matching
// list of a child with the available families, the court's extension and the foster family window.
class FosterCareViewTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor anna, clerk;
    qint64 worker = 0, child = 0, caseId = 0;
    const QDate today = officeToday();

    void SetUp() override
    {
        worker = caseService.registerWorker({0, QStringLiteral("Anna Neri"), {}, true}, system).value().id;
        anna = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, worker);
        clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative, 0);
        Person kid = test::mario();
        kid.fiscalCode.clear();
        kid.givenName = QStringLiteral("Luca");
        kid.birthDate = today.addYears(-9);
        child = hub.persons.create(kid, system).value().id;
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = worker;
        c.openedOn = today.addYears(-3);
        c.members = {{child, MemberRole::PrincipalBeneficiary, {}}};
        caseId = hub.cases.open(c, system).value().id;
    }

    gui::Session &as(const Actor &who) { return cartella::test::session(hub, who); }

    FosterFamily family(const QString &name, const QString &comune, int minAge, int maxAge)
    {
        FosterFamily f;
        f.name = name;
        f.municipalityCode = comune;
        f.availability = {FosterAvailability::Residential};
        f.minAge = minAge;
        f.maxAge = maxAge;
        f.capacity = 2;
        f.assessment = SuitabilityOutcome::Suitable;
        f.assessedOn = today.addMonths(-3);
        return hub.fosterCare.createFamily(f, system).value();
    }

    FosterPlacement placed(qint64 familyId, const QDate &start, const QDate &end)
    {
        PlacementDraft d;
        d.caseId = caseId;
        d.childPersonId = child;
        d.familyId = familyId;
        d.startsOn = start;
        d.expectedEndOn = end;
        d.responsibleService = QStringLiteral("Equipe Affido");
        const auto p = hub.fosterCare.startPlacement(d, system);
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return p.value();
    }
};

TEST_F(FosterCareViewTest, TheAffidoTabWarnsBeforeThe24Months)
{
    const FosterFamily f = family(QStringLiteral("Famiglia Bianchi"), QStringLiteral("045001"), 0, 17);
    placed(f.id, today.addMonths(-23), today.addMonths(-23).addMonths(24));
    gui::ProjectsPage page(as(anna));
    ASSERT_NE(page.fosterCare(), nullptr);
    EXPECT_EQ(page.tabs()->tabText(page.tabs()->indexOf(page.fosterCare())), QStringLiteral("Affido"));
    page.show();
    QTableWidget *t = page.fosterCare()->placementsTable();
    ASSERT_EQ(t->rowCount(), 1);
    EXPECT_EQ(t->item(0, 2)->text(), QStringLiteral("Famiglia Bianchi"));
    EXPECT_EQ(t->item(0, 6)->text(), gui::FosterCareView::termText(PlacementTermState::NearingTerm));
    EXPECT_NE(t->item(0, 6)->background().color(), QColor()) << "coloured";
    EXPECT_FALSE(page.fosterCare()->warning()->isHidden());
    EXPECT_TRUE(page.fosterCare()->warning()->text().contains(QStringLiteral("near the end")));

    // The court extends it: the warning goes.
    t->selectRow(0);
    auto *extend = page.fosterCare()->findChild<QPushButton *>(QStringLiteral("extendButton"));
    ASSERT_TRUE(extend->isEnabled());
    test::whenModal<gui::ExtensionDialog>([&](gui::ExtensionDialog *d) {
        d->decreeNumber()->setText(QStringLiteral("55/2026 V.G."));
        d->decreeDate()->setText(gui::showDate(today));
        d->newEnd()->setText(QStringLiteral("not a date"));
        d->accept();
        EXPECT_FALSE(d->message()->text().isEmpty()) << "refused, and what was typed stays";
        EXPECT_EQ(d->decreeNumber()->text(), QStringLiteral("55/2026 V.G."));
        d->newEnd()->setText(gui::showDate(today.addMonths(12)));
        d->accept();
    });
    QTest::mouseClick(extend, Qt::LeftButton);
    EXPECT_EQ(t->item(0, 6)->text(), gui::FosterCareView::termText(PlacementTermState::Running));
    EXPECT_TRUE(page.fosterCare()->warning()->isHidden());
}

TEST_F(FosterCareViewTest, TheMatchingListShowsTheFamiliesThatFitTheChild)
{
    family(QStringLiteral("Famiglia Pisana"), QStringLiteral("050026"), 0, 17);
    family(QStringLiteral("Famiglia Aulla"), QStringLiteral("045001"), 0, 12);
    family(QStringLiteral("Famiglia Piccoli"), QStringLiteral("045001"), 0, 5);
    gui::MatchFamiliesDialog dialog(as(anna));
    dialog.setChild(today.addYears(-9), QStringLiteral("045001"));
    EXPECT_EQ(dialog.ageSpin()->value(), 9);
    dialog.search();
    QTableWidget *r = dialog.results();
    ASSERT_EQ(r->rowCount(), 2);
    EXPECT_EQ(r->item(0, 0)->text(), QStringLiteral("Famiglia Aulla")) << "same Comune first";
    EXPECT_EQ(r->item(1, 0)->text(), QStringLiteral("Famiglia Pisana"));
    EXPECT_FALSE(r->item(0, 3)->text().isEmpty()) << "why it fits";
    dialog.ageSpin()->setValue(3);
    dialog.search();
    EXPECT_EQ(r->rowCount(), 3);
    dialog.availabilityCombo()->setCurrentIndex(
        dialog.availabilityCombo()->findData(int(FosterAvailability::Weekend)));
    dialog.search();
    EXPECT_EQ(r->rowCount(), 0);
    EXPECT_FALSE(dialog.message()->text().isEmpty());
}

TEST_F(FosterCareViewTest, TheFamilyWindowSavesAndKeepsWhatWasTypedWhenRefused)
{
    gui::FosterFamilyDialog dialog(as(anna), std::nullopt);
    Ui::FosterFamilyDialog *ui = dialog.ui();
    ui->nameEdit->setText(QStringLiteral("Famiglia Verdi"));
    ui->comuneEdit->setText(QStringLiteral("Aulla"));
    dialog.accept(); // no availability chosen
    EXPECT_FALSE(ui->errorLabel->text().isEmpty());
    EXPECT_EQ(ui->nameEdit->text(), QStringLiteral("Famiglia Verdi"));
    ui->weekendCheck->setChecked(true);
    ui->capacitySpin->setValue(2);
    ui->memberNameEdit->setText(QStringLiteral("Rosa Verdi"));
    QTest::mouseClick(ui->addMemberButton, Qt::LeftButton);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << ui->errorLabel->text().toStdString();
    const FosterFamily saved = hub.fosterCare.family(dialog.family().id, system).value();
    EXPECT_EQ(saved.municipalityCode, QStringLiteral("045001"));
    EXPECT_EQ(saved.availability, QList<FosterAvailability>{FosterAvailability::Weekend});
    ASSERT_EQ(saved.members.size(), 1);
    EXPECT_EQ(saved.members.first().name, QStringLiteral("Rosa Verdi"));
}

TEST_F(FosterCareViewTest, APlacementIsStartedFromTheViewAndBeyond24MonthsIsRefused)
{
    const FosterFamily f = family(QStringLiteral("Famiglia Bianchi"), QStringLiteral("045001"), 0, 17);
    gui::FosterCareView view(as(anna));
    const QString number = hub.cases.get(caseId, system).value().number();
    const QDate start = today.addDays(-10);
    test::whenModal<gui::PlacementDialog>([&](gui::PlacementDialog *d) {
        d->caseEdit()->setText(number);
        d->loadCase();
        EXPECT_EQ(d->childCombo()->count(), 1);
        d->familyCombo()->setCurrentIndex(d->familyCombo()->findData(f.id));
        d->startEdit()->setText(gui::showDate(start));
        d->endEdit()->setText(gui::showDate(start.addMonths(25)));
        d->serviceEdit()->setText(QStringLiteral("Equipe Affido"));
        d->accept();
        EXPECT_TRUE(d->message()->text().contains(QStringLiteral("24")))
            << d->message()->text().toStdString();
        EXPECT_EQ(d->startEdit()->text(), gui::showDate(start)) << "what was typed stays";
        d->endEdit()->setText(gui::showDate(start.addMonths(12)));
        d->accept();
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newPlacementButton")), Qt::LeftButton);
    ASSERT_EQ(view.placementsTable()->rowCount(), 1);
    EXPECT_EQ(view.placementsTable()->item(0, 5)->text(), gui::showDate(start.addMonths(12)));

    // The carers' sheet of it: the child's residence (the family of origin's address) is not in the file.
    Person kid = hub.persons.get(child, system).value();
    kid.residence = {QStringLiteral("045001"), QStringLiteral("Via dei Segreti 13")};
    ASSERT_TRUE(hub.persons.update(kid, system));
    view.placementsTable()->selectRow(0);
    const QString path = db.dir() + QStringLiteral("/sheet.json");
    EXPECT_EQ(view.exportSheet(path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("Luca"));
    EXPECT_FALSE(bytes.contains("Segreti"));

    // Ended: it leaves the list of running placements, and its term's deadline is done.
    test::whenModal<gui::EndPlacementDialog>([&](gui::EndPlacementDialog *d) {
        d->accept(); // no reason given
        EXPECT_FALSE(d->message()->text().isEmpty());
        d->reason()->setText(QStringLiteral("Rientro in famiglia"));
        d->accept();
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("endPlacementButton")), Qt::LeftButton);
    EXPECT_EQ(view.placementsTable()->rowCount(), 0);
    EXPECT_TRUE(hub.deadlines.list({std::nullopt, caseId, true, 100}, system).value().isEmpty());
}

TEST_F(FosterCareViewTest, TheZoneManagerSetsHowFarAheadTheTermIsWarned)
{
    const FosterFamily f = family(QStringLiteral("Famiglia Bianchi"), QStringLiteral("045001"), 0, 17);
    const QDate end = today.addDays(40);
    placed(f.id, end.addMonths(-12), end);
    gui::FosterCareView workerView(as(anna));
    EXPECT_EQ(workerView.findChild<QSpinBox *>(QStringLiteral("warningDaysSpin")), nullptr)
        << "only the zone manager sets it";

    const Actor manager = test::userActor(hub, QStringLiteral("capo"), Role::ZoneManager, 0);
    gui::FosterCareView view(as(manager));
    view.refresh();
    auto *days = view.findChild<QSpinBox *>(QStringLiteral("warningDaysSpin"));
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->value(), 90);
    EXPECT_EQ(view.placementsTable()->item(0, 6)->text(),
              gui::FosterCareView::termText(PlacementTermState::NearingTerm));
    days->setValue(30);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("setWarningDaysButton")), Qt::LeftButton);
    EXPECT_EQ(hub.fosterCare.warningDays(anna).value(), 30);
    EXPECT_EQ(view.placementsTable()->item(0, 6)->text(),
              gui::FosterCareView::termText(PlacementTermState::Running))
        << "40 days left is no longer within 30";
}

TEST_F(FosterCareViewTest, TheAllowanceIsRequestedFromThePlacementAndWaitsForTheZoneManager)
{
    const FosterFamily f = family(QStringLiteral("Famiglia Bianchi"), QStringLiteral("045001"), 0, 17);
    const FosterPlacement p = placed(f.id, today.addMonths(-2), today.addMonths(10));
    gui::FosterCareView view(as(anna));
    view.refresh();
    view.placementsTable()->selectRow(0);
    auto *allowance = view.findChild<QPushButton *>(QStringLiteral("allowanceButton"));
    ASSERT_TRUE(allowance->isEnabled());
    int asked = 0;
    bool typedKept = false;
    std::function<void(QInputDialog *)> answer = [&](QInputDialog *d) {
        if (++asked == 1) {
            d->setTextValue(QStringLiteral("quattrocento"));
            d->accept();
            test::whenModal<QInputDialog>(answer);
            return;
        }
        typedKept = d->textValue() == QStringLiteral("quattrocento");
        d->setTextValue(QStringLiteral("450,00"));
        d->accept();
    };
    test::whenModal<QInputDialog>(answer);
    QTest::mouseClick(allowance, Qt::LeftButton);
    EXPECT_EQ(asked, 2);
    EXPECT_TRUE(typedKept) << "a refused amount is offered again";
    const QList<ServiceDelivery> aid = hub.deliveries.forCase(caseId, anna).value();
    ASSERT_EQ(aid.size(), 1);
    EXPECT_EQ(aid.first().personId, child);
    EXPECT_EQ(aid.first().monthlyCents, 45000);
    EXPECT_EQ(aid.first().status, DeliveryStatus::Requested) << "approved by the zone manager, as any aid";
    EXPECT_EQ(aid.first().endsOn, p.expectedEndOn);
}

TEST_F(FosterCareViewTest, TheAdministrativeOfficerHasNoAffidoTab)
{
    gui::ProjectsPage page(as(clerk));
    EXPECT_EQ(page.fosterCare(), nullptr);
}

} // namespace
