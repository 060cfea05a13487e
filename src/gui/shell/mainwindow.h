// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QPushButton;
class QListWidget;
class QStackedWidget;

namespace cartella::gui {

class Session;

class BudgetPage;
class CaseWindow;
class CasesPage;
class DeadlinesPage;
class IntakePage;
class PersonsPage;
class ProjectsPage;
class ServicesPage;
class UsersPage;
class PlaceCompleters;

// The main window: a navigation list of the sections (persons, cases, intake, my deadlines), the section on
// the right, the search box (Ctrl+K) and the overdue count in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session &session, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    PersonsPage *personsPage() const { return m_personsPage; }
    CasesPage *casesPage() const { return m_casesPage; }
    IntakePage *intakePage() const { return m_intakePage; }
    DeadlinesPage *deadlinesPage() const { return m_deadlinesPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    ServicesPage *servicesPage() const { return m_servicesPage; }
    BudgetPage *budgetPage() const { return m_budgetPage; }
    ProjectsPage *projectsPage() const { return m_projectsPage; }
    QLabel *overdueLabel() const { return m_overdue; }
    QPushButton *emergencyButton() const { return m_emergencies; }
    // Whether navigation section `index` is offered to this user's role.
    bool sectionShown(int index) const;

public slots:
    // Opens the case in its window, or raises the window already showing it.
    CaseWindow *openCase(qint64 caseId);
    void showSearch();
    // Counts the overdue deadlines of the worker chosen in "Le mie scadenze" and shows them.
    void updateOverdue();
    // Shows how many emergency accesses wait for this user's acknowledgement.
    void updateEmergencies();
    // Break-glass: opens, after a reason, a case the user may not see.
    void openInEmergency();
    // A first-need intervention (shelter, goods, a ticket, a refund) for a person with no fixed address.
    void recordFirstNeed();

private:
    // The navigation and its pages, each built only for a role that may use it.
    void createSections();
    void addSection(const char *icon, const QString &title, QWidget *page, bool offered);
    // The user, the emergency accesses to acknowledge, the overdue count and the file.
    void createStatusBar();
    // What the pages ask of the shell: a case window, another feature's dialog, a status message.
    void connectRequests();
    void createActions();
    void showAbout();
    void showSection(int index);

    std::unique_ptr<PlaceCompleters> m_places;
    QString m_databasePath;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    PersonsPage *m_personsPage = nullptr;
    CasesPage *m_casesPage = nullptr;
    IntakePage *m_intakePage = nullptr;
    DeadlinesPage *m_deadlinesPage = nullptr;
    QLabel *m_overdue = nullptr;
    QPushButton *m_emergencies = nullptr;
    UsersPage *m_usersPage = nullptr; // only for those who manage users
    ServicesPage *m_servicesPage = nullptr;
    BudgetPage *m_budgetPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    Session &m_session;
};

} // namespace cartella::gui
