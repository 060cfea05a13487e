// SPDX-License-Identifier: EUPL-1.2
#include "cli/democommand.h"

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
#include "cli/options.h"
#include "domain/servicehub.h"
#include "repository/database.h"
#include "repository/storage.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace cartella::cli {

using repository::OpenMode;
using repository::Storage;

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

QString DemoCommand::usage() const
{
    return tr(
        "  demo --size small|zone|large [--persons N] [--seed S]\n"
        "                               fill an empty database with a synthetic zone: persons, workers,\n"
        "                               cases, diaries and every feature (about 500, 20000 or 100000\n"
        "                               persons; large is a zone after ten years); with --persons, the\n"
        "                               same zone scaled to N persons\n"
        "  demo --persons N [--seed S]  fill an empty database with N synthetic persons only\n");
}

bool DemoCommand::paints(const QStringList &args) const
{
    return std::any_of(args.cbegin(), args.cend(),
                       [](const QString &a) { return a.startsWith(QLatin1String("--size")); });
}

int DemoCommand::run(CommandContext &context, const QStringList &args)
{
    QString error;
    const auto options = Options::parse(
        args, {QStringLiteral("persons"), QStringLiteral("seed"), QStringLiteral("size")}, {}, &error);
    if (!options)
        return context.badUsage(error);
    const bool bySize = options->has(QStringLiteral("size"));
    const bool byCount = options->has(QStringLiteral("persons"));
    if (!options->positional().isEmpty() || (!bySize && !byCount))
        return context.badUsage(tr("demo needs --size small|zone|large, --persons N, or both."));
    bool countOk = true;
    bool seedOk = true;
    const auto size = demoSizes().constFind(options->value(QStringLiteral("size")));
    if (bySize && size == demoSizes().constEnd())
        return context.badUsage(tr("--size takes small, zone or large."));
    const int persons = byCount ? options->value(QStringLiteral("persons")).toInt(&countOk) : size->persons;
    const quint64 seed = options->has(QStringLiteral("seed"))
                             ? options->value(QStringLiteral("seed")).toULongLong(&seedOk)
                             : 1;
    if (!countOk || persons < 1 || persons > 1'000'000)
        return context.badUsage(tr("--persons takes a whole number from 1 to 1000000."));
    if (!seedOk)
        return context.badUsage(tr("--seed takes a whole non-negative number."));
    // A size with --persons is the same zone scaled down (or up) to that many persons.
    HistoryProfile history;
    if (bySize) {
        const double scale = double(persons) / size->persons;
        history = {int(size->history.cases * scale), int(size->history.diaryEntries * scale),
                   int(size->history.deliveries * scale)};
    }

    Storage *storage = context.openStorage(OpenMode::CreateOrMigrate);
    if (!storage)
        return ExitFailure;
    auto &transactions = storage->transactions();
    domain::ServiceHub &hub = context.hub();
    DemoData generator(hub.persons, transactions, seed);
    QElapsedTimer clock;
    clock.start();
    const auto step = [&](const QString &what) {
        context.err() << tr("[%1 s] %2").arg(clock.elapsed() / 1000, 4).arg(what) << Qt::endl;
    };
    // All or nothing: a failed demo leaves an empty database, not half a zone. The whole zone is one
    // transaction, so every page it changes must stay in this connection's cache until the commit; with the
    // default cache (2 MB) the pages of `large` (1.6 GB) spilled to the WAL again and again (6.9 GB written)
    // and each read searched a growing WAL index. Up to 2 GB for the demo's connection alone; the memory is
    // taken only as pages are changed (docs/benchmarks.md).
    if (domain::Status cached = storage->database().exec(QStringLiteral("PRAGMA cache_size = -2000000"));
        !cached)
        return context.fail(cached.error().message);
    auto tx = transactions.begin();
    if (!tx)
        return context.fail(tx.error().message);
    step(tr("Persons: %n to create…", nullptr, persons));
    const auto made = generator.createPersons(persons);
    if (!made)
        return context.fail(made.error().message);
    int caseCount = 0;
    if (bySize) {
        step(tr("Recent casework: workers, users, cases, diaries, projects, intake contacts…"));
        DemoCasework casework(hub, transactions, seed);
        const auto cases = casework.create(generator.created(), persons >= 20'000);
        if (!cases)
            return context.fail(cases.error().message);
        caseCount = cases.value();
        step(tr("Services and aid of the year…"));
        DemoServices services(hub, seed);
        if (const auto served = services.create(casework.caseIds()); !served)
            return context.fail(served.error().message);
        step(tr("Court mandates…"));
        DemoMandates mandates(hub, seed);
        if (const auto decrees = mandates.create(casework.caseIds()); !decrees)
            return context.fail(decrees.error().message);
        step(tr("Pronto Intervento: the rota and emergencies…"));
        DemoEmergencies emergencies(hub, seed);
        if (const auto logged = emergencies.create(generator.created(), casework.caseIds()); !logged)
            return context.fail(logged.error().message);
        step(tr("Projects…"));
        DemoProgrammes programmes(hub, seed);
        if (const auto enrolled = programmes.create(casework.caseIds()); !enrolled)
            return context.fail(enrolled.error().message);
        step(tr("Foster care…"));
        DemoFosterCare fosterCare(hub, seed);
        if (const auto placed = fosterCare.create(casework.caseIds()); !placed)
            return context.fail(placed.error().message);
        // One of everything the product does, whatever the seed (issue 13).
        step(tr("Loans, PIS, tirocini, court reports, an emergency access and the paper archive…"));
        if (const auto loans = DemoLoans(hub, seed).create(casework.caseIds()); !loans)
            return context.fail(loans.error().message);
        if (const auto inclusion = DemoInclusion(hub, seed).create(casework.caseIds()); !inclusion)
            return context.fail(inclusion.error().message);
        if (const auto reports = DemoCourtReports(hub, seed).create(casework.caseIds()); !reports)
            return context.fail(reports.error().message);
        if (const auto access = DemoAccess(hub, seed).create(casework.caseIds()); !access)
            return context.fail(access.error().message);
        if (const auto archived = DemoArchive(hub, seed).create(generator.created(), caseCount); !archived)
            return context.fail(archived.error().message);
        if (history.cases > 0) {
            step(tr("The years before: %n case(s) with their diaries and services…", nullptr, history.cases));
            DemoHistory past(hub, storage->repositories().cases, seed);
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
                return context.fail(written.error().message);
            caseCount += written.value();
        }
    }
    step(tr("Saving…"));
    if (domain::Status done = tx.value()->commit(); !done)
        return context.fail(done.error().message);
    step(tr("Done."));
    spdlog::info("demo: {} persons and {} cases created with seed {}", made.value(), caseCount, seed);
    QTextStream &out = context.out();
    out << tr("%n demo person(s) created in %1.", nullptr, made.value()).arg(context.databasePath())
        << Qt::endl;
    if (bySize)
        out << tr("%n demo case(s) with their diaries created.", nullptr, caseCount) << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
