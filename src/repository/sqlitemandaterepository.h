// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/mandaterepository.h"
#include "repository/database.h"

namespace cartella::repository {

// Court mandates in the tables of migration 0012: court_mandates (+ _versions), mandate_tasks,
// mandate_task_due_changes, mandate_probations; the reminder leads in office_settings.
class SqliteMandateRepository final : public domain::MandateRepository
{
public:
    explicit SqliteMandateRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertMandate(const domain::CourtMandate &mandate,
                                         const QString &userName) override;
    domain::Status updateMandate(const domain::CourtMandate &mandate, const QString &userName) override;
    domain::Result<std::optional<domain::CourtMandate>> findMandate(qint64 id) override;
    domain::Result<QList<domain::CourtMandate>> mandatesOfCase(qint64 caseId) override;
    domain::Result<qint64> insertTask(const domain::MandateTask &task, const QString &userName) override;
    domain::Result<std::optional<domain::MandateTask>> findTask(qint64 id) override;
    domain::Status changeTaskDueDate(qint64 taskId, int expectedVersion, const QDate &to,
                                     const QString &reason, const QString &userName) override;
    domain::Status completeTask(qint64 taskId, int expectedVersion, const QDate &on,
                                const QString &userName) override;
    domain::Status insertProbation(const domain::Probation &probation, const QString &userName) override;
    domain::Status recordProbationOutcome(qint64 taskId, int expectedVersion,
                                          domain::ProbationOutcome outcome, const QDate &on,
                                          const QString &userName) override;
    domain::Result<QList<domain::MandateReminder>>
    openTasksDueBy(const domain::MandateReminderQuery &query) override;
    domain::Result<QString> setting(const QString &key) override;
    domain::Status setSetting(const QString &key, const QString &value, const QString &userName) override;

private:
    domain::Result<QList<domain::CourtMandate>> selectMandates(const QString &where,
                                                               const QVariantList &values);
    domain::Result<QList<domain::MandateTask>> selectTasks(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace cartella::repository
