// SPDX-License-Identifier: EUPL-1.2
// cartella: the desktop application. Wiring only: storage, services, main window.
#include "domain/servicehub.h"
#include "gui/access/idlelock.h"
#include "gui/access/logindialogs.h"
#include "gui/common/session.h"
#include "gui/shell/mainwindow.h"
#include "repository/storage.h"
#include "support/support.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <spdlog/spdlog.h>

using namespace cartella;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cartella"));
    QApplication::setOrganizationName(QStringLiteral("cartella"));
    QApplication::setApplicationVersion(QStringLiteral(CARTELLA_VERSION));

    const support::GlobalOptions options = support::takeGlobalOptions(QApplication::arguments().mid(1));
    const bool levelKnown = support::initLogging(QStringLiteral("cartella"), options.logLevel);
    support::installTranslations(app, options.language);
    if (!options.error.isEmpty() || !levelKnown) {
        QMessageBox::critical(
            nullptr, QObject::tr("Cartella"),
            QObject::tr("Usage: cartella [--database PATH] [--lang it|en] [--log-level LEVEL]"));
        return 2;
    }

    const QString path = support::databasePath(options.database);
    auto storage = repository::Storage::open(path);
    if (!storage) {
        spdlog::error("could not open the database");
        QMessageBox::critical(nullptr, QObject::tr("Cartella"), storage.error().message);
        return 1;
    }
    spdlog::info("cartella {} started", CARTELLA_VERSION);

    domain::ServiceHub hub(storage.value()->repositories());

    // A new database first gets its administrator; then everyone logs in.
    const auto needsAdmin = hub.auth.needsFirstAdministrator();
    if (!needsAdmin) {
        QMessageBox::critical(nullptr, QObject::tr("Cartella"), needsAdmin.error().message);
        return 1;
    }
    if (needsAdmin.value()) {
        gui::FirstAdminDialog first(hub.auth);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    gui::LoginDialog login(hub.auth, QFileInfo(path).fileName());
    if (login.exec() != QDialog::Accepted)
        return 0;
    domain::User user = login.user();
    if (user.mustChangePassword) {
        gui::ChangePasswordDialog change(hub.auth, user, true);
        if (change.exec() != QDialog::Accepted)
            return 0;
    }
    spdlog::info("user {} logged in", user.id);
    const domain::Actor actor = hub.auth.actorFor(user);
    gui::Session session(hub, actor);
    gui::MainWindow window(session, path);
    gui::IdleLock idleLock(hub.auth, actor, gui::IdleLock::configuredIdleMilliseconds());
    window.show();
    const int status = QApplication::exec();
    spdlog::info("cartella closed");
    spdlog::shutdown();
    return status;
}
