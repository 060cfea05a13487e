#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <functional>
#include <random>

namespace cartella::cli::demo {

// What the generators that show one feature each (DemoLoans, DemoInclusion, DemoCourtReports, DemoAccess,
// DemoArchive) share: the demo's calendar, its cases, its users and its money. Everything through the domain
// services.

// The demo's last day, as in DemoCasework; never after today.
QDate end();
// 1 January of the demo's year: the year of the budget lines DemoServices makes.
QDate yearStart();

// Up to `count` cases of `caseIds` that `wanted` accepts, tried in an order drawn from `rng`.
domain::Result<QList<domain::Case>> findCases(domain::ServiceHub &services, const QList<qint64> &caseIds,
                                              std::mt19937_64 &rng, int count,
                                              const std::function<bool(const domain::Case &)> &wanted);
// The principal beneficiary of the case.
domain::Result<domain::Person> principal(domain::ServiceHub &services, const domain::Case &c);

// The demo user of a worker (assistente1…, educatore1…), acting as they do once logged in; the demo itself
// when the worker has no user.
domain::Result<domain::Actor> actorOfWorker(domain::ServiceHub &services, qint64 workerId);
// The active workers whose role contains `role` ("assistente", "educat").
domain::Result<QList<domain::Worker>> workers(domain::ServiceHub &services, const QString &role);

// A DSU of `valueCents` filed by the person on `filedOn`: the ISEE a benefit requested that day rests on.
domain::Status recordIsee(domain::ServiceHub &services, qint64 personId, qint64 valueCents, QDate filedOn);

// A benefit requested and, `decidedOn`, approved on the demo year's budget line `lineCode` (as DemoServices
// names them). When the line cannot bear it, the zone manager first adds what is missing by an allocation
// variation, as an office does for a benefit it has decided to grant.
domain::Result<domain::ServiceDelivery> grant(domain::ServiceHub &services, domain::DeliveryRequest request,
                                              const QString &catalogueCode, const QString &lineCode,
                                              QDate decidedOn);
// The id of the demo year's line `code`, with at least `cents` spendable (see grant).
domain::Result<qint64> fundedLine(domain::ServiceHub &services, const QString &code, qint64 cents, QDate on);

} // namespace cartella::cli::demo
