// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/caserepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteCaseRepository final : public domain::CaseRepository
{
public:
    explicit SqliteCaseRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertWorker(const domain::Worker &worker) override;
    domain::Result<QList<domain::Worker>> workers() override;

    domain::Result<domain::Case> insertCase(domain::Case c, const QString &userName) override;
    domain::Status updateCase(const domain::Case &c, const QString &userName) override;
    domain::Status addEvent(qint64 caseId, const domain::CaseEvent &event) override;
    domain::Status setMember(qint64 caseId, const domain::CaseMember &member) override;
    domain::Status setTeam(qint64 caseId, const QList<qint64> &workerIds) override;

    domain::Result<std::optional<domain::Case>> findCase(qint64 id) override;
    domain::Result<std::optional<domain::Case>> findCaseByNumber(const QString &number) override;
    domain::Result<QList<domain::CaseEvent>> history(qint64 caseId) override;
    domain::Result<QList<domain::CaseSummary>> listCases(const domain::CaseQuery &query) override;
    domain::Result<qint64> countCases(const domain::CaseQuery &query) override;
    domain::Result<QStringList> caseMunicipalities() override;

    domain::Result<qint64> insertDiaryEntry(const domain::DiaryEntry &entry,
                                            const QString &userName) override;
    domain::Status addDiaryVersion(qint64 entryId, int expectedVersion, const QString &text,
                                   const QString &userName) override;
    domain::Status withdrawDiaryEntry(qint64 entryId, int expectedVersion, const QString &reason,
                                      const QString &userName) override;
    domain::Result<std::optional<domain::DiaryEntry>> findDiaryEntry(qint64 entryId) override;
    domain::Result<QList<domain::DiaryEntry>> diary(qint64 caseId) override;
    domain::Result<QList<domain::DiaryVersion>> diaryVersions(qint64 entryId) override;

private:
    domain::Result<std::optional<domain::Case>> findCaseWhere(const QString &where, const QVariant &value);
    domain::Result<QList<domain::DiaryEntry>> diaryWhere(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace cartella::repository
