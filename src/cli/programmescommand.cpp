// SPDX-License-Identifier: EUPL-1.2
#include "cli/programmescommand.h"

#include "cli/options.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "export/csvsink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace cartella::cli {

using namespace cartella::domain;

namespace {

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString ProgrammesCommand::usage() const
{
    return tr(
        "  projects list [--json]       the generic projects with their funder, period and team\n"
        "  projects counts [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv FILE]\n"
        "                               enrolled, joined and left per project and Comune in the period\n"
        "                               (from 1 January to today unless given)\n");
}

int ProgrammesCommand::run(CommandContext &context, const QStringList &args)
{
    return runLoggedIn(
        context, args, tr("projects needs one of: list, counts."),
        {{QStringLiteral("list"), std::bind_front(&ProgrammesCommand::list, this, std::ref(context))},
         {QStringLiteral("counts"), std::bind_front(&ProgrammesCommand::counts, this, std::ref(context))}});
}

int ProgrammesCommand::list(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options = Options::parse(args, {}, {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    const auto programmes = hub.programmes.list(actor);
    if (!programmes)
        return context.fail(programmes.error().message);
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
            out << p.id << '\t' << p.name << '\t' << p.funder << '\t'
                << Vocabulary<ProgrammeStatus>::label(p.status) << '\t' << p.startsOn.toString(Qt::ISODate)
                << '\t' << p.endsOn.toString(Qt::ISODate) << Qt::endl;
        }
    }
    if (options->has(QStringLiteral("json")))
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int ProgrammesCommand::counts(CommandContext &context, const QStringList &args)
{
    ServiceHub &hub = context.hub();
    const Actor &actor = context.actor();
    QTextStream &out = context.out();
    QString error;
    const auto options =
        Options::parse(args, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("csv")},
                       {QStringLiteral("json")}, &error);
    if (!options)
        return context.badUsage(error);
    const QDate today = officeToday();
    const QDate from = options->has(QStringLiteral("from"))
                           ? QDate::fromString(options->value(QStringLiteral("from")), Qt::ISODate)
                           : QDate(today.year(), 1, 1);
    const QDate to = options->has(QStringLiteral("to"))
                         ? QDate::fromString(options->value(QStringLiteral("to")), Qt::ISODate)
                         : today;
    if (!from.isValid() || !to.isValid())
        return context.badUsage(tr("--from and --to take dates as YYYY-MM-DD."));
    const auto counts = hub.programmes.counts(from, to, actor);
    if (!counts)
        return context.fail(counts.error().message);
    if (options->has(QStringLiteral("csv"))) {
        QSaveFile file(options->value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(tr("The file %1 could not be written.").arg(file.fileName()));
        auto sink = exporting::csvSink(file);
        for (const QStringList &record : ProgrammeService::countRecords(counts.value())) {
            if (!sink(record))
                return context.fail(tr("The file %1 could not be written.").arg(file.fileName()));
        }
        if (!file.commit())
            return context.fail(tr("The file %1 could not be written.").arg(file.fileName()));
        out << tr("%n project(s) counted into %1.", nullptr, int(counts.value().size())).arg(file.fileName())
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
            out << c.name << '\t'
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
        out << QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                         {QStringLiteral("projects"), rows}})
                   .toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace cartella::cli
