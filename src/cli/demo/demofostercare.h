// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Equipe Affido over the demo zone: a handful of foster families in the Comuni of the demo's children, and
// placements of the minors of some open family-and-minors cases (no new case): one nearing its 24 months, one
// past them and extended by the Tribunale per i Minorenni, one recent. Everything goes through
// FosterCareService, so the terms become deadlines. Deterministic for a seed, except the dates, which are
// placed around the day it runs so that the warning always has something.
class DemoFosterCare
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoFosterCare(domain::ServiceHub &services, quint64 seed);

    // Returns the number of placements started.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status families(const QStringList &comuni);
    domain::Status place(const domain::Case &c, const domain::Person &child, int which);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    int m_made = 0;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
