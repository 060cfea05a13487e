// SPDX-License-Identifier: EUPL-1.2
// Opening a case and listing cases on a large zone. Needs a demo database:
//   build-release/bin/cartella-admin --database /tmp/large.sqlite demo --size large
//   CARTELLA_BENCH_DB=/tmp/large.sqlite build-release/bin/case_open_benchmark
// One demo case has 500 diary entries; the benchmark finds it as the case with the most entries.
#include "benchdb.h"
#include "domain/servicehub.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    domain::CaseService *cases = nullptr;
    domain::DiaryService *diary = nullptr;
    qint64 longCase = 0;
    domain::Actor actor{QStringLiteral("bench")};

    Fixture()
    {
        storage = bench::openBenchDatabase();
        hub = std::make_unique<domain::ServiceHub>(storage->repositories());
        cases = &hub->cases;
        diary = &hub->diary;
        QSqlQuery q(storage->database().connection());
        q.exec(QStringLiteral(
            "SELECT case_id FROM diary_entries GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"));
        q.next();
        longCase = q.value(0).toLongLong();
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

// What the case window reads when it opens: the case, its history and its whole diary. With range 1 the
// case is opened as the window does, writing the opening to the audit trail (a hash-chained record in a
// transaction of its own); with 0 it is only read.
void BM_OpenCaseWith500DiaryEntries(benchmark::State &state)
{
    Fixture &f = fixture();
    const bool audited = state.range(0) == 1;
    std::size_t entries = 0;
    for (auto _ : state) {
        const auto c = audited ? f.cases->view(f.longCase, f.actor) : f.cases->get(f.longCase, f.actor);
        const auto history = f.cases->history(f.longCase, f.actor);
        const auto diary = f.diary->entries(f.longCase, f.actor);
        // The project and deadlines tabs read these when the window opens.
        const auto plan = f.storage->plans().plan(f.longCase);
        const auto deadlines = f.storage->deadlines().listDeadlines({std::nullopt, f.longCase, true, 500});
        entries = std::size_t(diary.value().size());
        benchmark::DoNotOptimize(c.value().id + history.value().size() + plan.value().actions.size() +
                                 deadlines.value().size());
    }
    state.SetLabel("entries=" + std::to_string(entries));
}

// The case list's first page (51 rows) with a filter, and its count.
void BM_CaseListFirstPageFiltered(benchmark::State &state)
{
    Fixture &f = fixture();
    domain::CaseQuery q;
    q.status = domain::CaseStatus::InCharge;
    if (state.range(0) == 1)
        q.area = domain::CaseArea::Elderly;
    if (state.range(0) == 2)
        q.text = QStringLiteral("ross");
    q.limit = 51;
    for (auto _ : state) {
        const auto page = f.cases->list(q, f.actor);
        const auto count = f.cases->count(q, f.actor);
        benchmark::DoNotOptimize(page.value().size() + count.value());
    }
    static const char *const labels[] = {"status", "status+area", "status+name"};
    state.SetLabel(labels[state.range(0)]);
}

BENCHMARK(BM_OpenCaseWith500DiaryEntries)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CaseListFirstPageFiltered)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("CARTELLA_BENCH_DB")) {
        std::fprintf(stderr,
                     "Set CARTELLA_BENCH_DB to a database made by cartella-admin demo --size large\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
