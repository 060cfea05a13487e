// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Pronto Intervento Sociale over the demo zone: twelve-hour on-call shifts (08–20, 20–08, Italian time) for
// the last 90 days of the demo, with two gaps in cover (a night shift cancelled, a day shift cut short), and
// emergencies in those days: some of known persons, some identified later, some never identified; the on-call
// worker activated (none when the call fell in a gap); all handed over to the case that follows the person
// except one, left unhanded for weeks so that the overdue flag has something to show. Everything goes through
// ProntoInterventoService. Deterministic for a seed.
class DemoEmergencies
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoEmergencies(domain::ServiceHub &services, quint64 seed);

    // Returns the number of emergencies made.
    domain::Result<int> create(const QList<domain::Person> &persons, const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status createRota();
    domain::Status planRotaAhead();
    domain::Status createEmergency(const QDateTime &received, bool leaveUnhanded);
    // An open case, opened by `openedBy`, to hand an emergency over to.
    domain::Result<domain::Case> openCaseToLink(QDate openedBy);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    QList<qint64> m_socialWorkers;
    QList<domain::Person> m_persons;
    QList<qint64> m_caseIds;
    QDateTime m_from, m_to; // the rota's period, UTC
    QDateTime m_last;       // the last instant an emergency or a handover may have
    domain::Actor m_actor = domain::Actor::demo();
};

} // namespace cartella::cli
