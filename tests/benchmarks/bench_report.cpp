// SPDX-License-Identifier: EUPL-1.2
// Writes the measured tables into docs/benchmarks.md (scripts/bench calls it; no python on a fresh Debian):
//   bench_report --doc docs/benchmarks.md --machine "..." [--memory memory.jsonl] results1.json results2.json
//   ...
// Each results file is Google Benchmark's --benchmark_format=json output of a program built on benchtwin.h:
// "<area>/<what>" is through the layers, "<area>/<what>/raw" its raw twin, counter target_ms the target.
// The text between <!-- bench:begin --> and <!-- bench:end --> is replaced; the rest of the file is kept.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

struct Row
{
    QString name;
    QString label;
    double target = 0;
    double measured = -1;
    double raw = -1;
    int statements = 0;
    QString error;
};

double toMs(double value, const QString &unit)
{
    if (unit == QLatin1String("ns"))
        return value / 1e6;
    if (unit == QLatin1String("us"))
        return value / 1e3;
    if (unit == QLatin1String("s"))
        return value * 1e3;
    return value;
}

QString ms(double v)
{
    if (v < 0)
        return QStringLiteral("—");
    if (v >= 1000)
        return QString::number(v / 1000, 'f', 2) + QStringLiteral(" s");
    if (v >= 10)
        return QString::number(v, 'f', 1) + QStringLiteral(" ms");
    return QString::number(v, 'f', 2) + QStringLiteral(" ms");
}

QString escaped(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString doc, machine, memory;
    QStringList inputs;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--doc") && !args.isEmpty())
            doc = args.takeFirst();
        else if (a == QLatin1String("--machine") && !args.isEmpty())
            machine = args.takeFirst();
        else if (a == QLatin1String("--memory") && !args.isEmpty())
            memory = args.takeFirst();
        else
            inputs << a;
    }
    if (doc.isEmpty() || inputs.isEmpty()) {
        std::fprintf(stderr,
                     "Use: bench_report --doc FILE [--machine TEXT] [--memory FILE] RESULTS.json...\n");
        return 2;
    }

    QList<Row> rows;
    QMap<QString, qsizetype> index;
    QMap<QString, Row> raws;
    for (const QString &input : inputs) {
        QFile f(input);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(input));
            return 1;
        }
        // Google Benchmark writes NaN (a coefficient of variation of zero) where JSON has no number.
        QString json = QString::fromUtf8(f.readAll());
        json.replace(QRegularExpression(QStringLiteral(":\\s*-?(NaN|nan|inf|Infinity)\\b")),
                     QStringLiteral(": null"));
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parsed);
        if (parsed.error != QJsonParseError::NoError) {
            std::fprintf(stderr, "%s: %s at %d\n", qPrintable(input), qPrintable(parsed.errorString()),
                         parsed.offset);
            return 1;
        }
        const QJsonArray benchmarks = document.object().value(QLatin1String("benchmarks")).toArray();
        for (const QJsonValue &v : benchmarks) {
            const QJsonObject b = v.toObject();
            if (b.value(QLatin1String("run_type")).toString() == QLatin1String("aggregate") &&
                b.value(QLatin1String("aggregate_name")).toString() != QLatin1String("median"))
                continue;
            QString name = b.value(QLatin1String("run_name")).toString();
            if (name.isEmpty())
                name = b.value(QLatin1String("name")).toString();
            name.remove(QStringLiteral("/real_time")).remove(QStringLiteral("/process_time"));
            Row r;
            r.name = name;
            r.label = b.value(QLatin1String("label")).toString();
            r.target = b.value(QLatin1String("target_ms")).toDouble();
            r.statements = b.value(QLatin1String("statements")).toInt();
            r.error = b.value(QLatin1String("error_message")).toString();
            if (r.error.isEmpty())
                r.measured = toMs(b.value(QLatin1String("real_time")).toDouble(),
                                  b.value(QLatin1String("time_unit")).toString());
            if (name.endsWith(QLatin1String("/raw"))) {
                raws.insert(name.chopped(4), r);
            } else if (index.contains(name)) {
                rows[index.value(name)] = r; // the median replaces a single run
            } else {
                index.insert(name, rows.size());
                rows << r;
            }
        }
    }

    QString table;
    QTextStream out(&table);
    out << "<!-- bench:begin (written by scripts/bench; edits here are lost) -->\n";
    out << "Machine: " << machine << "\n\n";
    out << "| what | target | measured | raw SQLite | ratio | |\n| --- | --- | --- | --- | --- | --- |\n";
    int missed = 0;
    for (const Row &r : rows) {
        const Row raw = raws.value(r.name);
        const bool hasRaw = raws.contains(r.name) && raw.measured >= 0;
        const double ratio = hasRaw && raw.measured > 0 ? r.measured / raw.measured : -1;
        QString verdict;
        if (!r.error.isEmpty())
            verdict = QStringLiteral("error: ") + r.error;
        else if (r.target > 0 && r.measured > r.target)
            verdict = QStringLiteral("**missed**");
        else if (r.target > 0 && ratio > 3 && r.target <= 50)
            verdict = QStringLiteral("ratio > 3");
        else if (r.target > 0)
            verdict = QStringLiteral("ok");
        if (verdict.startsWith(QLatin1String("**")) || verdict.startsWith(QLatin1String("error")))
            ++missed;
        out << "| " << escaped(r.label.isEmpty() ? r.name : r.label) << " | "
            << (r.target > 0 ? QStringLiteral("≤ ") + ms(r.target) : QStringLiteral("")) << " | "
            << ms(r.measured) << " | "
            << (hasRaw ? ms(raw.measured) + QStringLiteral(" (%1 stmt)").arg(raw.statements)
                       : QStringLiteral("—"))
            << " | "
            << (ratio > 0 ? QString::number(ratio, 'f', 1) + QStringLiteral("×") : QStringLiteral("—"))
            << " | " << escaped(verdict) << " |\n";
    }
    if (!memory.isEmpty()) {
        QFile f(memory);
        if (f.open(QIODevice::ReadOnly)) {
            out << "\nMemory (`memory_probe`, /proc/self/status after each step):\n\n"
                << "| step | VmRSS | VmHWM (peak) |\n| --- | --- | --- |\n";
            for (const QByteArray &line : f.readAll().split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.isEmpty())
                    continue;
                out << "| " << o.value(QLatin1String("step")).toString() << " | "
                    << QString::number(o.value(QLatin1String("vmrss_kb")).toDouble() / 1024, 'f', 0)
                    << " MB | "
                    << QString::number(o.value(QLatin1String("vmhwm_kb")).toDouble() / 1024, 'f', 0)
                    << " MB |\n";
            }
        }
    }
    out << "<!-- bench:end -->";
    out.flush();

    QFile f(doc);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(doc));
        return 1;
    }
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    const qsizetype begin = text.indexOf(QLatin1String("<!-- bench:begin"));
    const QString endMarker = QStringLiteral("<!-- bench:end -->");
    const qsizetype end = text.indexOf(endMarker);
    if (begin < 0 || end < begin) {
        std::fprintf(stderr, "%s has no <!-- bench:begin --> ... <!-- bench:end --> markers\n",
                     qPrintable(doc));
        return 1;
    }
    text.replace(begin, end + endMarker.size() - begin, table);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(doc));
        return 1;
    }
    std::printf("%d row(s), %d missed or failed\n", int(rows.size()), missed);
    return 0;
}
