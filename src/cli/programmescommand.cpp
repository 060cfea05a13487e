// SPDX-License-Identifier: EUPL-1.2
#include "cli/programmescommand.h"

#include "cli/admincli.h"
#include "cli/login.h"
#include "cli/options.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "export/csvsink.h"
#include "repository/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cartella::cli {

using namespace cartella::domain;

namespace {

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int ProgrammesCommand::usage(const QString &message)
{
    m_usageError = message;
    return ExitUsage;
}

int ProgrammesCommand::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return ExitFailure;
}

int ProgrammesCommand::run(const QStringList &args, const QString &databasePath)
{
    if (args.isEmpty() || (args.first() != QLatin1String("list") && args.first() != QLatin1String("counts")))
        return usage(tr("projects needs one of: list, counts."));
    auto storage = repository::Storage::open(databasePath, repository::OpenMode::ExistingAsIs);
    if (!storage)
        return fail(storage.error().message);
    ServiceHub hub(storage.value()->repositories());
    const std::optional<Actor> actor = logInAs(hub.auth, m_user, m_err);
    if (!actor)
        return ExitFailure;
    m_actor = *actor;
    return args.first() == QLatin1String("list") ? list(hub, args.mid(1)) : counts(hub, args.mid(1));
}

int ProgrammesCommand::list(ServiceHub &hub, const QStringList &args)
{
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return usage(error);
    const auto programmes = hub.programmes.list(m_actor);
    if (!programmes)
        return fail(programmes.error().message);
    QJsonArray rows;
    for (const Programme &p : programmes.value()) {
        if (options->has(QStringLiteral("json"))) {
            QJsonArray team;
            for (const ProgrammeTeamMember &m : p.team)
                team.append(QJsonObject{{QStringLiteral("worker_id"), m.workerId},
                                        {QStringLiteral("role"), Vocabulary<ProgrammeTeamRole>::code(m.role)},
                                        {QStringLiteral("from"), isoOrNull(m.fromOn)},
                                        {QStringLiteral("to"), isoOrNull(m.toOn)}});
            rows.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("funder"), p.funder},
                                    {QStringLiteral("status"), Vocabulary<ProgrammeStatus>::code(p.status)},
                                    {QStringLiteral("starts_on"), isoOrNull(p.startsOn)},
                                    {QStringLiteral("ends_on"), isoOrNull(p.endsOn)},
                                    {QStringLiteral("team"), team}});
        } else {
            m_out << p.id << '\t' << p.name << '\t' << p.funder << '\t'
                  << Vocabulary<ProgrammeStatus>::label(p.status) << '\t' << p.startsOn.toString(Qt::ISODate)
                  << '\t' << p.endsOn.toString(Qt::ISODate) << Qt::endl;
        }
    }
    if (options->has(QStringLiteral("json")))
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int ProgrammesCommand::counts(ServiceHub &hub, const QStringList &args)
{
    QString error;
    const auto options =
        Options::parse(args, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("csv")},
                       {QStringLiteral("json")}, &error);
    if (!options)
        return usage(error);
    const QDate today = officeToday();
    const QDate from = options->has(QStringLiteral("from"))
                           ? QDate::fromString(options->value(QStringLiteral("from")), Qt::ISODate)
                           : QDate(today.year(), 1, 1);
    const QDate to = options->has(QStringLiteral("to"))
                         ? QDate::fromString(options->value(QStringLiteral("to")), Qt::ISODate)
                         : today;
    if (!from.isValid() || !to.isValid())
        return usage(tr("--from and --to take dates as YYYY-MM-DD."));
    const auto counts = hub.programmes.counts(from, to, m_actor);
    if (!counts)
        return fail(counts.error().message);
    if (options->has(QStringLiteral("csv"))) {
        QSaveFile file(options->value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("The file %1 could not be written.").arg(file.fileName()));
        auto sink = exporting::csvSink(file);
        for (const QStringList &record : ProgrammeService::countRecords(counts.value())) {
            if (!sink(record))
                return fail(tr("The file %1 could not be written.").arg(file.fileName()));
        }
        if (!file.commit())
            return fail(tr("The file %1 could not be written.").arg(file.fileName()));
        m_out
            << tr("%n project(s) counted into %1.", nullptr, int(counts.value().size())).arg(file.fileName())
            << Qt::endl;
        return ExitOk;
    }
    QJsonArray rows;
    for (const ProgrammeCounts &c : counts.value()) {
        if (options->has(QStringLiteral("json"))) {
            QJsonArray comuni;
            for (const MunicipalityCount &m : c.byMunicipality)
                comuni.append(QJsonObject{{QStringLiteral("istat"), m.municipalityCode},
                                          {QStringLiteral("name"), m.municipalityName},
                                          {QStringLiteral("enrolments"), m.enrolments}});
            rows.append(QJsonObject{{QStringLiteral("id"), c.programmeId},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("status"), Vocabulary<ProgrammeStatus>::code(c.status)},
                                    {QStringLiteral("enrolled_at_end"), c.enrolledAtEnd},
                                    {QStringLiteral("joined"), c.joined},
                                    {QStringLiteral("left"), c.left},
                                    {QStringLiteral("active_in_period"), c.activeInPeriod},
                                    {QStringLiteral("distinct_cases"), c.distinctCases},
                                    {QStringLiteral("persons_without_case"), c.distinctPersons},
                                    {QStringLiteral("by_comune"), comuni}});
        } else {
            m_out << c.name << '\t'
                  << tr("enrolled %1, joined %2, left %3, in the period %4, cases %5")
                         .arg(c.enrolledAtEnd)
                         .arg(c.joined)
                         .arg(c.left)
                         .arg(c.activeInPeriod)
                         .arg(c.distinctCases)
                  << Qt::endl;
        }
    }
    if (options->has(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                           {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                           {QStringLiteral("projects"), rows}})
                     .toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace cartella::cli
