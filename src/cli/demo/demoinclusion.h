#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Social and work inclusion whatever the seed: a percorso di inclusione sociale (PIS) followed by an
// educator, with each month's attendance recorded (one month partly attended, one too little) and the subsidy
// the office's rule gives paid month by month; and a tirocinio with its host, tutor, insurance and monthly
// reimbursement paid. Through DeliveryService, InclusionService and WorkPlacementService. Deterministic for a
// seed.
class DemoInclusion
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoInclusion(domain::ServiceHub &services, quint64 seed);

    // Returns the number of services made (a PIS and a tirocinio).
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status inclusionPath(const domain::Case &c);
    domain::Status workPlacement(const domain::Case &c);
    // A monthly benefit of `monthlyCents` for `months` months from the first of the month after its approval.
    domain::Result<domain::ServiceDelivery> monthly(const domain::Case &c, const QString &catalogueCode,
                                                    qint64 monthlyCents, int months);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    int m_made = 0;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
