// SPDX-License-Identifier: EUPL-1.2
#include "cli/retentioncommand.h"

#include "cli/options.h"
#include "domain/servicehub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace cartella::cli {

using namespace cartella::domain;

QString RetentionCommand::usage() const
{
    return tr(
        "  retention apply --closed-before YYYY-MM-DD [--dry-run] [--json]\n"
        "                               anonymise the cases closed before the date and their persons who\n"
        "                               appear in nothing newer (needs --user of a zone manager or system\n"
        "                               administrator); --dry-run only counts\n");
}

int RetentionCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("apply"))
        return context.badUsage(
            tr("retention needs: apply --closed-before YYYY-MM-DD [--dry-run] [--json]."));
    QString error;
    const auto options = Options::parse(args.mid(1), {QStringLiteral("closed-before")},
                                        {QStringLiteral("dry-run"), QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    if (!options->positional().isEmpty() || !options->has(QStringLiteral("closed-before")))
        return context.badUsage(tr("retention apply needs --closed-before YYYY-MM-DD and nothing else."));
    const QDate closedBefore =
        QDate::fromString(options->value(QStringLiteral("closed-before")), Qt::ISODate);
    if (!closedBefore.isValid())
        return context.badUsage(tr("--closed-before takes a date as YYYY-MM-DD."));
    const bool dryRun = options->has(QStringLiteral("dry-run"));

    if (!context.logIn())
        return ExitFailure;
    Actor &actor = context.actor();
    actor.purpose = QStringLiteral("retention");
    ServiceHub &hub = context.hub();
    const auto result =
        dryRun ? hub.retention.preview(closedBefore, actor) : hub.retention.apply(closedBefore, actor);
    if (!result)
        return context.fail(result.error().message);
    QTextStream &out = context.out();
    const RetentionReport &r = result.value();
    spdlog::info("retention {}: closed before {}, {} cases, {} persons, run {}",
                 dryRun ? "dry run" : "applied", closedBefore.toString(Qt::ISODate).toStdString(), r.cases,
                 r.persons, r.runId);
    if (options->has(QStringLiteral("json"))) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("dry_run"), dryRun},
                               {QStringLiteral("closed_before"), closedBefore.toString(Qt::ISODate)},
                               {QStringLiteral("run_id"), r.runId},
                               {QStringLiteral("cases"), r.cases},
                               {QStringLiteral("persons"), r.persons},
                               {QStringLiteral("case_numbers"), QJsonArray::fromStringList(r.caseNumbers)}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (dryRun)
        out << tr("%1 case(s) and %2 person(s) would be anonymised (closed before %3).")
                   .arg(r.cases)
                   .arg(r.persons)
                   .arg(closedBefore.toString(Qt::ISODate))
            << Qt::endl;
    else if (r.cases == 0)
        out << tr("Nothing to anonymise: no case closed before %1 is left with its data.")
                   .arg(closedBefore.toString(Qt::ISODate))
            << Qt::endl;
    else
        out << tr("%1 case(s) and %2 person(s) anonymised (closed before %3, retention run %4).")
                   .arg(r.cases)
                   .arg(r.persons)
                   .arg(closedBefore.toString(Qt::ISODate))
                   .arg(r.runId)
            << Qt::endl;
    for (const QString &number : r.caseNumbers)
        out << QStringLiteral("  ") << number << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
