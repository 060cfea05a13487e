// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/privacy/subjectdata.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteSubjectDataRepository final : public domain::SubjectDataRepository
{
public:
    explicit SqliteSubjectDataRepository(Database &db) : m_db(db) {}

    domain::Result<QList<domain::AccessEntry>> accessEntries(qint64 personId) override;
    domain::Result<QList<domain::SubjectPersonVersion>> personVersions(qint64 personId) override;
    domain::Result<QList<domain::SubjectHouseholdMembership>> householdMemberships(qint64 personId) override;
    domain::Result<QList<domain::SubjectCase>> cases(qint64 personId) override;
    domain::Result<QList<domain::SubjectDiaryEntry>> diaryEntries(qint64 personId) override;
    domain::Result<QList<domain::SubjectObjective>> objectives(qint64 personId) override;
    domain::Result<QList<domain::SubjectIntake>> intakes(qint64 personId) override;
    domain::Result<QList<domain::ThirdParty>> thirdParties(qint64 personId) override;

private:
    Database &m_db;
};

} // namespace cartella::repository
