// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cartella::domain {

// One line of "who consulted this file": an audit record about the person, one of their cases or one of
// those cases' diary entries or intake contacts.
struct AccessEntry
{
    qint64 auditId = 0;
    QDateTime at; // UTC
    QString userName;
    QString workstation;
    QString purpose;
    QString action;     // the audit code: person_viewed, case_viewed, ...
    QString what;       // the action in words, in the user's language (filled by the service)
    qint64 caseId = 0;  // when the record is about a case (or one of its diary entries)
    QString caseNumber; // "2026/0042"
};

// An earlier version of the person's registry data, as stored (JSON of the row).
struct SubjectPersonVersion
{
    int version = 0;
    QString data;
    QDateTime replacedAt;
    QString replacedBy;
};

// The person's place in a household: never who else is in it.
struct SubjectHouseholdMembership
{
    qint64 householdId = 0;
    QString relationCode;
    QDate joinedOn;
    QDate leftOn;
};

// A case the person is a member of, with their role in it.
struct SubjectCase
{
    qint64 caseId = 0;
    QString number;
    QString areaCode;
    QString statusCode;
    QDate openedOn;
    QDate closedOn;
    QString roleCode;
    QString responsibleName; // staff are not third parties
};

struct SubjectDiaryEntry
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDate date;
    QString kindCode;
    QString author;
    QString text; // the current version
    bool withdrawn = false;
    QList<qint64> personIds; // the people the entry names
};

struct SubjectPlanAction
{
    QString what;
    QString statusCode;
    QDate dueOn;
    QString ownerName;
};

struct SubjectObjective
{
    qint64 caseId = 0;
    QString title;
    QString statusCode;
    QList<SubjectPlanAction> actions;
};

struct SubjectIntake
{
    qint64 id = 0;
    QDate contactDate;
    QString channelCode;
    QString areaCode;
    QString request;
    QString response;
    QString outcomeCode;
    QString referredTo;
};

// Someone else who shares a case, a household or an intake contact with the person: what must not leave in
// the person's export (see SubjectRightsService).
struct ThirdParty
{
    qint64 personId = 0;
    QString surname;
    QString givenName;
    QString fiscalCode;
};

// Read-only queries for the rights of the data subject (GDPR art. 15). Runs inside the caller's transaction.
class SubjectDataRepository
{
public:
    virtual ~SubjectDataRepository() = default;

    // Newest first.
    virtual Result<QList<AccessEntry>> accessEntries(qint64 personId) = 0;
    virtual Result<QList<SubjectPersonVersion>> personVersions(qint64 personId) = 0;
    virtual Result<QList<SubjectHouseholdMembership>> householdMemberships(qint64 personId) = 0;
    virtual Result<QList<SubjectCase>> cases(qint64 personId) = 0;
    // Every entry of the cases the person is a member of, with the persons each names.
    virtual Result<QList<SubjectDiaryEntry>> diaryEntries(qint64 personId) = 0;
    virtual Result<QList<SubjectObjective>> objectives(qint64 personId) = 0;
    virtual Result<QList<SubjectIntake>> intakes(qint64 personId) = 0;
    // The other members of the person's cases, households and intake contacts, and anyone named in the
    // diary of those cases.
    virtual Result<QList<ThirdParty>> thirdParties(qint64 personId) = 0;
};

} // namespace cartella::domain
