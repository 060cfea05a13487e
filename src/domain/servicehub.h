#pragma once

#include "authservice.h"
#include "careplanservice.h"
#include "caseservice.h"
#include "deadlineservice.h"
#include "diaryservice.h"
#include "householdservice.h"
#include "intakeservice.h"
#include "personservice.h"
#include "searchservice.h"

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
    UserRepository &users;
    AuditTrail &audit;
    const PasswordHasher &hasher;
    TransactionProvider &transactions;
};

// Every domain service, wired once over one storage: what the front ends (GUI, cartella-admin) and the tests
// work through.
class ServiceHub
{
public:
    // `workstation` names this computer in the audit trail.
    explicit ServiceHub(const Repositories &r, const QString &workstation = QSysInfo::machineHostName())
        : auth(r.users, r.audit, r.hasher, r.transactions, workstation), persons(r.persons, r.transactions),
          cases(r.cases, r.transactions, &r.deadlines), diary(r.cases, r.transactions),
          households(r.households, r.transactions), intakes(r.intakes, cases, diary, r.transactions),
          plans(r.plans, r.deadlines, cases, r.transactions),
          deadlines(r.deadlines, r.plans, cases, r.transactions), search(persons, cases, r.search)
    {}
    Q_DISABLE_COPY_MOVE(ServiceHub)

    AuthService auth;
    PersonService persons;
    CaseService cases;
    DiaryService diary;
    HouseholdService households;
    IntakeService intakes;
    CarePlanService plans;
    DeadlineService deadlines;
    SearchService search;
};

} // namespace cartella::domain
