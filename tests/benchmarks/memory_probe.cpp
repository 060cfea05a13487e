// SPDX-License-Identifier: EUPL-1.2
// The application's resident memory on a large zone: the real main window (every section, as `cartella`
// builds it after login as the zone manager), the case list shown, a Ctrl+K search for a common word, and the
// case window of the case with the most diary entries (about 5,000), each shown and painted. After each step
// it prints VmRSS (resident now) and VmHWM (the peak) from /proc/self/status, one JSON object a line; the
// last line is what docs/benchmarks.md reports. Writes nothing that stays: the openings' audit records are
// rolled back. Needs:
//   QT_QPA_PLATFORM=offscreen CARTELLA_BENCH_DB=/work/bench-large.sqlite build-release/bin/memory_probe
#include "benchtwin.h"
#include "gui/casework/casespage.h"
#include "gui/casework/searchdialog.h"
#include "gui/common/session.h"
#include "gui/shell/casewindow.h"
#include "gui/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPixmap>
#include <QSqlQuery>

#include <cstdio>

using namespace cartella;
using namespace cartella::bench;

namespace {

long long statusKb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

void report(const char *step)
{
    QApplication::processEvents();
    std::printf("{\"step\": \"%s\", \"vmrss_kb\": %lld, \"vmhwm_kb\": %lld}\n", step, statusKb("VmRSS"),
                statusKb("VmHWM"));
    std::fflush(stdout);
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
    report("started");
    BenchContext &c = BenchContext::get();
    auto tx = rollbackScope();
    report("database open");
    gui::Session services(*c.hub, c.manager);
    gui::MainWindow window(services, QString::fromStdString(c.path()));
    window.resize(1280, 800);
    window.show();
    benchmark::DoNotOptimize(window.grab().width());
    report("main window");

    if (auto *navigation = window.findChild<QListWidget *>())
        for (int row = 0; row < navigation->count(); ++row)
            if (navigation->item(row)->text().contains(QStringLiteral("Cartelle")) ||
                navigation->item(row)->text().contains(QStringLiteral("Cases")))
                navigation->setCurrentRow(row);
    window.casesPage()->refresh();
    benchmark::DoNotOptimize(window.grab().width());
    report("case list");

    gui::SearchDialog search(services, &window);
    search.show();
    search.search(QStringLiteral("colloquio"));
    benchmark::DoNotOptimize(search.grab().width());
    report("ctrl+k colloquio");

    QSqlQuery q(c.storage->database().connection());
    q.exec(
        QStringLiteral("SELECT case_id FROM diary_entries GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    const qint64 longest = q.value(0).toLongLong();
    q.finish();
    if (gui::CaseWindow *w = window.openCase(longest)) {
        w->resize(1000, 700);
        w->show();
        benchmark::DoNotOptimize(w->grab().width());
    }
    report("case window, longest diary");
    return 0;
}
