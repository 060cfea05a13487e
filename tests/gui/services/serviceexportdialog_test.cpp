// SPDX-License-Identifier: EUPL-1.2
#include "common/exportdataset.h"
#include "common/guitest.h"
#include "gui/services/serviceexportdialog.h"
#include "gui/shell/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// File › Export services… on real widgets over the known zone of tests/common/exportdataset.h.
class ServiceExportDialogTest : public test::GuiTest
{
protected:
    test::ExportDataset data;
    QTemporaryDir out;

    void SetUp() override { data.make(hub); }

    gui::Session &as(const Actor &a) { return cartella::test::session(hub, a); }

    static QStringList lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
};

TEST_F(ServiceExportDialogTest, CancellingTheProgressLeavesNoFile)
{
    gui::ServiceExportDialog dialog(as(data.manager), places);
    dialog.show();
    const QString path = out.filePath(QStringLiteral("prestazioni.csv"));
    dialog.setKind(gui::ServiceExportDialog::DeliveriesCsv);
    dialog.setPeriod(QDate(2025, 1, 1), QDate(2025, 6, 30));
    dialog.setFile(path);
    bool clicked = false;
    QObject::connect(&dialog, &gui::ServiceExportDialog::progressed, &dialog, [&] {
        QProgressDialog *progress = dialog.progressDialog();
        ASSERT_NE(progress, nullptr);
        ASSERT_TRUE(progress->isVisible());
        if (auto *cancel = progress->findChild<QPushButton *>(); cancel && !clicked) {
            clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    EXPECT_TRUE(clicked);
    EXPECT_FALSE(QFile::exists(path)) << "a cancelled export leaves no file";
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("cancelled")))
        << dialog.messageText().toStdString();
    const auto records = db.storage().audit().recordsFor(QStringLiteral("services"), 0).value();
    EXPECT_TRUE(std::none_of(records.cbegin(), records.cend(), [](const AuditRecord &r) {
        return r.action == QLatin1String("services_exported");
    }));

    // Run again without cancelling: the whole file.
    QObject::disconnect(&dialog, &gui::ServiceExportDialog::progressed, &dialog, nullptr);
    dialog.exportNow();
    EXPECT_EQ(lines(path).size(), 7) << dialog.messageText().toStdString();
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("6 service(s)")))
        << dialog.messageText().toStdString();
}

TEST_F(ServiceExportDialogTest, ASiussExportShowsTheProblemsAndSavesThem)
{
    gui::ServiceExportDialog dialog(as(data.clerk), places);
    dialog.show();
    const QString path = out.filePath(QStringLiteral("siuss.xml"));
    dialog.setKind(gui::ServiceExportDialog::SiussXml);
    dialog.setPeriod(QDate(2025, 1, 1), QDate(2025, 6, 30));
    dialog.setFile(path);
    dialog.exportNow();
    ASSERT_TRUE(QFile::exists(path)) << dialog.messageText().toStdString();
    QTableWidget *table = dialog.problemsTable();
    ASSERT_TRUE(table->isVisible());
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QString::number(data.rossi));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("2025/0001"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("PrestazioniSociali/CodicePrestazione"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("Beneficiario/CodiceFiscale"));
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("saveProblemsButton"))->isVisible());
    const QString problems = out.filePath(QStringLiteral("problemi.csv"));
    ASSERT_TRUE(dialog.saveProblems(problems));
    EXPECT_EQ(lines(problems).size(), 3);
}

TEST_F(ServiceExportDialogTest, TheMenuOffersTheExportToWhoMayExportOnly)
{
    const auto hasExport = [&](const Actor &a) {
        gui::MainWindow window(as(a), db.path());
        const auto actions = window.menuBar()->actions().first()->menu()->actions();
        return std::any_of(actions.cbegin(), actions.cend(), [](const QAction *action) {
            return action->text().contains(QStringLiteral("xport services"));
        });
    };
    EXPECT_TRUE(hasExport(data.manager));
    EXPECT_TRUE(hasExport(data.clerk));
    EXPECT_FALSE(hasExport(data.worker));
}

} // namespace
