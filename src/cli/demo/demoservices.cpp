// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demoservices.h"

#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

// The demo's year and its last day, as in DemoCasework; never after today.
QDate demoEnd()
{
    return std::min(QDate(2026, 10, 31), domain::officeToday());
}

const QStringList kProviders{QStringLiteral("Cooperativa sociale Il Ponte"),
                             QStringLiteral("Cooperativa Arcobaleno"), QStringLiteral("Associazione Auser"),
                             QStringLiteral("Caritas diocesana")};

} // namespace

DemoServices::DemoServices(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'5e4'0000'0002ULL)
{}

Status DemoServices::createLines(int caseCount)
{
    const int year = demoEnd().year();
    struct Line
    {
        const char *code;
        const char *name;
        qint64 centsPerCase;
        bool assistance;
        qint64 *id;
    };
    qint64 assistance = 0;
    const Line lines[] = {
        {"1404", "Contributi economici ordinari", 30000, false, &m_ordinaryLine},
        {"1405", "Contributi straordinari", 8000, false, &m_extraordinaryLine},
        {"1406", "Prestiti sull'onore", 6000, false, &m_loansLine},
        {"1410", "Assistenza economica (prestiti non restituiti)", 500, true, &assistance},
        {"1420", "Servizi domiciliari e inclusione", 120000, false, &m_servicesLine},
    };
    for (const Line &l : lines) {
        BudgetLine line;
        line.year = year;
        line.code = QString::fromLatin1(l.code);
        line.name = QString::fromUtf8(l.name);
        line.assistance = l.assistance;
        const auto made =
            m_services.budget.createLine(line, l.centsPerCase * caseCount, QDate(year, 1, 1), m_actor);
        if (!made)
            return made.error();
        *l.id = made.value().id;
    }
    return ok();
}

Result<ServiceDelivery> DemoServices::request(const Case &c, const QString &code, qint64 cents, QDate on,
                                              bool monthly)
{
    DeliveryRequest r;
    r.caseId = c.id;
    r.personId = c.members.first().personId;
    r.catalogueId = m_entries.value(code);
    r.requestedOn = on;
    r.protocol = QStringLiteral("PG %1/%2").arg(1000 + m_made).arg(on.year());
    if (monthly) {
        r.startsOn = on.addDays(14);
        r.endsOn = r.startsOn.addMonths(6).addDays(-1);
        r.monthlyCents = cents;
        r.costCents = cents * 6;
    } else {
        r.costCents = cents;
    }
    r.comuneShareCents = r.costCents;
    const bool service = code == QStringLiteral("adm") || code == QStringLiteral("sad");
    r.budgetLineId = service                                              ? m_servicesLine
                     : code == QStringLiteral("contributo_straordinario") ? m_extraordinaryLine
                                                                          : m_ordinaryLine;
    if (service) {
        r.providerKind = ProviderKind::Cooperative;
        r.providerName = kProviders.at(qsizetype(pick(2)));
        r.monthlyMinutes = int(8 + pick(20)) * 60;
    }
    return m_services.deliveries.request(r, m_actor);
}

Status DemoServices::decide(const ServiceDelivery &d, QDate on)
{
    if (pick(8) == 0) {
        const auto rejected = m_services.deliveries.reject(
            d.id, d.stamp.version, QStringLiteral("Requisiti non soddisfatti"), on, m_actor);
        return rejected ? ok() : Status(rejected.error());
    }
    const auto approved = m_services.deliveries.approve(d.id, d.stamp.version, {}, on, m_actor);
    if (!approved && approved.error().code == ErrorCode::Invalid)
        return ok(); // the line ran out: the request waits, as it would in an office
    return approved ? ok() : Status(approved.error());
}

Status DemoServices::payOut(const ServiceDelivery &d, bool monthly)
{
    const auto current = m_services.deliveries.get(d.id, m_actor);
    if (!current)
        return current.error();
    if (current.value().status != DeliveryStatus::Approved)
        return ok();
    if (!monthly) {
        const QDate on = std::min(current.value().decidedOn.addDays(qint64(7 + pick(20))), demoEnd());
        const auto paid =
            m_services.deliveries.pay(d.id, d.comuneShareCents, on, {}, QStringLiteral("Mandato"), m_actor);
        return paid ? ok() : Status(paid.error());
    }
    // Each month counted from the start (never from the month before: Jan 31, Feb 28, Mar 28… would add a
    // seventh month before the end and pay beyond what was committed).
    for (int k = 0;; ++k) {
        const QDate month = current.value().startsOn.addMonths(k);
        if (month.addDays(5) > demoEnd() || month > current.value().endsOn)
            break;
        // The month's payment on the 5th after it starts, but never before the decision (a late one pays the
        // first month on the day it is approved).
        const QDate paidOn = std::max(month.addDays(5), current.value().decidedOn);
        if (paidOn > demoEnd())
            break;
        const auto paid = m_services.deliveries.pay(d.id, d.monthlyCents, paidOn,
                                                    month.toString(QStringLiteral("yyyy-MM")), {}, m_actor);
        if (!paid)
            return paid.error();
    }
    return ok();
}

Status DemoServices::lend(const Case &c, QDate on)
{
    DeliveryRequest r;
    r.caseId = c.id;
    r.personId = c.members.first().personId;
    r.catalogueId = m_entries.value(QStringLiteral("prestito_onore"));
    r.requestedOn = on;
    r.protocol = QStringLiteral("PG %1/%2").arg(1000 + m_made).arg(on.year());
    r.costCents = r.comuneShareCents = qint64(10 + pick(11)) * 10000;
    r.budgetLineId = m_loansLine;
    const auto requested = m_services.deliveries.request(r, m_actor);
    if (!requested)
        return requested.error().code == ErrorCode::Invalid ? ok() : Status(requested.error());
    ++m_made;
    const QDate decided = on.addDays(qint64(3 + pick(10)));
    const auto approved = m_services.deliveries.approve(requested.value().id, requested.value().stamp.version,
                                                        {}, decided, m_actor);
    if (!approved)
        return approved.error().code == ErrorCode::Invalid ? ok() : Status(approved.error());
    const auto paid = m_services.deliveries.pay(approved.value().id, r.comuneShareCents, decided, {},
                                                QStringLiteral("Mandato"), m_actor);
    if (!paid)
        return paid.error();
    m_lent = true;
    const int count = int(12 + pick(2) * 12);
    const QDate firstDue = decided.addMonths(1);
    const auto plan = m_services.loans.setUp(approved.value().id, count, firstDue, m_actor);
    if (!plan)
        return plan.error();
    // Repayments up to the demo's end: most on time, some late, one borrower in three stops paying.
    const bool stops = pick(3) == 0;
    const qint64 instalment = r.comuneShareCents / count;
    for (int i = 0; i < count; ++i) {
        const QDate due = firstDue.addMonths(i);
        const QDate paidOn = due.addDays(qint64(pick(4) == 0 ? 20 + pick(20) : pick(5)));
        if (paidOn > demoEnd() || (stops && i >= 2))
            break;
        const auto repaid =
            m_services.loans.recordRepayment(approved.value().id, instalment, paidOn, {}, m_actor);
        if (!repaid)
            return repaid.error();
    }
    return ok();
}

Status DemoServices::serve(const Case &c)
{
    const QDate end = demoEnd();
    const QDate yearStart(end.year(), 1, 1);
    const QDate from = std::max(c.openedOn, yearStart);
    if (from >= end)
        return ok();
    const QDate on = from.addDays(qint64(pick(quint64(from.daysTo(end)))));
    const qint64 principal = c.members.first().personId;
    // Most applicants for economic aid have a DSU of the year.
    IseeDeclaration isee;
    isee.personId = principal;
    isee.valueCents = qint64(pick(14000)) * 100;
    isee.dsuProtocol =
        QStringLiteral("INPS-ISEE-%1-%2A-00").arg(on.year()).arg(10000000 + m_made, 9, 10, QLatin1Char('0'));
    isee.filedOn = std::max(yearStart, on.addDays(-qint64(pick(60))));
    if (pick(5) != 0) {
        if (const auto recorded = m_services.isee.record(isee, m_actor); !recorded)
            return recorded.error();
    }
    QString code;
    qint64 cents = 0;
    bool monthly = false;
    switch (c.area) {
    case CaseArea::FamilyAndMinors:
        code = pick(2) == 0 ? QStringLiteral("adm") : QStringLiteral("buoni_alimentari");
        cents = code == QStringLiteral("adm") ? 42000 : 15000 + qint64(pick(4)) * 5000;
        monthly = code == QStringLiteral("adm");
        break;
    case CaseArea::Disability:
    case CaseArea::Elderly:
        if (pick(2) == 0) {
            code = pick(2) == 0 ? QStringLiteral("pagamento_bollette")
                                : QStringLiteral("contributo_straordinario");
            cents = 8000 + qint64(pick(30)) * 1000;
            break;
        }
        code = QStringLiteral("sad");
        cents = 38000 + qint64(pick(5)) * 2000;
        monthly = true;
        break;
    case CaseArea::Immigration:
    case CaseArea::AdultHardship:
        code = pick(3) == 0   ? QStringLiteral("sussidio_temporaneo")
               : pick(2) == 0 ? QStringLiteral("pagamento_bollette")
                              : QStringLiteral("contributo_straordinario");
        cents = code == QStringLiteral("sussidio_temporaneo") ? 25000 : 8000 + qint64(pick(30)) * 1000;
        monthly = code == QStringLiteral("sussidio_temporaneo");
        break;
    }
    // The first adult in hardship gets a loan, so that even the small demo has one; then one in four.
    if ((c.area == CaseArea::AdultHardship || c.area == CaseArea::Immigration) && (pick(4) == 0 || !m_lent) &&
        on.addMonths(2) < end)
        return lend(c, std::max(yearStart, on.addDays(-60)));
    const auto made = request(c, code, cents, on, monthly);
    if (!made) {
        if (made.error().code == ErrorCode::Invalid)
            return ok(); // no valid ISEE, or above the threshold: refused, as it would be
        return made.error();
    }
    ++m_made;
    const QDate decision = std::min(on.addDays(qint64(3 + pick(20))), end);
    if (decision.year() != on.year() || pick(10) == 0)
        return ok(); // still waiting for the zone manager
    if (Status s = decide(made.value(), decision); !s)
        return s;
    return payOut(made.value(), monthly);
}

Result<int> DemoServices::create(const QList<qint64> &caseIds)
{
    const auto entries = m_services.catalogue.entries(false, m_actor);
    if (!entries)
        return entries.error();
    for (const CatalogueEntry &e : entries.value())
        m_entries.insert(e.code, e.id);
    if (Status s = createLines(int(caseIds.size())); !s)
        return s.error();
    for (const qint64 id : caseIds) {
        if (pick(3) == 0)
            continue;
        const auto c = m_services.cases.get(id, m_actor);
        if (!c)
            return c.error();
        if (c.value().status == CaseStatus::Closed || c.value().status == CaseStatus::Reception)
            continue;
        if (Status s = serve(c.value()); !s)
            return s.error();
    }
    return m_made;
}

} // namespace cartella::cli
