// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/personservice.h"

#include <QCoreApplication>
#include <QSet>

#include <random>

namespace cartella::cli {

// Deterministic synthetic data for demonstrations and benchmarks: the same seed gives the same persons.
// Everything goes through the domain services, so demo data obeys every rule real data obeys.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    // The 14 Comuni of the Lunigiana zone, where demo persons live.
    static const QStringList &lunigianaComuni();

    DemoData(domain::PersonService &persons, domain::TransactionProvider &transactions, quint64 seed);

    // Refuses a database that already holds persons: demo data never mixes with real records.
    domain::Result<int> createPersons(int count);
    // What createPersons made, for the casework generator.
    const QList<domain::Person> &created() const { return m_created; }

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    template <typename T> const T &pickFrom(const QList<T> &list)
    {
        return list.at(qsizetype(pick(quint64(list.size()))));
    }
    domain::Person makePerson();
    QString uniqueCode(const domain::Person &p);

    domain::PersonService &m_persons;
    domain::TransactionProvider &m_transactions;
    std::mt19937_64 m_rng;
    QSet<QString> m_usedCodes;
    QList<domain::Person> m_created;
    QList<domain::Municipality> m_zone;
    QList<qint64> m_zoneWeights; // cumulative population
    QList<domain::BirthPlace> m_italianPlaces;
    QList<domain::BirthPlace> m_suppressedPlaces;
    QList<domain::BirthPlace> m_foreignStates;
};

} // namespace cartella::cli
