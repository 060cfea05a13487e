// SPDX-License-Identifier: EUPL-1.2
#include "gui/shell/mainwindow.h"

#include "domain/servicehub.h"
#include "gui/access/logindialogs.h"
#include "gui/access/userspage.h"
#include "gui/casework/breakglassdialog.h"
#include "gui/casework/casespage.h"
#include "gui/casework/deadlinespage.h"
#include "gui/casework/householddialog.h"
#include "gui/casework/intakepage.h"
#include "gui/casework/personspage.h"
#include "gui/casework/searchdialog.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "gui/minori/mandatespanel.h"
#include "gui/privacy/accessreportdialog.h"
#include "gui/privacy/subjectdataexport.h"
#include "gui/services/budgetpage.h"
#include "gui/services/cataloguedialog.h"
#include "gui/services/firstneeddialog.h"
#include "gui/services/iseedialog.h"
#include "gui/services/personservicesdialog.h"
#include "gui/services/serviceexportdialog.h"
#include "gui/services/servicespage.h"
#include "gui/shell/casewindow.h"
#include "gui/shell/projectspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace cartella::gui {

MainWindow::MainWindow(Session &session, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_places(std::make_unique<PlaceCompleters>(session.services().persons.places())),
      m_databasePath(databasePath), m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_session(session)
{
    setWindowTitle(tr("Cartella — %1").arg(QFileInfo(databasePath).fileName()));
    createSections();
    createStatusBar();
    connectRequests();
    createActions();
    resize(1280, 760); // the widest views (Projects, Affido, the emergency log) fit; a 1366×768 laptop still
                       // shows it whole
    if (sectionShown(0))
        m_personsPage->focusSearch();
}

void MainWindow::addSection(const char *icon, const QString &title, QWidget *page, bool offered)
{
    m_navigation->addItem(new QListWidgetItem(QIcon::fromTheme(QLatin1String(icon)), title));
    // A section the role may not use is hidden, and its page is not even built: an empty place keeps the
    // indexes of the sections (Ctrl+1 … Ctrl+8) the same for every role.
    m_stack->addWidget(page ? page : new QWidget(this));
    m_navigation->item(m_navigation->count() - 1)->setHidden(!offered);
}

void MainWindow::createSections()
{
    using domain::Operation;
    m_personsPage = new PersonsPage(m_session.services().persons, *m_places, m_session.actor(), this,
                                    &m_session.services().subjectRights);
    m_casesPage = new CasesPage(m_session, this);
    m_intakePage = new IntakePage(m_session, *m_places, this);
    m_deadlinesPage = new DeadlinesPage(m_session, this);
    const bool mayUsers = m_session.may(Operation::ManageUsers);
    if (mayUsers)
        m_usersPage = new UsersPage(m_session, this);
    m_servicesPage = new ServicesPage(m_session, this);
    // The budget is for who manages it or authorises spending beyond it.
    const bool mayBudget =
        m_session.may(Operation::ManageBudget) || m_session.may(Operation::AuthoriseOverspend);
    if (mayBudget)
        m_budgetPage = new BudgetPage(m_session, this);
    const bool mayProjects = ProjectsPage::offered(m_session);
    if (mayProjects)
        m_projectsPage = new ProjectsPage(m_session, this);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    addSection("system-users", tr("Persons"), m_personsPage, m_session.may(Operation::ReadPersons));
    addSection("folder", tr("Cases"), m_casesPage, m_session.may(Operation::ListCases));
    addSection("mail-message-new", tr("Intake"), m_intakePage, m_session.may(Operation::ReadIntakes));
    addSection("appointment-soon", tr("My deadlines"), m_deadlinesPage,
               m_session.may(Operation::ReadDeadlines));
    addSection("user-identity", tr("Users"), m_usersPage, mayUsers);
    addSection("view-list-details", tr("Services and aid"), m_servicesPage,
               m_session.may(Operation::ReadServices));
    addSection("accessories-calculator", tr("Budget"), m_budgetPage, mayBudget);
    addSection("view-calendar-tasks", tr("Projects"), m_projectsPage, mayProjects);
    int first = 0;
    while (first < m_navigation->count() && m_navigation->item(first)->isHidden())
        ++first;
    m_navigation->setMaximumWidth(280);
    m_navigation->setMinimumWidth(190);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(first < m_navigation->count() ? first : -1);
    // The sections that show figures others change are read again when they are shown.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_stack->widget(row) == m_deadlinesPage)
            m_deadlinesPage->refresh();
        if (m_stack->widget(row) == m_servicesPage)
            m_servicesPage->refresh();
        if (m_budgetPage && m_stack->widget(row) == m_budgetPage)
            m_budgetPage->refresh();
        if (m_projectsPage && m_stack->widget(row) == m_projectsPage)
            m_projectsPage->refresh();
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({230, 870});
    setCentralWidget(splitter);
}

void MainWindow::createStatusBar()
{
    if (!m_session.actor().userName.isEmpty())
        statusBar()->addPermanentWidget(new QLabel(tr("User: %1").arg(m_session.actor().userName), this));
    m_emergencies = new QPushButton(this);
    m_emergencies->setObjectName(QStringLiteral("emergencyButton"));
    m_emergencies->setFlat(true);
    m_emergencies->setStyleSheet(QStringLiteral("color: #a93226; font-weight: bold;"));
    connect(m_emergencies, &QPushButton::clicked, this, [this] {
        const auto pending = m_session.services().emergency.toAcknowledge(m_session.actor());
        if (pending && !pending.value().isEmpty())
            openCase(pending.value().first().caseId);
    });
    statusBar()->addPermanentWidget(m_emergencies);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_overdue->setVisible(m_session.may(domain::Operation::ReadDeadlines));
    statusBar()->addPermanentWidget(m_overdue);
    statusBar()->addPermanentWidget(new QLabel(QFileInfo(m_databasePath).absoluteFilePath(), this));

    // The counters follow what any window of this login saves, and the deadlines that fall due while the
    // application stays open: they are looked at again every few minutes.
    connect(&m_session, &Session::caseChanged, this, &MainWindow::updateOverdue);
    connect(&m_session, &Session::caseChanged, this, &MainWindow::updateEmergencies);
    connect(&m_session, &Session::deadlinesChanged, this, &MainWindow::updateOverdue);
    connect(m_deadlinesPage->workerCombo(), &QComboBox::currentIndexChanged, this,
            &MainWindow::updateOverdue);
    auto *tick = new QTimer(this);
    tick->setInterval(5 * 60 * 1000);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateOverdue);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateEmergencies);
    tick->start();
    updateOverdue();
    updateEmergencies();
}

void MainWindow::connectRequests()
{
    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    };
    connect(m_personsPage, &PersonsPage::statusMessage, this, showMessage);
    connect(m_intakePage, &IntakePage::statusMessage, this, showMessage);
    connect(m_deadlinesPage, &DeadlinesPage::statusMessage, this, showMessage);
    connect(m_servicesPage, &ServicesPage::statusMessage, this, showMessage);
    if (m_usersPage)
        connect(m_usersPage, &UsersPage::statusMessage, this, showMessage);
    if (m_budgetPage)
        connect(m_budgetPage, &BudgetPage::statusMessage, this, showMessage);

    // The pages ask; the shell opens the window of another feature.
    const auto openOnTab = [this](int tab) {
        return [this, tab](qint64 caseId) {
            if (CaseWindow *w = openCase(caseId))
                w->showTab(tab);
        };
    };
    connect(m_casesPage, &CasesPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_deadlinesPage, &DeadlinesPage::openCaseRequested, this, openOnTab(4));
    connect(m_servicesPage, &ServicesPage::openCase, this, openOnTab(5));
    connect(m_intakePage, &IntakePage::caseOpened, this, [this](qint64 caseId) {
        emit m_session.caseChanged(caseId);
        openCase(caseId);
    });
    if (m_projectsPage) {
        connect(m_projectsPage, &ProjectsPage::statusMessage, this, showMessage);
        connect(m_projectsPage, &ProjectsPage::openCase, this, &MainWindow::openCase);
        connect(m_projectsPage, &ProjectsPage::openMandateTask, this, [this](qint64 caseId, qint64 taskId) {
            if (CaseWindow *w = openCase(caseId)) {
                w->showTab(6);
                w->mandatesPanel()->selectTask(taskId);
            }
        });
    }
    connect(m_personsPage, &PersonsPage::personSaved, &m_session, &Session::personChanged);
    connect(m_personsPage, &PersonsPage::householdRequested, this,
            [this](qint64 personId, const QString &name) {
                HouseholdDialog dialog(m_session, personId, name, this);
                dialog.exec();
            });
    connect(m_personsPage, &PersonsPage::iseeRequested, this, [this](qint64 personId, const QString &name) {
        IseeDialog dialog(m_session, personId, name, this);
        dialog.exec();
    });
    connect(m_personsPage, &PersonsPage::servicesRequested, this,
            [this, openOnTab](qint64 personId, const QString &name) {
                PersonServicesDialog dialog(m_session, personId, name, this);
                connect(&dialog, &PersonServicesDialog::openCase, this, openOnTab(5));
                dialog.exec();
            });
    connect(m_personsPage, &PersonsPage::accessReportRequested, this,
            [this](qint64 personId, const QString &name) {
                AccessReportDialog dialog(m_session.services().subjectRights, personId, name,
                                          m_session.actor(), this);
                dialog.exec();
            });
    connect(m_personsPage, &PersonsPage::exportRequested, this, [this](qint64 personId) {
        exportPersonalData(m_session.services().subjectRights, personId, m_session.actor(), this);
    });
}

MainWindow::~MainWindow() = default;

CaseWindow *MainWindow::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return nullptr;
    for (CaseWindow *open : m_casesPage->findChildren<CaseWindow *>()) {
        if (open->currentCase().id == caseId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    // The case windows belong to the case list, so that they close with it.
    auto *window = new CaseWindow(m_session, caseId, m_casesPage);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

bool MainWindow::sectionShown(int index) const
{
    return index >= 0 && index < m_navigation->count() && !m_navigation->item(index)->isHidden();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPerson = file->addAction(tr("&New person…"), m_personsPage, &PersonsPage::newPerson);
    newPerson->setShortcut(QKeySequence::New);
    newPerson->setEnabled(m_session.may(domain::Operation::EditPersons));
    if (m_session.may(domain::Operation::RequestServices)) {
        QAction *firstNeed =
            file->addAction(tr("&First-need intervention…"), this, &MainWindow::recordFirstNeed);
        firstNeed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        firstNeed->setObjectName(QStringLiteral("firstNeedAction"));
    }
    if (m_session.may(domain::Operation::BreakGlass)) {
        file->addSeparator();
        file->addAction(tr("&Emergency access to a case…"), this, &MainWindow::openInEmergency);
    }
    if (m_session.may(domain::Operation::ExportServices)) {
        file->addSeparator();
        file->addAction(tr("E&xport services…"), this, [this] {
            ServiceExportDialog dialog(m_session, *m_places, this);
            dialog.exec();
        });
    }
    file->addSeparator();
    file->addAction(tr("Change &password…"), this,
                    [this] {
                        domain::User me;
                        me.id = m_session.actor().userId;
                        me.username = m_session.actor().userName;
                        ChangePasswordDialog dialog(m_session.services().auth, me, false, this);
                        if (dialog.exec() == QDialog::Accepted)
                            statusBar()->showMessage(tr("Password changed."), 5000);
                    })
        ->setEnabled(m_session.actor().userId != 0);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find person"), this, [this] {
        m_navigation->setCurrentRow(0);
        m_personsPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setEnabled(sectionShown(0));

    QAction *search = edit->addAction(tr("&Search everything…"), this, &MainWindow::showSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    if (m_session.may(domain::Operation::ManageCatalogue)) {
        edit->addSeparator();
        edit->addAction(tr("Service &catalogue…"), this,
                        [this] {
                            CatalogueDialog dialog(m_session, this);
                            dialog.exec();
                        })
            ->setObjectName(QStringLiteral("catalogueAction"));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList sections{tr("&Persons"),      tr("&Cases"),   tr("&Intake"),
                               tr("My &deadlines"), tr("&Users"),   tr("Ser&vices and aid"),
                               tr("&Budget"),       tr("P&rojects")};
    for (int i = 0; i < sections.size(); ++i) {
        QAction *go = view->addAction(sections.at(i), this, [this, i] { showSection(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setEnabled(sectionShown(i));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cartella"), this, &MainWindow::showAbout);
}

void MainWindow::showSection(int index)
{
    if (!sectionShown(index))
        return;
    m_navigation->setCurrentRow(index); // the deadlines page refreshes itself when it is shown
}

void MainWindow::showSearch()
{
    auto *dialog = new SearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::openPerson, m_personsPage, &PersonsPage::openPerson, Qt::QueuedConnection);
    connect(dialog, &SearchDialog::openCase, this, [this](qint64 caseId, qint64 entryId) {
        CaseWindow *w = openCase(caseId);
        if (w && entryId != 0) {
            w->showTab(2);
            w->selectEntry(entryId);
        }
    });
    connect(dialog, &SearchDialog::openIntake, this, [this](qint64 intakeId) {
        showSection(2);
        m_intakePage->selectIntake(intakeId);
    });
    dialog->open();
}

void MainWindow::updateEmergencies()
{
    const auto pending = m_session.services().emergency.toAcknowledge(m_session.actor());
    const qsizetype count = pending ? pending.value().size() : 0;
    m_emergencies->setVisible(count > 0);
    m_emergencies->setText(tr("%n emergency access(es) to acknowledge", nullptr, int(count)));
}

void MainWindow::openInEmergency()
{
    BreakGlassDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openCase(dialog.caseId());
}

void MainWindow::recordFirstNeed()
{
    FirstNeedDialog dialog(m_session, *m_places, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const domain::FirstNeedResult &r = dialog.recorded();
    statusBar()->showMessage(
        r.caseOpened ? tr("First-need intervention requested in the new case %1.").arg(r.caseNumber)
                     : tr("First-need intervention requested in case %1.").arg(r.caseNumber),
        5000);
    openCase(r.caseId);
    if (m_stack->currentWidget() == m_servicesPage)
        m_servicesPage->refresh();
}

void MainWindow::updateOverdue()
{
    if (!m_session.may(domain::Operation::ReadDeadlines))
        return;
    const auto count =
        m_session.services().deadlines.overdueCount(m_deadlinesPage->workerId(), m_session.actor());
    const qint64 overdue = count ? count.value() : 0;
    m_navigation->item(3)->setText(overdue > 0 ? tr("My deadlines (%1 overdue)").arg(overdue)
                                               : tr("My deadlines"));
    m_navigation->item(3)->setForeground(overdue > 0 ? QColor(0xa9, 0x32, 0x26)
                                                     : palette().color(QPalette::Text));
    m_overdue->setText(overdue > 0 ? tr("%n overdue deadline(s)", nullptr, int(overdue))
                                   : tr("No overdue deadlines"));
    m_overdue->setStyleSheet(overdue > 0 ? QStringLiteral("color: #a93226; font-weight: bold;") : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cartella"),
                       tr("<h3>Cartella %1</h3><p>Case management for municipal social services.</p>"
                          "<p>Database: %2</p><p>Place tables: ISTAT, CC BY 3.0 IT.</p>")
                           .arg(QStringLiteral(CARTELLA_VERSION), m_databasePath.toHtmlEscaped()));
}

} // namespace cartella::gui
