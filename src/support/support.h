// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Start-up concerns shared by both executables: where data and logs live, logging, and the language.
namespace cartella::support {

// Options every executable accepts, anywhere on its command line.
struct GlobalOptions
{
    QString database; // --database PATH
    QString language; // --lang it|en
    QString logLevel; // --log-level trace|debug|info|warn|error|off
    QString user;     // --user NAME (cartella-admin acts as this user), else $CARTELLA_USER
    QStringList rest; // everything else, in order
    QString error;    // a malformed option, for the usage message
};

GlobalOptions takeGlobalOptions(const QStringList &arguments);

// --database, else $CARTELLA_DATABASE, else cartella.sqlite in the application data folder.
QString databasePath(const QString &fromCommandLine);
QString dataDirectory();
QString logDirectory();

// A rotating file in logDirectory() plus stderr. Returns false for an unknown level name.
bool initLogging(const QString &programName, const QString &level);

// The language: --lang, else the system locale, else Italian (also for the C/POSIX locale).
// Installs the Qt and Cartella translators on the application. Returns the language chosen ("it" or "en").
QString installTranslations(QCoreApplication &app, const QString &requested);

} // namespace cartella::support
