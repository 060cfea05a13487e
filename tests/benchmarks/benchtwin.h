// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Through the layers and raw: each screen's work is timed once through the real domain services (and, for
// the case window, the real widgets), and once as the SELECTs it ran, captured from the connection with
// sqlite3_trace_v2 and replayed through the SQLite C API on the same file. The ratio of the two is what the
// layers cost (QtSql, QVariant and QString conversion, the domain's objects and checks).
//
// Naming, read by bench_report: "<area>/<what>" through the layers, "<area>/<what>/raw" its raw twin. The
// counter target_ms is the target (0: none); the label says what was measured.

#include "benchdb.h"
#include "domain/servicehub.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cartella::bench {

// The SELECTs a connection runs while it is on (statements run by triggers and writes are left out: a raw
// twin reads only).
class SqlCapture
{
public:
    explicit SqlCapture(const QSqlDatabase &connection)
    {
        const QVariant handle = connection.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.data());
    }
    ~SqlCapture() { stop(); }

    void start()
    {
        m_sql.clear();
        if (m_db)
            sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &SqlCapture::trace, this);
    }
    std::vector<std::string> stop()
    {
        if (m_db)
            sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        return m_sql;
    }

private:
    static int trace(unsigned, void *self, void *stmt, void *text)
    {
        const char *sql = static_cast<const char *>(text);
        if (sql && sql[0] == '-' && sql[1] == '-') // a trigger's statement
            return 0;
        auto *s = static_cast<sqlite3_stmt *>(stmt);
        if (!sqlite3_stmt_readonly(s))
            return 0;
        char *expanded = sqlite3_expanded_sql(s);
        if (expanded) {
            std::string text(expanded);
            sqlite3_free(expanded);
            const auto first = text.find_first_not_of(" \t\n");
            const std::string head = first == std::string::npos ? std::string() : text.substr(first, 6);
            if (head == "SELECT" || head == "select" || head.rfind("WITH", 0) == 0 ||
                head.rfind("with", 0) == 0)
                static_cast<SqlCapture *>(self)->m_sql.push_back(std::move(text));
        }
        return 0;
    }

    sqlite3 *m_db = nullptr;
    std::vector<std::string> m_sql;
};

// Statements prepared once on a read-only connection of their own and run to the last row, every column
// read as the layers would.
class RawTwin
{
public:
    RawTwin(const std::string &path, const std::vector<std::string> &sql)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            m_error = "cannot open the database";
            return;
        }
        for (const std::string &s : sql) {
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(m_db, s.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
                m_error = sqlite3_errmsg(m_db);
                return;
            }
            m_stmts.push_back(stmt);
        }
    }
    ~RawTwin()
    {
        for (sqlite3_stmt *s : m_stmts)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    const std::string &error() const { return m_error; }
    std::size_t statements() const { return m_stmts.size(); }

    // The rows of every statement.
    long long run()
    {
        long long rows = 0;
        for (sqlite3_stmt *s : m_stmts) {
            sqlite3_reset(s);
            const int columns = sqlite3_column_count(s);
            while (sqlite3_step(s) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c)
                    benchmark::DoNotOptimize(sqlite3_column_text(s, c));
                ++rows;
            }
        }
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_stmts;
    std::string m_error;
};

// The database, the services, and the demo's users as the application would have them after login.
struct BenchContext
{
    std::unique_ptr<repository::Storage> storage;
    std::unique_ptr<domain::ServiceHub> hub;
    domain::Actor manager; // responsabile di zona: sees the whole zone
    domain::Actor worker;  // assistente1
    domain::Actor admin;   // amministratore di sistema

    static BenchContext &get()
    {
        static BenchContext c;
        return c;
    }
    std::string path() const { return qEnvironmentVariable("CARTELLA_BENCH_DB").toStdString(); }

private:
    BenchContext()
    {
        storage = openBenchDatabase();
        hub = std::make_unique<domain::ServiceHub>(storage->repositories(), QStringLiteral("bench"));
        manager = actor(QStringLiteral("responsabile"));
        worker = actor(QStringLiteral("assistente1"));
        admin = actor(QStringLiteral("admin"));
    }
    domain::Actor actor(const QString &name)
    {
        const auto user = storage->users().findUserByName(name);
        if (!user || !user.value()) {
            std::fprintf(stderr, "the database has no demo user %s\n", qPrintable(name));
            std::exit(1);
        }
        return hub->auth.actorFor(*user.value());
    }
};

// Rolls back whatever the timed work wrote (the audit records of an opening or an export), so that runs do
// not drift.
inline std::unique_ptr<domain::TransactionScope> rollbackScope()
{
    auto tx = BenchContext::get().storage->database().begin();
    if (!tx) {
        std::fprintf(stderr, "cannot begin a transaction: %s\n", qPrintable(tx.error().message));
        std::exit(1);
    }
    return std::move(tx).value();
}

using Work = std::function<long long()>; // returns how many rows or items it produced

struct Screen
{
    std::string name;  // "<area>/<what>"
    std::string label; // what it is, for the table
    double targetMs = 0;
    bool twin = true; // a raw twin makes sense (one query, or a few, answer it)
    bool writes = false;
    Work work;
};

// Registers the screen and, when it has one, its raw twin.
inline void registerScreen(const Screen &screen)
{
    benchmark::RegisterBenchmark(screen.name.c_str(),
                                 [screen](benchmark::State &state) {
                                     long long items = 0;
                                     for (auto _ : state) {
                                         std::unique_ptr<domain::TransactionScope> tx;
                                         if (screen.writes)
                                             tx = rollbackScope();
                                         items = screen.work();
                                         benchmark::DoNotOptimize(items);
                                     }
                                     state.counters["target_ms"] = screen.targetMs;
                                     state.counters["items"] = double(items);
                                     state.SetLabel(screen.label);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->MeasureProcessCPUTime()
        ->UseRealTime();
    if (!screen.twin)
        return;
    benchmark::RegisterBenchmark((screen.name + "/raw").c_str(),
                                 [screen](benchmark::State &state) {
                                     BenchContext &c = BenchContext::get();
                                     SqlCapture capture(c.storage->database().connection());
                                     std::vector<std::string> sql;
                                     {
                                         std::unique_ptr<domain::TransactionScope> tx;
                                         if (screen.writes)
                                             tx = rollbackScope();
                                         capture.start();
                                         screen.work();
                                         sql = capture.stop();
                                     }
                                     RawTwin raw(c.path(), sql);
                                     if (!raw.error().empty()) {
                                         state.SkipWithError(raw.error().c_str());
                                         return;
                                     }
                                     long long rows = 0;
                                     for (auto _ : state)
                                         rows = raw.run();
                                     state.counters["statements"] = double(raw.statements());
                                     state.counters["items"] = double(rows);
                                     state.SetLabel(screen.label);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->MeasureProcessCPUTime()
        ->UseRealTime();
}

} // namespace cartella::bench
