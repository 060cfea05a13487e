// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// The four projects the seeds run besides casework — mediazione sociale e alloggiativa, genitorialità in
// carcere, centro estivo, inclusion with a foundation — with their funders, periods and teams, and some of
// the demo cases enrolled (some already discharged; the summer camp closed). Through ProgrammeService only,
// so the rules hold. Deterministic for a seed.
class DemoProgrammes
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoProgrammes(domain::ServiceHub &services, quint64 seed);

    // Returns the number of enrolments made.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Result<domain::Programme> programme(const QString &name, const QString &funder,
                                                std::optional<domain::CaseArea> area,
                                                const QString &description, const QDate &startsOn,
                                                const QDate &endsOn);
    // Enrols up to `most` open cases of `areas`, not yet used by this programme, from a day after both the
    // programme's start and the case's opening; discharges about one in `leaveOneIn`. A draw that leaves the
    // project empty is made again over `everyCase` of the areas, so that every project has someone.
    domain::Status enrolSome(const domain::Programme &p, const QList<domain::CaseArea> &areas, int most,
                             int leaveOneIn, bool everyCase = false);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    domain::Actor m_actor = domain::Actor::demo();
    QList<domain::Case> m_cases;
    QList<domain::Worker> m_workers;
    int m_enrolled = 0;
};

} // namespace cartella::cli
