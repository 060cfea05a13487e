// SPDX-License-Identifier: EUPL-1.2
// Every screen of issue 13 on `demo --size large`, through the domain services as the windows call them and,
// beside each, the same SELECTs replayed through the SQLite C API (benchtwin.h). Needs:
//   build-release/bin/cartella-admin --database /work/bench-large.sqlite demo --size large --seed 1
//   CARTELLA_BENCH_DB=/work/bench-large.sqlite build-release/bin/screens_benchmark
// scripts/bench runs it and writes the table in docs/benchmarks.md.
#include "benchtwin.h"
#include "domain/kernel/officeclock.h"
#include "export/csvsink.h"
#include "export/siussfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>

using namespace cartella;
using namespace cartella::bench;

namespace {

qint64 scalar(const QString &sql)
{
    QSqlQuery q(BenchContext::get().storage->database().connection());
    if (!q.exec(sql) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString text(const QString &sql)
{
    QSqlQuery q(BenchContext::get().storage->database().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

template <typename T> long long sizeOf(const domain::Result<QList<T>> &r)
{
    return r ? (long long)r.value().size() : -1;
}

void persons()
{
    static const char *const typed[] = {"r", "ros", "rossi m", "nicol", "RSSMRA8", "popescu"};
    for (const char *t : typed) {
        const QString value = QString::fromUtf8(t);
        registerScreen({"persons/search '" + std::string(t) + "'",
                        "Persons: search as you type `" + std::string(t) + "`, first page (51 rows)", 5, true,
                        false, [value] {
                            BenchContext &c = BenchContext::get();
                            domain::PersonQuery q;
                            q.text = value;
                            q.limit = 51;
                            return sizeOf(c.hub->persons.search(q, c.manager));
                        }});
        registerScreen({"persons/count '" + std::string(t) + "'",
                        "Persons: the count label for `" + std::string(t) + "`", 5, true, false, [value] {
                            BenchContext &c = BenchContext::get();
                            domain::PersonQuery q;
                            q.text = value;
                            const auto n = c.hub->persons.count(q, c.manager);
                            return n ? (long long)n.value() : -1LL;
                        }});
    }
    static const char *const sorts[] = {"name", "fiscal code", "birth date", "Comune"};
    for (int s = 0; s < 4; ++s) {
        for (bool descending : {false, true}) {
            const std::string what = std::string(sorts[s]) + (descending ? " desc" : "");
            registerScreen({"persons/sort " + what, "Persons: first page sorted by " + what, 5, true, false,
                            [s, descending] {
                                BenchContext &c = BenchContext::get();
                                domain::PersonQuery q;
                                q.sort = domain::PersonSort(s);
                                q.descending = descending;
                                q.limit = 51;
                                return sizeOf(c.hub->persons.search(q, c.manager));
                            }});
        }
    }
    registerScreen(
        {"persons/sort Comune, typed 'ros'", "Persons: `ros` typed, sorted by Comune", 5, true, false, [] {
             BenchContext &c = BenchContext::get();
             domain::PersonQuery q;
             q.text = QStringLiteral("ros");
             q.sort = domain::PersonSort::Municipality;
             q.limit = 51;
             return sizeOf(c.hub->persons.search(q, c.manager));
         }});
}

void caseList()
{
    struct Filter
    {
        std::string name;
        std::function<void(domain::CaseQuery &)> set;
    };
    const QString comune = text(QStringLiteral(
        "SELECT municipality_code FROM cases GROUP BY municipality_code ORDER BY count(*) DESC LIMIT 1"));
    const qint64 worker = scalar(
        QStringLiteral("SELECT responsible_worker_id FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    const QString year = QString::number(domain::officeToday().year() - 1) + QLatin1Char('/');
    const std::vector<Filter> filters = {
        {"no filter",
         [](domain::CaseQuery &) {
         }},
        {"status in charge",
         [](domain::CaseQuery &q) {
             q.status = domain::CaseStatus::InCharge;
         }},
        {"status + area",
         [](domain::CaseQuery &q) {
             q.status = domain::CaseStatus::InCharge;
             q.area = domain::CaseArea::Elderly;
         }},
        {"responsible worker",
         [worker](domain::CaseQuery &q) {
             q.workerId = worker;
         }},
        {"Comune",
         [comune](domain::CaseQuery &q) {
             q.municipalityCode = comune;
         }},
        {"member 'ross'",
         [](domain::CaseQuery &q) {
             q.text = QStringLiteral("ross");
         }},
        {"status + member 'ross'",
         [](domain::CaseQuery &q) {
             q.status = domain::CaseStatus::InCharge;
             q.text = QStringLiteral("ross");
         }},
        {"number '" + year.toStdString() + "'",
         [year](domain::CaseQuery &q) {
             q.text = year;
         }},
        {"closed",
         [](domain::CaseQuery &q) {
             q.status = domain::CaseStatus::Closed;
         }},
    };
    for (const Filter &f : filters) {
        registerScreen({"cases/list " + f.name,
                        "Case list, " + f.name + ": first page (51 rows, overdue column) + count", 50, true,
                        false, [f] {
                            BenchContext &c = BenchContext::get();
                            domain::CaseQuery q;
                            q.limit = 51;
                            f.set(q);
                            const auto page = c.hub->cases.list(q, c.manager);
                            const auto n = c.hub->cases.count(q, c.manager);
                            return page && n ? (long long)page.value().size() : -1LL;
                        }});
    }
}

void searchEverything()
{
    std::vector<std::pair<std::string, QString>> words = {
        {"common word 'colloquio'", QStringLiteral("colloquio")},
        {"rare word 'riscaldamento'", QStringLiteral("riscaldamento")},
        {"two words 'scuola frequenza'", QStringLiteral("scuola frequenza")},
        {"accent 'equipe'", QStringLiteral("equipe")},
        {"nowhere 'zzzz'", QStringLiteral("zzzz")},
        {"one letter 'c'", QStringLiteral("c")},
    };
    const QString code = text(QStringLiteral("SELECT fiscal_code FROM persons WHERE fiscal_code IS NOT NULL "
                                             "ORDER BY id LIMIT 1 OFFSET 5000"));
    const QString number = text(QStringLiteral("SELECT number FROM cases ORDER BY id LIMIT 1 OFFSET 20000"));
    words.push_back({"fiscal code", code});
    words.push_back({"case number", number});
    for (const auto &[name, value] : words) {
        const QString typed = value;
        registerScreen({"ctrl+k/" + name,
                        "Ctrl+K, one keystroke, " + name + ": persons, cases, texts (20 each)", 30, true,
                        false, [typed] {
                            BenchContext &c = BenchContext::get();
                            const auto r = c.hub->search.search(typed, 20, c.manager);
                            return r ? (long long)(r.value().persons.size() + r.value().cases.size() +
                                                   r.value().texts.size())
                                     : -1LL;
                        }});
    }
}

void worklists()
{
    registerScreen({"worklists/le mie scadenze",
                    "Le mie scadenze of assistente1 (open, all buckets) + overdue count", 50, true, false,
                    [] {
                        BenchContext &c = BenchContext::get();
                        domain::DeadlineQuery q(c.worker.workerId, std::nullopt, true, 500);
                        const auto list = c.hub->deadlines.list(q, c.worker);
                        const auto overdue = c.hub->deadlines.overdueCount(c.worker.workerId, c.worker);
                        return list && overdue ? (long long)list.value().size() : -1LL;
                    }});
    registerScreen({"worklists/approval queue", "Approval queue: requests waiting for the zone manager", 50,
                    true, false, [] {
                        BenchContext &c = BenchContext::get();
                        domain::DeliveryQuery q;
                        q.status = domain::DeliveryStatus::Requested;
                        return sizeOf(c.hub->deliveries.list(q, c.manager));
                    }});
    const int year = domain::officeToday().year();
    registerScreen({"worklists/budget page",
                    "Budget page for " + std::to_string(year) + ": the year's lines with their figures", 50,
                    true, false, [year] {
                        BenchContext &c = BenchContext::get();
                        const auto lines = c.hub->budget.lines(year, c.manager);
                        if (!lines)
                            return -1LL;
                        for (const domain::BudgetLine &l : lines.value())
                            benchmark::DoNotOptimize(c.hub->budget.figures(l.id, c.manager));
                        return (long long)lines.value().size();
                    }});
    const qint64 person = scalar(QStringLiteral("SELECT person_id FROM service_deliveries GROUP BY person_id "
                                                "ORDER BY count(*) DESC, person_id LIMIT 1"));
    registerScreen({"worklists/person's services", "A person's services (the one with the most)", 50, true,
                    false, [person] {
                        BenchContext &c = BenchContext::get();
                        return sizeOf(c.hub->deliveries.forPerson(person, c.manager));
                    }});
}

void projects()
{
    const QDate today = domain::officeToday();
    registerScreen({"projects/pronto intervento figures", "Pronto Intervento monthly figures, last 12 months",
                    50, true, false, [today] {
                        BenchContext &c = BenchContext::get();
                        const QDate to(today.year(), today.month(), 1);
                        return sizeOf(c.hub->prontoIntervento.figures(to.addMonths(-11), to, c.manager));
                    }});
    registerScreen(
        {"projects/programme counts", "Programme counts for the last year", 50, true, false, [today] {
             BenchContext &c = BenchContext::get();
             return sizeOf(c.hub->programmes.counts(today.addYears(-1), today, c.manager));
         }});
    const QString comune = text(QStringLiteral(
        "SELECT municipality_code FROM foster_families GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    registerScreen(
        {"projects/foster matching", "Trova famiglie: residential, a child of 8", 50, true, false, [comune] {
             BenchContext &c = BenchContext::get();
             return sizeOf(c.hub->fosterCare.matchFamilies(8, domain::FosterAvailability::Residential, comune,
                                                           c.manager));
         }});
}

void exports()
{
    const int year = domain::officeToday().year() - 1;
    const QDate from(year, 1, 1), to(year, 12, 31);
    registerScreen(
        {"exports/siuss year", "SIUSS file for " + std::to_string(year), 10000, false, true, [from, to] {
             BenchContext &c = BenchContext::get();
             // The demo sets no SIUSS sender and gives users no codice fiscale: both are set here, inside
             // the iteration's transaction, and rolled back with it (well under a millisecond).
             for (const auto &[key, value] : {std::pair{"siuss_ente_code", "SDS01"},
                                              std::pair{"siuss_ente_name", "Societa della Salute"},
                                              std::pair{"siuss_ente_belfiore", "A496"}})
                 if (!c.hub->exports.setSetting(QString::fromLatin1(key), QString::fromLatin1(value),
                                                c.manager))
                     std::fprintf(stderr, "siuss: cannot set %s\n", key);
             QSqlQuery q(c.storage->database().connection());
             q.exec(QStringLiteral("UPDATE users SET fiscal_code = 'RSSMRA85T10A562S' WHERE username = "
                                   "'responsabile'"));
             const auto made = c.hub->exports.siuss(from, to, exporting::writeSiussFile, {}, c.manager);
             if (!made)
                 std::fprintf(stderr, "siuss: %s\n", qPrintable(made.error().message));
             return made ? (long long)made.value().file.benefitsWritten : -1LL;
         }});
    registerScreen({"exports/payments csv year", "Payments CSV for " + std::to_string(year), 10000, false,
                    true, [from, to] {
                        BenchContext &c = BenchContext::get();
                        QBuffer buffer;
                        buffer.open(QIODevice::WriteOnly);
                        domain::ExportFilter filter;
                        filter.from = from;
                        filter.to = to;
                        const auto made =
                            c.hub->exports.payments(filter, exporting::csvSink(buffer), {}, c.manager);
                        return made ? (long long)buffer.size() : -1LL;
                    }});
    const qint64 person = scalar(QStringLiteral(
        "SELECT person_id FROM case_members GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1"));
    registerScreen(
        {"exports/subject access", "Subject-access export (JSON) of the person with the most cases", 10000,
         false, true, [person] {
             BenchContext &c = BenchContext::get();
             const auto data = c.hub->subjectRights.exportData(person, c.manager, {QStringLiteral("json")});
             return data ? (long long)data.value().size() : -1LL;
         }});
}

void maintenance()
{
    registerScreen({"maintenance/audit verify", "audit verify, the whole trail", 10000, false, false, [] {
                        const auto v = BenchContext::get().storage->audit().verify();
                        return v && v.value().intact ? (long long)v.value().records : -1LL;
                    }});
    registerScreen({"maintenance/retention dry-run", "retention apply --dry-run (closed ten years ago)", 0,
                    false, true, [] {
                        BenchContext &c = BenchContext::get();
                        const auto r = c.hub->retention.preview(domain::officeToday().addYears(-10), c.admin);
                        return r ? 1LL : -1LL;
                    }});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("CARTELLA_BENCH_DB").isEmpty()) {
        std::fprintf(stderr,
                     "Set CARTELLA_BENCH_DB to a database made by cartella-admin demo --size large\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    persons();
    caseList();
    searchEverything();
    worklists();
    projects();
    exports();
    maintenance();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
