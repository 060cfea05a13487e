// SPDX-License-Identifier: EUPL-1.2
// ProgrammeService: what the front ends read (programmes, enrolments) and the counts per period and Comune.

#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/kernel/vocabulary.h"
#include "domain/programmes/programmeservice.h"

#include <QMap>
#include <QSet>

namespace cartella::domain {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool activeBetween(const Enrolment &e, const QDate &from, const QDate &to)
{
    return e.joinedOn <= to && (e.open() || e.leftOn >= from);
}

} // namespace

Result<Programme> ProgrammeService::get(qint64 programmeId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadProgrammes); !allowed)
        return allowed.error();
    const auto p = load(programmeId);
    if (!p)
        return p;
    if (actor.role == Role::Educator && !onTeam(p.value(), actor))
        return Error{ErrorCode::NotFound, tr("The project does not exist."), {}, {programmeId}};
    return p;
}

Result<QList<Programme>> ProgrammeService::list(const Actor &actor)
{
    if (!permits(actor, Operation::ReadProgrammes) && !permits(actor, Operation::ReadProgrammeCounts))
        return require(actor, Operation::ReadProgrammes).error();
    if (actor.role == Role::Educator)
        return m_programmes.programmes(actor.workerId > 0 ? actor.workerId : -1);
    return m_programmes.programmes(std::nullopt);
}

Result<QList<Enrolment>> ProgrammeService::enrolments(qint64 programmeId, const Actor &actor)
{
    const auto p = get(programmeId, actor);
    if (!p)
        return p.error();
    EnrolmentVisibility v;
    v.cases = CaseScope::of(actor).visibility();
    if (onTeam(p.value(), actor))
        v.teamWorker = actor.workerId;
    v.personsToo = permits(actor, Operation::ReadPersons) || v.teamWorker.has_value();
    return m_programmes.enrolments(programmeId, v);
}

Result<QList<Enrolment>> ProgrammeService::enrolmentsOfCase(qint64 caseId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadProgrammes); !allowed)
        return allowed.error();
    const auto c = m_cases.get(caseId, actor);
    if (!c)
        return c.error();
    return m_programmes.enrolmentsOfCase(caseId);
}

ProgrammeCounts ProgrammeService::countOf(const Programme &p, const QList<Enrolment> &enrolments,
                                          const QDate &from, const QDate &to)
{
    ProgrammeCounts out;
    out.programmeId = p.id;
    out.name = p.name;
    out.funder = p.funder;
    out.status = p.status;
    out.from = from;
    out.to = to;
    QSet<qint64> cases, persons;
    QMap<QString, int> perComune;
    for (const Enrolment &e : enrolments) {
        if (e.activeOn(to))
            ++out.enrolledAtEnd;
        if (e.joinedOn >= from && e.joinedOn <= to)
            ++out.joined;
        if (!e.open() && e.leftOn >= from && e.leftOn <= to)
            ++out.left;
        if (!activeBetween(e, from, to))
            continue;
        ++out.activeInPeriod;
        if (e.caseId)
            cases.insert(*e.caseId);
        else if (e.personId)
            persons.insert(*e.personId);
        ++perComune[e.municipalityCode];
    }
    out.distinctCases = int(cases.size());
    out.distinctPersons = int(persons.size());
    for (auto it = perComune.cbegin(); it != perComune.cend(); ++it)
        out.byMunicipality.append({it.key(), {}, it.value()});
    return out;
}

Result<QList<ProgrammeCounts>> ProgrammeService::counts(const QDate &from, const QDate &to,
                                                        const Actor &actor)
{
    if (!permits(actor, Operation::ReadProgrammeCounts))
        return require(actor, Operation::ReadProgrammeCounts).error();
    if (!from.isValid() || !to.isValid())
        return invalid(QStringLiteral("from"), tr("Give the first and the last day of the period."));
    if (to < from)
        return invalid(QStringLiteral("to"), tr("The period cannot end before it starts."));
    const auto all = list(actor);
    if (!all)
        return all.error();
    QList<ProgrammeCounts> out;
    QMap<QString, QString> names;
    for (const Programme &p : all.value()) {
        const auto enrolments = m_programmes.allEnrolments(p.id);
        if (!enrolments)
            return enrolments.error();
        ProgrammeCounts c = countOf(p, enrolments.value(), from, to);
        for (MunicipalityCount &m : c.byMunicipality) {
            if (m.municipalityCode.isEmpty())
                continue;
            if (!names.contains(m.municipalityCode)) {
                const auto name = m_programmes.municipalityName(m.municipalityCode);
                if (!name)
                    return name.error();
                names.insert(m.municipalityCode, name.value());
            }
            m.municipalityName = names.value(m.municipalityCode);
        }
        out.append(c);
    }
    return out;
}

QList<QStringList> ProgrammeService::countRecords(const QList<ProgrammeCounts> &counts)
{
    QList<QStringList> out;
    out.append({tr("Project"), tr("Funder"), tr("Status"), tr("From"), tr("To"), tr("Comune (ISTAT)"),
                tr("Comune"), tr("Enrolled on the last day"), tr("Joined"), tr("Left"),
                tr("Enrolled in the period"), tr("Distinct cases"), tr("Persons without a case")});
    for (const ProgrammeCounts &c : counts) {
        const QString status = Vocabulary<ProgrammeStatus>::label(c.status);
        out.append({c.name, c.funder, status, iso(c.from), iso(c.to), QString(), QString(),
                    QString::number(c.enrolledAtEnd), QString::number(c.joined), QString::number(c.left),
                    QString::number(c.activeInPeriod), QString::number(c.distinctCases),
                    QString::number(c.distinctPersons)});
        for (const MunicipalityCount &m : c.byMunicipality)
            out.append({c.name, c.funder, status, iso(c.from), iso(c.to), m.municipalityCode,
                        m.municipalityName, QString(), QString(), QString(), QString::number(m.enrolments),
                        QString(), QString()});
    }
    return out;
}

} // namespace cartella::domain
