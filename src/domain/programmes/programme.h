// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cartella::domain {

// Generic projects ("Progetti" in the interface) the office runs besides casework: mediazione sociale e
// alloggiativa, genitorialità in carcere, centro estivo, inclusion with a foundation. Called "programme" in
// code so as not to be mistaken for the PAI (CarePlan). See docs/decisions/0018-programmes.md.

enum class ProgrammeStatus
{
    Active,
    Closed,
};

enum class ProgrammeTeamRole
{
    Coordinator,
    SocialWorker,
    Educator,
    Psychologist,
    Mediator,
    Other,
};

enum class LeaveReason
{
    Completed,      // the path was completed
    Withdrew,       // the person withdrew
    Moved,          // moved away
    Transferred,    // to another service or project
    ProgrammeEnded, // the project closed
    Other,
};

struct ProgrammeTeamMember
{
    qint64 id = 0;
    qint64 programmeId = 0;
    qint64 workerId = 0;
    ProgrammeTeamRole role = ProgrammeTeamRole::Other;
    QDate fromOn;
    QDate toOn;         // invalid while on the team
    QString workerName; // read side only

    bool activeOn(const QDate &day) const { return fromOn <= day && (!toOn.isValid() || toOn >= day); }
};

struct Enrolment
{
    qint64 id = 0;
    qint64 programmeId = 0;
    std::optional<qint64> caseId;
    std::optional<qint64> personId;
    QDate joinedOn;
    QDate leftOn; // invalid while enrolled
    std::optional<LeaveReason> leaveReason;
    QString createdBy;
    QString leftBy;
    int version = 0;
    // read side only
    QString programmeName;
    QString caseNumber;
    QString personName;
    QString municipalityCode; // the case's Comune, or the person's residence without a case

    bool open() const { return !leftOn.isValid(); }
    bool activeOn(const QDate &day) const { return joinedOn <= day && (open() || leftOn >= day); }
};

struct Programme
{
    qint64 id = 0;
    QString name;
    QString funder;
    std::optional<CaseArea> area; // none: any area
    QString description;
    QDate startsOn;
    QDate endsOn;               // invalid: open-ended
    QStringList municipalities; // ISTAT codes; empty for the whole zone
    ProgrammeStatus status = ProgrammeStatus::Active;
    QDate closedOn;
    QDateTime createdAt;
    QString createdBy;
    int version = 0;
    QList<ProgrammeTeamMember> team; // by from date

    bool covers(const QDate &day) const { return day >= startsOn && (!endsOn.isValid() || day <= endsOn); }
};

// What the zone manager types for a programme.
struct ProgrammeDraft
{
    QString name;
    QString funder;
    std::optional<CaseArea> area;
    QString description;
    QDate startsOn;
    QDate endsOn;
    QStringList municipalities;
};

// A case (or a person without a case) to enrol.
struct EnrolmentDraft
{
    qint64 programmeId = 0;
    std::optional<qint64> caseId;
    std::optional<qint64> personId;
    QDate joinedOn;
};

// Which enrolments a listing may show: the repository turns it into SQL.
struct EnrolmentVisibility
{
    CaseVisibility cases;             // enrolments of cases within this visibility
    std::optional<qint64> teamWorker; // and, for a team member, every non-riservato case of the programme
    bool personsToo = false;          // and the enrolments of a person without a case
};

struct MunicipalityCount
{
    QString municipalityCode; // "" when unknown
    QString municipalityName;
    int enrolments = 0; // active at some day of the period
};

// The figures of one programme over [from, to].
struct ProgrammeCounts
{
    qint64 programmeId = 0;
    QString name;
    QString funder;
    ProgrammeStatus status = ProgrammeStatus::Active;
    QDate from;
    QDate to;
    int enrolledAtEnd = 0; // active on `to`
    int joined = 0;        // joined within the period
    int left = 0;          // left within the period
    int activeInPeriod = 0;
    int distinctCases = 0;   // among the enrolments active in the period
    int distinctPersons = 0; // persons enrolled without a case, among the same
    QList<MunicipalityCount> byMunicipality;
};

} // namespace cartella::domain
