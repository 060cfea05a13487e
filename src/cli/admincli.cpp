// SPDX-License-Identifier: EUPL-1.2
#include "cli/admincli.h"

#include "cli/casecommand.h"
#include "cli/demo/demoaccess.h"
#include "cli/demo/demoarchive.h"
#include "cli/demo/democasework.h"
#include "cli/demo/democourtreports.h"
#include "cli/demo/demodata.h"
#include "cli/demo/demoemergencies.h"
#include "cli/demo/demofostercare.h"
#include "cli/demo/demohistory.h"
#include "cli/demo/demoinclusion.h"
#include "cli/demo/demoloans.h"
#include "cli/demo/demomandates.h"
#include "cli/demo/demoprogrammes.h"
#include "cli/demo/demoservices.h"
#include "cli/fiscalcodecommand.h"
#include "cli/options.h"
#include "cli/personcommand.h"
#include "cli/programmescommand.h"
#include "cli/retentioncommand.h"
#include "cli/servicescommand.h"
#include "cli/usercommand.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/casework/personservice.h"
#include "repository/migrator.h"
#include "repository/storage.h"
#include "support/support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace cartella::cli {

using repository::OpenMode;
using repository::Storage;

QString AdminCli::usage() const
{
    return tr(
        "Usage: cartella-admin [--database PATH] [--user NAME] [--lang it|en] [--log-level LEVEL] COMMAND "
        "[OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init                         create a new database (or confirm an existing one)\n"
        "  migrate                      update an existing database to this version's schema\n"
        "  status [--json]              schema version and number of rows per table\n"
        "  paths                        where the database, the backups and the logs are\n"
        "  demo --size small|zone|large [--persons N] [--seed S]\n"
        "                               fill an empty database with a synthetic zone: persons, workers,\n"
        "                               cases, diaries and every feature (about 500, 20000 or 100000\n"
        "                               persons; large is a zone after ten years); with --persons, the\n"
        "                               same zone scaled to N persons\n"
        "  demo --persons N [--seed S]  fill an empty database with N synthetic persons only\n"
        "  case list [--json] [--status S] [--area A]\n"
        "                               cases: number, area, status, responsible worker\n"
        "  case show NUMBER [--json]    one case with members, history, diary, project and deadlines\n"
        "  retention apply --closed-before YYYY-MM-DD [--dry-run] [--json]\n"
        "                               anonymise the cases closed before the date and their persons who\n"
        "                               appear in nothing newer (needs --user of a zone manager or system\n"
        "                               administrator); --dry-run only counts\n"
        "  person access-report ID [--json]\n"
        "                               who consulted the person's file and their cases, newest first\n"
        "                               (needs --user of a zone manager)\n"
        "  person export ID [--json FILE] [--pdf FILE]\n"
        "                               all data held about the person, without third parties, to JSON\n"
        "                               and/or PDF (GDPR art. 15; needs --user of a zone manager)\n"
        "  audit verify [--json]        check that no record of the audit trail was edited, deleted,\n"
        "                               inserted or reordered\n"
        "  user list [--json]           the users (needs --user of a system administrator)\n"
        "  user add NAME --full-name F --role ROLE [--worker ID] [--comuni CODES]\n"
        "                               a new user with a temporary password ($CARTELLA_NEW_PASSWORD or\n"
        "                               typed), to be changed at the first login\n"
        "  user reset-password NAME     a new temporary password, to be changed at the next login\n"
        "  fiscal-code check CODE...    check fiscal codes\n"
        "  fiscal-code decode CODE      sex, birth date and place encoded in a fiscal code\n"
        "  fiscal-code compute --surname S --name N --sex M|F --birth-date YYYY-MM-DD\n"
        "                     --birth-place NAME_OR_CODE\n"
        "                               the fiscal code for these data\n"
        "\n"
        "The database is --database PATH, else $CARTELLA_DATABASE, else the application data folder.\n"
        "--user NAME (else $CARTELLA_USER) logs in; the password is $CARTELLA_PASSWORD or typed.\n");
}

QString AdminCli::servicesUsage() const
{
    return tr(
        "\n"
        "Services and aid:\n"
        "  services export --csv deliveries|payments --from YYYY-MM-DD --to YYYY-MM-DD [--line ID]\n"
        "                  [--area 1|2|3] [--comune ISTAT] --out FILE\n"
        "                               the services delivered or the aid paid in the period, as CSV\n"
        "                               (needs --user of a zone manager or administrative officer)\n"
        "  services siuss --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--problems FILE]\n"
        "                               the period's benefits as an INPS SIUSS file; what cannot be\n"
        "                               sent is listed (and written to --problems as CSV)\n"
        "  settings show                the office settings (the SIUSS sender)\n"
        "  settings set KEY VALUE       siuss_ente_code, siuss_ente_name or siuss_ente_belfiore\n"
        "                               (needs --user of a zone manager or system administrator)\n"
        "\n"
        "Projects:\n"
        "  projects list [--json]       the generic projects with their funder, period and team\n"
        "  projects counts [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv FILE]\n"
        "                               enrolled, joined and left per project and Comune in the period\n"
        "                               (from 1 January to today unless given)\n");
}

bool AdminCli::paints(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("demo"))
        return std::any_of(arguments.cbegin(), arguments.cend(),
                           [](const QString &a) { return a.startsWith(QLatin1String("--size")); });
    return PersonCommand::writesPdf(arguments);
}

int AdminCli::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return ExitFailure;
}

int AdminCli::badUsage(const QString &message)
{
    m_err << message << Qt::endl << Qt::endl << usage() << servicesUsage();
    m_err.flush();
    return ExitUsage;
}

int AdminCli::run(const QStringList &arguments, const QString &databasePath)
{
    if (arguments.isEmpty())
        return badUsage(tr("No command given."));
    const QString command = arguments.first();
    const QStringList args = arguments.mid(1);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        m_out << usage() << servicesUsage();
        return ExitOk;
    }
    if (command == QLatin1String("fiscal-code"))
        return fiscalCode(args);
    if (command == QLatin1String("user")) {
        UserCommand users(m_out, m_err, m_user);
        const int status = users.run(args, databasePath);
        return status == ExitUsage ? badUsage(users.usageError()) : status;
    }
    if (command == QLatin1String("person")) {
        PersonCommand persons(m_out, m_err, m_user);
        const int status = persons.run(args, databasePath);
        return status == ExitUsage ? badUsage(persons.usageError()) : status;
    }
    if (command == QLatin1String("case")) {
        CaseCommand cases(m_out, m_err, m_user);
        const int status = cases.run(args, databasePath);
        return status == ExitUsage ? badUsage(cases.usageError()) : status;
    }

    if (command == QLatin1String("retention")) {
        RetentionCommand retention(m_out, m_err, m_user);
        const int status = retention.run(args, databasePath);
        return status == ExitUsage ? badUsage(retention.usageError()) : status;
    }
    if (command == QLatin1String("services")) {
        ServicesCommand services(m_out, m_err, m_user);
        const int status = services.run(args, databasePath);
        return status == ExitUsage ? badUsage(services.usageError()) : status;
    }
    if (command == QLatin1String("projects")) {
        ProgrammesCommand programmes(m_out, m_err, m_user);
        const int status = programmes.run(args, databasePath);
        return status == ExitUsage ? badUsage(programmes.usageError()) : status;
    }
    if (command == QLatin1String("settings")) {
        SettingsCommand settings(m_out, m_err, m_user);
        const int status = settings.run(args, databasePath);
        return status == ExitUsage ? badUsage(settings.usageError()) : status;
    }

    static const QStringList noArgumentCommands{QStringLiteral("init"), QStringLiteral("migrate")};
    if (noArgumentCommands.contains(command) && !args.isEmpty())
        return badUsage(tr("The command %1 takes no arguments.").arg(command));
    if (command == QLatin1String("init"))
        return init(databasePath);
    if (command == QLatin1String("migrate"))
        return migrate(databasePath);
    if (command == QLatin1String("paths"))
        return paths(args, databasePath);
    if (command == QLatin1String("status"))
        return status(args, databasePath);
    if (command == QLatin1String("demo"))
        return demo(args, databasePath);
    if (command == QLatin1String("audit"))
        return audit(args, databasePath);
    return badUsage(tr("Unknown command \"%1\".").arg(command));
}

bool AdminCli::auditMaintenance(Storage &storage, const QString &action, const QJsonObject &details)
{
    domain::Auditor auditor(storage.audit(), QSysInfo::machineHostName());
    const domain::Status written =
        auditor.recordAlone(domain::Actor::localSystem(), action, QStringLiteral("database"), 0, details);
    if (!written)
        m_err << written.error().message << Qt::endl;
    return written.ok();
}

int AdminCli::init(const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    auto storage = Storage::open(path, OpenMode::CreateOrMigrate);
    if (!storage)
        return fail(storage.error().message);
    const auto version = storage.value()->schemaVersion();
    if (!version)
        return fail(version.error().message);
    if (existed)
        m_out
            << tr("The database %1 already exists; its schema is version %2.").arg(path).arg(version.value())
            << Qt::endl;
    else
        m_out << tr("Database created: %1 (schema version %2).").arg(path).arg(version.value()) << Qt::endl;
    if (!auditMaintenance(
            *storage.value(), QStringLiteral("database_init"),
            {{QStringLiteral("schema"), version.value()}, {QStringLiteral("created"), !existed}}))
        return ExitFailure;
    return ExitOk;
}

int AdminCli::migrate(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(tr("The database file %1 does not exist. Use \"init\" to create one.").arg(path));
    auto before = Storage::open(path, OpenMode::ExistingAsIs);
    if (!before)
        return fail(before.error().message);
    const auto from = before.value()->schemaVersion();
    if (!from)
        return fail(from.error().message);
    before.value().reset();

    auto storage = Storage::open(path, OpenMode::CreateOrMigrate);
    if (!storage)
        return fail(storage.error().message);
    const auto to = storage.value()->schemaVersion();
    if (!to)
        return fail(to.error().message);
    if (to.value() == from.value()) {
        m_out << tr("The database is up to date (schema version %1).").arg(to.value()) << Qt::endl;
    } else {
        m_out
            << tr("The database was updated from schema version %1 to %2.").arg(from.value()).arg(to.value())
            << Qt::endl;
        if (!storage.value()->migrationBackup().isEmpty())
            m_out << tr("A copy of the file as it was is in %1.").arg(storage.value()->migrationBackup())
                  << Qt::endl;
    }
    if (!auditMaintenance(*storage.value(), QStringLiteral("database_migrated"),
                          {{QStringLiteral("schema"), domain::change(from.value(), to.value())}}))
        return ExitFailure;
    return ExitOk;
}

int AdminCli::paths(const QStringList &args, const QString &path)
{
    if (!args.isEmpty())
        return badUsage(tr("The command paths takes no arguments."));
    // Machine-readable: scripts/run reads the database line.
    const QFileInfo db(path);
    m_out << QStringLiteral("database=") << db.absoluteFilePath() << Qt::endl
          << QStringLiteral("backups=") << db.absoluteDir().filePath(QStringLiteral("backups")) << Qt::endl
          << QStringLiteral("logs=") << support::logDirectory() << Qt::endl;
    return ExitOk;
}

int AdminCli::status(const QStringList &args, const QString &path)
{
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return badUsage(error);
    if (!options->positional().isEmpty())
        return badUsage(tr("The command status takes no arguments."));
    auto storage = Storage::open(path, OpenMode::ExistingAsIs);
    if (!storage)
        return fail(storage.error().message);
    const auto version = storage.value()->schemaVersion();
    if (!version)
        return fail(version.error().message);
    const auto counts = storage.value()->counts();
    if (!counts)
        return fail(counts.error().message);
    // Counted before the record of this reading, so that two readings agree.
    if (!auditMaintenance(*storage.value(), QStringLiteral("status_read"), {}))
        return ExitFailure;
    if (options->has(QStringLiteral("json"))) {
        QJsonObject countObject;
        for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
            countObject.insert(it.key(), it.value());
        const QJsonObject root{{QStringLiteral("schema_version"), version.value()},
                               {QStringLiteral("counts"), countObject}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << tr("Database: %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl
          << tr("Schema version: %1 (this program: %2)")
                 .arg(version.value())
                 .arg(repository::Migrator(storage.value()->database()).latestVersion())
          << Qt::endl;
    for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
        m_out << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
    return ExitOk;
}

int AdminCli::audit(const QStringList &args, const QString &path)
{
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return badUsage(error);
    if (options->positional() != QStringList{QStringLiteral("verify")})
        return badUsage(tr("Use: audit verify [--json]"));
    auto storage = Storage::open(path, OpenMode::ExistingAsIs);
    if (!storage)
        return fail(storage.error().message);
    const auto verified = storage.value()->audit().verify();
    if (!verified)
        return fail(verified.error().message);
    const domain::AuditVerification &v = verified.value();
    if (!auditMaintenance(*storage.value(), QStringLiteral("audit_verified"),
                          {{QStringLiteral("records"), v.records},
                           {QStringLiteral("intact"), v.intact},
                           {QStringLiteral("firstBadId"), v.firstBadId}}))
        return ExitFailure;
    spdlog::info("audit verify: {} records, intact={}, first bad id {}", v.records, v.intact, v.firstBadId);
    if (options->has(QStringLiteral("json"))) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("records"), v.records},
                                           {QStringLiteral("intact"), v.intact},
                                           {QStringLiteral("first_bad_id"), v.firstBadId},
                                           {QStringLiteral("problem"), v.problem}})
                     .toJson(QJsonDocument::Indented);
    } else if (v.intact) {
        m_out << tr("The audit trail is intact: %n record(s).", nullptr, int(v.records)) << Qt::endl;
    } else {
        m_out << tr("The audit trail was tampered with: %1.").arg(v.problem) << Qt::endl;
    }
    return v.intact ? ExitOk : ExitFailure;
}

namespace {

// What each demo size holds: persons, then the history behind the recent casework (DemoHistory). `large` is a
// zone after ten years: 40,000 cases, a million diary entries, 200,000 services and aid.
struct DemoSize
{
    int persons;
    HistoryProfile history;
};

const QHash<QString, DemoSize> &demoSizes()
{
    static const QHash<QString, DemoSize> sizes{
        {QStringLiteral("small"), {500, {}}},
        {QStringLiteral("zone"), {20'000, {5'500, 190'000, 39'000}}},
        {QStringLiteral("large"), {100'000, {27'500, 945'000, 195'000}}},
    };
    return sizes;
}

} // namespace

int AdminCli::demo(const QStringList &args, const QString &path)
{
    QString error;
    const auto options = Options::parse(
        args, {QStringLiteral("persons"), QStringLiteral("seed"), QStringLiteral("size")}, {}, &error);
    if (!options)
        return badUsage(error);
    const bool bySize = options->has(QStringLiteral("size"));
    const bool byCount = options->has(QStringLiteral("persons"));
    if (!options->positional().isEmpty() || (!bySize && !byCount))
        return badUsage(tr("demo needs --size small|zone|large, --persons N, or both."));
    bool countOk = true;
    bool seedOk = true;
    const auto size = demoSizes().constFind(options->value(QStringLiteral("size")));
    if (bySize && size == demoSizes().constEnd())
        return badUsage(tr("--size takes small, zone or large."));
    const int persons = byCount ? options->value(QStringLiteral("persons")).toInt(&countOk) : size->persons;
    const quint64 seed = options->has(QStringLiteral("seed"))
                             ? options->value(QStringLiteral("seed")).toULongLong(&seedOk)
                             : 1;
    if (!countOk || persons < 1 || persons > 1'000'000)
        return badUsage(tr("--persons takes a whole number from 1 to 1000000."));
    if (!seedOk)
        return badUsage(tr("--seed takes a whole non-negative number."));
    // A size with --persons is the same zone scaled down (or up) to that many persons.
    HistoryProfile history;
    if (bySize) {
        const double scale = double(persons) / size->persons;
        history = {int(size->history.cases * scale), int(size->history.diaryEntries * scale),
                   int(size->history.deliveries * scale)};
    }

    auto storage = Storage::open(path, OpenMode::CreateOrMigrate);
    if (!storage)
        return fail(storage.error().message);
    auto &transactions = storage.value()->transactions();
    domain::ServiceHub hub(storage.value()->repositories());
    DemoData generator(hub.persons, transactions, seed);
    QElapsedTimer clock;
    clock.start();
    const auto step = [&](const QString &what) {
        m_err << tr("[%1 s] %2").arg(clock.elapsed() / 1000, 4).arg(what) << Qt::endl;
    };
    // All or nothing: a failed demo leaves an empty database, not half a zone.
    auto tx = transactions.begin();
    if (!tx)
        return fail(tx.error().message);
    step(tr("Persons: %n to create…", nullptr, persons));
    const auto made = generator.createPersons(persons);
    if (!made)
        return fail(made.error().message);
    int caseCount = 0;
    if (bySize) {
        step(tr("Recent casework: workers, users, cases, diaries, projects, intake contacts…"));
        DemoCasework casework(hub, transactions, seed);
        const auto cases = casework.create(generator.created(), persons >= 20'000);
        if (!cases)
            return fail(cases.error().message);
        caseCount = cases.value();
        step(tr("Services and aid of the year…"));
        DemoServices services(hub, seed);
        if (const auto served = services.create(casework.caseIds()); !served)
            return fail(served.error().message);
        step(tr("Court mandates…"));
        DemoMandates mandates(hub, seed);
        if (const auto decrees = mandates.create(casework.caseIds()); !decrees)
            return fail(decrees.error().message);
        step(tr("Pronto Intervento: the rota and emergencies…"));
        DemoEmergencies emergencies(hub, seed);
        if (const auto logged = emergencies.create(generator.created(), casework.caseIds()); !logged)
            return fail(logged.error().message);
        step(tr("Projects…"));
        DemoProgrammes programmes(hub, seed);
        if (const auto enrolled = programmes.create(casework.caseIds()); !enrolled)
            return fail(enrolled.error().message);
        step(tr("Foster care…"));
        DemoFosterCare fosterCare(hub, seed);
        if (const auto placed = fosterCare.create(casework.caseIds()); !placed)
            return fail(placed.error().message);
        // One of everything the product does, whatever the seed (issue 13).
        step(tr("Loans, PIS, tirocini, court reports, an emergency access and the paper archive…"));
        if (const auto loans = DemoLoans(hub, seed).create(casework.caseIds()); !loans)
            return fail(loans.error().message);
        if (const auto inclusion = DemoInclusion(hub, seed).create(casework.caseIds()); !inclusion)
            return fail(inclusion.error().message);
        if (const auto reports = DemoCourtReports(hub, seed).create(casework.caseIds()); !reports)
            return fail(reports.error().message);
        if (const auto access = DemoAccess(hub, seed).create(casework.caseIds()); !access)
            return fail(access.error().message);
        if (const auto archived = DemoArchive(hub, seed).create(generator.created(), caseCount); !archived)
            return fail(archived.error().message);
        if (history.cases > 0) {
            step(tr("The years before: %n case(s) with their diaries and services…", nullptr, history.cases));
            DemoHistory past(hub, storage.value()->repositories().cases, seed);
            const auto written =
                past.create(generator.created(), casework.socialWorkers(), history, [&](int done) {
                    step(tr("  %1 of %2 past cases, %3 diary entries, %4 "
                            "services and aid")
                             .arg(done)
                             .arg(history.cases)
                             .arg(past.diaryEntries())
                             .arg(past.deliveries()));
                });
            if (!written)
                return fail(written.error().message);
            caseCount += written.value();
        }
    }
    step(tr("Saving…"));
    if (domain::Status done = tx.value()->commit(); !done)
        return fail(done.error().message);
    step(tr("Done."));
    spdlog::info("demo: {} persons and {} cases created with seed {}", made.value(), caseCount, seed);
    m_out << tr("%n demo person(s) created in %1.", nullptr, made.value()).arg(path) << Qt::endl;
    if (bySize)
        m_out << tr("%n demo case(s) with their diaries created.", nullptr, caseCount) << Qt::endl;
    return ExitOk;
}

int AdminCli::fiscalCode(const QStringList &args)
{
    FiscalCodeCommand command(m_out, m_err);
    const int status = command.run(args);
    if (status == ExitUsage)
        return badUsage(command.usageError());
    return status;
}

} // namespace cartella::cli
