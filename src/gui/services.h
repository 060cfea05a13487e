#pragma once

#include "domain/access.h"
#include "domain/actor.h"
#include "domain/servicehub.h"

namespace cartella::gui {

// The domain services the windows work through, and who is acting. The services are owned by main().
struct Services
{
    domain::AuthService &auth;
    domain::PersonService &persons;
    domain::CaseService &cases;
    domain::DiaryService &diary;
    domain::HouseholdService &households;
    domain::IntakeService &intakes;
    domain::CarePlanService &plans;
    domain::DeadlineService &deadlines;
    domain::SearchService &search;
    domain::EmergencyAccessService &emergency;
    domain::SubjectRightsService &subjectRights;
    domain::CatalogueService &catalogue;
    domain::IseeService &isee;
    domain::BudgetService &budget;
    domain::DeliveryService &deliveries;
    domain::Actor actor;
    domain::InclusionService &inclusion;
    domain::WorkPlacementService &placements;
    domain::LoanService &loans;
    domain::ServiceExportService &exports;
    domain::FirstNeedService &firstNeed;
    domain::MandateService &mandates;
    domain::CourtReportService &courtReports;

    static Services from(domain::ServiceHub &hub, domain::Actor actor)
    {
        return {hub.auth,  hub.persons,   hub.cases,      hub.diary,        hub.households,    hub.intakes,
                hub.plans, hub.deadlines, hub.search,     hub.emergency,    hub.subjectRights, hub.catalogue,
                hub.isee,  hub.budget,    hub.deliveries, std::move(actor), hub.inclusion,     hub.placements,
                hub.loans, hub.exports,   hub.firstNeed,  hub.mandates,     hub.courtReports};
    }
    // Whether the acting user's role allows the operation (the services check it again).
    bool may(domain::Operation operation) const { return domain::permits(actor, operation); }
};

} // namespace cartella::gui
