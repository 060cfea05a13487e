// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplanrepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteDeadlineRepository final : public domain::DeadlineRepository
{
public:
    explicit SqliteDeadlineRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertDeadline(const domain::Deadline &deadline, const QString &userName) override;
    domain::Status updateDeadline(const domain::Deadline &deadline) override;
    domain::Status closeDeadline(qint64 id, int expectedVersion, domain::DeadlineState state,
                                 const QString &userName) override;
    domain::Status closeDeadlineOf(domain::DeadlineSource source, qint64 sourceId,
                                   domain::DeadlineState state, const QString &userName) override;
    domain::Status moveResponsibleDeadlines(qint64 caseId, qint64 from, qint64 to) override;
    domain::Result<std::optional<domain::Deadline>> findDeadline(qint64 id) override;
    domain::Result<std::optional<domain::Deadline>> openDeadlineOf(domain::DeadlineSource source,
                                                                   qint64 sourceId) override;
    domain::Result<QList<domain::Deadline>> listDeadlines(const domain::DeadlineQuery &query) override;
    domain::Result<qint64> countOverdue(const domain::DeadlineQuery &query, const QDate &today) override;

private:
    domain::Result<QList<domain::Deadline>> select(const QString &where, const QVariantList &values,
                                                   const QString &tail = {});

    Database &m_db;
};

} // namespace cartella::repository
