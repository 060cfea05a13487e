// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/servicehub.h"
#include "repository/database.h"
#include "repository/sodiumpasswordhasher.h"
#include "repository/sqlitebudgetrepository.h"
#include "repository/sqlitecareplanrepository.h"
#include "repository/sqlitecaserepository.h"
#include "repository/sqlitecourtreportrepository.h"
#include "repository/sqlitedeadlinerepository.h"
#include "repository/sqliteemergencyaccessrepository.h"
#include "repository/sqlitefostercarerepository.h"
#include "repository/sqlitehouseholdrepository.h"
#include "repository/sqliteinclusionrepository.h"
#include "repository/sqliteintakerepository.h"
#include "repository/sqliteloanrepository.h"
#include "repository/sqlitemandaterepository.h"
#include "repository/sqlitepersonrepository.h"
#include "repository/sqliteprogrammerepository.h"
#include "repository/sqliteprontointerventorepository.h"
#include "repository/sqliteretentionrepository.h"
#include "repository/sqlitesearchrepository.h"
#include "repository/sqliteserviceexportrepository.h"
#include "repository/sqliteservicerepository.h"
#include "repository/sqlitesubjectdatarepository.h"
#include "repository/sqliteuserrepository.h"

#include <QMap>

#include <memory>

namespace cartella::repository {

enum class OpenMode
{
    CreateOrMigrate, // the application and most commands: a new file is created, an old one migrated
    ExistingAsIs,    // inspection: the file must exist; nothing is created, migrated or refreshed
};

// An open Cartella database with its repositories: what the front ends wire domain services to.
class Storage
{
public:
    static domain::Result<std::unique_ptr<Storage>> open(const QString &path,
                                                         OpenMode mode = OpenMode::CreateOrMigrate);
    Q_DISABLE_COPY_MOVE(Storage)

    Database &database() { return *m_db; }
    domain::TransactionProvider &transactions() { return *m_db; }
    domain::PersonRepository &persons() { return m_persons; }
    domain::CaseRepository &cases() { return m_cases; }
    domain::HouseholdRepository &households() { return m_households; }
    domain::IntakeRepository &intakes() { return m_intakes; }
    domain::CarePlanRepository &plans() { return m_plans; }
    domain::DeadlineRepository &deadlines() { return m_deadlines; }
    domain::SearchRepository &search() { return m_search; }
    domain::UserRepository &users() { return m_users; }
    domain::AuditTrail &audit() { return m_audit; }
    domain::LoanRepository &loans() { return m_loans; }
    domain::Repositories repositories()
    {
        return {m_persons,      m_cases,
                m_households,   m_intakes,
                m_plans,        m_deadlines,
                m_search,       m_emergencyAccesses,
                m_retention,    m_users,
                m_audit,        m_subjectData,
                m_services,     m_budget,
                *m_hasher,      *m_db,
                m_inclusion,    m_placements,
                m_loans,        m_exports,
                m_mandates,     m_prontoIntervento,
                m_courtReports, m_programmes,
                m_fosterCare};
    }
    // Tests only: the cheapest Argon2id costs, so that creating users does not take seconds.
    void useTestPasswordCost()
    {
        m_hasher = std::make_unique<SodiumPasswordHasher>(SodiumPasswordHasher::Cost::TestsOnly);
    }

    domain::Result<int> schemaVersion() const;
    // Rows per main table, for `cartella-admin status`.
    domain::Result<QMap<QString, qint64>> counts() const;
    // Where the migration of this open made its backup (empty if none was needed).
    const QString &migrationBackup() const { return m_migrationBackup; }

private:
    explicit Storage(std::unique_ptr<Database> db);
    domain::Status refreshMunicipalities();

    std::unique_ptr<Database> m_db;
    SqlitePersonRepository m_persons;
    SqliteCaseRepository m_cases;
    SqliteHouseholdRepository m_households;
    SqliteIntakeRepository m_intakes;
    SqliteCarePlanRepository m_plans;
    SqliteDeadlineRepository m_deadlines;
    SqliteSearchRepository m_search;
    SqliteEmergencyAccessRepository m_emergencyAccesses;
    SqliteRetentionRepository m_retention;
    SqliteUserRepository m_users;
    SqliteAuditTrail m_audit;
    SqliteSubjectDataRepository m_subjectData;
    SqliteServiceRepository m_services;
    SqliteBudgetRepository m_budget;
    SqliteInclusionRepository m_inclusion;
    SqliteWorkPlacementRepository m_placements;
    std::unique_ptr<SodiumPasswordHasher> m_hasher = std::make_unique<SodiumPasswordHasher>();
    QString m_migrationBackup;
    SqliteLoanRepository m_loans;
    SqliteServiceExportRepository m_exports;
    SqliteMandateRepository m_mandates;
    SqliteProntoInterventoRepository m_prontoIntervento;
    SqliteCourtReportRepository m_courtReports;
    SqliteProgrammeRepository m_programmes;
    SqliteFosterCareRepository m_fosterCare;
};

} // namespace cartella::repository
