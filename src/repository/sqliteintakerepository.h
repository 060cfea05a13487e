// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/intakerepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteIntakeRepository final : public domain::IntakeRepository
{
public:
    explicit SqliteIntakeRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertIntake(const domain::IntakeContact &intake,
                                        const QString &userName) override;
    domain::Status markCaseOpened(qint64 intakeId, int expectedVersion, qint64 caseId,
                                  const QString &userName) override;
    domain::Result<std::optional<domain::IntakeContact>> findIntake(qint64 id) override;
    domain::Result<QList<domain::IntakeContact>> listIntakes(const domain::IntakeQuery &query) override;

private:
    domain::Status readPersons(QList<domain::IntakeContact> &intakes);

    Database &m_db;
};

} // namespace cartella::repository
