// SPDX-License-Identifier: EUPL-1.2
#include "cli/servicescommand.h"

#include "cli/options.h"
#include "domain/servicehub.h"
#include "export/csvsink.h"
#include "export/siussfile.h"

#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <functional>

namespace cartella::cli {

using namespace cartella::domain;

namespace {

struct Period
{
    QDate from;
    QDate to;
};

std::optional<Period> period(const Options &options)
{
    const QDate from = QDate::fromString(options.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(options.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return Period{from, to};
}

// 1, 2, 3 or the catalogue's area codes; 0 for anything else.
int areaOf(const QString &text)
{
    static const QHash<QString, int> areas{
        {QStringLiteral("1"), 1},          {QStringLiteral("2"), 2},
        {QStringLiteral("3"), 3},          {QStringLiteral("family_minors"), 1},
        {QStringLiteral("disability"), 2}, {QStringLiteral("poverty"), 3}};
    return areas.value(text.trimmed().toLower(), 0);
}

} // namespace

QString ServicesCommand::usage() const
{
    return tr("  services export --csv deliveries|payments --from YYYY-MM-DD --to YYYY-MM-DD [--line ID]\n"
              "                  [--area 1|2|3] [--comune ISTAT] --out FILE\n"
              "                               the services delivered or the aid paid in the period, as CSV\n"
              "                               (needs --user of a zone manager or administrative officer)\n"
              "  services siuss --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--problems FILE]\n"
              "                               the period's benefits as an INPS SIUSS file; what cannot be\n"
              "                               sent is listed (and written to --problems as CSV)\n");
}

int ServicesCommand::run(CommandContext &context, const QStringList &args)
{
    return runLoggedIn(
        context, args, tr("services needs one of: export, siuss."),
        {{QStringLiteral("export"), std::bind_front(&ServicesCommand::exportCsv, this, std::ref(context))},
         {QStringLiteral("siuss"), std::bind_front(&ServicesCommand::siuss, this, std::ref(context))}});
}

int ServicesCommand::exportCsv(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(args,
                                        {QStringLiteral("csv"), QStringLiteral("from"), QStringLiteral("to"),
                                         QStringLiteral("line"), QStringLiteral("area"),
                                         QStringLiteral("comune"), QStringLiteral("out")},
                                        {}, &error);
    if (!options)
        return context.badUsage(error);
    const QString kind = options->value(QStringLiteral("csv"));
    const QString path = options->value(QStringLiteral("out"));
    if (!options->positional().isEmpty() ||
        (kind != QLatin1String("deliveries") && kind != QLatin1String("payments")) || path.isEmpty())
        return context.badUsage(
            tr("services export needs --csv deliveries|payments, --from, --to and --out FILE."));
    const auto days = period(*options);
    if (!days)
        return context.badUsage(tr("--from and --to take dates as YYYY-MM-DD."));
    ExportFilter filter{days->from, days->to, {}, 0, options->value(QStringLiteral("comune"))};
    if (options->has(QStringLiteral("line"))) {
        bool ok = false;
        filter.budgetLineId = options->value(QStringLiteral("line")).toLongLong(&ok);
        if (!ok || *filter.budgetLineId <= 0)
            return context.badUsage(tr("--line takes the id of a budget line."));
    }
    if (options->has(QStringLiteral("area"))) {
        filter.area = areaOf(options->value(QStringLiteral("area")));
        if (filter.area == 0)
            return context.badUsage(tr("--area takes 1 (family_minors), 2 (disability) or 3 (poverty)."));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    const auto done = kind == QLatin1String("deliveries")
                          ? hub.exports.deliveries(filter, exporting::csvSink(file), {}, actor)
                          : hub.exports.payments(filter, exporting::csvSink(file), {}, actor);
    if (!done) {
        file.cancelWriting();
        return context.fail(done.error().message);
    }
    if (!file.commit())
        return context.fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    spdlog::info("services export {}: {} rows", kind.toStdString(), done.value().rows);
    out << (kind == QLatin1String("deliveries")
                ? tr("%n service(s) delivered written to %1.", nullptr, int(done.value().rows))
                : tr("%n payment(s) written to %1.", nullptr, int(done.value().rows)))
               .arg(path)
        << Qt::endl;
    return ExitOk;
}

int ServicesCommand::siuss(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(
        args,
        {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out"), QStringLiteral("problems")}, {},
        &error);
    if (!options)
        return context.badUsage(error);
    const QString path = options->value(QStringLiteral("out"));
    if (!options->positional().isEmpty() || path.isEmpty())
        return context.badUsage(tr("services siuss needs --from, --to and --out FILE."));
    const auto days = period(*options);
    if (!days)
        return context.badUsage(tr("--from and --to take dates as YYYY-MM-DD."));

    const auto made = hub.exports.siuss(days->from, days->to, exporting::writeSiussFile, {}, actor);
    if (!made)
        return context.fail(made.error().message);
    const SiussExport &e = made.value();
    spdlog::info("siuss export: {} of {} beneficiaries, {} of {} benefits written, {} problems",
                 e.file.beneficiariesWritten, e.beneficiaries, e.file.benefitsWritten, e.benefits,
                 e.file.problems.size());

    if (!e.file.xml.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(e.file.xml) != e.file.xml.size() || !file.commit())
            return context.fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    }
    const QString problemsPath = options->value(QStringLiteral("problems"));
    if (!problemsPath.isEmpty()) {
        QSaveFile file(problemsPath);
        bool written = file.open(QIODevice::WriteOnly);
        auto sink = exporting::csvSink(file);
        for (const QStringList &record : e.problemRecords())
            written = written && sink(record);
        if (!written || !file.commit())
            return context.fail(tr("%1 cannot be written: %2").arg(problemsPath, file.errorString()));
    }

    out << tr("SIUSS flow %1, from %2 to %3: %4 person(s) with %5 benefit(s) in the period.")
               .arg(e.flowName, days->from.toString(Qt::ISODate), days->to.toString(Qt::ISODate))
               .arg(e.beneficiaries)
               .arg(e.benefits)
        << Qt::endl;
    if (e.file.xml.isEmpty())
        out << tr("Nothing can be sent: no file was written.") << Qt::endl;
    else
        out << tr("%1 person(s) with %2 benefit(s) written to %3.")
                   .arg(e.file.beneficiariesWritten)
                   .arg(e.file.benefitsWritten)
                   .arg(path)
            << Qt::endl;
    if (!e.file.problems.isEmpty()) {
        out << tr("%n problem(s): what they name is left out of the file.", nullptr,
                  int(e.file.problems.size()))
            << Qt::endl;
        for (const SiussProblem &p : e.file.problems) {
            QStringList where;
            if (p.personId != 0)
                where << tr("person %1").arg(p.personId);
            if (p.deliveryId != 0)
                where << tr("service %1").arg(p.deliveryId);
            if (const QString cases = e.caseOf(p); !cases.isEmpty())
                where << tr("case %1").arg(cases);
            out << QStringLiteral("  ") << (where.isEmpty() ? tr("file") : where.join(QStringLiteral(", ")))
                << QStringLiteral(" — ") << p.field << QStringLiteral(": ") << p.message << Qt::endl;
        }
        if (!problemsPath.isEmpty())
            out << tr("The problems are also in %1.").arg(problemsPath) << Qt::endl;
    }
    return ExitOk;
}

QString SettingsCommand::usage() const
{
    return tr("  settings show                the office settings (the SIUSS sender)\n"
              "  settings set KEY VALUE       siuss_ente_code, siuss_ente_name or siuss_ente_belfiore\n"
              "                               (needs --user of a zone manager or system administrator)\n");
}

int SettingsCommand::run(CommandContext &context, const QStringList &args)
{
    const bool show = args == QStringList{QStringLiteral("show")};
    const bool set = args.size() == 3 && args.first() == QLatin1String("set");
    if (!show && !set)
        return context.badUsage(tr("settings needs: show, or set KEY VALUE (keys: %1).")
                                    .arg(ServiceExportService::settingKeys().join(QStringLiteral(", "))));
    if (!context.logIn())
        return ExitFailure;
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    if (set) {
        if (Status s = hub.exports.setSetting(args.at(1), args.at(2), actor); !s)
            return context.fail(s.error().message);
        out << tr("%1 set.").arg(args.at(1)) << Qt::endl;
        return ExitOk;
    }
    const auto all = hub.exports.settings(actor);
    if (!all)
        return context.fail(all.error().message);
    for (const auto &[key, value] : all.value())
        out << key << QStringLiteral("=") << value << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
