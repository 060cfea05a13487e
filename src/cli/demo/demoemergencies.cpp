// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demoemergencies.h"

#include "domain/kernel/officeclock.h"

#include <algorithm>

namespace cartella::cli {

using namespace cartella::domain;

namespace {

constexpr int kRotaDays = 90;
// The rota is planned ahead: from the day after the demo's last through two weeks from today.
constexpr int kPlannedDaysAhead = 13;

// The demo's last day, as in DemoCasework; never after today.
QDate demoEnd()
{
    return std::min(QDate(2026, 10, 31), domain::officeToday());
}

QDateTime local(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), officeTimeZone()).toUTC();
}

// Who calls, as the log names them: services and roles, never a real person.
const QStringList kReporterNames{QStringLiteral("Centrale operativa 112"),
                                 QStringLiteral("Pronto soccorso di Pontremoli"),
                                 QStringLiteral("Vicino di casa"),
                                 QStringLiteral("Servizio di salute mentale"), QStringLiteral("Parroco")};

struct Story
{
    EmergencyKind kind;
    const char *actions;
    const char *outcome;
    bool placement;
};

const Story kStories[] = {
    {EmergencyKind::UnaccompaniedMinor,
     "Colloquio con il minore con mediatore linguistico; segnalazione alla Procura per i minorenni.",
     "Accolto in comunità per minori in pronta accoglienza.", true},
    {EmergencyKind::Violence, "Colloquio protetto in caserma; contatto con il centro antiviolenza.",
     "Accolta con i figli in casa rifugio.", true},
    {EmergencyKind::Homeless, "Incontro in stazione; fornite coperte e un pasto caldo.",
     "Accolto per la notte al dormitorio.", true},
    {EmergencyKind::ElderlyAlone, "Visita a domicilio con il medico di guardia; avvisata la figlia.",
     "Rimane al domicilio con assistenza della vicina fino al mattino.", false},
    {EmergencyKind::Other, "Colloquio telefonico e orientamento ai servizi.", "Situazione rientrata.", false},
};

const Story &storyFor(const Person &p, QDate on, quint64 roll)
{
    const int age = int(p.birthDate.daysTo(on) / 365);
    if (age < 18)
        return kStories[roll % 2]; // a minor alone, or violence in the family
    if (age >= 75)
        return kStories[3];
    switch (roll % 4) {
    case 0:
        return kStories[1]; // violence
    case 1:
    case 2:
        return kStories[2]; // homeless
    default:
        return kStories[4];
    }
}

} // namespace

DemoEmergencies::DemoEmergencies(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'e3e7'0000'0003ULL)
{}

Status DemoEmergencies::createRota()
{
    const QDate first = demoEnd().addDays(-(kRotaDays - 1));
    m_from = local(first, 8);
    m_to = local(demoEnd().addDays(1), 8);
    ProntoInterventoService &pis = m_services.prontoIntervento;
    for (int d = 0; d < kRotaDays; ++d) {
        const QDate day = first.addDays(d);
        for (const bool night : {false, true}) {
            OnCallShift s;
            s.workerId = m_socialWorkers.at(qsizetype(pick(quint64(m_socialWorkers.size()))));
            s.from = local(day, night ? 20 : 8);
            s.to = night ? local(day.addDays(1), 8) : local(day, 20);
            const auto made = pis.addShift(s, m_actor);
            if (!made)
                return made.error();
            OnCallShift changed = made.value();
            if (d == 10 && !night) { // a swap between colleagues: no gap, one more version
                changed.workerId =
                    m_socialWorkers.at((m_socialWorkers.indexOf(s.workerId) + 1) % m_socialWorkers.size());
            } else if (d == 60 && !night) { // the day shift ends at 17: a gap until the night shift
                changed.to = local(day, 17);
            } else if (d == 30 && night) { // a night nobody covered: the shift was cancelled
                if (const auto c = pis.cancelShift(changed.id, changed.stamp.version, m_actor); !c)
                    return c.error();
                continue;
            } else {
                continue;
            }
            if (const auto c = pis.changeShift(changed, m_actor); !c)
                return c.error();
        }
    }
    return planRotaAhead();
}

// Day and night shifts, back to back, from the day after the demo's last through two weeks from today: who
// is on call now is known when the demo is opened.
Status DemoEmergencies::planRotaAhead()
{
    ProntoInterventoService &pis = m_services.prontoIntervento;
    const QDate last = std::max(demoEnd(), domain::officeToday()).addDays(kPlannedDaysAhead);
    for (QDate day = demoEnd().addDays(1); day <= last; day = day.addDays(1)) {
        for (const bool night : {false, true}) {
            OnCallShift s;
            s.workerId = m_socialWorkers.at(qsizetype(pick(quint64(m_socialWorkers.size()))));
            s.from = local(day, night ? 20 : 8);
            s.to = night ? local(day.addDays(1), 8) : local(day, 20);
            if (const auto made = pis.addShift(s, m_actor); !made)
                return made.error();
        }
    }
    return ok();
}

Result<Case> DemoEmergencies::openCaseToLink(QDate openedBy)
{
    for (int tries = 0; tries < 50 && !m_caseIds.isEmpty(); ++tries) {
        const auto c =
            m_services.cases.get(m_caseIds.at(qsizetype(pick(quint64(m_caseIds.size())))), m_actor);
        if (!c)
            return c.error();
        if (c.value().status != CaseStatus::Closed && c.value().openedOn <= openedBy)
            return c;
    }
    return Error{ErrorCode::NotFound, tr("The demo has no open case to hand an emergency over to."), {}, {}};
}

Status DemoEmergencies::createEmergency(const QDateTime &received, bool leaveUnhanded)
{
    ProntoInterventoService &pis = m_services.prontoIntervento;
    // The emergency concerns a person the service follows (the principal of an open case, where it is handed
    // over), or, for the one left unhanded, anyone.
    const QDate day = officeDate(received);
    Case target;
    Person p = m_persons.at(qsizetype(pick(quint64(m_persons.size()))));
    if (!leaveUnhanded) {
        const auto c = openCaseToLink(day);
        if (!c)
            return c.error();
        target = c.value();
        for (const CaseMember &m : target.members) {
            if (m.role != MemberRole::PrincipalBeneficiary)
                continue;
            const auto principal = m_services.persons.get(m.personId, m_actor);
            if (!principal)
                return principal.error();
            p = principal.value();
        }
    }
    const Story &story = leaveUnhanded ? kStories[2] : storyFor(p, day, pick(8));

    SocialEmergency e;
    e.receivedAt = received;
    e.channel = pick(5) == 0 ? EmergencyChannel::InPerson : EmergencyChannel::Phone;
    e.reporter = static_cast<EmergencyReporter>(pick(5));
    e.reporterName = kReporterNames.at(qsizetype(pick(quint64(kReporterNames.size()))));
    e.municipalityCode =
        p.residence.municipalityCode.isEmpty() ? QStringLiteral("045001") : p.residence.municipalityCode;
    e.kind = story.kind;
    e.triage = pick(4) == 0 ? EmergencyTriage::Deferrable : EmergencyTriage::Urgent;
    // The worker on call, if any: a call in a gap in cover finds nobody to activate.
    const auto onCall = pis.onCallAt(received, m_actor);
    if (!onCall)
        return onCall.error();
    if (!onCall.value().isEmpty()) {
        e.workerId = onCall.value().first().workerId;
        e.activatedAt = received.addSecs(qint64(5 + pick(20)) * 60);
        const qint64 travel = e.triage == EmergencyTriage::Urgent ? 15 + pick(75) : 60 + pick(540);
        if (e.activatedAt.addSecs(travel * 60) <= m_last)
            e.arrivedAt = e.activatedAt.addSecs(travel * 60);
        if (e.activatedAt > m_last) {
            e.activatedAt = {};
            e.workerId = 0;
        }
    }
    e.actions = QString::fromUtf8(story.actions);
    e.outcome = QString::fromUtf8(story.outcome);
    e.urgentPlacement = story.placement && e.triage == EmergencyTriage::Urgent;
    // Known at once, identified later, or never.
    const quint64 who = leaveUnhanded ? 9 : pick(10);
    const int age = int(p.birthDate.daysTo(day) / 365);
    if (who < 4) {
        e.personId = p.id;
    } else {
        e.personDescription = (p.sex == Sex::Female ? tr("woman, about %1") : tr("man, about %1"))
                                  .arg(std::max(5, (age + 2) / 5 * 5));
        if (who < 7 && pick(2) == 0)
            e.provisionalGivenName = p.givenName;
    }
    const auto made = pis.record(e, m_actor);
    if (!made)
        return made.error();
    SocialEmergency current = made.value();
    if (who >= 4 && who < 7) {
        const auto identified = pis.identifyAsExisting(current.id, current.stamp.version, p.id, m_actor);
        if (!identified)
            return identified.error();
        current = identified.value();
    }
    if (leaveUnhanded)
        return ok();
    // Handed over to the territorial service, often the next working day, into the case that follows the
    // person (no case is opened, so that the demo's cases stay one for every eight persons).
    const QDateTime at = std::min(received.addSecs(qint64(10 + pick(50)) * 3600), m_last);
    if (const auto h = pis.handOverToCase(current.id, current.stamp.version, target.id, at, m_actor); !h)
        return h.error();
    return ok();
}

Result<int> DemoEmergencies::create(const QList<Person> &persons, const QList<qint64> &caseIds)
{
    if (persons.isEmpty())
        return 0;
    m_persons = persons;
    m_caseIds = caseIds;
    const auto workers = m_services.cases.workers(m_actor);
    if (!workers)
        return workers.error();
    for (const Worker &w : workers.value()) {
        if (w.active && w.role == QStringLiteral("assistente sociale"))
            m_socialWorkers.append(w.id);
    }
    if (m_socialWorkers.isEmpty())
        return 0;
    if (Status s = createRota(); !s)
        return s.error();
    m_last = std::min(local(demoEnd(), 23), QDateTime::currentDateTimeUtc().addSecs(-3600));

    const int count = std::clamp(int(persons.size() / 40), 8, 120);
    const qint64 span = m_from.secsTo(m_last) - 3600;
    QList<QDateTime> times;
    for (int i = 0; i < count; ++i)
        times.append(m_from.addSecs(qint64(pick(quint64(span)))));
    // One call in the night nobody covered (see createRota): no worker to activate.
    times.append(local(demoEnd().addDays(-(kRotaDays - 1) + 30), 23, 40));
    std::sort(times.begin(), times.end());
    const QDateTime unhanded = local(demoEnd().addDays(-20), 3, 10);
    bool unhandedDone = false;
    for (const QDateTime &t : times) {
        if (!unhandedDone && t > unhanded) {
            if (Status s = createEmergency(unhanded, true); !s)
                return s.error();
            unhandedDone = true;
        }
        if (Status s = createEmergency(t, false); !s)
            return s.error();
    }
    if (!unhandedDone) {
        if (Status s = createEmergency(unhanded, true); !s)
            return s.error();
    }
    return int(times.size()) + 1;
}

} // namespace cartella::cli
