#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Honour loans (prestiti sull'onore) whatever the seed, besides those DemoServices lends to some adults in
// hardship: one borrower who paid two instalments and then stopped (in arrears ever since), and one who paid
// three and then lost their job, whose remainder the zone manager wrote off against the assistance line.
// Through DeliveryService and LoanService. Deterministic for a seed.
class DemoLoans
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoLoans(domain::ServiceHub &services, quint64 seed);

    // Returns the number of loans made.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    // A loan of `principalCents` in `count` monthly instalments, requested on `on`, of which the first
    // `repaid` were paid; with `writeOff`, the rest is written off near the demo's end.
    domain::Status lend(const domain::Case &c, QDate on, qint64 principalCents, int count, int repaid,
                        bool writeOff);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    int m_made = 0;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
