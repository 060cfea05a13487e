// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanrepository.h"
#include "domain/casework/caserepository.h"
#include "domain/casework/casescope.h"
#include "domain/casework/emergencyaccess.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// Use cases of the cartella sociale: opening, status flow, responsible worker, members, listing.
// Every change is written with its history event in one transaction.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    // With `deadlines`, reassigning a case moves its review and planned-end deadlines to the new worker. With
    // `emergency`, a user holding an emergency access to a case they could not see may read it.
    CaseService(CaseRepository &cases, TransactionProvider &transactions, Auditor &audit,
                DeadlineRepository *deadlines = nullptr, EmergencyAccessRepository *emergency = nullptr,
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
    // A case of the paper archive (or of the system used before), opened and closed before it is registered
    // here: opened on `draft.openedOn` and closed on `closedOn` for `reason` in one transaction, so that
    // retention (docs/decisions/0008-retention.md) counts its years from the day it really closed. `note`
    // says where the file is kept; it is the closing event's note. Needs who opens cases and changes their
    // status.
    Result<Case> registerArchived(Case draft, const QDate &closedOn, ClosureReason reason,
                                  const QString &note, const Actor &actor);
    Result<Case> reassign(qint64 caseId, int expectedVersion, qint64 workerId, const QString &note,
                          const Actor &actor);
    // A further member (never a second principal); kept in the history.
    Result<Case> addMember(qint64 caseId, int expectedVersion, const CaseMember &member, const Actor &actor);
    // The team (équipe) besides the responsible worker; kept in the history.
    Result<Case> setTeam(qint64 caseId, int expectedVersion, const QList<qint64> &workerIds,
                         const Actor &actor);
    // Marks the case riservato, or no longer; `note` says why, and is kept in the history.
    Result<Case> setRestricted(qint64 caseId, int expectedVersion, bool restricted, const QString &note,
                               const Actor &actor);
    // Appends a history event (used by the project and deadlines inside their transaction). The case's own
    // version does not move: a project change does not make an open case window stale.
    Status recordEvent(qint64 caseId, const CaseEvent &event, const Actor &actor);

    // The case, for the services and refreshes; not audited (`view` is the opening of a case). Answers "does
    // not exist" for a case the actor may not see. Without the right to read case content, the notes are
    // empty.
    Result<Case> get(qint64 caseId, const Actor &actor);
    // The same, telling whether the actor sees it only through an emergency access (one read for both).
    Result<Case> get(qint64 caseId, const Actor &actor, bool *inEmergency);
    // Opens the case: the case, with the opening written to the audit trail.
    Result<Case> view(qint64 caseId, const Actor &actor);
    // The case, for a change of what is in it (project, deadlines, diary corrections): by role only, since an
    // emergency access is for reading and writing new diary entries.
    Result<Case> getForChange(qint64 caseId, const Actor &actor);
    // What a case the actor may not see (or not change) is answered with: as if it did not exist.
    static Error missingCase(qint64 caseId);
    // Whether the actor sees the case only through an emergency access.
    Result<bool> seenInEmergency(qint64 caseId, const Actor &actor);
    Result<Case> getByNumber(const QString &number, const Actor &actor);
    Result<QList<CaseEvent>> history(qint64 caseId, const Actor &actor);
    Result<QList<CaseSummary>> list(const CaseQuery &query, const Actor &actor);
    Result<qint64> count(const CaseQuery &query, const Actor &actor);
    // The Comuni that have cases, for the list filter.
    Result<QList<Municipality>> municipalitiesWithCases(const Actor &actor);

private:
    Result<Case> load(qint64 caseId, int expectedVersion, const Actor &actor);
    // The same, for a change that needs the case still open.
    Result<Case> loadOpen(qint64 caseId, int expectedVersion, const Actor &actor);
    // Writes the changed case (moving its version on) and its history event, commits, and reads it back.
    // The change is audited as `action` with `details`.
    Result<Case> commitChange(TransactionScope &tx, const Case &c, const CaseEvent &event, const Actor &actor,
                              const QString &action, const QJsonObject &details);
    // The case as the actor may read it, if they see it by role or through an emergency access (then
    // `inEmergency`); NotFound if not.
    Result<Case> visible(qint64 caseId, const Actor &actor, bool *inEmergency = nullptr);
    // The case as the actor may read it: without notes for a role that may not read case content.
    static Case readable(Case c, const Actor &actor);
    // The query limited to what the actor may see (CaseScope).
    static CaseQuery scoped(CaseQuery query, const Actor &actor);
    Result<QString> workerName(qint64 workerId);

    CaseRepository &m_cases;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
    DeadlineRepository *m_deadlines;
    EmergencyAccessRepository *m_emergency;
    const PlaceRegistry &m_places;
};

} // namespace cartella::domain
