// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Tutela Minori over the demo cases: decrees of the juvenile court, the prosecutor or the guardianship judge
// on some open family-and-minors cases, with their mandated tasks, and one messa alla prova. Everything goes
// through MandateService, so the cases become riservato and the tasks become deadlines. Deterministic for a
// seed, except the due dates, which are placed around the day it runs (as DemoCasework's deadlines) so that
// the reminders always have something.
class DemoMandates
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoMandates(domain::ServiceHub &services, quint64 seed);

    // Returns the number of mandates recorded.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status decree(const domain::Case &c, bool probation);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    int m_made = 0;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
