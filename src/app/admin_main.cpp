// cartella-admin: the command-line tool. Wiring only; the commands live in src/cli.
#include "cli/admincli.h"
#include "support/support.h"

#include <QCoreApplication>

#include <cstdio>

using namespace cartella;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
            << cli.usage();
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
