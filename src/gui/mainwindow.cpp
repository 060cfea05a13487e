#include "mainwindow.h"

#include "casespage.h"
#include "personspage.h"
#include "placecompleters.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace cartella::gui {

MainWindow::MainWindow(Services services, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_places(std::make_unique<PlaceCompleters>(services.persons.places())),
      m_databasePath(databasePath), m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Cartella — %1").arg(QFileInfo(databasePath).fileName()));
    m_personsPage = new PersonsPage(services.persons, *m_places, services.actor, this);
    m_casesPage = new CasesPage(services, this);

    // Only the sections that work are listed; later sections join here.
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("system-users")), tr("Persons")));
    m_navigation->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("folder")), tr("Cases")));
    m_stack->addWidget(m_personsPage);
    m_stack->addWidget(m_casesPage);
    m_navigation->setCurrentRow(0);
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(150);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 920});
    setCentralWidget(splitter);

    statusBar()->addPermanentWidget(new QLabel(QFileInfo(databasePath).absoluteFilePath(), this));
    connect(m_personsPage, &PersonsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    createActions();
    resize(1100, 700);
    m_personsPage->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPerson = file->addAction(tr("&New person…"), m_personsPage, &PersonsPage::newPerson);
    newPerson->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find person"), this, [this] {
        m_navigation->setCurrentRow(0);
        m_personsPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList sections{tr("&Persons"), tr("&Cases")};
    for (int i = 0; i < sections.size(); ++i) {
        QAction *go = view->addAction(sections.at(i), this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cartella"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cartella"),
                       tr("<h3>Cartella %1</h3><p>Case management for municipal social services.</p>"
                          "<p>Database: %2</p><p>Place tables: ISTAT, CC BY 3.0 IT.</p>")
                           .arg(QStringLiteral(CARTELLA_VERSION), m_databasePath.toHtmlEscaped()));
}

} // namespace cartella::gui
