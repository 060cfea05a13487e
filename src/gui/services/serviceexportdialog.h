// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/serviceexport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ServiceExportDialog;
}

class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace cartella::gui {

class Session;

class PlaceCompleters;

// File › Export services… (ui/serviceexportdialog.ui): the services delivered or the aid paid in a period as
// CSV, filtered by budget line, area and Comune, or the period's benefits as a SIUSS file. The export runs on
// the GUI thread in slices of 500 rows under a progress dialog that can be cancelled; the file is written
// whole or not at all. After a SIUSS export the records left out are listed (person, case, field, problem)
// and can be saved as CSV.
class ServiceExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceExportDialog)

public:
    enum Kind
    {
        DeliveriesCsv,
        PaymentsCsv,
        SiussXml,
    };

    ServiceExportDialog(Session &session, const PlaceCompleters &places, QWidget *parent = nullptr);
    ~ServiceExportDialog() override;

    void setKind(Kind kind);
    void setPeriod(QDate from, QDate to);
    void setFile(const QString &path);
    QString messageText() const;
    QTableWidget *problemsTable() const;
    // The progress dialog of the export running now (null otherwise).
    QProgressDialog *progressDialog() const { return m_progress; }
    // Writes the problems of the last SIUSS export as CSV; false (with a message) when it cannot.
    bool saveProblems(const QString &path);

public slots:
    // Runs the export chosen; returns when it is done, failed or cancelled.
    void exportNow();

signals:
    // Emitted as the export goes, before the user's cancel is looked at.
    void progressed(qint64 done, qint64 total);

private:
    void updateKind();
    void chooseFile();
    void chooseProblemsFile();
    bool progress(qint64 done, qint64 total);
    void showMessage(const QString &text, bool error);
    void showProblems();

    std::unique_ptr<Ui::ServiceExportDialog> m_ui;
    Session &m_session;
    const PlaceCompleters &m_places;
    QPushButton *m_exportButton = nullptr;
    QProgressDialog *m_progress = nullptr;
    domain::SiussExport m_lastSiuss;
};

} // namespace cartella::gui
