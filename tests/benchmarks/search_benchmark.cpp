// SPDX-License-Identifier: EUPL-1.2
// The Ctrl+K search on a large zone: persons, cases and full text (FTS5) together. Needs a demo database:
//   build-release/bin/cartella-admin --database /tmp/large.sqlite demo --size large
//   CARTELLA_BENCH_DB=/tmp/large.sqlite build-release/bin/search_benchmark
#include "benchdb.h"
#include "domain/servicehub.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace cartella;

namespace {

struct Fixture
{
    std::unique_ptr<repository::Storage> storage;
    std::unique_ptr<domain::ServiceHub> hub;
    domain::Actor actor{QStringLiteral("bench")};

    Fixture()
    {
        storage = bench::openBenchDatabase();
        hub = std::make_unique<domain::ServiceHub>(storage->repositories());
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

const char *const kQueries[] = {
    "colloquio",        // in about a sixth of all diary entries: the worst case for ranking
    "riscaldamento",    // a rarer word
    "scuola frequenza", // two words, both must match
    "bollette",         // intake requests
    "equipe",           // accents: matches "équipe"
    "zzzz",             // nothing
};

// What one keystroke of the search box costs: persons, cases and texts, 20 of each at most.
void BM_SearchEverything(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString text = QString::fromUtf8(kQueries[state.range(0)]);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = f.hub->search.search(text, 20, f.actor);
        found = std::size_t(r.value().persons.size() + r.value().cases.size() + r.value().texts.size());
        benchmark::DoNotOptimize(found);
    }
    state.SetLabel(std::string(kQueries[state.range(0)]) + " found=" + std::to_string(found));
}

// The full-text part alone.
void BM_FullTextOnly(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString fts = domain::SearchService::ftsQuery(QString::fromUtf8(kQueries[state.range(0)]));
    for (auto _ : state)
        benchmark::DoNotOptimize(f.storage->search().fullText(fts, 20, {}, true, {}).value().size());
    state.SetLabel(kQueries[state.range(0)]);
}

} // namespace

BENCHMARK(BM_SearchEverything)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullTextOnly)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
