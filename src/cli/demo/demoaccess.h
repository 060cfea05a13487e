#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// A break-glass access whatever the seed: a few hours before the demo is made, a social worker on call opened
// in an emergency a case that is not theirs (a riservato one when there is one), saying why; neither the
// case's responsible worker nor the zone manager has acknowledged it yet, so both see it waiting. Through
// EmergencyAccessService, as that social worker.
class DemoAccess
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoAccess(domain::ServiceHub &services, quint64 seed);

    // Returns the number of emergency accesses made.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
};

} // namespace cartella::cli
