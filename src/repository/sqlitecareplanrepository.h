// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplanrepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteCarePlanRepository final : public domain::CarePlanRepository
{
public:
    explicit SqliteCarePlanRepository(Database &db) : m_db(db) {}

    domain::Result<domain::CarePlan> plan(qint64 caseId) override;
    domain::Status savePlannedEnd(qint64 caseId, int expectedVersion, const QDate &plannedEndOn,
                                  const QString &userName) override;
    domain::Result<qint64> insertObjective(const domain::CareObjective &objective,
                                           const QString &userName) override;
    domain::Status updateObjective(const domain::CareObjective &objective, const QString &userName) override;
    domain::Result<std::optional<domain::CareObjective>> findObjective(qint64 id) override;
    domain::Result<qint64> insertAction(const domain::CareAction &action, const QString &userName) override;
    domain::Status updateAction(const domain::CareAction &action, const QString &userName) override;
    domain::Result<std::optional<domain::CareAction>> findAction(qint64 id) override;
    domain::Result<qint64> insertReview(const domain::CareReview &review, const QString &userName) override;

private:
    domain::Result<QList<domain::CareAction>> actions(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace cartella::repository
