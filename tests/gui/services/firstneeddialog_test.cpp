// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/common/formhelpers.h"
#include "gui/services/firstneeddialog.h"
#include "gui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The first-need form on real widgets: typed with the keyboard, refused without losing what was typed,
// accepted into a request waiting for the zone manager.
class FirstNeedDialogTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor worker;
    qint64 anna = 0, mario = 0;
    Case marioCase;

    void SetUp() override
    {
        anna = caseService.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        worker = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        mario = service.create(test::mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.members = {{mario, MemberRole::PrincipalBeneficiary, {}}};
        marioCase = caseService.open(c, system).value();
    }

    template <typename W> static W *child(QWidget *parent, const char *name)
    {
        W *w = parent->findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    static void type(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = child<QWidget>(dialog, name);
        edit->setFocus();
        test::typeText(edit, text);
    }

    static void chooseService(QWidget *dialog, const QString &code, ServiceHub &hub)
    {
        auto *combo = child<QComboBox>(dialog, "serviceCombo");
        const auto entries = hub.firstNeed.entries(Actor::localSystem()).value();
        for (int i = 0; i < combo->count(); ++i) {
            if (entries.at(combo->itemData(i).toInt()).code == code) {
                combo->setCurrentIndex(i);
                return;
            }
        }
        ADD_FAILURE() << "no " << code.toStdString() << " in the form";
    }

    // Someone new at the desk: surname, name, sex (typed into the combo) and birth date.
    static void typeStranger(QWidget *dialog)
    {
        type(dialog, "surnameEdit", QStringLiteral("Ionescu"));
        type(dialog, "givenNameEdit", QStringLiteral("Vasile"));
        auto *sex = child<QComboBox>(dialog, "sexCombo");
        sex->setFocus();
        QTest::keyClick(sex, Qt::Key_M);
        type(dialog, "birthDateEdit", QStringLiteral("04/03/1970"));
    }

    static void record(QWidget *dialog)
    {
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    }

    qint64 rows(const QString &table)
    {
        QSqlQuery q(db.storage().database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toLongLong();
    }
};

TEST_F(FirstNeedDialogTest, OnlyFirstNeedInterventionsAreOfferedAndTheDateIsToday)
{
    gui::FirstNeedDialog dialog(cartella::test::session(hub, worker), places);
    EXPECT_EQ(child<QComboBox>(&dialog, "serviceCombo")->count(), 4);
    EXPECT_EQ(child<QLineEdit>(&dialog, "dateEdit")->text(), gui::showDate(domain::officeToday()));
    EXPECT_FALSE(child<QComboBox>(&dialog, "responsibleCombo")->isVisibleTo(&dialog))
        << "a worker's new case is their own";
}

TEST_F(FirstNeedDialogTest, ARefusedEntryKeepsWhatWasTypedAndTheCorrectedOneIsRequested)
{
    gui::FirstNeedDialog dialog(cartella::test::session(hub, worker), places);
    dialog.show();
    typeStranger(&dialog);
    chooseService(&dialog, QStringLiteral("sfd_beni_prima_necessita"), hub);
    type(&dialog, "municipalityEdit", QStringLiteral("Aulla"));
    type(&dialog, "providerNameEdit", QStringLiteral("Emporio solidale"));
    type(&dialog, "noteEdit", QStringLiteral("Kit igiene e coperta."));
    const qint64 persons = rows(QStringLiteral("persons"));
    const qint64 cases = rows(QStringLiteral("cases"));

    // An unreadable amount is refused by the form.
    type(&dialog, "amountEdit", QStringLiteral("12,345"));
    record(&dialog);
    EXPECT_FALSE(dialog.isHidden());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("euro"))) << dialog.messageText().toStdString();

    // No amount for goods: the request step refuses it, after the person and the case, and nothing stays.
    child<QLineEdit>(&dialog, "amountEdit")->clear();
    record(&dialog);
    EXPECT_FALSE(dialog.isHidden());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("Comune pays")))
        << dialog.messageText().toStdString();
    EXPECT_EQ(child<QLineEdit>(&dialog, "surnameEdit")->text(), QStringLiteral("Ionescu"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "birthDateEdit")->text(), QStringLiteral("04/03/1970"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "providerNameEdit")->text(), QStringLiteral("Emporio solidale"));
    EXPECT_EQ(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText(),
              QStringLiteral("Kit igiene e coperta."));
    EXPECT_EQ(dialog.focusWidget(), child<QWidget>(&dialog, "amountEdit"));
    EXPECT_EQ(rows(QStringLiteral("persons")), persons);
    EXPECT_EQ(rows(QStringLiteral("cases")), cases);

    test::typeText(child<QWidget>(&dialog, "amountEdit"), QStringLiteral("35,80"));
    record(&dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageText().toStdString();
    const FirstNeedResult &r = dialog.recorded();
    EXPECT_TRUE(r.personRegistered);
    EXPECT_TRUE(r.caseOpened);
    EXPECT_EQ(r.delivery.costCents, 3580);
    EXPECT_EQ(r.delivery.status, DeliveryStatus::Requested);
    EXPECT_EQ(r.delivery.providerName, QStringLiteral("Emporio solidale"));
    const Case c = caseService.get(r.caseId, worker).value();
    EXPECT_EQ(c.municipalityCode, QStringLiteral("045001"));
    EXPECT_TRUE(service.get(r.personId, worker).value().residence.isEmpty());
    EXPECT_EQ(hub.diary.entries(r.caseId, worker).value().size(), 1);
}

TEST_F(FirstNeedDialogTest, ARegisteredPersonsOpenCaseTakesTheRequest)
{
    gui::FirstNeedDialog dialog(cartella::test::session(hub, worker), places);
    dialog.show();
    dialog.setPerson(mario, QStringLiteral("Rossi Mario"));
    EXPECT_FALSE(child<QLineEdit>(&dialog, "surnameEdit")->isEnabled());
    chooseService(&dialog, QStringLiteral("sfd_rimborso_associazione"), hub);
    EXPECT_EQ(child<QComboBox>(&dialog, "providerKindCombo")->currentData().toString(),
              Vocabulary<ProviderKind>::code(ProviderKind::Association));
    type(&dialog, "municipalityEdit", QStringLiteral("Aulla"));
    type(&dialog, "amountEdit", QStringLiteral("60"));
    type(&dialog, "providerNameEdit", QStringLiteral("Caritas"));
    record(&dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageText().toStdString();
    EXPECT_EQ(dialog.recorded().caseId, marioCase.id);
    EXPECT_FALSE(dialog.recorded().caseOpened);
    EXPECT_EQ(hub.deliveries.forCase(marioCase.id, worker).value().size(), 1);
}

TEST_F(FirstNeedDialogTest, APossibleDuplicateIsConfirmedAndRetried)
{
    gui::FirstNeedDialog dialog(cartella::test::session(hub, worker), places);
    dialog.show();
    type(&dialog, "surnameEdit", QStringLiteral("Rossi"));
    type(&dialog, "givenNameEdit", QStringLiteral("Mario"));
    child<QComboBox>(&dialog, "sexCombo")
        ->setCurrentIndex(child<QComboBox>(&dialog, "sexCombo")->findData(QStringLiteral("M")));
    type(&dialog, "birthDateEdit", QStringLiteral("10/12/1985"));
    chooseService(&dialog, QStringLiteral("sfd_accoglienza_notturna"), hub);
    type(&dialog, "municipalityEdit", QStringLiteral("Aulla"));

    // Going back first: nothing is saved, the form stays.
    test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
        }
    });
    const qint64 persons = rows(QStringLiteral("persons"));
    record(&dialog);
    EXPECT_FALSE(dialog.isHidden());
    EXPECT_EQ(rows(QStringLiteral("persons")), persons);
    EXPECT_FALSE(dialog.messageText().isEmpty());

    // Then confirming: a new person is registered.
    test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    record(&dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageText().toStdString();
    EXPECT_NE(dialog.recorded().personId, mario);
    EXPECT_EQ(rows(QStringLiteral("persons")), persons + 1);
}

TEST_F(FirstNeedDialogTest, TheFileMenuOffersItToThoseWhoRequestServicesAndOpensTheCase)
{
    const Actor clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative, 0);
    gui::MainWindow clerkWindow(cartella::test::session(hub, clerk), db.path());
    EXPECT_EQ(clerkWindow.findChild<QAction *>(QStringLiteral("firstNeedAction")), nullptr);

    gui::MainWindow window(cartella::test::session(hub, worker), db.path());
    QAction *action = window.findChild<QAction *>(QStringLiteral("firstNeedAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    test::whenModal<gui::FirstNeedDialog>([](gui::FirstNeedDialog *d) {
        typeStranger(d);
        type(d, "municipalityEdit", QStringLiteral("Aulla"));
        type(d, "amountEdit", QStringLiteral("12,40"));
        record(d);
    });
    action->trigger();
    const QString shown = window.statusBar()->currentMessage();
    EXPECT_TRUE(shown.contains(QStringLiteral("new case"))) << shown.toStdString();
    EXPECT_EQ(rows(QStringLiteral("service_deliveries")), 1);
}

} // namespace
