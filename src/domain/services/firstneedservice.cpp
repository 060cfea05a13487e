// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/firstneedservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"

#include <QJsonObject>

#include <algorithm>

namespace cartella::domain {

QStringList firstNeedCodes()
{
    return {QStringLiteral("sfd_accoglienza_notturna"), QStringLiteral("sfd_beni_prima_necessita"),
            QStringLiteral("sfd_titolo_viaggio"), QStringLiteral("sfd_rimborso_associazione")};
}

bool isFirstNeed(const QString &catalogueCode)
{
    return firstNeedCodes().contains(catalogueCode);
}

FirstNeedService::FirstNeedService(PersonService &persons, CaseService &cases, DeliveryService &deliveries,
                                   DiaryService &diary, CatalogueService &catalogue,
                                   TransactionProvider &transactions, Auditor &audit)
    : m_persons(persons), m_cases(cases), m_deliveries(deliveries), m_diary(diary), m_catalogue(catalogue),
      m_transactions(transactions), m_audit(audit)
{}

Result<QList<CatalogueEntry>> FirstNeedService::entries(const Actor &actor)
{
    auto all = m_catalogue.entries(false, actor);
    if (!all)
        return all.error();
    QList<CatalogueEntry> out;
    for (const CatalogueEntry &e : all.value()) {
        if (isFirstNeed(e.code))
            out.append(e);
    }
    return out;
}

Result<Person> FirstNeedService::person(const FirstNeedEntry &entry, const Actor &actor)
{
    if (entry.personId > 0)
        return m_persons.get(entry.personId, actor);
    if (Status allowed = require(actor, Operation::EditPersons); !allowed)
        return allowed.error();
    return m_persons.create(entry.newPerson, actor, entry.similarPersons);
}

Result<Case> FirstNeedService::caseFor(const Person &person, const FirstNeedEntry &entry, const Actor &actor,
                                       bool *opened)
{
    *opened = false;
    CaseQuery query;
    query.principalPersonId = person.id;
    query.limit = 500;
    auto found = m_cases.list(query, actor);
    if (!found)
        return found.error();
    QList<CaseSummary> open;
    for (const CaseSummary &s : found.value()) {
        if (s.status != CaseStatus::Closed)
            open.append(s);
    }
    // An adult-hardship case first (where first need belongs), then the most recently opened.
    std::stable_partition(open.begin(), open.end(),
                          [](const CaseSummary &s) { return s.area == CaseArea::AdultHardship; });
    for (const CaseSummary &s : std::as_const(open)) {
        if (auto c = m_cases.getForChange(s.id, actor))
            return c;
    }

    if (Status allowed = require(actor, Operation::OpenCases); !allowed)
        return allowed.error();
    Case draft;
    draft.area = CaseArea::AdultHardship;
    draft.municipalityCode = entry.municipalityCode.trimmed();
    draft.responsibleWorkerId = entry.responsibleWorkerId > 0 ? entry.responsibleWorkerId : actor.workerId;
    if (draft.responsibleWorkerId <= 0)
        return invalid(QStringLiteral("responsible"),
                       tr("A new case needs its responsible worker, and your user is not linked to one."));
    if (draft.municipalityCode.isEmpty())
        return invalid(QStringLiteral("municipality"),
                       tr("Give the Comune where the intervention happens: a new case is opened there."));
    draft.openedOn = entry.on.isValid() ? std::min(entry.on, officeToday()) : officeToday();
    draft.members = {{person.id, MemberRole::PrincipalBeneficiary, {}}};
    auto made = m_cases.open(draft, actor);
    if (made)
        *opened = true;
    return made;
}

Result<FirstNeedResult> FirstNeedService::record(const FirstNeedEntry &entry, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    const auto service = m_catalogue.get(entry.catalogueId, actor);
    if (!service && service.error().code != ErrorCode::NotFound)
        return service.error();
    if (!service || !isFirstNeed(service.value().code))
        return invalid(QStringLiteral("service"),
                       tr("Choose one of the first-need interventions: night shelter, goods, a travel "
                          "ticket or a refund to an association."));
    if (!entry.on.isValid())
        return invalid(QStringLiteral("requestedOn"), tr("Give the date of the intervention."));
    if (entry.amountCents < 0)
        return invalid(QStringLiteral("cost"), tr("Amounts cannot be negative."));

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto p = person(entry, actor);
    if (!p)
        return p.error();
    FirstNeedResult out;
    out.personId = p.value().id;
    out.personRegistered = entry.personId <= 0;
    const auto c = caseFor(p.value(), entry, actor, &out.caseOpened);
    if (!c)
        return c.error();
    out.caseId = c.value().id;
    out.caseNumber = c.value().number();

    DeliveryRequest r;
    r.caseId = out.caseId;
    r.personId = out.personId;
    r.catalogueId = entry.catalogueId;
    r.requestedOn = entry.on;
    r.startsOn = entry.on;
    r.providerKind = entry.providerKind;
    r.providerName = entry.providerName.trimmed();
    r.costCents = entry.amountCents;
    r.comuneShareCents = entry.amountCents;
    auto delivery = m_deliveries.request(r, actor);
    if (!delivery)
        return delivery.error();
    out.delivery = std::move(delivery).value();

    if (const QString note = entry.note.trimmed(); !note.isEmpty()) {
        DiaryEntry d;
        d.caseId = out.caseId;
        d.date = entry.on;
        d.kind = DiaryKind::Note;
        d.personIds = {out.personId};
        d.text = tr("%1: %2").arg(service.value().name, note);
        if (const auto written = m_diary.add(d, actor); !written)
            return written.error();
    }
    // Ids only: what the intervention is and for whom is in the records the services above wrote.
    if (Status s = m_audit.record(actor, QStringLiteral("first_need_recorded"), QStringLiteral("service"),
                                  out.delivery.id,
                                  {{QStringLiteral("case"), out.caseId},
                                   {QStringLiteral("person"), out.personId},
                                   {QStringLiteral("person_registered"), out.personRegistered},
                                   {QStringLiteral("case_opened"), out.caseOpened}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return out;
}

} // namespace cartella::domain
