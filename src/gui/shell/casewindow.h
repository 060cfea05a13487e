// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/services/services.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CaseWindow;
}

namespace cartella::gui {

class Session;

class CaseAccessBar;
class CaseDeadlinesPanel;
class CaseMembersPanel;
class CarePlanPanel;
class DeliveryList;
class MandatesPanel;

// One case (ui/casewindow.ui): summary and history with the status change, people and household, the social
// diary with quick entry, corrections (kept as versions) and withdrawal, the project (PAI) and the deadlines.
// A refused change keeps what was typed.
class CaseWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWindow)

public:
    CaseWindow(Session &session, qint64 caseId, QWidget *parent = nullptr);
    ~CaseWindow() override;

    // Reads the case again and refills every tab; `selectEntryId` is the diary entry to show.
    bool reload(qint64 selectEntryId = 0);
    // The same, keeping an unsaved correction of the shown entry (the new entry's box is never touched).
    bool reloadKeepingDrafts();
    const domain::Case &currentCase() const { return m_case; }
    CaseMembersPanel *membersPanel() const { return m_members; }
    CarePlanPanel *planPanel() const { return m_plan; }
    CaseDeadlinesPanel *deadlinesPanel() const { return m_deadlines; }
    CaseAccessBar *accessBar() const { return m_access; }
    DeliveryList *servicesPanel() const { return m_servicesList; }
    MandatesPanel *mandatesPanel() const { return m_mandates; }
    // Whether tab `index` (as in showTab) is shown to this user's role.
    bool tabShown(int index) const;
    // Brings a tab to the front: 0 summary, 1 people, 2 diary, 3 project, 4 deadlines, 5 services (if the
    // role sees it).
    void showTab(int index);
    void selectEntry(qint64 entryId);
    QString messageText() const;

public slots:
    bool addEntry();
    bool saveCorrection();
    bool withdrawSelected(const QString &reason);
    bool applyStatus();

private slots:
    void panelChanged(const QString &message);
    void panelFailed(const QString &message);

private:
    void showSummary();
    void fillHistory();
    void fillDiary(qint64 selectEntryId);
    void showEntry(int row);
    void fillVersions(const domain::DiaryEntry &entry, bool includeCurrent);
    bool correctionUnsaved() const;
    void updateStatusControls();
    void askWithdraw();
    void say(const QString &message, bool error);
    void requestService();
    void openDetails(const domain::ServiceDelivery &delivery);
    void openIsee(qint64 personId, const QString &name);

    std::unique_ptr<Ui::CaseWindow> m_ui;
    Session &m_session;
    qint64 m_caseId;
    domain::Case m_case;
    QList<domain::DiaryEntry> m_entries;
    QString m_shownEntryText; // what the editor held when the entry was shown, to know if it was edited
    int m_shownRow = -1;
    CaseMembersPanel *m_members;
    CarePlanPanel *m_plan;
    CaseDeadlinesPanel *m_deadlines;
    CaseAccessBar *m_access;
    DeliveryList *m_servicesList;
    MandatesPanel *m_mandates;
    bool m_opened = false; // the first read is the audited opening
};

} // namespace cartella::gui
