// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/auditor.h"
#include "domain/access/authservice.h"
#include "domain/casework/careplanservice.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/deadlineservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/casework/emergencyaccessservice.h"
#include "domain/casework/householdservice.h"
#include "domain/casework/intakeservice.h"
#include "domain/casework/personservice.h"
#include "domain/casework/searchservice.h"
#include "domain/emergencies/prontointerventoservice.h"
#include "domain/minori/courtreportservice.h"
#include "domain/minori/fostercareservice.h"
#include "domain/minori/mandateservice.h"
#include "domain/privacy/retentionservice.h"
#include "domain/privacy/subjectrightsservice.h"
#include "domain/programmes/programmeservice.h"
#include "domain/services/budgetservice.h"
#include "domain/services/catalogueservice.h"
#include "domain/services/deliveryservice.h"
#include "domain/services/firstneedservice.h"
#include "domain/services/inclusionservice.h"
#include "domain/services/iseeservice.h"
#include "domain/services/loanservice.h"
#include "domain/services/serviceexportservice.h"
#include "domain/services/workplacementservice.h"

#include <QSysInfo>

namespace cartella::domain {

// The storage a ServiceHub works on: one implementation of each repository and their transactions.
struct Repositories
{
    PersonRepository &persons;
    CaseRepository &cases;
    HouseholdRepository &households;
    IntakeRepository &intakes;
    CarePlanRepository &plans;
    DeadlineRepository &deadlines;
    SearchRepository &search;
    EmergencyAccessRepository &emergencyAccesses;
    RetentionRepository &retention;
    UserRepository &users;
    AuditTrail &audit;
    SubjectDataRepository &subjectData;
    ServiceRepository &services;
    BudgetRepository &budget;
    const PasswordHasher &hasher;
    TransactionProvider &transactions;
    InclusionRepository &inclusion;
    WorkPlacementRepository &placements;
    LoanRepository &loans;
    ServiceExportRepository &exports;
    // Tutela Minori
    MandateRepository &mandates;
    ProntoInterventoRepository &prontoIntervento;
    CourtReportRepository &courtReports;
    // Generic projects
    ProgrammeRepository &programmes;
    // Equipe Affido
    FosterCareRepository &fosterCare;
};

// Every domain service, wired once over one storage: what the front ends (GUI, cartella-admin) and the tests
// work through.
class ServiceHub
{
public:
    // `workstation` names this computer in the audit trail.
    explicit ServiceHub(const Repositories &r, const QString &workstation = QSysInfo::machineHostName())
        : audit(r.audit, workstation), auth(r.users, audit, r.hasher, r.transactions),
          persons(r.persons, r.transactions, audit),
          cases(r.cases, r.transactions, audit, &r.deadlines, &r.emergencyAccesses),
          diary(r.cases, cases, r.transactions, audit), households(r.households, r.transactions, audit),
          intakes(r.intakes, cases, diary, r.transactions, audit),
          plans(r.plans, r.deadlines, cases, r.transactions, audit),
          deadlines(r.deadlines, r.plans, cases, r.transactions, audit), search(persons, cases, r.search),
          emergency(r.emergencyAccesses, r.cases, cases, r.transactions, audit),
          retention(r.retention, r.transactions, audit),
          subjectRights(r.subjectData, persons, r.transactions, audit),
          catalogue(r.services, r.transactions, audit), isee(r.services, r.transactions, audit),
          budget(r.budget, r.transactions, audit),
          deliveries(r.services, cases, isee, budget, r.transactions, audit),
          firstNeed(persons, cases, deliveries, diary, catalogue, r.transactions, audit),
          inclusion(r.inclusion, r.services, cases, deliveries, r.transactions, audit),
          placements(r.placements, r.services, cases, deliveries, r.transactions, audit),
          loans(r.loans, r.budget, r.deadlines, cases, r.transactions, audit),
          exports(r.exports, r.services, r.users, r.transactions, audit),
          mandates(r.mandates, r.deadlines, cases, r.transactions, audit),
          prontoIntervento(r.prontoIntervento, persons, cases, diary, r.transactions, audit),
          courtReports(r.courtReports, cases, diary, plans, mandates, r.transactions, audit),
          programmes(r.programmes, cases, persons, r.transactions, audit),
          fosterCare(r.fosterCare, r.persons, r.deadlines, r.services, cases, deliveries, r.transactions,
                     audit)
    {}
    Q_DISABLE_COPY_MOVE(ServiceHub)

    Auditor audit; // first: the services below write through it
    AuthService auth;
    PersonService persons;
    CaseService cases;
    DiaryService diary;
    HouseholdService households;
    IntakeService intakes;
    CarePlanService plans;
    DeadlineService deadlines;
    SearchService search;
    EmergencyAccessService emergency;
    RetentionService retention;
    SubjectRightsService subjectRights;
    CatalogueService catalogue;
    IseeService isee;
    BudgetService budget;
    DeliveryService deliveries;
    FirstNeedService firstNeed;
    InclusionService inclusion;
    WorkPlacementService placements;
    LoanService loans;
    ServiceExportService exports;
    // Tutela Minori
    MandateService mandates;
    ProntoInterventoService
        prontoIntervento; // the 24/7 emergency service (not break-glass: that is `emergency`)
    CourtReportService courtReports;
    // Generic projects ("Progetti"; not the PAI, which is `plans`)
    ProgrammeService programmes;
    // Equipe Affido
    FosterCareService fosterCare;
};

} // namespace cartella::domain
