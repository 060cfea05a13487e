// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/kernel/result.h"

#include <QList>

#include <optional>

namespace cartella::domain {

// Storage of cases, their history and their diary. Runs inside the caller's transaction.
class CaseRepository
{
public:
    virtual ~CaseRepository() = default;

    virtual Result<qint64> insertWorker(const Worker &worker) = 0;
    virtual Result<QList<Worker>> workers() = 0;

    // Gives the case the next number of its year, inside the caller's (write) transaction.
    virtual Result<Case> insertCase(Case c, const QString &userName) = 0;
    // Writes status, closure, responsible, priority, notes and team; refuses a stale version.
    virtual Status updateCase(const Case &c, const QString &userName) = 0;
    virtual Status addEvent(qint64 caseId, const CaseEvent &event) = 0;
    virtual Status setMember(qint64 caseId, const CaseMember &member) = 0;
    virtual Status setTeam(qint64 caseId, const QList<qint64> &workerIds) = 0;

    virtual Result<std::optional<Case>> findCase(qint64 id) = 0;
    virtual Result<std::optional<Case>> findCaseByNumber(const QString &number) = 0;
    virtual Result<QList<CaseEvent>> history(qint64 caseId) = 0;
    virtual Result<QList<CaseSummary>> listCases(const CaseQuery &query) = 0;
    virtual Result<qint64> countCases(const CaseQuery &query) = 0;
    // ISTAT codes of the Comuni that have at least one case.
    virtual Result<QStringList> caseMunicipalities() = 0;

    virtual Result<qint64> insertDiaryEntry(const DiaryEntry &entry, const QString &userName) = 0;
    // Appends a version with the new text; refuses when `expectedVersion` is not the current one.
    virtual Status addDiaryVersion(qint64 entryId, int expectedVersion, const QString &text,
                                   const QString &userName) = 0;
    virtual Status withdrawDiaryEntry(qint64 entryId, int expectedVersion, const QString &reason,
                                      const QString &userName) = 0;
    virtual Result<std::optional<DiaryEntry>> findDiaryEntry(qint64 entryId) = 0;
    // Newest first.
    virtual Result<QList<DiaryEntry>> diary(qint64 caseId) = 0;
    // Oldest first.
    virtual Result<QList<DiaryVersion>> diaryVersions(qint64 entryId) = 0;
};

} // namespace cartella::domain
