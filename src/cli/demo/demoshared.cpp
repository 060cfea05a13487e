#include "cli/demo/demoshared.h"

#include "domain/kernel/officeclock.h"

#include <algorithm>

namespace cartella::cli::demo {

using namespace cartella::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};

// Demo data are written by the local system.
const Actor kDemo = Actor::demo();

// Rounded up to whole hundreds of euros, as a council's variation is.
qint64 roundedUp(qint64 cents)
{
    constexpr qint64 hundred = 100 * 100;
    return (cents + hundred - 1) / hundred * hundred;
}

} // namespace

QDate end()
{
    return std::min(QDate(2026, 10, 31), officeToday());
}

QDate yearStart()
{
    return QDate(end().year(), 1, 1);
}

Result<QList<Case>> findCases(ServiceHub &services, const QList<qint64> &caseIds, std::mt19937_64 &rng,
                              int count, const std::function<bool(const Case &)> &wanted)
{
    QList<qint64> order = caseIds;
    std::shuffle(order.begin(), order.end(), rng);
    QList<Case> found;
    for (const qint64 id : order) {
        if (found.size() >= count)
            break;
        const auto c = services.cases.get(id, kDemo);
        if (!c)
            return c.error();
        if (!c.value().members.isEmpty() && wanted(c.value()))
            found.append(c.value());
    }
    return found;
}

Result<Person> principal(ServiceHub &services, const Case &c)
{
    for (const CaseMember &m : c.members) {
        if (m.role == MemberRole::PrincipalBeneficiary)
            return services.persons.get(m.personId, kDemo);
    }
    return Error{
        ErrorCode::NotFound, Tr::tr("Case %1 has no principal beneficiary.").arg(c.number()), {}, {}};
}

Result<Actor> actorOfWorker(ServiceHub &services, qint64 workerId)
{
    const auto users = services.auth.users(kDemo);
    if (!users)
        return users.error();
    for (const User &u : users.value()) {
        if (u.active && u.workerId == workerId)
            return services.auth.actorFor(u);
    }
    return kDemo;
}

Result<QList<Worker>> workers(ServiceHub &services, const QString &role)
{
    const auto all = services.cases.workers(kDemo);
    if (!all)
        return all.error();
    QList<Worker> out;
    for (const Worker &w : all.value()) {
        if (w.active && w.role.contains(role))
            out.append(w);
    }
    return out;
}

Status recordIsee(ServiceHub &services, qint64 personId, qint64 valueCents, QDate filedOn)
{
    IseeDeclaration isee;
    isee.personId = personId;
    isee.valueCents = valueCents;
    isee.filedOn = filedOn;
    isee.dsuProtocol = QStringLiteral("INPS-ISEE-%1-%2B-00")
                           .arg(filedOn.year())
                           .arg(20000000 + personId, 9, 10, QLatin1Char('0'));
    const auto recorded = services.isee.record(isee, kDemo);
    return recorded ? ok() : Status(recorded.error());
}

Result<qint64> fundedLine(ServiceHub &services, const QString &code, qint64 cents, QDate on)
{
    const auto lines = services.budget.lines(yearStart().year(), kDemo);
    if (!lines)
        return lines.error();
    const auto line = std::find_if(lines.value().cbegin(), lines.value().cend(),
                                   [&](const BudgetLine &l) { return l.code == code; });
    if (line == lines.value().cend())
        return Error{ErrorCode::NotFound,
                     Tr::tr("The demo has no budget line %1 for %2.").arg(code).arg(yearStart().year()),
                     {},
                     {}};
    const auto figures = services.budget.figures(line->id, kDemo);
    if (!figures)
        return figures.error();
    const qint64 missing = cents - figures.value().spendableCents();
    if (missing > 0) {
        const auto varied = services.budget.changeAllocation(
            line->id, roundedUp(missing), on,
            QStringLiteral("Delibera GC n. %1/%2").arg(40 + on.month()).arg(on.year()),
            QStringLiteral("Integrazione dello stanziamento per le domande accolte"), kDemo);
        if (!varied)
            return varied.error();
    }
    return line->id;
}

Result<ServiceDelivery> grant(ServiceHub &services, DeliveryRequest request, const QString &catalogueCode,
                              const QString &lineCode, QDate decidedOn)
{
    const auto entries = services.catalogue.entries(false, kDemo);
    if (!entries)
        return entries.error();
    const auto entry = std::find_if(entries.value().cbegin(), entries.value().cend(),
                                    [&](const CatalogueEntry &e) { return e.code == catalogueCode; });
    if (entry == entries.value().cend())
        return Error{
            ErrorCode::NotFound, Tr::tr("The catalogue has no service \"%1\".").arg(catalogueCode), {}, {}};
    const auto line = fundedLine(services, lineCode, request.comuneShareCents, decidedOn);
    if (!line)
        return line.error();
    request.catalogueId = entry->id;
    request.budgetLineId = line.value();
    const auto requested = services.deliveries.request(request, kDemo);
    if (!requested)
        return requested.error();
    return services.deliveries.approve(requested.value().id, requested.value().stamp.version, {}, decidedOn,
                                       kDemo);
}

} // namespace cartella::cli::demo
