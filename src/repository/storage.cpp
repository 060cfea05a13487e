// SPDX-License-Identifier: EUPL-1.2
#include "repository/storage.h"

#include "domain/kernel/placeregistry.h"
#include "domain/kernel/textfold.h"
#include "repository/migrator.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace cartella::repository {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Status;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The main tables `status` counts. Later features add theirs here.
const QStringList kCountedTables{QStringLiteral("persons"),
                                 QStringLiteral("person_versions"),
                                 QStringLiteral("workers"),
                                 QStringLiteral("cases"),
                                 QStringLiteral("case_events"),
                                 QStringLiteral("diary_entries"),
                                 QStringLiteral("diary_versions"),
                                 QStringLiteral("households"),
                                 QStringLiteral("household_members"),
                                 QStringLiteral("intakes"),
                                 QStringLiteral("care_objectives"),
                                 QStringLiteral("care_actions"),
                                 QStringLiteral("care_reviews"),
                                 QStringLiteral("deadlines"),
                                 QStringLiteral("users"),
                                 QStringLiteral("audit_log"),
                                 QStringLiteral("emergency_accesses"),
                                 QStringLiteral("retention_runs"),
                                 QStringLiteral("isee_declarations"),
                                 QStringLiteral("service_deliveries"),
                                 QStringLiteral("budget_lines"),
                                 QStringLiteral("budget_movements"),
                                 QStringLiteral("loans"),
                                 QStringLiteral("loan_repayments"),
                                 QStringLiteral("inclusion_paths"),
                                 QStringLiteral("inclusion_attendance"),
                                 QStringLiteral("work_placements"),
                                 QStringLiteral("court_mandates"),
                                 QStringLiteral("mandate_tasks"),
                                 QStringLiteral("oncall_shifts"),
                                 QStringLiteral("social_emergencies"),
                                 QStringLiteral("court_reports"),
                                 QStringLiteral("court_report_exports"),
                                 QStringLiteral("programmes"),
                                 QStringLiteral("programme_enrolments"),
                                 QStringLiteral("foster_families"),
                                 QStringLiteral("foster_placements")};

} // namespace

Storage::Storage(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_persons(*m_db), m_cases(*m_db), m_households(*m_db), m_intakes(*m_db),
      m_plans(*m_db), m_deadlines(*m_db), m_search(*m_db), m_emergencyAccesses(*m_db), m_retention(*m_db),
      m_users(*m_db), m_audit(*m_db), m_subjectData(*m_db), m_services(*m_db), m_budget(*m_db),
      m_inclusion(*m_db), m_placements(*m_db), m_loans(*m_db), m_exports(*m_db), m_mandates(*m_db),
      m_prontoIntervento(*m_db), m_courtReports(*m_db), m_programmes(*m_db), m_fosterCare(*m_db)
{}

Result<std::unique_ptr<Storage>> Storage::open(const QString &path, OpenMode mode)
{
    auto db = Database::open(path, mode == OpenMode::CreateOrMigrate);
    if (!db)
        return db.error();
    std::unique_ptr<Storage> storage(new Storage(std::move(db).value()));
    Migrator migrator(*storage->m_db);
    if (Status s = migrator.check(); !s)
        return s.error();
    if (mode == OpenMode::ExistingAsIs)
        return storage;
    const auto applied = migrator.migrate();
    if (!applied)
        return applied.error();
    storage->m_migrationBackup = migrator.lastBackup();
    if (Status s = storage->refreshMunicipalities(); !s)
        return s.error();
    return storage;
}

Result<int> Storage::schemaVersion() const
{
    return Migrator(*m_db).currentVersion();
}

Result<QMap<QString, qint64>> Storage::counts() const
{
    QMap<QString, qint64> out;
    sql::Query q(*m_db);
    for (const QString &table : kCountedTables) {
        if (!q.exec(QStringLiteral("SELECT count(*) AS n FROM ") + table) || !q.next())
            return Database::storageError(Tr::tr("The database could not be read."), q.lastError().text());
        out.insert(table, sql::Row(q).number("n"));
    }
    return out;
}

Status Storage::refreshMunicipalities()
{
    const auto &municipalities = domain::PlaceRegistry::builtin().municipalities();
    sql::Query q(*m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) AS n FROM municipalities")) || !q.next())
        return Database::storageError(Tr::tr("The database could not be read."), q.lastError().text());
    if (sql::Row(q).number("n") == municipalities.size())
        return domain::ok();
    q.finish();
    auto tx = m_db->begin();
    if (!tx)
        return tx.error();
    if (Status s = m_db->exec(QStringLiteral("DELETE FROM municipalities")); !s)
        return s;
    q.prepare(QStringLiteral(
        "INSERT INTO municipalities (istat_code, name, province_code, belfiore_code, name_key) "
        "VALUES (?, ?, ?, ?, ?)"));
    for (const domain::Municipality &m : municipalities) {
        q.addBindValue(m.istatCode);
        q.addBindValue(m.name);
        q.addBindValue(m.provinceCode);
        q.addBindValue(m.belfioreCode);
        q.addBindValue(domain::foldForSearch(m.name));
        if (!q.exec())
            return Database::storageError(Tr::tr("The list of Comuni could not be stored."),
                                          q.lastError().text());
    }
    spdlog::info("municipality reference list refreshed ({} rows)", municipalities.size());
    return tx.value()->commit();
}

} // namespace cartella::repository
