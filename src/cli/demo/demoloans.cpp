#include "cli/demo/demoloans.h"

#include "cli/demo/demoshared.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

// The lines DemoServices makes for the demo year.
const QString kLoansLine = QStringLiteral("1406");
const QString kAssistanceLine = QStringLiteral("1410");

} // namespace

DemoLoans::DemoLoans(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'10a2'0000'0007ULL)
{}

Status DemoLoans::lend(const Case &c, QDate on, qint64 principalCents, int count, int repaid, bool writeOff)
{
    const auto person = demo::principal(m_services, c);
    if (!person)
        return person.error();
    // The borrower's DSU, filed with the request: well under the loan's threshold.
    if (Status s = demo::recordIsee(m_services, person.value().id, qint64(4000 + pick(60) * 100) * 100, on);
        !s)
        return s;
    DeliveryRequest r;
    r.caseId = c.id;
    r.personId = person.value().id;
    r.requestedOn = on;
    r.protocol = QStringLiteral("PG %1/%2").arg(3000 + m_made).arg(on.year());
    r.costCents = r.comuneShareCents = principalCents;
    const QDate decided = on.addDays(qint64(3 + pick(8)));
    const auto loan = demo::grant(m_services, r, QStringLiteral("prestito_onore"), kLoansLine, decided);
    if (!loan)
        return loan.error();
    ++m_made;
    const qint64 id = loan.value().id;
    if (const auto paid = m_services.deliveries.pay(
            id, principalCents, decided, {}, QStringLiteral("Mandato n. %1").arg(500 + pick(400)), m_actor);
        !paid)
        return paid.error();
    const QDate firstDue = decided.addMonths(1);
    const auto plan = m_services.loans.setUp(id, count, firstDue, m_actor);
    if (!plan)
        return plan.error();
    QDate last = decided;
    for (int i = 0; i < repaid; ++i) {
        const Instalment &due = plan.value().plan.at(i);
        last = due.dueOn.addDays(qint64(pick(6)));
        const auto back =
            m_services.loans.recordRepayment(id, due.amountCents, last, QStringLiteral("Bonifico"), m_actor);
        if (!back)
            return back.error();
    }
    if (!writeOff)
        return ok();
    // Near the demo's end, after the last repayment: the borrower lost their job and has no income.
    const QDate asOf = std::max(last, demo::end().addDays(-qint64(5 + pick(20))));
    const qint64 remainder = principalCents - plan.value().plan.first().amountCents * repaid;
    const auto line = demo::fundedLine(m_services, kAssistanceLine, remainder, asOf);
    if (!line)
        return line.error();
    const auto written = m_services.loans.writeOff(
        id, line.value(),
        QStringLiteral("Perdita del lavoro e nessun reddito: il recupero del residuo non è possibile."), asOf,
        m_actor);
    return written ? ok() : Status(written.error());
}

Result<int> DemoLoans::create(const QList<qint64> &caseIds)
{
    // Adults followed since early in the demo year, so that their instalments have fallen due by its end.
    const QDate latest = demo::yearStart().addDays(60);
    const auto borrowers = demo::findCases(m_services, caseIds, m_rng, 2, [&](const Case &c) {
        return (c.area == CaseArea::AdultHardship || c.area == CaseArea::Immigration ||
                c.area == CaseArea::Disability) &&
               (c.status == CaseStatus::Assessment || c.status == CaseStatus::InCharge) &&
               c.openedOn <= latest;
    });
    if (!borrowers)
        return borrowers.error();
    if (borrowers.value().size() < 2)
        return Error{
            ErrorCode::NotFound, tr("The demo has too few open cases of adults to lend to."), {}, {}};
    for (qsizetype i = 0; i < borrowers.value().size(); ++i) {
        const Case &c = borrowers.value().at(i);
        const QDate on = std::max(demo::yearStart().addDays(qint64(10 + pick(30))), c.openedOn);
        const bool writeOff = i == 1;
        if (Status s = writeOff ? lend(c, on, 60000, 10, 3, true) : lend(c, on, 120000, 12, 2, false); !s)
            return s.error();
    }
    return m_made;
}

} // namespace cartella::cli
