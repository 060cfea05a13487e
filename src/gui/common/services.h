// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/access.h"
#include "domain/access/actor.h"
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
    domain::ProntoInterventoService &prontoIntervento;
    domain::CourtReportService &courtReports;
    domain::ProgrammeService &programmes;
    domain::FosterCareService &fosterCare;

    // One member a line (designated, in declaration order), so that a service added is a line added.
    static Services from(domain::ServiceHub &hub, domain::Actor actor)
    {
        // clang-format off
        return {
            .auth = hub.auth,
            .persons = hub.persons,
            .cases = hub.cases,
            .diary = hub.diary,
            .households = hub.households,
            .intakes = hub.intakes,
            .plans = hub.plans,
            .deadlines = hub.deadlines,
            .search = hub.search,
            .emergency = hub.emergency,
            .subjectRights = hub.subjectRights,
            .catalogue = hub.catalogue,
            .isee = hub.isee,
            .budget = hub.budget,
            .deliveries = hub.deliveries,
            .actor = std::move(actor),
            .inclusion = hub.inclusion,
            .placements = hub.placements,
            .loans = hub.loans,
            .exports = hub.exports,
            .firstNeed = hub.firstNeed,
            .mandates = hub.mandates,
            .prontoIntervento = hub.prontoIntervento,
            .courtReports = hub.courtReports,
            .programmes = hub.programmes,
            .fosterCare = hub.fosterCare,
        };
        // clang-format on
    }
    // Whether the acting user's role allows the operation (the services check it again).
    bool may(domain::Operation operation) const { return domain::permits(actor, operation); }
};

} // namespace cartella::gui
