// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demomandates.h"

#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

// The demo's last day, as in DemoCasework; never after today.
QDate demoEnd()
{
    return std::min(QDate(2026, 10, 31), domain::officeToday());
}

const QStringList kTaskNotes{QStringLiteral("Osservazione a domicilio e a scuola"),
                             QStringLiteral("Colloqui con i genitori e con il minore"),
                             QStringLiteral("In raccordo con la neuropsichiatria infantile"),
                             QStringLiteral("Con il consultorio familiare e la scuola"), QString()};

} // namespace

DemoMandates::DemoMandates(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'7e1a'0000'0003ULL)
{}

Result<int> DemoMandates::create(const QList<qint64> &caseIds)
{
    // About one open family-and-minors case in three, at most one decree for every twenty cases (at least
    // two).
    const int most = std::max(2, int(caseIds.size() / 20));
    for (const qint64 id : caseIds) {
        if (m_made >= most)
            break;
        const auto c = m_services.cases.get(id, m_actor);
        if (!c)
            return c.error();
        if (c.value().area != CaseArea::FamilyAndMinors || c.value().status == CaseStatus::Closed ||
            pick(3) != 0)
            continue;
        if (Status s = decree(c.value(), m_made == 1); !s)
            return s.error();
    }
    return m_made;
}

Status DemoMandates::decree(const Case &c, bool probation)
{
    const QDate today = domain::officeToday();
    MandateDraft d;
    d.caseId = c.id;
    d.decreeDate = std::max(c.openedOn, demoEnd().addDays(-qint64(30 + pick(240))));
    d.decreeNumber = QStringLiteral("%1/%2 V.G.").arg(100 + pick(900)).arg(d.decreeDate.year());
    if (probation) {
        // A minor who committed an offence: the juvenile court suspends the trial (DPR 448/1988 art. 28).
        d.authority = MandateAuthority::JuvenileCourt;
        d.decreeNumber = QStringLiteral("%1/%2 R.G. GIP").arg(100 + pick(900)).arg(d.decreeDate.year());
        d.measures = {MandateMeasure::Other};
        d.otherMeasure = QStringLiteral("Sospensione del processo con messa alla prova");
        d.tasks = {{MandateTaskKind::Probation, QStringLiteral("Verifica del progetto con l'USSM"),
                    today.addDays(qint64(20 + pick(40)))},
                   {MandateTaskKind::PeriodicReport, QStringLiteral("Relazione sull'andamento della prova"),
                    today.addDays(qint64(pick(25)))}};
    } else {
        d.authority = pick(4) == 0   ? MandateAuthority::JuvenileProsecutor
                      : pick(5) == 0 ? MandateAuthority::GuardianshipJudge
                                     : MandateAuthority::JuvenileCourt;
        switch (d.authority) {
        case MandateAuthority::JuvenileProsecutor: // asks the service to look into the family
            d.measures = {MandateMeasure::Other};
            d.otherMeasure = QStringLiteral("Richiesta di indagine sul nucleo familiare");
            break;
        case MandateAuthority::GuardianshipJudge: // makes a consensual foster placement enforceable
            d.measures = {MandateMeasure::FosterCare, MandateMeasure::Supervision};
            break;
        default: {
            d.measures = {MandateMeasure::CustodyToService};
            const MandateMeasure extra[] = {
                MandateMeasure::Supervision, MandateMeasure::CommunityPlacement, MandateMeasure::FosterCare,
                MandateMeasure::ParentalResponsibilityLimited, MandateMeasure::EmergencyRemoval};
            d.measures.append(extra[pick(5)]);
        }
        }
        const MandateTaskKind kinds[] = {MandateTaskKind::Observation, MandateTaskKind::DiagnosticTherapeutic,
                                         MandateTaskKind::IndividualEducationPlan,
                                         MandateTaskKind::NetworkWork, MandateTaskKind::Monitoring};
        d.tasks = {
            {MandateTaskKind::PsychosocialAssessment, kTaskNotes.at(1), today.addDays(qint64(pick(60)) - 10)},
            {kinds[pick(5)], kTaskNotes.at(qsizetype(pick(5))), today.addDays(qint64(5 + pick(90)))},
            {MandateTaskKind::PeriodicReport, QString(), today.addDays(qint64(60 + pick(120)))}};
    }
    for (MandateTaskDraft &t : d.tasks)
        t.dueOn = std::max(t.dueOn, d.decreeDate);
    const auto made = m_services.mandates.record(d, m_actor);
    if (!made)
        return made.error();
    ++m_made;
    if (probation) {
        qint64 taskId = 0;
        for (const MandateTask &t : made.value().tasks) {
            if (t.kind == MandateTaskKind::Probation)
                taskId = t.id;
        }
        const QDate start = d.decreeDate.addDays(15);
        const ProbationDraft p{
            start, start.addMonths(10), false,
            QStringLiteral("Frequenza scolastica regolare, attività di volontariato due "
                           "pomeriggi a settimana, colloqui mensili con l'USSM e il servizio "
                           "sociale, incontro di mediazione con la persona offesa.")};
        const auto set = m_services.mandates.setUpProbation(taskId, p, m_actor);
        if (!set)
            return set.error();
    }
    // Some work already done: the assessment of an older decree was handed in.
    const MandateTask &first = made.value().tasks.first();
    if (!probation && first.dueOn < today && pick(2) == 0) {
        const auto done = m_services.mandates.completeTask(first.id, first.version, first.dueOn, m_actor);
        if (!done)
            return done.error();
    }
    return ok();
}

} // namespace cartella::cli
