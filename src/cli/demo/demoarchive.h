#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// The paper archive the office brought into Cartella: cases opened and closed ten to thirteen years before
// the day the demo is made, of persons who have no other case, registered with the days they really opened
// and closed (CaseService::registerArchived). A retention run with today's date less ten years finds them
// (the demo never runs one). Deterministic for a seed, except the dates, which follow the day it runs.
class DemoArchive
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoArchive(domain::ServiceHub &services, quint64 seed);

    // One archived case for every fifteen demo cases, at least four. Returns the number registered.
    domain::Result<int> create(const QList<domain::Person> &persons, int caseCount);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status registerCase(const domain::Person &principal, qint64 workerId);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    int m_made = 0;
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
