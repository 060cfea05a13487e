// SPDX-License-Identifier: EUPL-1.2
#include "support/support.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

namespace cartella::support {

GlobalOptions takeGlobalOptions(const QStringList &arguments)
{
    GlobalOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString *target = nullptr;
        QString name = a;
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); a.startsWith(QLatin1String("--")) && eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            inlineValue = true;
        }
        if (name == QLatin1String("--database"))
            target = &o.database;
        else if (name == QLatin1String("--lang"))
            target = &o.language;
        else if (name == QLatin1String("--log-level"))
            target = &o.logLevel;
        else if (name == QLatin1String("--user"))
            target = &o.user;
        if (!target) {
            o.rest.append(a);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size()) {
                o.error = name;
                continue;
            }
            value = arguments.at(++i);
        }
        *target = value;
    }
    if (!o.language.isEmpty() && o.language != QLatin1String("it") && o.language != QLatin1String("en"))
        o.error = QStringLiteral("--lang");
    if (o.user.isEmpty())
        o.user = qEnvironmentVariable("CARTELLA_USER");
    return o;
}

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString logDirectory()
{
    const QString dir = QDir(dataDirectory()).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    return dir;
}

QString databasePath(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString env = qEnvironmentVariable("CARTELLA_DATABASE");
    if (!env.isEmpty())
        return env;
    return QDir(dataDirectory()).filePath(QStringLiteral("cartella.sqlite"));
}

bool initLogging(const QString &programName, const QString &level)
{
    const auto parsed = spdlog::level::from_str(level.isEmpty() ? std::string("info") : level.toStdString());
    const bool known = level.isEmpty() || parsed != spdlog::level::off || level == QLatin1String("off");
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    try {
        const QString file = QDir(logDirectory()).filePath(programName + QStringLiteral(".log"));
        sinks.push_back(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex &) {
        // No writable log folder: stderr still works.
    }
    auto logger = std::make_shared<spdlog::logger>(programName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(known ? parsed : spdlog::level::info);
    // An explicit level also applies to stderr, so --log-level debug shows debug lines on the terminal.
    if (!level.isEmpty() && known)
        console->set_level(parsed);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    // A desktop app may be closed by the session or killed: do not keep lines in memory for long.
    spdlog::flush_every(std::chrono::seconds(2));
    return known;
}

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        // Only Italian and English exist; Italian is the users' language, also for a C/POSIX locale.
        language =
            QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("it");
    }
    QLocale::setDefault(QLocale(language == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                                language == QLatin1String("it") ? QLocale::Italy : QLocale::UnitedKingdom));
    if (language == QLatin1String("it")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Italian), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/cartella_it.qm")))
            QCoreApplication::installTranslator(own);
        else
            spdlog::error("the Italian translation is missing from the build");
    }
    return language;
}

} // namespace cartella::support
