// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CourtReportDialog;
}

namespace cartella::gui {

class Session;

// The relazione to the judicial authority of one case: choose the diary entries and the decree, draft the
// text from the case, edit it, preview it as it will print, save it (each save a new version) and export it
// to PDF, which files the PDF in the case. A refused save keeps the text typed.
class CourtReportDialog final : public QDialog
{
    Q_OBJECT

public:
    CourtReportDialog(Session &session, qint64 caseId, QWidget *parent = nullptr);
    ~CourtReportDialog() override;

    // Saves what is typed if it changed, writes the PDF to `path` and files it in the case. For the export
    // button after its file dialog, and for tests.
    bool exportTo(const QString &path);
    bool save();
    void draft();

    qint64 reportId() const { return m_reportId; }
    int version() const { return m_version; }

private:
    void loadSources();
    void loadReports(qint64 select);
    void showReport(int comboIndex);
    void showVersions();
    void preview();
    void askExport();
    bool unsaved() const;
    void say(const QString &message, bool error);

    std::unique_ptr<Ui::CourtReportDialog> m_ui;
    Session &m_session;
    qint64 m_caseId = 0;
    QString m_caseNumber;
    qint64 m_reportId = 0; // 0: not saved yet
    int m_version = 0;
    QString m_savedTitle;
    QString m_savedBody;
};

} // namespace cartella::gui
