// SPDX-License-Identifier: EUPL-1.2
// The intake and project part of DemoCasework.
#include "cli/demo/democasework.h"
#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

const QStringList kRequests{
    QStringLiteral("Chiede un aiuto per pagare le bollette arretrate: ha perso il lavoro da tre mesi."),
    QStringLiteral(
        "La figlia chiede informazioni sull'assistenza domiciliare per la madre, non più autosufficiente."),
    QStringLiteral("Segnalazione della scuola: il bambino arriva spesso senza pranzo e stanco."),
    QStringLiteral("Chiede come fare domanda per l'assegno di inclusione e per la casa popolare."),
    QStringLiteral("Cerca un posto in un centro diurno per il figlio con disabilità dopo la scuola."),
    QStringLiteral("Sfrattata con due figli minori, chiede una soluzione abitativa urgente."),
};
const QStringList kResponses{
    QStringLiteral("Spiegati requisiti e documenti; consegnato il modulo ISEE."),
    QStringLiteral("Orientata al CAF per l'ISEE e al patronato per la domanda."),
    QStringLiteral("Date informazioni sui servizi del Comune e sugli orari dello sportello."),
};
const QStringList kReferrals{QStringLiteral("Centro per l'impiego"), QStringLiteral("CAF"),
                             QStringLiteral("Consultorio familiare"), QStringLiteral("Caritas diocesana")};
const QStringList kObjectives{
    QStringLiteral("Stabilizzare la situazione economica del nucleo"),
    QStringLiteral("Garantire la frequenza scolastica regolare dei minori"),
    QStringLiteral("Mantenere la persona al proprio domicilio in sicurezza"),
    QStringLiteral("Trovare una soluzione abitativa adeguata"),
    QStringLiteral("Avviare un percorso di inserimento lavorativo"),
};
const QStringList kActions{
    QStringLiteral("Accompagnare alla domanda di assegno di inclusione"),
    QStringLiteral("Incontro con gli insegnanti"),
    QStringLiteral("Attivare il SAD per tre accessi settimanali"),
    QStringLiteral("Colloquio con il centro per l'impiego"),
    QStringLiteral("Verifica con l'ufficio casa del Comune"),
    QStringLiteral("Visita domiciliare di verifica"),
};
const QStringList kManualDeadlines{
    QStringLiteral("Relazione al Tribunale per i Minorenni"),
    QStringLiteral("Rinnovo ISEE"),
    QStringLiteral("Fine inserimento in comunità"),
    QStringLiteral("Rata prestito sull'onore"),
};

} // namespace

Status DemoCasework::createUsers(const QList<qint64> &educators)
{
    const QString password = QStringLiteral("demo");
    const auto make = [&](const QString &username, const QString &fullName, Role role, qint64 workerId) {
        User u;
        u.username = username;
        u.fullName = fullName;
        u.role = role;
        u.workerId = workerId;
        const auto made = m_services.auth.createDemoUser(u, password, m_actor);
        return made ? ok() : Status(made.error());
    };
    if (Status s =
            make(QStringLiteral("admin"), QStringLiteral("Amministratore di sistema"), Role::SystemAdmin, 0);
        !s)
        return s;
    if (Status s = make(QStringLiteral("responsabile"), QStringLiteral("Responsabile di zona"),
                        Role::ZoneManager, 0);
        !s)
        return s;
    if (Status s = make(QStringLiteral("amministrativo"), QStringLiteral("Operatore amministrativo"),
                        Role::Administrative, 0);
        !s)
        return s;
    const auto workers = m_cases.workers(m_actor);
    if (!workers)
        return workers.error();
    int social = 0;
    int educator = 0;
    for (const Worker &w : workers.value()) {
        const bool isEducator = educators.contains(w.id);
        const QString username = isEducator ? QStringLiteral("educatore%1").arg(++educator)
                                            : QStringLiteral("assistente%1").arg(++social);
        if (Status s = make(username, w.name, isEducator ? Role::Educator : Role::SocialWorker, w.id); !s)
            return s;
    }
    return ok();
}

Result<qint64> DemoCasework::openCaseFromIntake(const Person &principal)
{
    Case draft = caseDraft(principal);
    IntakeContact contact;
    contact.contactDate = draft.openedOn.addDays(-qint64(pick(10)));
    contact.channel = static_cast<ContactChannel>(pick(4));
    contact.area = draft.area;
    contact.municipalityCode = draft.municipalityCode;
    contact.personIds = {principal.id};
    contact.request = kRequests.at(qsizetype(pick(quint64(kRequests.size()))));
    contact.response = kResponses.at(qsizetype(pick(quint64(kResponses.size()))));
    const auto recorded = m_services.intakes.record(contact, m_actor);
    if (!recorded)
        return recorded.error();
    draft.members.clear(); // from the contact
    const auto opened =
        m_services.intakes.openCase(recorded.value().id, recorded.value().stamp.version, draft, m_actor);
    if (!opened)
        return opened.error();
    return opened.value().id;
}

Status DemoCasework::recordIntake(const Person &person)
{
    IntakeContact contact;
    contact.contactDate = std::min(domain::officeToday(), QDate(2026, 10, 31)).addDays(-qint64(pick(400)));
    contact.channel = static_cast<ContactChannel>(pick(4));
    contact.area = static_cast<CaseArea>(pick(5));
    contact.municipalityCode = person.residence.municipalityCode;
    if (pick(4) == 0)
        contact.visitor = QStringLiteral("Persona non registrata");
    else
        contact.personIds = {person.id};
    contact.request = kRequests.at(qsizetype(pick(quint64(kRequests.size()))));
    contact.response = kResponses.at(qsizetype(pick(quint64(kResponses.size()))));
    if (pick(3) == 0) {
        contact.outcome = IntakeOutcome::Referred;
        contact.referredTo = kReferrals.at(qsizetype(pick(quint64(kReferrals.size()))));
    }
    const auto recorded = m_services.intakes.record(contact, m_actor);
    return recorded ? ok() : Status(recorded.error());
}

Status DemoCasework::addHousehold(const Case &c, const Person &relative)
{
    const qint64 principal = c.members.first().personId;
    if (relative.id == principal)
        return ok();
    auto household = m_services.households.create(principal, m_actor);
    // Demo persons are drawn at random: one already in a household is simply left where they are.
    if (!household)
        return household.error().code == ErrorCode::Duplicate ? ok() : Status(household.error());
    const bool young = relative.birthDate.daysTo(QDate(2026, 10, 31)) < 18 * 365;
    const auto joined = m_services.households.addMember(
        household.value().id, household.value().version, relative.id,
        young ? HouseholdRelation::Child : HouseholdRelation::Spouse, m_actor);
    if (!joined)
        return joined.error().code == ErrorCode::Duplicate ? ok() : Status(joined.error());
    const auto added = m_services.cases.addMember(
        c.id, m_cases.get(c.id, m_actor).value().stamp.version,
        {relative.id, young ? MemberRole::Minor : MemberRole::Parent, {}}, m_actor);
    return added || added.error().code == ErrorCode::Duplicate ? ok() : Status(added.error());
}

Status DemoCasework::addProject(const Case &c)
{
    const QDate today = domain::officeToday();
    const int objectives = 1 + int(pick(2));
    for (int i = 0; i < objectives; ++i) {
        auto plan = m_services.plans.addObjective(
            c.id, kObjectives.at(qsizetype(pick(quint64(kObjectives.size())))), m_actor);
        if (!plan)
            return plan.error();
        const qint64 objectiveId = plan.value().objectives.last().id;
        const int actions = 1 + int(pick(2));
        for (int j = 0; j < actions; ++j) {
            CareAction a;
            a.caseId = c.id;
            a.objectiveId = objectiveId;
            a.what = kActions.at(qsizetype(pick(quint64(kActions.size()))));
            a.ownerWorkerId = pick(3) == 0
                                  ? m_socialWorkers.at(qsizetype(pick(quint64(m_socialWorkers.size()))))
                                  : c.responsibleWorkerId;
            a.dueOn = today.addDays(qint64(pick(90)));
            a.status = pick(4) == 0 ? ActionStatus::InProgress : ActionStatus::Planned;
            if (auto added = m_services.plans.addAction(a, m_actor); !added)
                return added.error();
        }
    }
    // A review held a few months ago, whose next review is due around now: some are overdue.
    CareReview review;
    review.caseId = c.id;
    review.reviewDate = std::max(c.openedOn, today.addDays(-qint64(60 + pick(60))));
    review.outcome =
        QStringLiteral("Obiettivi in parte raggiunti; la persona partecipa agli incontri. Si prosegue.");
    review.nextReviewOn = today.addDays(qint64(pick(60)) - 20);
    if (review.nextReviewOn <= review.reviewDate)
        review.nextReviewOn = review.reviewDate.addDays(30);
    if (auto added = m_services.plans.addReview(review, m_actor); !added)
        return added.error();
    if (pick(3) == 0) {
        Deadline d;
        d.caseId = c.id;
        d.title = kManualDeadlines.at(qsizetype(pick(quint64(kManualDeadlines.size()))));
        d.dueOn = today.addDays(qint64(pick(75)) - 15);
        d.ownerWorkerId = c.responsibleWorkerId;
        if (auto added = m_services.deadlines.add(d, m_actor); !added)
            return added.error();
    }
    return ok();
}

} // namespace cartella::cli
