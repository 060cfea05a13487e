// SPDX-License-Identifier: EUPL-1.2
#include "cli/personcommand.h"

#include "cli/admincli.h"
#include "cli/login.h"
#include "cli/options.h"
#include "domain/servicehub.h"
#include "export/subjectdatafiles.h"
#include "repository/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

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

bool PersonCommand::writesPdf(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("person"));
    return at >= 0 && args.mid(at + 1).contains(QStringLiteral("export")) &&
           args.mid(at + 1).contains(QStringLiteral("--pdf"));
}

int PersonCommand::usage(const QString &message)
{
    m_usageError = message;
    return ExitUsage;
}

int PersonCommand::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return ExitFailure;
}

int PersonCommand::run(const QStringList &args, const QString &databasePath)
{
    if (args.isEmpty() ||
        (args.first() != QLatin1String("access-report") && args.first() != QLatin1String("export")))
        return usage(tr("person needs one of: access-report, export."));
    auto storage = repository::Storage::open(databasePath, repository::OpenMode::ExistingAsIs);
    if (!storage)
        return fail(storage.error().message);
    ServiceHub hub(storage.value()->repositories());
    const std::optional<Actor> actor = logInAs(hub.auth, m_user, m_err);
    if (!actor)
        return ExitFailure;
    m_actor = *actor;
    return args.first() == QLatin1String("access-report") ? accessReport(hub, args.mid(1))
                                                          : exportData(hub, args.mid(1));
}

int PersonCommand::accessReport(ServiceHub &hub, const QStringList &args)
{
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return usage(error);
    const auto id = personId(options->positional());
    if (!id)
        return usage(tr("person access-report needs exactly one person id."));
    const auto report = hub.subjectRights.accessReport(*id, m_actor);
    if (!report)
        return fail(report.error().message);
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
            m_out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << e.userName
                  << '\t' << e.workstation << '\t' << e.purpose << '\t' << e.what << '\t' << e.caseNumber
                  << Qt::endl;
    }
    if (options->has(QStringLiteral("json")))
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int PersonCommand::exportData(ServiceHub &hub, const QStringList &args)
{
    QString error;
    const auto options = Options::parse(args, {QStringLiteral("json"), QStringLiteral("pdf")}, {}, &error);
    if (!options)
        return usage(error);
    const auto id = personId(options->positional());
    if (!id)
        return usage(tr("person export needs exactly one person id."));
    const QString jsonPath = options->value(QStringLiteral("json"));
    const QString pdfPath = options->value(QStringLiteral("pdf"));
    if (jsonPath.isEmpty() && pdfPath.isEmpty())
        return usage(tr("person export needs --json FILE, --pdf FILE or both."));
    QStringList formats;
    if (!jsonPath.isEmpty())
        formats << QStringLiteral("json");
    if (!pdfPath.isEmpty())
        formats << QStringLiteral("pdf");
    const auto data = hub.subjectRights.exportData(*id, m_actor, formats);
    if (!data)
        return fail(data.error().message);
    if (!jsonPath.isEmpty()) {
        if (Status s = exporting::SubjectDataFiles::writeJson(data.value(), jsonPath); !s)
            return fail(s.error().message);
        m_out << tr("Data written to %1.").arg(jsonPath) << Qt::endl;
    }
    if (!pdfPath.isEmpty()) {
        if (Status s = exporting::SubjectDataFiles::writePdf(data.value(), pdfPath); !s)
            return fail(s.error().message);
        m_out << tr("Data written to %1.").arg(pdfPath) << Qt::endl;
    }
    spdlog::info("person {} exported as {}", *id, formats.join(QLatin1Char(',')).toStdString());
    return ExitOk;
}

} // namespace cartella::cli
