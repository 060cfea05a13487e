// SPDX-License-Identifier: EUPL-1.2
// Opening the case window, as the user sees it, on the case with about 500 diary entries and on the one with
// the most (about 5,000 on `demo --size large`): the window is built from ui/, every tab is filled from the
// services, and it is laid out and painted (offscreen platform). The raw twin replays the SELECTs the window
// ran. The opening's audit record is rolled back after each iteration. Needs:
//   build-release/bin/cartella-admin --database /work/bench-large.sqlite demo --size large --seed 1
//   QT_QPA_PLATFORM=offscreen CARTELLA_BENCH_DB=/work/bench-large.sqlite
//   build-release/bin/case_window_benchmark
#include "benchtwin.h"
#include "gui/common/session.h"
#include "gui/shell/casewindow.h"

#include <QApplication>
#include <QPixmap>
#include <QSqlQuery>

using namespace cartella;
using namespace cartella::bench;

namespace {

// The case whose diary has the number of entries nearest to `entries`, and that number.
std::pair<qint64, qint64> caseWithEntries(qint64 entries)
{
    QSqlQuery q(BenchContext::get().storage->database().connection());
    q.prepare(QStringLiteral("SELECT case_id, count(*) AS n FROM diary_entries GROUP BY case_id "
                             "ORDER BY abs(count(*) - ?), case_id LIMIT 1"));
    q.addBindValue(entries);
    if (!q.exec() || !q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

void registerWindow(qint64 wanted)
{
    const auto [caseId, entries] = caseWithEntries(wanted);
    const std::string what = std::to_string(wanted) + " diary entries";
    registerScreen({"case window/" + what,
                    "Case window shown (built, filled, painted) on a case with " + std::to_string(entries) +
                        " diary entries",
                    50, true, true, [caseId] {
                        BenchContext &c = BenchContext::get();
                        gui::Session services(*c.hub, c.manager);
                        gui::CaseWindow window(services, caseId);
                        window.resize(1000, 700);
                        // grab() lays the window out and paints every visible widget, as showing it would.
                        return (long long)window.grab().width();
                    }});
    registerScreen({"case window/" + what + ", data only",
                    "the same case's data through the services (case, history, diary of " +
                        std::to_string(entries) + ")",
                    0, false, true, [caseId] {
                        BenchContext &c = BenchContext::get();
                        const auto opened = c.hub->cases.view(caseId, c.manager);
                        const auto history = c.hub->cases.history(caseId, c.manager);
                        const auto diary = c.hub->diary.entries(caseId, c.manager);
                        return opened && history && diary ? (long long)diary.value().size() : -1LL;
                    }});
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariable("CARTELLA_BENCH_DB").isEmpty()) {
        std::fprintf(stderr,
                     "Set CARTELLA_BENCH_DB to a database made by cartella-admin demo --size large\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    registerWindow(500);
    registerWindow(5000);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
