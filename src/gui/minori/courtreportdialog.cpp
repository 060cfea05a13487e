// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/courtreportdialog.h"

#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "export/courtreportpdf.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_courtreportdialog.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;
using exporting::CourtReportPdf;

CourtReportDialog::CourtReportDialog(Session &session, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CourtReportDialog>()), m_session(session), m_caseId(caseId)
{
    m_ui->setupUi(this);
    m_ui->splitter->setSizes({380, 720});
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    const bool write = m_session.may(Operation::WriteCourtReports);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->draftButton), static_cast<QWidget *>(m_ui->saveButton),
                       static_cast<QWidget *>(m_ui->exportButton)})
        w->setVisible(write);
    m_ui->bodyEdit->setReadOnly(!write);
    m_ui->titleEdit->setReadOnly(!write);
    connect(m_ui->draftButton, &QPushButton::clicked, this, &CourtReportDialog::draft);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CourtReportDialog::save);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CourtReportDialog::askExport);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &CourtReportDialog::preview);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &CourtReportDialog::save);
    connect(m_ui->reportCombo, &QComboBox::currentIndexChanged, this, &CourtReportDialog::showReport);
    loadSources();
    loadReports(0);
}

CourtReportDialog::~CourtReportDialog() = default;

void CourtReportDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CourtReportDialog::loadSources()
{
    if (const auto c = m_session.services().cases.get(m_caseId, m_session.actor())) {
        m_caseNumber = c.value().number();
        setWindowTitle(tr("Court report — case %1").arg(m_caseNumber));
    }
    m_ui->mandateCombo->addItem(tr("(no court mandate)"), QVariant::fromValue<qint64>(0));
    if (const auto mandates = m_session.services().mandates.ofCase(m_caseId, m_session.actor())) {
        for (const CourtMandate &m : mandates.value())
            m_ui->mandateCombo->addItem(tr("%1: decree %2 of %3")
                                            .arg(Vocabulary<MandateAuthority>::label(m.authority),
                                                 m.decreeNumber, showDate(m.decreeDate)),
                                        QVariant::fromValue<qint64>(m.id));
        if (m_ui->mandateCombo->count() > 1)
            m_ui->mandateCombo->setCurrentIndex(1);
    }
    const auto entries = m_session.services().diary.entries(m_caseId, m_session.actor());
    if (!entries)
        return say(entries.error().message, true);
    for (const DiaryEntry &e : entries.value()) {
        QString firstLine = e.text.section(QLatin1Char('\n'), 0, 0);
        if (firstLine.size() > 80)
            firstLine = firstLine.left(79) + QStringLiteral("…");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3\n%4")
                .arg(showDate(e.date), Vocabulary<DiaryKind>::label(e.kind), e.author, firstLine));
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.text);
        if (e.withdrawn) {
            item->setFlags(Qt::ItemIsSelectable);
            item->setText(item->text() + QLatin1Char(' ') + tr("(withdrawn)"));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_ui->entryList->addItem(item);
    }
}

void CourtReportDialog::loadReports(qint64 select)
{
    const QSignalBlocker block(m_ui->reportCombo);
    m_ui->reportCombo->clear();
    m_ui->reportCombo->addItem(tr("New report"), QVariant::fromValue<qint64>(0));
    const auto reports = m_session.services().courtReports.list(m_caseId, m_session.actor());
    if (!reports)
        return say(reports.error().message, true);
    int index = 0;
    for (const CourtReport &r : reports.value()) {
        m_ui->reportCombo->addItem(tr("%1 (version %2)").arg(r.title).arg(r.version),
                                   QVariant::fromValue<qint64>(r.id));
        if (r.id == select || (select == 0 && index == 0))
            index = m_ui->reportCombo->count() - 1;
    }
    m_ui->reportCombo->setCurrentIndex(index);
    showReport(index);
}

void CourtReportDialog::showReport(int comboIndex)
{
    const qint64 id = m_ui->reportCombo->itemData(comboIndex).toLongLong();
    m_reportId = 0;
    m_version = 0;
    m_savedTitle.clear();
    m_savedBody.clear();
    if (id != 0) {
        const auto r = m_session.services().courtReports.get(id, m_session.actor());
        if (!r)
            return say(r.error().message, true);
        m_reportId = id;
        m_version = r.value().version;
        m_savedTitle = r.value().title;
        m_savedBody = r.value().body;
        const int mandate = m_ui->mandateCombo->findData(QVariant::fromValue<qint64>(r.value().mandateId));
        if (mandate >= 0)
            m_ui->mandateCombo->setCurrentIndex(mandate);
    }
    m_ui->titleEdit->setText(m_savedTitle);
    m_ui->bodyEdit->setPlainText(m_savedBody);
    showVersions();
}

void CourtReportDialog::showVersions()
{
    m_ui->versionTree->clear();
    if (m_reportId == 0)
        return;
    const auto report = m_session.services().courtReports.get(m_reportId, m_session.actor());
    const auto versions = m_session.services().courtReports.versions(m_reportId, m_session.actor());
    if (!report || !versions)
        return say((!report ? report.error() : versions.error()).message, true);
    for (const CourtReportVersion &v : versions.value()) {
        QStringList filed;
        for (const CourtReportExport &e : report.value().exports) {
            if (e.version == v.version)
                filed << tr("%1 by %2")
                             .arg(QLocale().toString(e.filedAt.toLocalTime(), QLocale::ShortFormat),
                                  e.filedBy);
        }
        m_ui->versionTree->addTopLevelItem(new QTreeWidgetItem(
            {QString::number(v.version), QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat),
             v.savedBy, filed.join(QStringLiteral("; "))}));
    }
    for (int c = 0; c < m_ui->versionTree->columnCount(); ++c)
        m_ui->versionTree->resizeColumnToContents(c);
}

bool CourtReportDialog::unsaved() const
{
    return m_ui->titleEdit->text() != m_savedTitle || m_ui->bodyEdit->toPlainText() != m_savedBody;
}

void CourtReportDialog::draft()
{
    QList<qint64> chosen;
    for (int i = 0; i < m_ui->entryList->count(); ++i) {
        const QListWidgetItem *item = m_ui->entryList->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            chosen << item->data(Qt::UserRole).toLongLong();
    }
    const qint64 mandate = m_ui->mandateCombo->currentData().toLongLong();
    const auto d = m_session.services().courtReports.draft(
        m_caseId, mandate != 0 ? std::optional<qint64>(mandate) : std::nullopt, chosen, m_session.actor());
    if (!d)
        return say(d.error().message, true);
    if (!m_ui->bodyEdit->toPlainText().trimmed().isEmpty() && isVisible() &&
        QMessageBox::question(
            this, tr("Replace the text?"), tr("The draft replaces the text in the editor. Replace it?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (m_ui->titleEdit->text().trimmed().isEmpty())
        m_ui->titleEdit->setText(d.value().title);
    m_ui->bodyEdit->setPlainText(d.value().body);
    say(tr("Drafted from the case. Edit the text, then save it."), false);
}

bool CourtReportDialog::save()
{
    const CourtReportDraft d{m_reportId, m_caseId, m_ui->mandateCombo->currentData().toLongLong(),
                             m_ui->titleEdit->text(), m_ui->bodyEdit->toPlainText()};
    const auto saved = m_session.services().courtReports.save(d, m_version, m_session.actor());
    if (!saved) {
        say(saved.error().message, true); // the text stays in the editor
        return false;
    }
    const QString title = m_ui->titleEdit->text();
    const QString body = m_ui->bodyEdit->toPlainText();
    loadReports(saved.value().id);
    // What was typed stays as typed (the service only tidies the title's spaces).
    m_ui->titleEdit->setText(title);
    m_ui->bodyEdit->setPlainText(body);
    m_savedTitle = title;
    m_savedBody = body;
    say(tr("Saved as version %1.").arg(saved.value().version), false);
    return true;
}

bool CourtReportDialog::exportTo(const QString &path)
{
    if ((m_reportId == 0 || unsaved()) && !save())
        return false;
    const auto pdf = CourtReportPdf::render(m_savedTitle, m_savedBody, m_caseNumber);
    if (!pdf) {
        say(pdf.error().message, true);
        return false;
    }
    if (Status written = CourtReportPdf::write(pdf.value(), path); !written) {
        say(written.error().message, true);
        return false;
    }
    const auto filed = m_session.services().courtReports.fileExport(
        m_reportId, m_version, pdf.value(), QFileInfo(path).fileName(), m_session.actor());
    if (!filed) {
        say(tr("The PDF was written to %1 but could not be filed in the case: %2")
                .arg(QDir::toNativeSeparators(path), filed.error().message),
            true);
        return false;
    }
    showVersions();
    say(tr("Exported to %1 and filed in the case (version %2).")
            .arg(QDir::toNativeSeparators(path))
            .arg(m_version),
        false);
    return true;
}

void CourtReportDialog::askExport()
{
    const QString suggested =
        tr("relazione-%1.pdf").arg(QString(m_caseNumber).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the court report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void CourtReportDialog::preview()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preview — %1").arg(m_ui->titleEdit->text()));
    auto *layout = new QVBoxLayout(&dialog);
    auto *scroll = new QScrollArea(&dialog);
    auto *pages = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(pages);
    for (const QImage &page : CourtReportPdf::pages(m_ui->bodyEdit->toPlainText(), 80)) {
        auto *label = new QLabel(pages);
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        pageLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    scroll->setWidget(pages);
    scroll->setBackgroundRole(QPalette::Dark);
    layout->addWidget(scroll);
    dialog.resize(720, 900);
    dialog.exec();
}

} // namespace cartella::gui
