// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demoprogrammes.h"

#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

// The demo's last day, as in DemoCasework; never after today.
QDate demoEnd()
{
    return std::min(QDate(2026, 10, 31), domain::officeToday());
}

} // namespace

DemoProgrammes::DemoProgrammes(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'9a0e'0000'0005ULL)
{}

Result<Programme> DemoProgrammes::programme(const QString &name, const QString &funder,
                                            std::optional<CaseArea> area, const QString &description,
                                            const QDate &startsOn, const QDate &endsOn)
{
    ProgrammeDraft d;
    d.name = name;
    d.funder = funder;
    d.area = area;
    d.description = description;
    d.startsOn = startsOn;
    d.endsOn = endsOn;
    auto made = m_services.programmes.create(d, m_actor);
    if (!made)
        return made;
    // A team of two or three: a social worker coordinates, with an educator (and a mediator for housing).
    QList<Worker> social, educators;
    for (const Worker &w : m_workers)
        (w.role.contains(QStringLiteral("educat")) ? educators : social).append(w);
    Programme p = made.value();
    if (!social.isEmpty()) {
        const Worker &w = social.at(qsizetype(pick(quint64(social.size()))));
        const auto added = m_services.programmes.addTeamMember(p.id, w.id, ProgrammeTeamRole::Coordinator,
                                                               startsOn, m_actor);
        if (!added)
            return added;
        p = added.value();
    }
    if (!educators.isEmpty()) {
        const Worker &w = educators.at(qsizetype(pick(quint64(educators.size()))));
        const auto role = name.startsWith(QStringLiteral("Mediazione")) ? ProgrammeTeamRole::Mediator
                                                                        : ProgrammeTeamRole::Educator;
        const auto added = m_services.programmes.addTeamMember(p.id, w.id, role, startsOn, m_actor);
        if (!added)
            return added;
        p = added.value();
    }
    return p;
}

Status DemoProgrammes::enrolSome(const Programme &p, const QList<CaseArea> &areas, int most, int leaveOneIn,
                                 bool everyCase)
{
    const QDate last = p.endsOn.isValid() ? std::min(p.endsOn, demoEnd()) : demoEnd();
    int made = 0;
    for (const Case &c : m_cases) {
        if (made >= most)
            break;
        if (!areas.contains(c.area) || c.status == CaseStatus::Closed || (!everyCase && pick(3) != 0))
            continue;
        const QDate from = std::max(p.startsOn, c.openedOn).addDays(qint64(pick(30)));
        if (from > last)
            continue;
        const auto e = m_services.programmes.enrol({p.id, c.id, std::nullopt, from}, m_actor);
        if (!e)
            return e.error();
        ++made;
        ++m_enrolled;
        const QDate leave = from.addDays(qint64(30 + pick(120)));
        if (leaveOneIn > 0 && pick(quint64(leaveOneIn)) == 0 && leave <= last) {
            const LeaveReason reasons[] = {LeaveReason::Completed, LeaveReason::Completed,
                                           LeaveReason::Withdrew, LeaveReason::Moved,
                                           LeaveReason::Transferred};
            const auto left = m_services.programmes.discharge(e.value().id, e.value().version, leave,
                                                              reasons[pick(5)], m_actor);
            if (!left)
                return left.error();
        }
    }
    if (made == 0 && !everyCase)
        return enrolSome(p, areas, most, leaveOneIn, true);
    return ok();
}

Result<int> DemoProgrammes::create(const QList<qint64> &caseIds)
{
    const auto workers = m_services.cases.workers(m_actor);
    if (!workers)
        return workers.error();
    m_workers = workers.value();
    for (const qint64 id : caseIds) {
        const auto c = m_services.cases.get(id, m_actor);
        if (!c)
            return c.error();
        m_cases.append(c.value());
    }
    const QDate end = demoEnd();

    const auto housing = programme(
        QStringLiteral("Mediazione sociale e alloggiativa"), QStringLiteral("Fondo Sociale Europeo Plus"),
        CaseArea::AdultHardship,
        QStringLiteral("Mediazione con proprietari e condomini, accompagnamento alla ricerca della casa e "
                       "all'accesso agli alloggi di edilizia residenziale pubblica."),
        end.addMonths(-18), end.addMonths(12));
    if (!housing)
        return housing.error();
    if (Status s = enrolSome(housing.value(), {CaseArea::AdultHardship, CaseArea::Immigration}, 8, 3); !s)
        return s.error();

    const auto prison = programme(
        QStringLiteral("Genitorialità in carcere"), QStringLiteral("Cassa delle Ammende"),
        CaseArea::FamilyAndMinors,
        QStringLiteral(
            "Incontri protetti tra genitori detenuti e figli, gruppi di sostegno alla genitorialità "
            "con la casa circondariale."),
        end.addMonths(-12), end.addMonths(6));
    if (!prison)
        return prison.error();
    if (Status s = enrolSome(prison.value(), {CaseArea::FamilyAndMinors}, 3, 0); !s)
        return s.error();

    // Last summer's camp, closed at its end: the children still enrolled leave with "project ended".
    const int summer = end.month() >= 9 ? end.year() : end.year() - 1;
    const auto camp = programme(QStringLiteral("Centro estivo"), QStringLiteral("Comuni della zona"),
                                CaseArea::FamilyAndMinors,
                                QStringLiteral("Attività estive per bambini e ragazzi dai 6 ai 14 anni, con "
                                               "posti riservati ai minori seguiti dal servizio."),
                                QDate(summer, 6, 15), QDate(summer, 9, 5));
    if (!camp)
        return camp.error();
    if (Status s = enrolSome(camp.value(), {CaseArea::FamilyAndMinors, CaseArea::Disability}, 6, 4); !s)
        return s.error();
    const auto campNow = m_services.programmes.get(camp.value().id, m_actor);
    if (!campNow)
        return campNow.error();
    if (const auto closed = m_services.programmes.close(camp.value().id, campNow.value().version,
                                                        QDate(summer, 9, 5), m_actor);
        !closed)
        return closed.error();

    const auto foundation = programme(
        QStringLiteral("Inclusione con Fondazione Cassa di Risparmio"),
        QStringLiteral("Fondazione Cassa di Risparmio"), std::nullopt,
        QStringLiteral(
            "Percorsi di inclusione sociale e lavorativa con borse lavoro finanziate dalla fondazione."),
        end.addMonths(-8), QDate());
    if (!foundation)
        return foundation.error();
    if (Status s = enrolSome(foundation.value(),
                             {CaseArea::AdultHardship, CaseArea::Disability, CaseArea::Immigration}, 6, 5);
        !s)
        return s.error();
    return m_enrolled;
}

} // namespace cartella::cli
