#pragma once

#include "services.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CaseWindow;
}

namespace cartella::gui {

// One case (ui/casewindow.ui): summary and history with the status change, members, and the social diary
// with quick entry, corrections (kept as versions) and withdrawal. A refused change keeps what was typed.
class CaseWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWindow)

public:
    CaseWindow(Services services, qint64 caseId, QWidget *parent = nullptr);
    ~CaseWindow() override;

    bool reload();
    const domain::Case &currentCase() const { return m_case; }
    QString messageText() const;

public slots:
    bool addEntry();
    bool saveCorrection();
    bool withdrawSelected(const QString &reason);
    bool applyStatus();

signals:
    void caseChanged(qint64 caseId);

private:
    void showSummary();
    void fillHistory();
    void fillMembers();
    void fillDiary(qint64 selectEntryId);
    void showEntry(int row);
    void fillVersions(const domain::DiaryEntry &entry, bool includeCurrent);
    bool correctionUnsaved() const;
    void updateStatusControls();
    void askWithdraw();
    void say(const QString &message, bool error);

    std::unique_ptr<Ui::CaseWindow> m_ui;
    Services m_services;
    qint64 m_caseId;
    domain::Case m_case;
    QList<domain::DiaryEntry> m_entries;
    QString m_shownEntryText; // what the editor held when the entry was shown, to know if it was edited
    int m_shownRow = -1;
};

} // namespace cartella::gui
