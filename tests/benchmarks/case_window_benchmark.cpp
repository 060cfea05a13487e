// SPDX-License-Identifier: EUPL-1.2
// Opening the case window on the case with 500 diary entries, as the user sees it: the window is built from
// ui/, every tab is filled from the services, and it is laid out and painted (offscreen platform). Needs:
//   build-release/bin/cartella-admin --database /tmp/large.sqlite demo --size large
//   QT_QPA_PLATFORM=offscreen CARTELLA_BENCH_DB=/tmp/large.sqlite build-release/bin/case_window_benchmark
#include "benchdb.h"
#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "gui/shell/casewindow.h"

#include <QApplication>
#include <QPixmap>
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
    qint64 longCase = 0;

    Fixture()
    {
        storage = bench::openBenchDatabase();
        hub = std::make_unique<domain::ServiceHub>(storage->repositories());
        QSqlQuery q(storage->database().connection());
        q.exec(QStringLiteral(
            "SELECT case_id FROM diary_entries GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"));
        q.next();
        longCase = q.value(0).toLongLong();
    }
};

void BM_ShowCaseWindowWith500DiaryEntries(benchmark::State &state)
{
    static Fixture f;
    gui::Session services(*f.hub, domain::Actor{QStringLiteral("bench")});
    for (auto _ : state) {
        gui::CaseWindow window(services, f.longCase);
        window.resize(1000, 700);
        // grab() lays the window out and paints every visible widget, as showing it would.
        benchmark::DoNotOptimize(window.grab().width());
    }
}

} // namespace

BENCHMARK(BM_ShowCaseWindowWith500DiaryEntries)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
