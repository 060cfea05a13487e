#include "cli/demo/demoinclusion.h"

#include "cli/demo/demoshared.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

// The demo year's line for services and inclusion (DemoServices makes it).
const QString kInclusionLine = QStringLiteral("1420");

// Paid on the 10th of the month after.
QDate payday(const QString &month)
{
    return ServiceMonths::firstDay(month).addMonths(1).addDays(9);
}

} // namespace

DemoInclusion::DemoInclusion(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'1c10'0000'0008ULL)
{}

Result<ServiceDelivery> DemoInclusion::monthly(const Case &c, const QString &catalogueCode,
                                               qint64 monthlyCents, int months)
{
    const auto person = demo::principal(m_services, c);
    if (!person)
        return person.error();
    const QDate on = std::max(demo::yearStart().addDays(qint64(20 + pick(40))), c.openedOn);
    DeliveryRequest r;
    r.caseId = c.id;
    r.personId = person.value().id;
    r.requestedOn = on;
    r.protocol = QStringLiteral("PG %1/%2").arg(3100 + m_made).arg(on.year());
    const QDate decided = on.addDays(qint64(4 + pick(10)));
    r.startsOn = QDate(decided.year(), decided.month(), 1).addMonths(1);
    r.endsOn = r.startsOn.addMonths(months).addDays(-1);
    r.monthlyCents = monthlyCents;
    r.costCents = r.comuneShareCents = monthlyCents * months;
    if (catalogueCode == QStringLiteral("pis")) { // the PIS rests on an ISEE under its threshold
        if (Status s = demo::recordIsee(m_services, r.personId, qint64(3000 + pick(50) * 100) * 100, on); !s)
            return s.error();
    }
    const auto granted = demo::grant(m_services, r, catalogueCode, kInclusionLine, decided);
    if (granted)
        ++m_made;
    return granted;
}

Status DemoInclusion::inclusionPath(const Case &c)
{
    const auto educators = demo::workers(m_services, QStringLiteral("educat"));
    if (!educators)
        return educators.error();
    if (educators.value().isEmpty())
        return Error{ErrorCode::NotFound, tr("The demo has no educator to follow a PIS."), {}, {}};
    const Worker educator = educators.value().at(qsizetype(pick(quint64(educators.value().size()))));
    const auto pis = monthly(c, QStringLiteral("pis"), 30000, 8);
    if (!pis)
        return pis.error();
    const qint64 id = pis.value().id;
    const auto set = m_services.inclusion.setUp(
        id, QStringLiteral("Volontariato alla mensa sociale tre mattine a settimana e corso di italiano"),
        educator.id, 30000, m_actor);
    if (!set)
        return set.error();
    // The educator joins the case's team, and records the attendance of the path they follow.
    const auto current = m_services.cases.get(c.id, m_actor);
    if (!current)
        return current.error();
    QList<qint64> team = current.value().teamWorkerIds;
    if (!team.contains(educator.id)) {
        team.append(educator.id);
        if (const auto joined = m_services.cases.setTeam(c.id, current.value().stamp.version, team, m_actor);
            !joined)
            return joined.error();
    }
    const auto educatorActor = demo::actorOfWorker(m_services, educator.id);
    if (!educatorActor)
        return educatorActor.error();
    constexpr int planned = 48; // twelve hours a week
    int index = 0;
    for (QDate first = pis.value().startsOn; first <= demo::end() && first <= pis.value().endsOn;
         first = first.addMonths(1), ++index) {
        const QString month = ServiceMonths::of(first);
        // Mostly full; the third month partly attended (paid in proportion), the fifth too little (nothing).
        const int attended = index == 2 ? 32 : index == 4 ? 20 : planned - int(pick(4));
        const auto recorded =
            m_services.inclusion.recordAttendance(id, month, planned, attended, educatorActor.value());
        if (!recorded)
            return recorded.error();
        if (recorded.value().months.last().subsidyCents <= 0 || payday(month) > demo::end())
            continue;
        const auto paid = m_services.inclusion.payMonth(
            id, month, payday(month), QStringLiteral("Mandato n. %1").arg(600 + pick(300)), m_actor);
        if (!paid)
            return paid.error();
    }
    return ok();
}

Status DemoInclusion::workPlacement(const Case &c)
{
    const auto tirocinio = monthly(c, QStringLiteral("tirocinio"), 45000, 6);
    if (!tirocinio)
        return tirocinio.error();
    const qint64 id = tirocinio.value().id;
    const auto set = m_services.placements.setUp(
        id, QStringLiteral("Cooperativa agricola La Castagna, Filattiera"),
        QStringLiteral("Giovanni Ferrari, responsabile di produzione"),
        QStringLiteral("INAIL PAT 93456781; RC n. %1/4471").arg(id), 20, 45000, m_actor);
    if (!set)
        return set.error();
    for (QDate first = tirocinio.value().startsOn;
         first <= tirocinio.value().endsOn && payday(ServiceMonths::of(first)) <= demo::end();
         first = first.addMonths(1)) {
        const QString month = ServiceMonths::of(first);
        const auto paid = m_services.placements.payMonth(
            id, month, payday(month), QStringLiteral("Mandato n. %1").arg(600 + pick(300)), m_actor);
        if (!paid)
            return paid.error();
    }
    return ok();
}

Result<int> DemoInclusion::create(const QList<qint64> &caseIds)
{
    // Adults taken in charge early enough in the demo year for months of attendance and payments.
    const QDate latest = demo::yearStart().addDays(90);
    const auto chosen = demo::findCases(m_services, caseIds, m_rng, 2, [&](const Case &c) {
        return (c.area == CaseArea::AdultHardship || c.area == CaseArea::Immigration ||
                c.area == CaseArea::Disability) &&
               c.status == CaseStatus::InCharge && c.openedOn <= latest;
    });
    if (!chosen)
        return chosen.error();
    if (chosen.value().size() < 2)
        return Error{ErrorCode::NotFound,
                     tr("The demo has too few adults in charge for a PIS and a tirocinio."),
                     {},
                     {}};
    if (Status s = inclusionPath(chosen.value().at(0)); !s)
        return s.error();
    if (Status s = workPlacement(chosen.value().at(1)); !s)
        return s.error();
    return m_made;
}

} // namespace cartella::cli
