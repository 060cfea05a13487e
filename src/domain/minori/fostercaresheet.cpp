// SPDX-License-Identifier: EUPL-1.2
// FosterCareService: the monthly foster allowance (through DeliveryService) and the carers' sheet, which
// never carries what withheldFromCarers() lists.
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/minori/fostercareservice.h"

namespace cartella::domain {

namespace {

int monthsCovered(const QDate &from, const QDate &to)
{
    return (to.year() * 12 + to.month()) - (from.year() * 12 + from.month()) + 1;
}

} // namespace

Result<ServiceDelivery> FosterCareService::requestAllowance(qint64 placementId, qint64 monthlyCents,
                                                            const QDate &startsOn, const QDate &endsOn,
                                                            const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditPlacements); !allowed)
        return allowed.error();
    if (monthlyCents <= 0)
        return invalid(QStringLiteral("monthly"), tr("Give the monthly amount of the allowance."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = reloadPlacement(placementId);
    if (!found)
        return found.error();
    const FosterPlacement p = found.value();
    const auto placementNow = placementForChange(placementId, p.version, actor);
    if (!placementNow)
        return placementNow.error();
    const QDate from = startsOn.isValid() ? startsOn : p.startsOn;
    const QDate to = endsOn.isValid() ? endsOn : p.expectedEndOn;
    if (from < p.startsOn || to > p.expectedEndOn || to < from)
        return invalid(QStringLiteral("period"),
                       tr("The allowance runs within the placement, from %1 to %2.")
                           .arg(p.startsOn.toString(QStringLiteral("dd/MM/yyyy")),
                                p.expectedEndOn.toString(QStringLiteral("dd/MM/yyyy"))));
    const auto entry = m_services.findEntryByCode(kAllowanceCode);
    if (!entry)
        return entry.error();
    if (!entry.value())
        return invalid(QStringLiteral("service"),
                       tr("The catalogue has no foster allowance (\"%1\").").arg(kAllowanceCode));
    const auto fam = reloadFamily(p.familyId);
    if (!fam)
        return fam.error();
    DeliveryRequest r;
    r.caseId = p.caseId;
    r.personId = p.childPersonId;
    r.catalogueId = entry.value()->id;
    r.requestedOn = officeToday();
    r.providerKind = ProviderKind::Other;
    r.providerName = fam.value().name; // the allowance is paid to the carers
    r.startsOn = from;
    r.endsOn = to;
    r.monthlyCents = monthlyCents;
    r.costCents = monthlyCents * monthsCovered(from, to);
    r.comuneShareCents = r.costCents;
    const auto delivery = m_deliveries.request(r, actor);
    if (!delivery)
        return delivery.error();
    if (Status s = m_fosterCare.insertAllowance(placementId, delivery.value().id, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("foster_allowance_requested"),
                                  QStringLiteral("foster_placement"), placementId,
                                  {{QStringLiteral("case"), p.caseId},
                                   {QStringLiteral("delivery"), delivery.value().id},
                                   {QStringLiteral("monthly_cents"), monthlyCents}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return delivery;
}

Result<CarersSheet> FosterCareService::carersSheet(qint64 placementId, const Actor &actor)
{
    const auto found = placement(placementId, actor);
    if (!found)
        return found.error();
    const FosterPlacement &p = found.value();
    const auto c = m_cases.get(p.caseId, actor);
    if (!c)
        return c.error();
    const auto child = m_persons.findById(p.childPersonId);
    if (!child)
        return child.error();
    if (!child.value())
        return Error{ErrorCode::NotFound, tr("The child does not exist."), {}, {p.childPersonId}};
    const auto fam = reloadFamily(p.familyId);
    if (!fam)
        return fam.error();

    CarersSheet sheet;
    sheet.placementId = p.id;
    sheet.caseNumber = p.caseNumber;
    sheet.childName = child.value()->givenName + QLatin1Char(' ') + child.value()->surname;
    sheet.childBirthDate = child.value()->birthDate;
    sheet.childNeeds = p.childNeeds;
    sheet.familyName = fam.value().name;
    sheet.kind = p.kind;
    sheet.startsOn = p.startsOn;
    sheet.expectedEndOn = p.expectedEndOn;
    sheet.contactArrangements = p.contactArrangements;
    sheet.responsibleService = p.responsibleService;
    sheet.serviceContact = p.serviceContact;
    sheet.responsibleWorker = p.workerName;

    // What the worker typed must not carry what is withheld either: the addresses, phones and e-mails of the
    // family of origin and the child's own addresses.
    QStringList withheld;
    const auto keep = [&](const QString &value) {
        const QString v = value.simplified();
        if (v.size() >= 4)
            withheld << v;
    };
    for (const CaseMember &m : c.value().members) {
        const auto person = m_persons.findById(m.personId);
        if (!person)
            return person.error();
        if (!person.value())
            continue;
        keep(person.value()->residence.street);
        keep(person.value()->domicile.street);
        if (m.personId == p.childPersonId)
            continue;
        keep(person.value()->phone);
        keep(person.value()->email);
    }
    for (const QString *text :
         {&sheet.childNeeds, &sheet.contactArrangements, &sheet.responsibleService, &sheet.serviceContact}) {
        for (const QString &value : withheld) {
            if (text->simplified().contains(value, Qt::CaseInsensitive))
                return invalid(QStringLiteral("contactArrangements"),
                               tr("The placement's text names an address or contact of the family of origin, "
                                  "which the carers may not see: remove it from the placement first."));
        }
    }
    if (Status s = m_audit.recordAlone(
            actor, QStringLiteral("carers_sheet_exported"), QStringLiteral("foster_placement"), p.id,
            {{QStringLiteral("case"), p.caseId}, {QStringLiteral("family"), p.familyId}});
        !s)
        return s.error();
    return sheet;
}

} // namespace cartella::domain
