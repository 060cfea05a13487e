// SPDX-License-Identifier: EUPL-1.2
// cartella-admin: the command-line tool. Wiring only; the commands live in src/cli.
#include "cli/admincli.h"
#include "support/support.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace cartella;

int main(int argc, char *argv[])
{
    // Only the commands that write PDFs need fonts and painting (QTextDocument, QPdfWriter): a
    // QGuiApplication on the offscreen platform, which needs no display; every other command stays a console
    // application.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (cli::AdminCli::paints(support::takeGlobalOptions(rawArgs).rest)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("cartella"));
    QCoreApplication::setOrganizationName(QStringLiteral("cartella"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const support::GlobalOptions options = support::takeGlobalOptions(QCoreApplication::arguments().mid(1));
    const bool levelKnown = support::initLogging(QStringLiteral("cartella-admin"), options.logLevel);
    support::installTranslations(app, options.language);
    cli::AdminCli cli(out, err);
    cli.setUser(options.user);
    if (!options.error.isEmpty()) {
        err << cli::AdminCli::tr("The option %1 is missing its value or has a wrong one.").arg(options.error)
            << Qt::endl
            // Only the general block, as it always has been.
            << cli.usage(cli::UsageGroup::General);
        return cli::ExitUsage;
    }
    if (!levelKnown) {
        err << cli::AdminCli::tr("Unknown log level \"%1\".").arg(options.logLevel) << Qt::endl;
        return cli::ExitUsage;
    }
    const int status = cli.run(options.rest, support::databasePath(options.database));
    out.flush();
    err.flush();
    return status;
}
