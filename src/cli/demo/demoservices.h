// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Services and money over the demo cases: budget lines for the demo year, ISEE declarations, services and
// economic aid requested, most approved (committing money), some rejected, and payments made. Everything
// goes through the domain services, so the lines' figures add up as in a real office. Deterministic for a
// seed.
class DemoServices
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoServices(domain::ServiceHub &services, quint64 seed);

    // Returns the number of services made.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status createLines(int caseCount);
    domain::Status serve(const domain::Case &c);
    domain::Result<domain::ServiceDelivery> request(const domain::Case &c, const QString &code, qint64 cents,
                                                    QDate on, bool monthly);
    domain::Status decide(const domain::ServiceDelivery &d, QDate on);
    domain::Status payOut(const domain::ServiceDelivery &d, bool monthly);
    // An honour loan paid out, with its plan and the repayments made so far (some late, some missing).
    domain::Status lend(const domain::Case &c, QDate on);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    QMap<QString, qint64> m_entries; // catalogue code → id
    qint64 m_ordinaryLine = 0, m_extraordinaryLine = 0, m_servicesLine = 0, m_loansLine = 0;
    int m_made = 0;
    bool m_lent = false;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
