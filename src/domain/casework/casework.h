// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cartella::domain {

enum class CaseArea
{
    FamilyAndMinors, // Famiglia e Minori
    Disability,      // Disabili
    Elderly,         // Anziani
    Immigration,     // Immigrazione
    AdultHardship,   // Disagio sociale / Adulti
};

// accoglienza -> valutazione -> presa in carico <-> sospesa -> chiusa; see CaseStatusRules.
enum class CaseStatus
{
    Reception,  // accoglienza
    Assessment, // valutazione
    InCharge,   // presa in carico
    Suspended,  // sospesa
    Closed,     // chiusa
};

enum class ClosureReason
{
    None,
    GoalsReached, // obiettivi raggiunti
    Transferred,  // trasferimento
    Deceased,     // decesso
    Withdrawn,    // rinuncia
    Untraceable,  // irreperibilità
    Other,
};

enum class ReferralSource
{
    Spontaneous,   // spontanea
    Family,        // familiare
    School,        // scuola
    HealthService, // ospedale / servizi sanitari
    Police,        // forze dell'ordine
    JudicialAuthority,
    OtherService,
    ThirdSector,
};

enum class CasePriority
{
    Normal,
    High,
    Urgent,
};

enum class MemberRole
{
    PrincipalBeneficiary,
    Minor,
    Parent,
    FamilyMember,
    Other,
};

enum class DiaryKind
{
    Interview,   // colloquio
    HomeVisit,   // visita domiciliare
    PhoneCall,   // telefonata
    TeamMeeting, // riunione d'équipe
    Report,      // relazione
    Note,        // nota
};

// A social worker or another professional who can own cases. Plain records until login exists.
struct Worker
{
    qint64 id = 0;
    QString name;
    QString role; // "assistente sociale", "educatore", ...
    bool active = true;
};

struct CaseMember
{
    qint64 personId = 0;
    MemberRole role = MemberRole::Other;
    QString displayName; // read side only
};

// One change of status or of responsible worker: kept forever, shown as the case history.
struct CaseEvent
{
    enum class Kind
    {
        Opened,
        StatusChanged,
        ResponsibleChanged,
        MemberAdded, // fromValue: person id, toValue: role code
        TeamChanged, // toValue: the team's names
        PlanChanged, // fromValue: what changed ("objective_added", "action_status:done", ...), toValue: the
                     // words
        DeadlineClosed,     // fromValue: state code, toValue: the deadline's title
        RestrictionChanged, // fromValue, toValue: "0" or "1"; note: why
        EmergencyAccess,    // fromValue: the user name, note: the reason they gave
        CourtReportFiled,   // fromValue: the report id, toValue: its title and version, note: the file name
    };
    Kind kind = Kind::Opened;
    QString fromValue;
    QString toValue;
    QString note;
    QDateTime at;
    QString by;
    QString reasonCode; // a closure's ClosureReason code
};

// The cartella sociale.
struct Case
{
    qint64 id = 0;
    int year = 0;
    int sequence = 0;
    CaseArea area = CaseArea::FamilyAndMinors;
    QString municipalityCode; // ISTAT
    qint64 responsibleWorkerId = 0;
    QList<qint64> teamWorkerIds;
    ReferralSource referralSource = ReferralSource::Spontaneous;
    CasePriority priority = CasePriority::Normal;
    QDate openedOn;
    CaseStatus status = CaseStatus::Reception;
    ClosureReason closureReason = ClosureReason::None;
    QDate closedOn;
    QString notes;
    // Riservato (violence, Tutela Minori): only its team and the zone manager see it; anyone else only
    // through an emergency access (see EmergencyAccessService).
    bool restricted = false;
    QList<CaseMember> members;
    RecordStamp stamp;

    // "2026/0042"
    QString number() const
    {
        return QStringLiteral("%1/%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
    }
};

// Which cases a query may return: the services fill it from the actor (CaseScope), the repositories turn it
// into SQL. Lists, counts and search results leave out everything else, without a trace.
struct CaseVisibility
{
    bool nobody = false;
    std::optional<qint64> worker; // only cases this worker is responsible for or on the team of
    QStringList municipalities;   // only cases of these Comuni; empty for all
    bool hideRestricted = false;  // leave out riservato cases
};

// A row of the case list.
struct CaseSummary
{
    qint64 id = 0;
    QString number;
    CaseArea area = CaseArea::FamilyAndMinors;
    CaseStatus status = CaseStatus::Reception;
    QString municipalityCode;
    qint64 responsibleWorkerId = 0;
    QString responsibleName;
    QString principalName;
    QDate openedOn;
    int overdueDeadlines = 0; // open deadlines past their date
};

struct CaseQuery
{
    std::optional<CaseStatus> status;
    std::optional<CaseArea> area;
    std::optional<qint64> workerId;
    QString municipalityCode;
    QString text;                 // case number prefix or a member's name prefix
    qint64 principalPersonId = 0; // 0: any; else only the cases whose principal beneficiary this person is
    int limit = 50;
    std::optional<CaseSummary> after; // keyset: by opened date desc, id desc
    QDate today;                      // for the overdue counts; the service fills it
    CaseVisibility visibility;        // the service fills it from the actor
};

struct DiaryVersion
{
    int version = 1;
    QString text;
    QDateTime editedAt;
    QString editedBy;
};

// An entry of the social diary. Evidence: editing adds a version, withdrawing keeps the text.
struct DiaryEntry
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDate date;
    DiaryKind kind = DiaryKind::Note;
    QString author;
    QList<qint64> personIds; // the people involved
    QString text;            // the current version's text
    int version = 1;
    QDateTime createdAt;
    bool withdrawn = false;
    QString withdrawReason;
    QDateTime withdrawnAt;
    QString withdrawnBy;
};

} // namespace cartella::domain
