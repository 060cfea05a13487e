// SPDX-License-Identifier: EUPL-1.2
#include "common/guitest.h"
#include "domain/kernel/officeclock.h"
#include "gui/minori/courtreportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace cartella;
using namespace cartella::domain;

namespace {

// The court report dialog offscreen over a real database: choose entries, draft, edit, export to a PDF that
// holds the case number, and the case lists the filed export.
class CourtReportDialogTest : public test::GuiTest
{
protected:
    Case c;
    qint64 chosen = 0, other = 0;

    void SetUp() override
    {
        const qint64 worker =
            caseService.registerWorker({0, QStringLiteral("Anna Bianchi"), {}, true}, actor).value().id;
        const qint64 child = service.create(test::mario(), actor).value().id;
        Case draft;
        draft.area = CaseArea::FamilyAndMinors;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = worker;
        draft.openedOn = domain::officeToday().addMonths(-3);
        draft.members = {{child, MemberRole::PrincipalBeneficiary, {}}};
        c = caseService.open(draft, actor).value();
        MandateDraft d;
        d.caseId = c.id;
        d.decreeNumber = QStringLiteral("77/2026 V.G.");
        d.decreeDate = domain::officeToday().addDays(-30);
        d.measures = {MandateMeasure::Supervision};
        d.tasks = {{MandateTaskKind::PeriodicReport, {}, domain::officeToday().addDays(30)}};
        ASSERT_TRUE(hub.mandates.record(d, actor));
        for (const QString &text : {QStringLiteral("Colloquio con la madre: collabora"),
                                    QStringLiteral("Telefonata alla scuola")}) {
            DiaryEntry e;
            e.caseId = c.id;
            e.date = domain::officeToday().addDays(-2);
            e.kind = DiaryKind::Interview;
            e.text = text;
            (chosen == 0 ? chosen : other) = diaryService.add(e, actor).value().id;
        }
    }
};

TEST_F(CourtReportDialogTest, DraftEditExportAndFileInTheCase)
{
    gui::Session &s = services();
    gui::CourtReportDialog dialog(s, c.id);
    dialog.show();
    auto *entries = dialog.findChild<QListWidget *>(QStringLiteral("entryList"));
    auto *mandate = dialog.findChild<QComboBox *>(QStringLiteral("mandateCombo"));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    ASSERT_TRUE(entries && mandate && body);
    ASSERT_EQ(entries->count(), 2);
    EXPECT_EQ(mandate->count(), 2) << "none, and the case's decree (chosen)";
    EXPECT_NE(mandate->currentData().toLongLong(), 0);
    for (int i = 0; i < entries->count(); ++i) {
        if (entries->item(i)->data(Qt::UserRole).toLongLong() == chosen)
            entries->item(i)->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("draftButton")), Qt::LeftButton);
    const QString drafted = body->toPlainText();
    EXPECT_TRUE(drafted.contains(c.number()));
    EXPECT_TRUE(drafted.contains(QStringLiteral("77/2026 V.G.")));
    EXPECT_TRUE(drafted.contains(QStringLiteral("collabora")));
    EXPECT_FALSE(drafted.contains(QStringLiteral("Telefonata alla scuola")));

    body->moveCursor(QTextCursor::End);
    test::typeText(body, QStringLiteral("La madre collabora con il servizio."));

    const QString path = db.dir() + QStringLiteral("/relazione.pdf");
    ASSERT_TRUE(dialog.exportTo(path));
    EXPECT_EQ(dialog.version(), 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    // The title metadata names the case number: as UTF-8 (XMP) or UTF-16BE (the Info dictionary).
    const QString number = c.number();
    QByteArray utf16;
    for (const QChar ch : number)
        utf16 += char(ch.unicode() >> 8), utf16 += char(ch.unicode() & 0xff);
    EXPECT_TRUE(pdf.contains(number.toUtf8()) || pdf.contains(utf16)) << "the case number in the metadata";
    // The visible text, when poppler's pdftotext is there to extract it.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        EXPECT_TRUE(text.contains(number)) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("collabora con il servizio")));
    }

    const auto reports = hub.courtReports.list(c.id, actor);
    ASSERT_TRUE(reports);
    ASSERT_EQ(reports.value().size(), 1);
    ASSERT_EQ(reports.value().first().exports.size(), 1);
    EXPECT_EQ(
        hub.courtReports.exportedPdf(reports.value().first().id, reports.value().first().exports[0].id, actor)
            .value(),
        pdf)
        << "the case keeps the very bytes written";
    EXPECT_TRUE(reports.value().first().body.endsWith(QStringLiteral("La madre collabora con il servizio.")));
    EXPECT_EQ(caseService.history(c.id, actor).value().last().kind, CaseEvent::Kind::CourtReportFiled);
    auto *versions = dialog.findChild<QTreeWidget *>(QStringLiteral("versionTree"));
    ASSERT_EQ(versions->topLevelItemCount(), 1);
    EXPECT_FALSE(versions->topLevelItem(0)->text(3).isEmpty()) << "the version shows its filed PDF";
}

TEST_F(CourtReportDialogTest, ARefusedSaveKeepsTheText)
{
    gui::Session &s = services();
    gui::CourtReportDialog dialog(s, c.id);
    dialog.draft();
    ASSERT_TRUE(dialog.save());
    // Someone else saves a version meanwhile: this dialog's save is stale.
    const CourtReport r = hub.courtReports.get(dialog.reportId(), actor).value();
    ASSERT_TRUE(
        hub.courtReports.save({r.id, c.id, 0, r.title, r.body + QStringLiteral("\nAltro.")}, 1, actor));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    body->setPlainText(QStringLiteral("Il mio testo"));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Il mio testo"));
}

} // namespace
