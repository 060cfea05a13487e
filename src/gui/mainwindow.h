#pragma once

#include "services.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cartella::gui {

class CasesPage;
class PersonsPage;
class PlaceCompleters;

// The main window: a navigation list of the sections that work, and the section on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Services services, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    PersonsPage *personsPage() const { return m_personsPage; }
    CasesPage *casesPage() const { return m_casesPage; }

private:
    void createActions();
    void showAbout();

    std::unique_ptr<PlaceCompleters> m_places;
    QString m_databasePath;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    PersonsPage *m_personsPage = nullptr;
    CasesPage *m_casesPage = nullptr;
};

} // namespace cartella::gui
