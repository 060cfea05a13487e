// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/serviceexportdialog.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "export/csvsink.h"
#include "export/siussfile.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "ui_serviceexportdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>

#include <algorithm>
#include <limits>

namespace cartella::gui {

using namespace cartella::domain;

ServiceExportDialog::ServiceExportDialog(Session &session, const PlaceCompleters &places, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServiceExportDialog>()), m_session(session), m_places(places)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Services delivered (CSV)"), DeliveriesCsv);
    m_ui->kindCombo->addItem(tr("Aid paid (CSV)"), PaymentsCsv);
    m_ui->kindCombo->addItem(tr("Benefits for INPS SIUSS (XML)"), SiussXml);

    const QDate today = domain::officeToday();
    m_ui->fromEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->toEdit->setDate(today);

    m_ui->lineCombo->addItem(tr("Any line"), QVariant());
    if (const auto lines = m_session.services().budget.lines(0, m_session.actor())) {
        for (const BudgetLine &l : lines.value())
            m_ui->lineCombo->addItem(QStringLiteral("%1 · %2 %3").arg(l.year).arg(l.code, l.name), l.id);
    }
    m_ui->areaCombo->addItem(tr("Any area"), 0);
    m_ui->areaCombo->addItem(Vocabulary<ServiceArea>::label(ServiceArea::FamilyMinors), 1);
    m_ui->areaCombo->addItem(Vocabulary<ServiceArea>::label(ServiceArea::Disability), 2);
    m_ui->areaCombo->addItem(Vocabulary<ServiceArea>::label(ServiceArea::Poverty), 3);
    m_places.attachMunicipalityCompleter(m_ui->comuneEdit);

    m_ui->scopeLabel->setText(tr("The files hold only the cases you may see."));
    m_ui->problemsTable->verticalHeader()->hide();
    m_ui->problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->problemsTable->hide();
    m_ui->saveProblemsButton->hide();

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ServiceExportDialog::exportNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ServiceExportDialog::chooseFile);
    connect(m_ui->saveProblemsButton, &QPushButton::clicked, this, &ServiceExportDialog::chooseProblemsFile);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ServiceExportDialog::updateKind);
    updateKind();
}

ServiceExportDialog::~ServiceExportDialog() = default;

void ServiceExportDialog::setKind(Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(kind));
}

void ServiceExportDialog::setPeriod(QDate from, QDate to)
{
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
}

void ServiceExportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

QString ServiceExportDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

QTableWidget *ServiceExportDialog::problemsTable() const
{
    return m_ui->problemsTable;
}

void ServiceExportDialog::updateKind()
{
    const bool csv = m_ui->kindCombo->currentData().toInt() != SiussXml;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->lineCombo), static_cast<QWidget *>(m_ui->lineLabel),
                       static_cast<QWidget *>(m_ui->areaCombo), static_cast<QWidget *>(m_ui->areaLabel),
                       static_cast<QWidget *>(m_ui->comuneEdit), static_cast<QWidget *>(m_ui->comuneLabel)})
        w->setEnabled(csv);
    // The file's extension follows the kind.
    QString path = m_ui->fileEdit->text();
    if (!path.isEmpty()) {
        const QString wanted = csv ? QStringLiteral(".csv") : QStringLiteral(".xml");
        if (path.endsWith(QLatin1String(".csv")) || path.endsWith(QLatin1String(".xml")))
            path = path.left(path.size() - 4) + wanted;
        m_ui->fileEdit->setText(path);
    }
}

void ServiceExportDialog::chooseFile()
{
    const bool csv = m_ui->kindCombo->currentData().toInt() != SiussXml;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), m_ui->fileEdit->text(),
                                     csv ? tr("CSV files (*.csv)") : tr("SIUSS files (*.xml)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ServiceExportDialog::chooseProblemsFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the problems"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveProblems(path);
}

void ServiceExportDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

bool ServiceExportDialog::progress(qint64 done, qint64 total)
{
    if (m_progress) {
        m_progress->setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
    }
    emit progressed(done, total);
    QApplication::processEvents();
    return !m_progress || !m_progress->wasCanceled();
}

void ServiceExportDialog::exportNow()
{
    const Kind kind = Kind(m_ui->kindCombo->currentData().toInt());
    const QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Choose the file to write."), true);
        m_ui->fileEdit->setFocus();
        return;
    }
    ExportFilter filter{m_ui->fromEdit->date(), m_ui->toEdit->date(), {}, 0, {}};
    if (kind != SiussXml) {
        if (m_ui->lineCombo->currentData().isValid())
            filter.budgetLineId = m_ui->lineCombo->currentData().toLongLong();
        filter.area = m_ui->areaCombo->currentData().toInt();
        const auto comune = m_places.municipalityCode(m_ui->comuneEdit->text());
        if (!comune) {
            showMessage(tr("Choose a Comune from the list, or leave it empty for all."), true);
            m_ui->comuneEdit->setFocus();
            return;
        }
        filter.municipalityCode = *comune;
    }
    m_ui->problemsTable->hide();
    m_ui->saveProblemsButton->hide();
    showMessage(QString(), false);

    QProgressDialog progressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progressDialog.setObjectName(QStringLiteral("progressDialog"));
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(0);
    progressDialog.setAutoClose(false);
    progressDialog.setAutoReset(false);
    progressDialog.show();
    m_progress = &progressDialog;
    const ExportProgress onProgress = [this](qint64 done, qint64 total) {
        return progress(done, total);
    };
    m_exportButton->setEnabled(false);

    QString message;
    bool failed = false;
    if (kind == SiussXml) {
        const auto made = m_session.services().exports.siuss(
            filter.from, filter.to, exporting::writeSiussFile, onProgress, m_session.actor());
        if (!made) {
            message = made.error().message;
            failed = true;
        } else {
            m_lastSiuss = made.value();
            const SiussFile &file = m_lastSiuss.file;
            if (!file.xml.isEmpty()) {
                QSaveFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(file.xml) != file.xml.size() ||
                    !out.commit()) {
                    message = tr("%1 cannot be written: %2").arg(path, out.errorString());
                    failed = true;
                }
            }
            if (!failed) {
                message = file.xml.isEmpty()
                              ? tr("Nothing can be sent for the period: no file was written.")
                              : tr("SIUSS flow %1: %2 person(s) with %3 benefit(s) written to %4.")
                                    .arg(m_lastSiuss.flowName)
                                    .arg(file.beneficiariesWritten)
                                    .arg(file.benefitsWritten)
                                    .arg(path);
                if (!file.problems.isEmpty())
                    message += QLatin1Char(' ') + tr("%n problem(s) below: what they name was left out.",
                                                     nullptr, int(file.problems.size()));
                showProblems();
            }
        }
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            message = tr("%1 cannot be written: %2").arg(path, out.errorString());
            failed = true;
        } else {
            const auto done = kind == DeliveriesCsv
                                  ? m_session.services().exports.deliveries(filter, exporting::csvSink(out),
                                                                            onProgress, m_session.actor())
                                  : m_session.services().exports.payments(filter, exporting::csvSink(out),
                                                                          onProgress, m_session.actor());
            if (!done) {
                out.cancelWriting();
                message = done.error().message;
                failed = true;
            } else if (!out.commit()) {
                message = tr("%1 cannot be written: %2").arg(path, out.errorString());
                failed = true;
            } else {
                message = kind == DeliveriesCsv
                              ? tr("%n service(s) delivered written to %1.", nullptr, int(done.value().rows))
                                    .arg(path)
                              : tr("%n payment(s) written to %1.", nullptr, int(done.value().rows)).arg(path);
            }
        }
    }
    m_progress = nullptr;
    progressDialog.hide();
    m_exportButton->setEnabled(true);
    showMessage(message, failed);
}

void ServiceExportDialog::showProblems()
{
    const QList<SiussProblem> &problems = m_lastSiuss.file.problems;
    QTableWidget *table = m_ui->problemsTable;
    table->setRowCount(int(problems.size()));
    for (int row = 0; row < problems.size(); ++row) {
        const SiussProblem &p = problems.at(row);
        const QStringList cells{p.personId ? QString::number(p.personId) : QString(), m_lastSiuss.caseOf(p),
                                p.field, p.message};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVisible(!problems.isEmpty());
    m_ui->saveProblemsButton->setVisible(!problems.isEmpty());
}

bool ServiceExportDialog::saveProblems(const QString &path)
{
    QSaveFile out(path);
    bool written = out.open(QIODevice::WriteOnly);
    const RecordSink sink = exporting::csvSink(out);
    for (const QStringList &record : m_lastSiuss.problemRecords())
        written = written && sink(record);
    if (!written || !out.commit()) {
        showMessage(tr("%1 cannot be written: %2").arg(path, out.errorString()), true);
        return false;
    }
    showMessage(tr("The problems were saved to %1.").arg(path), false);
    return true;
}

} // namespace cartella::gui
