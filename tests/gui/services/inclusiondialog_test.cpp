// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/money.h"
#include "domain/services/monthlyservicefixture.h"
#include "gui/common/session.h"
#include "gui/services/attendancedialog.h"
#include "gui/services/inclusiondialog.h"
#include "gui/services/monthpaymentdialog.h"
#include "gui/services/workplacementdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The PIS and tirocinio dialogs over a real database, driven through their widgets.
class InclusionDialogTest : public test::MonthlyServiceTest
{
protected:
    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    // Replaces a spin box's value by typing, as a user does.
    static void typeInto(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }

    static void clickOk(QDialog *dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    gui::Session &as(const Actor &actor) { return cartella::test::session(hub, actor); }
};

TEST_F(InclusionDialogTest, TheSocialWorkerSetsThePathUpAndARefusalKeepsTheForm)
{
    const qint64 pis = approved(QStringLiteral("pis"));
    gui::InclusionDialog dialog(as(annaUser), pis);
    auto *pages = child<QStackedWidget>(&dialog, "pages");
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("setUpPage"));
    auto *subsidy = child<QLineEdit>(&dialog, "subsidyEdit");
    EXPECT_EQ(subsidy->text(), QStringLiteral("300,00")) << "the service's monthly amount is offered";
    auto *educators = child<QComboBox>(&dialog, "educatorCombo");
    educators->setCurrentIndex(educators->findData(edu));
    auto *setUp = child<QPushButton>(&dialog, "setUpButton");
    QTest::mouseClick(setUp, Qt::LeftButton);
    EXPECT_FALSE(dialog.path()) << "no activity";
    EXPECT_FALSE(dialog.messageText().isEmpty());
    EXPECT_EQ(subsidy->text(), QStringLiteral("300,00"));
    EXPECT_EQ(educators->currentData().toLongLong(), edu) << "what was chosen stays";

    test::typeText(child<QPlainTextEdit>(&dialog, "activityEdit"),
                   QStringLiteral("Volontariato in biblioteca"));
    QTest::mouseClick(setUp, Qt::LeftButton);
    ASSERT_TRUE(dialog.path()) << dialog.messageText().toStdString();
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("detailsPage"));
    EXPECT_EQ(dialog.path()->educatorWorkerId, edu);
    EXPECT_EQ(dialog.path()->monthlySubsidyCents, 30000);
    // The social worker neither records attendance nor pays; the rule is the zone manager's.
    EXPECT_TRUE(child<QPushButton>(&dialog, "recordButton")->isHidden());
    EXPECT_TRUE(child<QPushButton>(&dialog, "payButton")->isHidden());
    EXPECT_TRUE(child<QPushButton>(&dialog, "ruleButton")->isHidden());
}

TEST_F(InclusionDialogTest, RecordingAttendanceShowsTheSubsidyAndPayingItMarksTheMonth)
{
    const qint64 pis = approved(QStringLiteral("pis"));
    ASSERT_TRUE(hub.inclusion.setUp(pis, QStringLiteral("Orto sociale"), edu, 30000, annaUser));
    gui::InclusionDialog dialog(as(clerk), pis);
    auto *record = child<QPushButton>(&dialog, "recordButton");
    ASSERT_FALSE(record->isHidden());
    EXPECT_FALSE(child<QPushButton>(&dialog, "payButton")->isEnabled()) << "nothing to pay yet";
    EXPECT_TRUE(child<QPushButton>(&dialog, "ruleButton")->isHidden());

    QString preview, refusal, plannedAfterRefusal;
    bool done = false;
    test::whenModal<gui::AttendanceDialog>([&](gui::AttendanceDialog *attendance) {
        auto *months = child<QComboBox>(attendance, "monthCombo");
        EXPECT_EQ(months->currentData().toString(), month(start)) << "the oldest month not recorded";
        auto *planned = child<QSpinBox>(attendance, "plannedSpin");
        auto *attended = child<QSpinBox>(attendance, "attendedSpin");
        typeInto(planned, 40);
        typeInto(attended, 41);
        clickOk(attendance); // more hours attended than planned: refused, the form stays
        refusal = attendance->messageText();
        plannedAfterRefusal = QString::number(planned->value());
        typeInto(attended, 30);
        preview = attendance->previewText();
        clickOk(attendance);
        done = true;
    });
    QTest::mouseClick(record, Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return done; }));
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_EQ(plannedAfterRefusal, QStringLiteral("40"));
    EXPECT_TRUE(preview.contains(QStringLiteral("75,0"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(formatEuro(22500))) << preview.toStdString();

    auto *table = child<QTableWidget>(&dialog, "monthsTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->data(Qt::UserRole).toString(), month(start));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("40"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("30"));
    EXPECT_TRUE(table->item(0, 3)->text().startsWith(QStringLiteral("75,0")));
    EXPECT_EQ(table->item(0, 4)->text(), formatEuro(22500));
    EXPECT_TRUE(dialog.messageText().contains(formatEuro(22500)));

    // Paying the month pays exactly its subsidy.
    const qint64 before = paidOnLine();
    QString amount;
    test::whenModal<gui::MonthPaymentDialog>([&](gui::MonthPaymentDialog *pay) {
        amount = child<QLabel>(pay, "amountLabel")->text();
        test::typeText(child<QLineEdit>(pay, "referenceEdit"), QStringLiteral("Mandato 42"));
        clickOk(pay);
    });
    auto *payButton = child<QPushButton>(&dialog, "payButton");
    ASSERT_TRUE(payButton->isEnabled());
    QTest::mouseClick(payButton, Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return dialog.path() && dialog.path()->months.first().paid(); }));
    EXPECT_EQ(amount, formatEuro(22500));
    EXPECT_EQ(paidOnLine() - before, 22500);
    EXPECT_TRUE(table->item(0, 5)->text().contains(today.toString(QStringLiteral("dd/MM/yyyy"))));
    EXPECT_FALSE(payButton->isEnabled()) << "nothing left to pay";
}

TEST_F(InclusionDialogTest, TheEducatorRecordsTheirPathButDoesNotPay)
{
    const qint64 pis = approved(QStringLiteral("pis"));
    ASSERT_TRUE(hub.inclusion.setUp(pis, QStringLiteral("Orto sociale"), edu, 30000, annaUser));
    gui::InclusionDialog mine(as(educator), pis);
    EXPECT_FALSE(child<QPushButton>(&mine, "recordButton")->isHidden());
    EXPECT_TRUE(child<QPushButton>(&mine, "payButton")->isHidden());
    gui::InclusionDialog notMine(as(otherEducator), pis);
    EXPECT_FALSE(notMine.path());
    EXPECT_FALSE(notMine.messageText().isEmpty());
    gui::InclusionDialog manager_(as(manager), pis);
    EXPECT_FALSE(child<QPushButton>(&manager_, "ruleButton")->isHidden());
}

TEST_F(InclusionDialogTest, ATirocinioIsSetUpAndItsMonthsPaid)
{
    const qint64 tirocinio = approved(QStringLiteral("tirocinio"), 50000);
    gui::WorkPlacementDialog setUp(as(annaUser), tirocinio);
    test::typeText(child<QLineEdit>(&setUp, "hostEdit"), QStringLiteral("Cooperativa Il Ponte"));
    typeInto(child<QSpinBox>(&setUp, "hoursSpin"), 20);
    QTest::mouseClick(child<QPushButton>(&setUp, "setUpButton"), Qt::LeftButton);
    ASSERT_TRUE(setUp.placement()) << setUp.messageText().toStdString();
    EXPECT_EQ(setUp.placement()->monthlyReimbursementCents, 50000);

    gui::WorkPlacementDialog dialog(as(clerk), tirocinio);
    auto *table = child<QTableWidget>(&dialog, "monthsTable");
    EXPECT_EQ(table->rowCount(), 4) << "three months since the start, and this one";
    test::whenModal<gui::MonthPaymentDialog>([&](gui::MonthPaymentDialog *pay) { clickOk(pay); });
    QTest::mouseClick(child<QPushButton>(&dialog, "payButton"), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return dialog.placement() && dialog.placement()->months.size() == 1; }));
    EXPECT_EQ(dialog.placement()->months.first().month, month(start));
    EXPECT_EQ(dialog.placement()->months.first().amountCents, 50000);
    EXPECT_TRUE(table->item(0, 2)->text().contains(today.toString(QStringLiteral("dd/MM/yyyy"))));
}

} // namespace
