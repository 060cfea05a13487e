// SPDX-License-Identifier: EUPL-1.2
#include "cli/personcommand.h"

#include "cli/options.h"
#include "domain/servicehub.h"
#include "export/subjectdataexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <functional>

namespace cartella::cli {

using namespace cartella::domain;

namespace {

std::optional<qint64> personId(const QStringList &positional)
{
    bool ok = false;
    const qint64 id = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

QString PersonCommand::usage() const
{
    return tr(
        "  person access-report ID [--json]\n"
        "                               who consulted the person's file and their cases, newest first\n"
        "                               (needs --user of a zone manager)\n"
        "  person export ID [--json FILE] [--pdf FILE]\n"
        "                               all data held about the person, without third parties, to JSON\n"
        "                               and/or PDF (GDPR art. 15; needs --user of a zone manager)\n");
}

bool PersonCommand::paints(const QStringList &args) const
{
    return args.contains(QStringLiteral("export")) && args.contains(QStringLiteral("--pdf"));
}

int PersonCommand::run(CommandContext &context, const QStringList &args)
{
    return runLoggedIn(
        context, args, tr("person needs one of: access-report, export."),
        {{QStringLiteral("access-report"),
          std::bind_front(&PersonCommand::accessReport, this, std::ref(context))},
         {QStringLiteral("export"), std::bind_front(&PersonCommand::exportData, this, std::ref(context))}});
}

int PersonCommand::accessReport(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    const auto id = personId(options->positional());
    if (!id)
        return context.badUsage(tr("person access-report needs exactly one person id."));
    const auto report = hub.subjectRights.accessReport(*id, actor);
    if (!report)
        return context.fail(report.error().message);
    QJsonArray rows;
    for (const AccessEntry &e : report.value()) {
        if (options->has(QStringLiteral("json")))
            rows.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("user"), e.userName},
                                    {QStringLiteral("workstation"), e.workstation},
                                    {QStringLiteral("purpose"), e.purpose},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("what"), e.what},
                                    {QStringLiteral("case"), e.caseNumber}});
        else
            out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << e.userName
                << '\t' << e.workstation << '\t' << e.purpose << '\t' << e.what << '\t' << e.caseNumber
                << Qt::endl;
    }
    if (options->has(QStringLiteral("json")))
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int PersonCommand::exportData(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(args, {QStringLiteral("json"), QStringLiteral("pdf")}, {}, &error);
    if (!options)
        return context.badUsage(error);
    const auto id = personId(options->positional());
    if (!id)
        return context.badUsage(tr("person export needs exactly one person id."));
    const QString jsonPath = options->value(QStringLiteral("json"));
    const QString pdfPath = options->value(QStringLiteral("pdf"));
    if (jsonPath.isEmpty() && pdfPath.isEmpty())
        return context.badUsage(tr("person export needs --json FILE, --pdf FILE or both."));
    if (Status written = exporting::exportSubjectData(hub.subjectRights, *id, actor, jsonPath, pdfPath);
        !written)
        return context.fail(written.error().message);
    if (!jsonPath.isEmpty())
        out << tr("Data written to %1.").arg(jsonPath) << Qt::endl;
    if (!pdfPath.isEmpty())
        out << tr("Data written to %1.").arg(pdfPath) << Qt::endl;
    spdlog::info("person {} exported as {}{}{}", *id, jsonPath.isEmpty() ? "" : "json",
                 !jsonPath.isEmpty() && !pdfPath.isEmpty() ? "," : "", pdfPath.isEmpty() ? "" : "pdf");
    return ExitOk;
}

} // namespace cartella::cli
