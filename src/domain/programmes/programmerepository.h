// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/programmes/programme.h"

#include <optional>

namespace cartella::domain {

// Storage of programmes, their team and enrolments. Runs inside the caller's transaction. Stale versions are
// refused as conflicts.
class ProgrammeRepository
{
public:
    virtual ~ProgrammeRepository() = default;

    virtual Result<qint64> insertProgramme(const Programme &programme, const QString &userName) = 0;
    // Keeps the row as it was in programme_versions, then writes the new values and moves the version.
    virtual Status updateProgramme(const Programme &programme, const QString &userName) = 0;
    // With its team.
    virtual Result<std::optional<Programme>> findProgramme(qint64 id) = 0;
    virtual Result<std::optional<qint64>> programmeNamed(const QString &name) = 0;
    // Every programme, or those with `teamWorker` on their team at any time; active first, then by name.
    virtual Result<QList<Programme>> programmes(std::optional<qint64> teamWorker) = 0;
    // How many earlier versions are kept.
    virtual Result<int> versionCount(qint64 programmeId) = 0;

    virtual Result<qint64> insertTeamMember(const ProgrammeTeamMember &member, const QString &userName) = 0;
    virtual Status endTeamMember(qint64 memberId, const QDate &toOn, const QString &userName) = 0;

    virtual Result<qint64> insertEnrolment(const Enrolment &enrolment, const QString &userName) = 0;
    virtual Result<std::optional<Enrolment>> findEnrolment(qint64 id) = 0;
    virtual Status leaveEnrolment(qint64 enrolmentId, int expectedVersion, const QDate &on,
                                  LeaveReason reason, const QString &userName) = 0;
    // The programme's enrolments within `visibility`, newest first.
    virtual Result<QList<Enrolment>> enrolments(qint64 programmeId,
                                                const EnrolmentVisibility &visibility) = 0;
    // All enrolments of the programme, for the rules and the counts (no names).
    virtual Result<QList<Enrolment>> allEnrolments(qint64 programmeId) = 0;
    // The enrolments of a case, in every programme.
    virtual Result<QList<Enrolment>> enrolmentsOfCase(qint64 caseId) = 0;
    // The Comune's name for its ISTAT code ("" when unknown).
    virtual Result<QString> municipalityName(const QString &istatCode) = 0;
};

} // namespace cartella::domain
