// Search-as-you-type over a large registry: the domain service (what the persons list calls) beside the
// same query run directly through the SQLite C API. Needs a demo database:
//   build/bin/cartella-admin --database /tmp/bench.sqlite demo --persons 100000
//   CARTELLA_BENCH_DB=/tmp/bench.sqlite build/bin/person_search_benchmark
#include "domain/personservice.h"
#include "domain/textfold.h"
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
    std::unique_ptr<domain::PersonService> service;

    ServiceFixture()
    {
        auto opened = repository::Storage::open(databasePath(), repository::OpenMode::ExistingAsIs);
        if (!opened) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(databasePath()));
            std::exit(1);
        }
        storage = std::move(opened).value();
        service = std::make_unique<domain::PersonService>(storage->persons(), storage->transactions());
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

void BM_ServiceCount(benchmark::State &state)
{
    domain::PersonQuery q;
    q.text = QString::fromUtf8(kPrefixes[state.range(0)]);
    const domain::Actor actor{QStringLiteral("bench")};
    for (auto _ : state)
        benchmark::DoNotOptimize(fixture().service->count(q, actor).value());
    state.SetLabel(kPrefixes[state.range(0)]);
}

// The SQL the repository runs for the first page sorted by name, prepared once, through the C API.
void BM_RawSqliteFirstPage(benchmark::State &state)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databasePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        state.SkipWithError("cannot open database");
        return;
    }
    const char *sql =
        "SELECT p.id, p.surname, p.given_name, p.sex, p.birth_date, p.fiscal_code, "
        "p.residence_municipality, p.name_key FROM persons p WHERE ("
        "(p.name_key >= ?1 AND p.name_key < ?2) OR (p.given_key >= ?1 AND p.given_key < ?2) OR "
        "(p.fiscal_code >= ?3 AND p.fiscal_code < ?4)) ORDER BY p.name_key ASC, p.id ASC LIMIT 51";
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    const QString text = QString::fromUtf8(kPrefixes[state.range(0)]);
    const QByteArray key = domain::foldForSearch(text).toUtf8();
    const QByteArray keyEnd = key + "\xf4\x8f\xbf\xbf";
    const QByteArray code = text.toUpper().remove(QLatin1Char(' ')).toUtf8();
    const QByteArray codeEnd = code + "\xf4\x8f\xbf\xbf";
    int rows = 0;
    for (auto _ : state) {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, keyEnd.constData(), int(keyEnd.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, code.constData(), int(code.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 4, codeEnd.constData(), int(codeEnd.size()), SQLITE_STATIC);
        rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < 8; ++c)
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
