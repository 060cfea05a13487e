// SPDX-License-Identifier: EUPL-1.2
// Search-as-you-type over a large registry: the domain service (what the persons list calls) beside the
// same query run directly through the SQLite C API. Needs a demo database:
//   build/bin/cartella-admin --database /tmp/bench.sqlite demo --persons 100000
//   CARTELLA_BENCH_DB=/tmp/bench.sqlite build/bin/person_search_benchmark
#include "domain/servicehub.h"
#include "repository/personsearchsql.h"
#include "repository/storage.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace cartella;

namespace {

const char *const kPrefixes[] = {"r", "ros", "rossi m", "nicol", "RSSMRA8", "popescu"};

QString databasePath()
{
    return qEnvironmentVariable("CARTELLA_BENCH_DB");
}

struct ServiceFixture
{
    std::unique_ptr<repository::Storage> storage;
    std::unique_ptr<domain::ServiceHub> hub;
    domain::PersonService *service = nullptr;

    ServiceFixture()
    {
        auto opened = repository::Storage::open(databasePath(), repository::OpenMode::ExistingAsIs);
        if (!opened) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(databasePath()));
            std::exit(1);
        }
        storage = std::move(opened).value();
        hub = std::make_unique<domain::ServiceHub>(storage->repositories());
        service = &hub->persons;
    }
};

ServiceFixture &fixture()
{
    static ServiceFixture f;
    return f;
}

void BM_ServiceFirstPage(benchmark::State &state)
{
    domain::PersonQuery q;
    q.text = QString::fromUtf8(kPrefixes[state.range(0)]);
    q.limit = 51; // what the list model asks for: a page of 50 and one to know there is more
    const domain::Actor actor{QStringLiteral("bench")};
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto page = fixture().service->search(q, actor);
        rows = std::size_t(page.value().size());
        benchmark::DoNotOptimize(rows);
    }
    state.SetLabel(std::string(kPrefixes[state.range(0)]) + " rows=" + std::to_string(rows));
}

// The whole registry, no filter, first page in each column's order (what clicking a header does).
void BM_ServiceFirstPageSorted(benchmark::State &state)
{
    static const char *const names[] = {"name", "fiscal code", "birth date", "comune"};
    domain::PersonQuery q;
    q.sort = static_cast<domain::PersonSort>(state.range(0));
    q.limit = 51;
    const domain::Actor actor{QStringLiteral("bench")};
    for (auto _ : state)
        benchmark::DoNotOptimize(fixture().service->search(q, actor).value().size());
    state.SetLabel(names[state.range(0)]);
}

void BM_ServiceCount(benchmark::State &state)
{
    domain::PersonQuery q;
    q.text = QString::fromUtf8(kPrefixes[state.range(0)]);
    const domain::Actor actor{QStringLiteral("bench")};
    for (auto _ : state)
        benchmark::DoNotOptimize(fixture().service->count(q, actor).value());
    state.SetLabel(kPrefixes[state.range(0)]);
}

// Exactly the SQL the repository runs for that page, prepared once, through the SQLite C API.
void BM_RawSqliteFirstPage(benchmark::State &state)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databasePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        state.SkipWithError("cannot open database");
        return;
    }
    domain::PersonQuery query;
    query.text = QString::fromUtf8(kPrefixes[state.range(0)]);
    query.limit = 51;
    const repository::SqlStatement statement = repository::PersonSearchSql::page(query);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, statement.sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    QList<QByteArray> values; // kept alive for SQLITE_STATIC
    for (auto it = statement.binds.cbegin(); it != statement.binds.cend(); ++it)
        values.append(it.value().toString().toUtf8());
    int rows = 0;
    for (auto _ : state) {
        sqlite3_reset(stmt);
        int i = 0;
        for (auto it = statement.binds.cbegin(); it != statement.binds.cend(); ++it, ++i) {
            const int index = sqlite3_bind_parameter_index(stmt, it.key().toUtf8().constData());
            sqlite3_bind_text(stmt, index, values.at(i).constData(), int(values.at(i).size()), SQLITE_STATIC);
        }
        rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < 9; ++c)
                benchmark::DoNotOptimize(sqlite3_column_text(stmt, c));
            ++rows;
        }
    }
    state.SetLabel(std::string(kPrefixes[state.range(0)]) + " rows=" + std::to_string(rows));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

constexpr int kCount = int(sizeof(kPrefixes) / sizeof(kPrefixes[0]));
BENCHMARK(BM_ServiceFirstPage)->DenseRange(0, kCount - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawSqliteFirstPage)->DenseRange(0, kCount - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ServiceFirstPageSorted)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ServiceCount)->DenseRange(0, kCount - 1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (databasePath().isEmpty()) {
        std::fprintf(stderr,
                     "Set CARTELLA_BENCH_DB to a database made by cartella-admin demo --persons 100000\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
