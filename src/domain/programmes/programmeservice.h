// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/personservice.h"
#include "domain/kernel/transaction.h"
#include "domain/programmes/programmerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Generic projects ("Progetti"): the zone manager creates a programme, corrects it (the values before are
// kept as a version), sets its team and closes it; the zone manager and the programme's team members enrol
// cases they may change (riservato rules included) or persons without a case, and discharge them with a date
// and a reason. Every enrolment lies inside the programme's period; the same case is never enrolled twice at
// overlapping dates. Closing a programme discharges its open enrolments ("programme ended") and ends its team
// on the closing day. Counts are per period and per Comune. Audited with ids, codes and dates only. See
// docs/decisions/0018-programmes.md.
class ProgrammeService
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeService)

public:
    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxFunderLength = 200;
    static constexpr int kMaxDescriptionLength = 2000;

    ProgrammeService(ProgrammeRepository &programmes, CaseService &cases, PersonService &persons,
                     TransactionProvider &transactions, Auditor &audit);

    Result<Programme> create(const ProgrammeDraft &draft, const Actor &actor);
    // Corrects name, funder, area, description, period and Comuni of an active programme; refused when an
    // enrolment or a team membership would fall outside the new period.
    Result<Programme> update(qint64 programmeId, int expectedVersion, const ProgrammeDraft &changed,
                             const Actor &actor);
    // Closes on `on` (not before its latest enrolment or team start, not after today).
    Result<Programme> close(qint64 programmeId, int expectedVersion, const QDate &on, const Actor &actor);

    Result<Programme> addTeamMember(qint64 programmeId, qint64 workerId, ProgrammeTeamRole role,
                                    const QDate &fromOn, const Actor &actor);
    Result<Programme> endTeamMember(qint64 programmeId, qint64 memberId, const QDate &toOn,
                                    const Actor &actor);

    Result<Enrolment> enrol(const EnrolmentDraft &draft, const Actor &actor);
    Result<Enrolment> discharge(qint64 enrolmentId, int expectedVersion, const QDate &on, LeaveReason reason,
                                const Actor &actor);

    Result<Programme> get(qint64 programmeId, const Actor &actor);
    // Every programme; for an educator, those they are or were on the team of.
    Result<QList<Programme>> list(const Actor &actor);
    // The enrolments the actor may see: of cases they see, and, for a team member, every non-riservato case.
    Result<QList<Enrolment>> enrolments(qint64 programmeId, const Actor &actor);
    // The programmes a case (that the actor sees) is or was enrolled in.
    Result<QList<Enrolment>> enrolmentsOfCase(qint64 caseId, const Actor &actor);
    // Numbers only (no names): for every programme the actor may list, over [from, to].
    Result<QList<ProgrammeCounts>> counts(const QDate &from, const QDate &to, const Actor &actor);
    // The counts as records for a CSV file: a header, then one row per programme (Comune empty) followed by
    // one row per Comune of its enrolments. Labels in the user's language, dates ISO.
    static QList<QStringList> countRecords(const QList<ProgrammeCounts> &counts);

    // Pure rules, for the forms to check as the user types.
    static Status validate(const ProgrammeDraft &draft);
    static ProgrammeCounts countOf(const Programme &programme, const QList<Enrolment> &enrolments,
                                   const QDate &from, const QDate &to);

private:
    Result<Programme> load(qint64 programmeId);
    // The active programme, at `expectedVersion` unless negative.
    Result<Programme> activeForChange(qint64 programmeId, int expectedVersion);
    // Whether the actor may enrol and discharge in this programme on `day` (zone manager, or on its team).
    Status requireEnrolRight(const Programme &p, const QDate &day, const Actor &actor);
    bool onTeam(const Programme &p, const Actor &actor) const;

    ProgrammeRepository &m_programmes;
    CaseService &m_cases;
    PersonService &m_persons;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
