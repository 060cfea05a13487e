// SPDX-License-Identifier: EUPL-1.2
#include "cli/retentioncommand.h"

#include "cli/admincli.h"
#include "cli/login.h"
#include "cli/options.h"
#include "domain/servicehub.h"
#include "repository/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace cartella::cli {

using namespace cartella::domain;

int RetentionCommand::usage(const QString &message)
{
    m_usageError = message;
    return ExitUsage;
}

int RetentionCommand::run(const QStringList &args, const QString &databasePath)
{
    if (args.isEmpty() || args.first() != QLatin1String("apply"))
        return usage(tr("retention needs: apply --closed-before YYYY-MM-DD [--dry-run] [--json]."));
    QString error;
    const auto options = Options::parse(args.mid(1), {QStringLiteral("closed-before")},
                                        {QStringLiteral("dry-run"), QStringLiteral("json")}, &error);
    if (!options)
        return usage(error);
    if (!options->positional().isEmpty() || !options->has(QStringLiteral("closed-before")))
        return usage(tr("retention apply needs --closed-before YYYY-MM-DD and nothing else."));
    const QDate closedBefore =
        QDate::fromString(options->value(QStringLiteral("closed-before")), Qt::ISODate);
    if (!closedBefore.isValid())
        return usage(tr("--closed-before takes a date as YYYY-MM-DD."));
    const bool dryRun = options->has(QStringLiteral("dry-run"));

    auto storage = repository::Storage::open(databasePath, repository::OpenMode::ExistingAsIs);
    if (!storage) {
        m_err << storage.error().message << Qt::endl;
        return ExitFailure;
    }
    ServiceHub hub(storage.value()->repositories());
    std::optional<Actor> actor = logInAs(hub.auth, m_user, m_err);
    if (!actor)
        return ExitFailure;
    actor->purpose = QStringLiteral("retention");
    const auto result =
        dryRun ? hub.retention.preview(closedBefore, *actor) : hub.retention.apply(closedBefore, *actor);
    if (!result) {
        m_err << result.error().message << Qt::endl;
        return ExitFailure;
    }
    const RetentionReport &r = result.value();
    spdlog::info("retention {}: closed before {}, {} cases, {} persons, run {}",
                 dryRun ? "dry run" : "applied", closedBefore.toString(Qt::ISODate).toStdString(), r.cases,
                 r.persons, r.runId);
    if (options->has(QStringLiteral("json"))) {
        m_out << QJsonDocument(
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
        m_out << tr("%1 case(s) and %2 person(s) would be anonymised (closed before %3).")
                     .arg(r.cases)
                     .arg(r.persons)
                     .arg(closedBefore.toString(Qt::ISODate))
              << Qt::endl;
    else if (r.cases == 0)
        m_out << tr("Nothing to anonymise: no case closed before %1 is left with its data.")
                     .arg(closedBefore.toString(Qt::ISODate))
              << Qt::endl;
    else
        m_out << tr("%1 case(s) and %2 person(s) anonymised (closed before %3, retention run %4).")
                     .arg(r.cases)
                     .arg(r.persons)
                     .arg(closedBefore.toString(Qt::ISODate))
                     .arg(r.runId)
              << Qt::endl;
    for (const QString &number : r.caseNumbers)
        m_out << QStringLiteral("  ") << number << Qt::endl;
    return ExitOk;
}

} // namespace cartella::cli
