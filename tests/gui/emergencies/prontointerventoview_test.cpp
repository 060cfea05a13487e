// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/emergencies/emergencyactiondialogs.h"
#include "gui/emergencies/emergencydialog.h"
#include "gui/emergencies/emergencyfigurespanel.h"
#include "gui/emergencies/emergencylistmodel.h"
#include "gui/emergencies/prontointerventoview.h"
#include "gui/emergencies/rotapanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>

#include <functional>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The Pronto Intervento view on real widgets and a real database: the quick entry typed with the keyboard,
// the handover, the rota's gaps and the monthly figures, each shown only to who may see it.
class ProntoInterventoViewTest : public test::GuiTest
{
protected:
    Actor system = Actor::localSystem();
    Actor manager;
    qint64 anna = 0;

    void SetUp() override
    {
        anna = caseService.registerWorker({0, QStringLiteral("Anna Neri"), {}, true}, system).value().id;
        manager = test::userActor(hub, QStringLiteral("capo"), Role::ZoneManager, anna);
    }

    gui::Session &as(const Actor &who) { return cartella::test::session(hub, who); }

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

    SocialEmergency record(const QDateTime &received, qint64 personId = 0, int arrivalMinutes = -1)
    {
        SocialEmergency e;
        e.receivedAt = received;
        e.municipalityCode = QStringLiteral("045001");
        e.personDescription = QStringLiteral("donna, circa 30 anni");
        e.personId = personId;
        if (arrivalMinutes >= 0) {
            e.workerId = anna;
            e.activatedAt = received.addSecs(60);
            e.arrivedAt = received.addSecs(arrivalMinutes * 60);
        }
        const auto saved = hub.prontoIntervento.record(e, system);
        EXPECT_TRUE(saved) << saved.error().message.toStdString();
        return saved ? saved.value() : SocialEmergency{};
    }

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
};

TEST_F(ProntoInterventoViewTest, QuickEntryRefusalKeepsTypingAndTheSavedOneIsOnTop)
{
    record(QDateTime::currentDateTimeUtc().addDays(-1));
    gui::ProntoInterventoView view(as(manager));
    view.show();
    view.refresh();
    ASSERT_EQ(view.logModel()->rowCount(), 1);

    bool refusedChecked = false;
    test::whenModal<gui::EmergencyDialog>([&](gui::EmergencyDialog *dialog) {
        EXPECT_FALSE(child<QLineEdit>(dialog, "receivedEdit")->text().isEmpty()); // now, prefilled
        type(dialog, "municipalityEdit", QStringLiteral("Aulla"));
        type(dialog, "reporterNameEdit", QStringLiteral("Carabinieri"));
        // No description and no name: refused, nothing lost, the description focused.
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->messageText().isEmpty());
        EXPECT_EQ(child<QLineEdit>(dialog, "municipalityEdit")->text(), QStringLiteral("Aulla"));
        EXPECT_EQ(child<QLineEdit>(dialog, "reporterNameEdit")->text(), QStringLiteral("Carabinieri"));
        EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(dialog, "descriptionEdit"));
        refusedChecked = true;
        test::typeText(QApplication::focusWidget(), QStringLiteral("uomo, circa 40 anni"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    view.newEmergency();
    EXPECT_TRUE(refusedChecked);
    ASSERT_EQ(view.logModel()->rowCount(), 2);
    const QString person = cell(view.logModel(), 0, gui::EmergencyListModel::PersonColumn);
    EXPECT_TRUE(person.contains(QStringLiteral("uomo, circa 40 anni"))) << person.toStdString();
    EXPECT_TRUE(person.contains(QStringLiteral("not identified")));
    EXPECT_EQ(view.logModel()->emergencyAt(0)->reporterName, QStringLiteral("Carabinieri"));
}

TEST_F(ProntoInterventoViewTest, TheArrivalAndOutcomeAreAddedLaterAsANewVersion)
{
    const SocialEmergency e = record(QDateTime::currentDateTimeUtc().addSecs(-7200));
    gui::ProntoInterventoView view(as(manager));
    view.show();
    view.refresh();
    view.log()->selectRow(0);
    const QString arrived = QDateTime::currentDateTimeUtc().addSecs(-3600).toLocalTime().toString(
        QStringLiteral("dd/MM/yyyy HH:mm"));
    bool prefilled = false;
    test::whenModal<gui::EmergencyDialog>([&](gui::EmergencyDialog *dialog) {
        prefilled =
            child<QLineEdit>(dialog, "municipalityEdit")->text().startsWith(QStringLiteral("Aulla")) &&
            child<QLineEdit>(dialog, "descriptionEdit")->text() == e.personDescription;
        // Arrival without an activated worker is refused; what was typed stays.
        child<QLineEdit>(dialog, "arrivedEdit")->setText(arrived);
        child<QPlainTextEdit>(dialog, "outcomeEdit")->setPlainText(QStringLiteral("Accolta in struttura"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->messageText().isEmpty());
        EXPECT_EQ(child<QPlainTextEdit>(dialog, "outcomeEdit")->toPlainText(),
                  QStringLiteral("Accolta in struttura"));
        auto *worker = child<QComboBox>(dialog, "workerCombo");
        worker->setCurrentIndex(worker->findData(anna));
        child<QLineEdit>(dialog, "activatedEdit")->setText(arrived);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->messageText().toStdString();
            dialog->reject();
        }
    });
    child<QPushButton>(&view, "editEmergencyButton")->click();
    EXPECT_TRUE(prefilled);
    const SocialEmergency after = hub.prontoIntervento.get(e.id, manager).value();
    EXPECT_EQ(after.outcome, QStringLiteral("Accolta in struttura"));
    EXPECT_EQ(after.workerId, anna);
    EXPECT_TRUE(after.arrivedAt.isValid());
    EXPECT_EQ(after.stamp.version, e.stamp.version + 1);
    EXPECT_EQ(after.receivedAt, e.receivedAt);
    EXPECT_EQ(hub.prontoIntervento.history(e.id, manager).value().size(), 1) << "the first version is kept";
}

TEST_F(ProntoInterventoViewTest, AnEmergencyNeedingNoHandoverIsClosedWithItsReasonAndNoLongerFlagged)
{
    const SocialEmergency e = record(QDateTime::currentDateTimeUtc().addSecs(-100 * 3600));
    gui::ProntoInterventoView view(as(manager));
    view.show();
    view.refresh();
    EXPECT_TRUE(view.overdueText().contains(QStringLiteral("1"))) << view.overdueText().toStdString();
    view.log()->selectRow(0);
    auto *close = child<QPushButton>(&view, "closeEmergencyButton");
    ASSERT_TRUE(close->isEnabled());
    int asked = 0;
    bool typedKept = false;
    std::function<void(QInputDialog *)> answer = [&](QInputDialog *d) {
        ++asked;
        if (asked == 1) {
            d->setTextValue(QStringLiteral("breve"));
            d->accept();
            test::whenModal<QInputDialog>(answer); // asked again, with what was typed
            return;
        }
        typedKept =
            d->textValue() == QStringLiteral("breve") && d->labelText().contains(QStringLiteral("10"));
        d->setTextValue(QStringLiteral("Solo una richiesta di informazioni, nessun bisogno"));
        d->accept();
    };
    test::whenModal<QInputDialog>(answer);
    close->click();
    EXPECT_EQ(asked, 2);
    EXPECT_TRUE(typedKept);
    const SocialEmergency after = hub.prontoIntervento.get(e.id, manager).value();
    EXPECT_TRUE(after.closed());
    EXPECT_FALSE(close->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&view, "handOverButton")->isEnabled());
    EXPECT_TRUE(cell(view.logModel(), 0, gui::EmergencyListModel::HandoverColumn)
                    .contains(QStringLiteral("no handover")));
    EXPECT_FALSE(view.overdueText().contains(QStringLiteral("OVERDUE")));
}

TEST_F(ProntoInterventoViewTest, TheLogShowsOnlyTheOnesToHandOverOrOfOneComune)
{
    const qint64 mario = service.create(test::mario(), system).value().id;
    const SocialEmergency handed = record(QDateTime::currentDateTimeUtc().addSecs(-7200), mario);
    Case draft;
    draft.area = CaseArea::AdultHardship;
    draft.responsibleWorkerId = anna;
    ASSERT_TRUE(hub.prontoIntervento.handOverToNewCase(
        handed.id, handed.stamp.version, draft, QDateTime::currentDateTimeUtc().addSecs(-60), manager));
    const SocialEmergency pending = record(QDateTime::currentDateTimeUtc().addSecs(-3600));
    SocialEmergency elsewhere;
    elsewhere.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
    elsewhere.municipalityCode = QStringLiteral("045014"); // Pontremoli
    elsewhere.personDescription = QStringLiteral("anziano solo");
    ASSERT_TRUE(hub.prontoIntervento.record(elsewhere, system));

    gui::ProntoInterventoView view(as(manager));
    view.show();
    view.refresh();
    ASSERT_EQ(view.logModel()->rowCount(), 3);
    auto *filter = child<QComboBox>(&view, "emergencyFilter");
    filter->setCurrentIndex(filter->findData(int(gui::EmergencyListModel::Filter::ToHandOver)));
    ASSERT_EQ(view.logModel()->rowCount(), 2);
    auto *comune = child<QLineEdit>(&view, "emergencyComuneFilter");
    comune->setText(QStringLiteral("Aulla (MS)"));
    emit comune->editingFinished();
    ASSERT_EQ(view.logModel()->rowCount(), 1);
    EXPECT_EQ(view.logModel()->emergencyAt(0)->id, pending.id);
    comune->clear();
    filter->setCurrentIndex(filter->findData(int(gui::EmergencyListModel::Filter::NotIdentified)));
    EXPECT_EQ(view.logModel()->rowCount(), 2);
    filter->setCurrentIndex(filter->findData(int(gui::EmergencyListModel::Filter::All)));
    EXPECT_EQ(view.logModel()->rowCount(), 3);
}

TEST_F(ProntoInterventoViewTest, HandOverToANewCaseOpensItAndTheRowShowsIt)
{
    const qint64 mario = service.create(test::mario(), system).value().id;
    const SocialEmergency e = record(QDateTime::currentDateTimeUtc().addSecs(-3600), mario);
    gui::ProntoInterventoView view(as(manager));
    view.show();
    view.refresh();
    view.log()->selectRow(0);
    test::whenModal<gui::HandOverDialog>([&](gui::HandOverDialog *dialog) {
        child<QRadioButton>(dialog, "newRadio")->setChecked(true);
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->messageText().toStdString();
            dialog->reject();
        }
    });
    view.handOverSelected();
    const SocialEmergency after = hub.prontoIntervento.get(e.id, manager).value();
    ASSERT_TRUE(after.handedOver());
    EXPECT_TRUE(after.caseOpened);
    const auto opened = caseService.get(after.caseId, manager);
    ASSERT_TRUE(opened);
    const QString shown = cell(view.logModel(), 0, gui::EmergencyListModel::HandoverColumn);
    EXPECT_TRUE(shown.contains(opened.value().number())) << shown.toStdString();
}

TEST_F(ProntoInterventoViewTest, FiguresShowTheMedianResponseOfKnownData)
{
    const QDateTime base(QDate(2025, 3, 10), QTime(10, 0), QTimeZone::utc());
    record(base, 0, 30);
    record(base.addDays(1), 0, 60);
    record(base.addDays(2), 0, 120);
    gui::ProntoInterventoView view(as(manager));
    ASSERT_NE(view.figures(), nullptr);
    view.figures()->setMonths(QDate(2025, 3, 1), QDate(2025, 3, 1));
    auto *table = child<QTableWidget>(view.figures(), "figuresTable");
    ASSERT_GE(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("03/2025"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("3"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("1:00"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("2:00"));
}

TEST_F(ProntoInterventoViewTest, AGapInTheRotaIsAWarning)
{
    const QDate monday(2025, 3, 10);
    OnCallShift s;
    s.workerId = anna;
    s.from = QDateTime(monday, QTime(0, 0)).toUTC();
    s.to = QDateTime(monday.addDays(7), QTime(0, 0)).addSecs(-4 * 3600).toUTC();
    ASSERT_TRUE(hub.prontoIntervento.addShift(s, manager));
    gui::ProntoInterventoView view(as(manager));
    ASSERT_NE(view.rota(), nullptr);
    view.rota()->showWeekOf(monday.addDays(2));
    const QString gaps = view.rota()->gapsText();
    EXPECT_TRUE(gaps.contains(QStringLiteral("Warning"))) << gaps.toStdString();
    EXPECT_TRUE(gaps.contains(QStringLiteral("16/03/2025 20:00"))) << gaps.toStdString();
    EXPECT_EQ(child<QTableWidget>(view.rota(), "shiftsTable")->rowCount(), 1);
}

TEST_F(ProntoInterventoViewTest, ASocialWorkerSeesNoFigures)
{
    const Actor worker = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
    gui::ProntoInterventoView view(as(worker));
    EXPECT_EQ(view.figures(), nullptr);
    EXPECT_NE(view.rota(), nullptr);
    EXPECT_EQ(view.tabs()->count(), 2);
}

} // namespace
