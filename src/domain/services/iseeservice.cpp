// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/iseeservice.h"

#include "domain/access/access.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"

namespace cartella::domain {

IseeService::IseeService(ServiceRepository &services, TransactionProvider &transactions, Auditor &audit)
    : m_services(services), m_transactions(transactions), m_audit(audit)
{}

Result<IseeDeclaration> IseeService::record(IseeDeclaration isee, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordIsee); !allowed)
        return allowed.error();
    if (isee.personId <= 0)
        return invalid(QStringLiteral("person"), tr("Choose the person the declaration belongs to."));
    if (isee.valueCents < 0)
        return invalid(QStringLiteral("value"), tr("The ISEE value cannot be negative."));
    if (isee.dsuProtocol.trimmed().isEmpty())
        return invalid(QStringLiteral("dsuProtocol"), tr("Give the DSU protocol number."));
    if (!isee.filedOn.isValid())
        return invalid(QStringLiteral("filedOn"), tr("Give the date the DSU was filed."));
    if (isee.filedOn > officeToday())
        return invalid(QStringLiteral("filedOn"), tr("The filing date cannot be in the future."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto id = m_services.insertIsee(isee, actor.userName);
    if (!id)
        return id.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("isee_recorded"), QStringLiteral("person"), isee.personId,
                           {{QStringLiteral("isee"), id.value()},
                            {QStringLiteral("filed_on"), isee.filedOn.toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    isee.id = id.value();
    return isee;
}

Result<QList<IseeDeclaration>> IseeService::declarations(qint64 personId, const Actor &actor)
{
    if (!permits(actor, Operation::RecordIsee)) {
        if (Status allowed = require(actor, Operation::ReadServices); !allowed)
            return allowed.error();
    }
    return m_services.iseeOf(personId);
}

Result<std::optional<IseeDeclaration>> IseeService::check(const CatalogueEntry &entry, qint64 personId,
                                                          QDate day)
{
    if (entry.meansTest != MeansTest::Isee || !entry.iseeThresholdCents)
        return std::optional<IseeDeclaration>();
    const auto all = m_services.iseeOf(personId);
    if (!all)
        return all.error();
    std::optional<IseeDeclaration> latest;
    for (const IseeDeclaration &i : all.value()) {
        if (i.filedOn > day)
            continue; // filed after the request: not what it rested on
        if (!latest)
            latest = i;
        if (i.validOn(day)) {
            if (i.valueCents > *entry.iseeThresholdCents)
                return invalid(
                    QStringLiteral("isee"),
                    tr("The ISEE of %1 (DSU %2) is above the threshold of %3 for this benefit.")
                        .arg(formatEuro(i.valueCents), i.dsuProtocol, formatEuro(*entry.iseeThresholdCents)));
            return std::optional<IseeDeclaration>(i);
        }
    }
    if (latest)
        return invalid(QStringLiteral("isee"),
                       tr("The ISEE expired: the DSU %1 filed on %2 was valid until %3. A new DSU is needed.")
                           .arg(latest->dsuProtocol, latest->filedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                latest->expiresOn().toString(QStringLiteral("dd/MM/yyyy"))));
    return invalid(
        QStringLiteral("isee"),
        tr("This benefit needs an ISEE, and none is recorded for the person. Record the DSU first."));
}

} // namespace cartella::domain
