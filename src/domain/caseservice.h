#pragma once

#include "actor.h"
#include "careplanrepository.h"
#include "caserepository.h"
#include "placeregistry.h"
#include "transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// Use cases of the cartella sociale: opening, status flow, responsible worker, members, listing.
// Every change is written with its history event in one transaction.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    // With `deadlines`, reassigning a case moves its review and planned-end deadlines to the new worker.
    CaseService(CaseRepository &cases, TransactionProvider &transactions,
                DeadlineRepository *deadlines = nullptr,
                const PlaceRegistry &places = PlaceRegistry::builtin());

    Result<Worker> registerWorker(Worker worker, const Actor &actor);
    Result<QList<Worker>> workers(const Actor &actor);
    // The worker, if they exist and are still active; else an Invalid error on `field`.
    Result<Worker> activeWorker(qint64 workerId, const QString &field);
    // Refuses changes to a closed case.
    Status requireOpen(const Case &c) const;

    // Opens a case in "accoglienza" with the next number of its opening year.
    Result<Case> open(Case draft, const Actor &actor);
    // `expectedVersion` is the version the user saw; a newer stored one is a conflict.
    Result<Case> changeStatus(qint64 caseId, int expectedVersion, CaseStatus to, ClosureReason reason,
                              const QString &note, const Actor &actor);
    Result<Case> reassign(qint64 caseId, int expectedVersion, qint64 workerId, const QString &note,
                          const Actor &actor);
    // A further member (never a second principal); kept in the history.
    Result<Case> addMember(qint64 caseId, int expectedVersion, const CaseMember &member, const Actor &actor);
    // The team (équipe) besides the responsible worker; kept in the history.
    Result<Case> setTeam(qint64 caseId, int expectedVersion, const QList<qint64> &workerIds,
                         const Actor &actor);
    // Appends a history event (used by the project and deadlines inside their transaction). The case's own
    // version does not move: a project change does not make an open case window stale.
    Status recordEvent(qint64 caseId, const CaseEvent &event, const Actor &actor);

    Result<Case> get(qint64 caseId, const Actor &actor);
    Result<Case> getByNumber(const QString &number, const Actor &actor);
    Result<QList<CaseEvent>> history(qint64 caseId, const Actor &actor);
    Result<QList<CaseSummary>> list(const CaseQuery &query, const Actor &actor);
    Result<qint64> count(const CaseQuery &query, const Actor &actor);
    // The Comuni that have cases, for the list filter.
    Result<QList<Municipality>> municipalitiesWithCases(const Actor &actor);

private:
    Result<Case> load(qint64 caseId, int expectedVersion, const Actor &actor);
    // Writes the changed case (moving its version on) and its history event, commits, and reads it back.
    Result<Case> commitChange(TransactionScope &tx, const Case &c, const CaseEvent &event,
                              const Actor &actor);
    // The query limited to what the actor may see (CaseScope).
    static CaseQuery scoped(CaseQuery query, const Actor &actor);
    Result<QString> workerName(qint64 workerId);

    CaseRepository &m_cases;
    TransactionProvider &m_transactions;
    DeadlineRepository *m_deadlines;
    const PlaceRegistry &m_places;
};

} // namespace cartella::domain
