// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/democasework.h"

#include "domain/casework/casestatusrules.h"
#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

const QStringList kWorkers{QStringLiteral("Anna Bertolini"), QStringLiteral("Marco Lunardi"),
                           QStringLiteral("Chiara Fregosi"), QStringLiteral("Paolo Musetti"),
                           QStringLiteral("Silvia Cozzani"), QStringLiteral("Laura Tognini"),
                           QStringLiteral("Giorgio Pucci"),  QStringLiteral("Elena Baldi")};

// Diary texts as a worker writes them, one per kind in DiaryKind order; no real person's data.
const QStringList kDiaryTexts{
    QStringLiteral(
        "Colloquio in sede. La persona descrive la situazione abitativa e le difficoltà economiche del "
        "nucleo. Concordato un nuovo incontro."),
    QStringLiteral(
        "Visita domiciliare: abitazione in ordine, riscaldamento insufficiente. Presenti i figli."),
    QStringLiteral("Telefonata con la scuola: frequenza regolare, qualche difficoltà nello studio."),
    QStringLiteral(
        "Riunione d'équipe con educatore e psicologo: condiviso il progetto e le prossime verifiche."),
    QStringLiteral("Relazione di aggiornamento inviata al servizio specialistico."),
    QStringLiteral("Nota: la persona non si è presentata all'appuntamento; riprogrammato."),
};

// Demo dates end here, whatever the day it runs, so that a seed always gives the same zone.
const QDate kDemoEnd(2026, 10, 31);

} // namespace

DemoCasework::DemoCasework(ServiceHub &services, TransactionProvider &transactions, quint64 seed)
    : m_services(services), m_cases(services.cases), m_diary(services.diary), m_transactions(transactions),
      m_rng(seed ^ 0x5eed'ca5e'0000'0001ULL)
{}

Case DemoCasework::caseDraft(const Person &principal)
{
    Case c;
    const int age = principal.birthDate.daysTo(kDemoEnd) / 365;
    if (age < 18)
        c.area = CaseArea::FamilyAndMinors;
    else if (age >= 75)
        c.area = CaseArea::Elderly;
    else if (principal.birthPlaceCode.startsWith(QLatin1Char('Z')) && pick(2) == 0)
        c.area = CaseArea::Immigration;
    else
        c.area = static_cast<CaseArea>(pick(5));
    c.municipalityCode = principal.residence.municipalityCode;
    c.responsibleWorkerId = m_socialWorkers.at(qsizetype(pick(quint64(m_socialWorkers.size()))));
    c.referralSource = static_cast<ReferralSource>(pick(8));
    c.priority = pick(10) == 0 ? CasePriority::Urgent : CasePriority::Normal;
    c.openedOn = std::min(kDemoEnd.addDays(-qint64(pick(3 * 365))), domain::officeToday());
    c.members = {{principal.id, MemberRole::PrincipalBeneficiary, {}}};
    return c;
}

Result<qint64> DemoCasework::openCase(const Person &principal)
{
    const auto opened = m_cases.open(caseDraft(principal), m_actor);
    if (!opened)
        return opened.error();
    return opened.value().id;
}

Status DemoCasework::advance(qint64 caseId)
{
    // Most cases move on; some stop at assessment, some are suspended, a third are closed.
    const quint64 steps = pick(6);
    auto c = m_cases.get(caseId, m_actor);
    const CaseStatus path[] = {CaseStatus::Assessment, CaseStatus::InCharge, CaseStatus::Suspended,
                               CaseStatus::InCharge, CaseStatus::Closed};
    for (quint64 i = 0; i < steps && i < 5 && c; ++i) {
        if (path[i] == CaseStatus::Suspended && pick(2) == 0)
            continue;
        const ClosureReason reason =
            path[i] == CaseStatus::Closed ? static_cast<ClosureReason>(1 + pick(6)) : ClosureReason::None;
        if (!CaseStatusRules::allowed(c.value().status, path[i]))
            continue;
        c = m_cases.changeStatus(caseId, c.value().stamp.version, path[i], reason, {}, m_actor);
    }
    if (!c)
        return c.error();
    return ok();
}

Status DemoCasework::addDiary(qint64 caseId, QDate from, int entries)
{
    const qint64 span = std::max<qint64>(1, from.daysTo(std::min(kDemoEnd, domain::officeToday())));
    for (int i = 0; i < entries; ++i) {
        DiaryEntry e;
        e.caseId = caseId;
        e.kind = static_cast<DiaryKind>(pick(6));
        e.date = from.addDays(qint64(pick(quint64(span))));
        e.text = kDiaryTexts.at(qsizetype(e.kind));
        const auto added = m_diary.add(e, m_actor);
        if (!added)
            return added.error();
        if (pick(12) == 0) { // a correction, as happens
            const auto edited =
                m_diary.edit(added.value().id, 1, e.text + QStringLiteral(" (integrazione)"), m_actor);
            if (!edited)
                return edited.error();
        }
    }
    return ok();
}

Result<int> DemoCasework::create(const QList<Person> &persons, bool longDiary)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    for (const QString &name : kWorkers) {
        const auto worker =
            m_cases.registerWorker({0, name, QStringLiteral("assistente sociale"), true}, m_actor);
        if (!worker)
            return worker.error();
        m_socialWorkers.append(worker.value().id);
    }
    QList<qint64> educators;
    for (const QString &name : {QStringLiteral("Davide Corsini"), QStringLiteral("Irene Belloni")}) {
        const auto w = m_cases.registerWorker({0, name, QStringLiteral("educatore"), true}, m_actor);
        if (!w)
            return w.error();
        educators.append(w.value().id);
    }
    if (Status s = createUsers(educators); !s)
        return s.error();
    const int caseCount = std::max(1, int(persons.size() / 8));
    for (int i = 0; i < caseCount; ++i) {
        const Person &principal = persons.at(qsizetype(pick(quint64(persons.size()))));
        const auto id = pick(3) == 0 ? openCaseFromIntake(principal) : openCase(principal);
        if (!id)
            return id.error();
        m_caseIds.append(id.value());
        if (Status s = advance(id.value()); !s)
            return s.error();
        const auto opened = m_cases.get(id.value(), m_actor);
        if (!opened)
            return opened.error();
        const int entries = (longDiary && i == 0) ? 500 : int(pick(9));
        if (Status s = addDiary(id.value(), opened.value().openedOn, entries); !s)
            return s.error();
        if (opened.value().area == CaseArea::FamilyAndMinors && opened.value().status != CaseStatus::Closed &&
            pick(2) == 0) {
            if (Status s = addHousehold(opened.value(), persons.at(qsizetype(pick(quint64(persons.size())))));
                !s)
                return s.error();
        }
        if (opened.value().status == CaseStatus::InCharge || opened.value().status == CaseStatus::Suspended) {
            if (Status s = addProject(opened.value()); !s)
                return s.error();
        }
        // One family case in four is riservato (Tutela Minori, violence); chosen by id, so that the random
        // sequence, and with it the rest of the demo, stays what it was for each seed.
        if (opened.value().area == CaseArea::FamilyAndMinors && id.value() % 4 == 0) {
            const auto current = m_cases.get(id.value(), m_actor); // the project may have moved its version
            if (!current)
                return current.error();
            if (auto r = m_cases.setRestricted(id.value(), current.value().stamp.version, true, {}, m_actor);
                !r)
                return r.error();
        }
    }
    for (int i = 0; i < persons.size() / 16; ++i) {
        if (Status s = recordIntake(persons.at(qsizetype(pick(quint64(persons.size()))))); !s)
            return s.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return caseCount;
}

} // namespace cartella::cli
