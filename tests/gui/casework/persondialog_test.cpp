// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "gui/casework/persondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace cartella;
using namespace cartella::domain;

namespace {

class PersonDialogTest : public test::GuiTest
{
protected:
    void SetUp() override
    {
        dialog = std::make_unique<gui::PersonDialog>(service, places, actor);
        dialog->show();
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QLineEdit *edit(const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); }
    void type(const char *name, const QString &text)
    {
        QLineEdit *e = edit(name);
        ASSERT_NE(e, nullptr) << name;
        e->setFocus();
        test::typeText(e, text);
    }
    void pressSave() { QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier); }
    qint64 stored() { return service.count({}, actor).value(); }

    std::unique_ptr<gui::PersonDialog> dialog;
};

} // namespace

TEST_F(PersonDialogTest, CreatesAPersonTypedIntoTheForm)
{
    type("surnameEdit", QStringLiteral("Dell'Amico"));
    type("givenNameEdit", QStringLiteral("Nicolò"));
    // A valid code fills in sex, birth date and birth place that were not typed yet.
    type("fiscalCodeEdit", QStringLiteral("dllncl03b28e574f"));
    EXPECT_EQ(edit("birthDateEdit")->text(), QStringLiteral("28/02/2003"));
    EXPECT_EQ(edit("birthPlaceEdit")->text(), QStringLiteral("Licciana Nardi (MS)"));
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("sexCombo"))->currentData().toString(),
              QStringLiteral("M"));
    type("residenceMunicipalityEdit", QStringLiteral("Aulla (MS)"));
    type("residenceStreetEdit", QStringLiteral("Via Nazionale 5"));
    type("phoneEdit", QStringLiteral("0187 420000"));

    pressSave();
    ASSERT_TRUE(test::waitFor([&] { return dialog->result() == QDialog::Accepted; }))
        << dialog->messageText().toStdString();
    const Person saved = dialog->savedPerson();
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.fiscalCode, QStringLiteral("DLLNCL03B28E574F"));
    EXPECT_EQ(saved.givenName, QStringLiteral("Nicolò"));
    EXPECT_EQ(saved.birthDate, QDate(2003, 2, 28));
    EXPECT_EQ(saved.residence.municipalityCode, QStringLiteral("045001"));
    EXPECT_EQ(stored(), 1);
}

TEST_F(PersonDialogTest, ComputesTheCodeFromTypedData)
{
    type("surnameEdit", QStringLiteral("Rossi"));
    type("givenNameEdit", QStringLiteral("Mario"));
    auto *sex = dialog->findChild<QComboBox *>(QStringLiteral("sexCombo"));
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_Down); // Not specified -> Male
    type("birthDateEdit", QStringLiteral("10/12/1985"));
    type("birthPlaceEdit", QStringLiteral("San Giuliano Terme"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("computeCodeButton")), Qt::LeftButton);
    EXPECT_EQ(edit("fiscalCodeEdit")->text(), QStringLiteral("RSSMRA85T10A562S"));
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("consistent")))
        << dialog->messageText().toStdString();
}

TEST_F(PersonDialogTest, AnInvalidCodeShowsItsMessageAndKeepsWhatWasTyped)
{
    type("surnameEdit", QStringLiteral("Rossi"));
    type("givenNameEdit", QStringLiteral("Mario"));
    type("birthDateEdit", QStringLiteral("10/12/1985"));
    type("fiscalCodeEdit", QStringLiteral("RSSMRA85T10A562X"));
    type("residenceStreetEdit", QStringLiteral("Via Roma 1"));
    // The message appears while typing, before any save.
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("check character")))
        << dialog->messageText().toStdString();

    pressSave();
    QTest::qWait(50);
    EXPECT_TRUE(dialog->isVisible()) << "a refused save keeps the form open";
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("check character")));
    EXPECT_EQ(edit("surnameEdit")->text(), QStringLiteral("Rossi"));
    EXPECT_EQ(edit("givenNameEdit")->text(), QStringLiteral("Mario"));
    EXPECT_EQ(edit("birthDateEdit")->text(), QStringLiteral("10/12/1985"));
    EXPECT_EQ(edit("fiscalCodeEdit")->text(), QStringLiteral("RSSMRA85T10A562X"));
    EXPECT_EQ(edit("residenceStreetEdit")->text(), QStringLiteral("Via Roma 1"));
    EXPECT_TRUE(edit("fiscalCodeEdit")->property("invalid").toBool());
    EXPECT_EQ(stored(), 0);
}

TEST_F(PersonDialogTest, SaysWhichFieldDisagreesWithTheCode)
{
    type("surnameEdit", QStringLiteral("Bianchi"));
    type("givenNameEdit", QStringLiteral("Mario"));
    type("fiscalCodeEdit", QStringLiteral("RSSMRA85T10A562S"));
    pressSave();
    QTest::qWait(50);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("surname does not match")))
        << dialog->messageText().toStdString();
    EXPECT_TRUE(edit("surnameEdit")->property("invalid").toBool());
    EXPECT_FALSE(edit("givenNameEdit")->property("invalid").toBool());
    EXPECT_EQ(stored(), 0);
}

TEST_F(PersonDialogTest, EditingAPersonSavesANewVersion)
{
    const auto created = service.create(test::mario(), actor);
    ASSERT_TRUE(created);
    dialog->setPerson(created.value());
    QLineEdit *phone = edit("phoneEdit");
    phone->setFocus();
    phone->selectAll();
    test::typeText(phone, QStringLiteral("333 7654321"));
    pressSave();
    ASSERT_TRUE(test::waitFor([&] { return dialog->result() == QDialog::Accepted; }))
        << dialog->messageText().toStdString();
    EXPECT_EQ(service.get(created.value().id, actor).value().phone, QStringLiteral("333 7654321"));
    EXPECT_EQ(service.historyLength(created.value().id, actor).value(), 1);
}

TEST_F(PersonDialogTest, AColleaguesSaveMeanwhileOffersToSaveOverItOrToShowIt)
{
    const Person stored = service.create(test::mario(), actor).value();
    dialog->setPerson(stored);
    edit("phoneEdit")->setText(QStringLiteral("0187 111111"));

    Person theirs = stored; // a colleague saves first
    theirs.email = QStringLiteral("mario.rossi@example.org");
    ASSERT_TRUE(service.update(theirs, domain::Actor{QStringLiteral("collega")}));

    test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Save mine over theirs"))
                b->click();
        }
    });
    ASSERT_TRUE(dialog->save());
    const Person now = service.get(stored.id, actor).value();
    EXPECT_EQ(now.phone, QStringLiteral("0187 111111"));
    EXPECT_EQ(now.stamp.version, 3);
    EXPECT_EQ(service.historyLength(stored.id, actor).value(), 2) << "the colleague's version is kept";
}

TEST_F(PersonDialogTest, AColleaguesSaveCanBeShownInstead)
{
    const Person stored = service.create(test::mario(), actor).value();
    dialog->setPerson(stored);
    edit("phoneEdit")->setText(QStringLiteral("0187 111111"));
    Person theirs = stored;
    theirs.phone = QStringLiteral("0187 222222");
    ASSERT_TRUE(service.update(theirs, domain::Actor{QStringLiteral("collega")}));

    test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().startsWith(QStringLiteral("Show theirs")))
                b->click();
        }
    });
    EXPECT_FALSE(dialog->save());
    EXPECT_EQ(edit("phoneEdit")->text(), QStringLiteral("0187 222222"));
    EXPECT_EQ(service.get(stored.id, actor).value().phone, QStringLiteral("0187 222222"))
        << "nothing was saved";
}
