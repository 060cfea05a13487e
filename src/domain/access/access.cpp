// SPDX-License-Identifier: EUPL-1.2
#include "domain/access/access.h"

#include <initializer_list>
#include <optional>

namespace cartella::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access)
};

bool oneOf(Operation op, std::initializer_list<Operation> allowed)
{
    for (const Operation a : allowed) {
        if (a == op)
            return true;
    }
    return false;
}

// Pronto Intervento Sociale: social workers and the zone manager record and read emergencies; the zone
// manager also organises the rota and reads the figures; the administrative officer reads the rota. Empty for
// any other operation.
std::optional<bool> prontoInterventoPermits(Role role, Operation op)
{
    using O = Operation;
    if (!oneOf(op, {O::ReadRota, O::ManageRota, O::ReadEmergencies, O::RecordEmergencies,
                    O::ReadEmergencyFigures}))
        return std::nullopt;
    switch (role) {
    case Role::SocialWorker:
        return oneOf(op, {O::ReadRota, O::ReadEmergencies, O::RecordEmergencies});
    case Role::ZoneManager:
        return true;
    case Role::Administrative:
        return op == O::ReadRota;
    case Role::Educator:
    case Role::SystemAdmin:
        return false;
    }
    return false;
}

// Equipe Affido: social workers keep the registry and the placements; the zone manager also sets the warning
// lead. Empty for any other operation.
std::optional<bool> fosterCarePermits(Role role, Operation op)
{
    using O = Operation;
    if (!oneOf(op, {O::ReadFosterFamilies, O::EditFosterFamilies, O::ReadPlacements, O::EditPlacements,
                    O::SetFosterWarning}))
        return std::nullopt;
    switch (role) {
    case Role::SocialWorker:
        return op != O::SetFosterWarning;
    case Role::ZoneManager:
        return true;
    case Role::Administrative:
    case Role::Educator:
    case Role::SystemAdmin:
        return false;
    }
    return false;
}

} // namespace

bool permits(const Actor &actor, Operation op)
{
    if (!actor.role)
        return true;
    using O = Operation;
    // These cross every Comune's records: only for a user who serves the whole zone.
    if (oneOf(op, {O::ApplyRetention, O::ReadAccessReport, O::ExportSubjectData}) &&
        !actor.municipalityCodes.isEmpty())
        return false;
    if (const std::optional<bool> pis = prontoInterventoPermits(*actor.role, op))
        return *pis;
    if (const std::optional<bool> affido = fosterCarePermits(*actor.role, op))
        return *affido;
    switch (*actor.role) {
    case Role::SocialWorker:
        return oneOf(op,
                     {O::ReadPersons,      O::EditPersons,         O::ReadHouseholds,   O::EditHouseholds,
                      O::ReadIntakes,      O::RecordIntakes,       O::ListCases,        O::OpenCases,
                      O::ChangeCaseStatus, O::EditCaseMembers,     O::RestrictCases,    O::ReadCaseContent,
                      O::WriteDiary,       O::EditProject,         O::ReadDeadlines,    O::EditDeadlines,
                      O::BreakGlass,       O::ReadServices,        O::RequestServices,  O::RecordIsee,
                      O::ReadMandates,     O::EditMandates,        O::ReadCourtReports, O::WriteCourtReports,
                      O::ReadProgrammes,   O::ReadProgrammeCounts, O::EnrolInProgrammes});
    case Role::ZoneManager:
        return !oneOf(op, {O::BreakGlass, O::ManageUsers});
    case Role::Administrative:
        return oneOf(op, {O::ReadPersons, O::EditPersons, O::ReadHouseholds, O::EditHouseholds, O::ListCases,
                          O::ReadServices, O::RecordPayments, O::RecordIsee, O::ManageBudget,
                          O::ExportServices, O::ReadProgrammeCounts});
    case Role::Educator:
        return oneOf(op, {O::ListCases, O::ReadCaseContent, O::WriteDiary, O::EditProject, O::ReadDeadlines,
                          O::EditDeadlines, O::ReadMandates, O::ReadCourtReports, O::ReadProgrammes,
                          O::ReadProgrammeCounts, O::EnrolInProgrammes});
    case Role::SystemAdmin:
        return oneOf(op, {O::ManageUsers, O::VerifyAudit, O::ApplyRetention, O::ManageCatalogue});
    }
    return false;
}

QString refusalMessage(Operation op)
{
    using O = Operation;
    switch (op) {
    case O::ReadPersons:
    case O::EditPersons:
        return Tr::tr("Your role does not give access to the persons' registry.");
    case O::ReadHouseholds:
    case O::EditHouseholds:
        return Tr::tr("Your role does not give access to households.");
    case O::ReadIntakes:
    case O::RecordIntakes:
        return Tr::tr("Your role does not give access to the segretariato sociale.");
    case O::ListCases:
        return Tr::tr("Your role does not give access to cases.");
    case O::OpenCases:
        return Tr::tr("Your role does not open cases.");
    case O::ChangeCaseStatus:
        return Tr::tr("Your role does not change the status of a case.");
    case O::ReassignCases:
        return Tr::tr("Only the zone manager reassigns cases.");
    case O::EditCaseMembers:
        return Tr::tr("Your role does not change the people or the team of a case.");
    case O::RestrictCases:
        return Tr::tr("Your role does not mark cases as restricted.");
    case O::ReadCaseContent:
        return Tr::tr("Your role does not give access to the diary, the project or the notes of a case.");
    case O::WriteDiary:
        return Tr::tr("Your role does not write in the social diary.");
    case O::EditProject:
        return Tr::tr("Your role does not change the project.");
    case O::ReadDeadlines:
    case O::EditDeadlines:
        return Tr::tr("Your role does not give access to deadlines.");
    case O::BreakGlass:
        return Tr::tr("Your role has no emergency access to cases.");
    case O::ReadServices:
        return Tr::tr("Your role does not give access to services and aid.");
    case O::RequestServices:
        return Tr::tr("Your role does not request services or aid.");
    case O::ApproveAid:
        return Tr::tr("Only the zone manager approves economic aid.");
    case O::RecordPayments:
        return Tr::tr("Your role does not record payments.");
    case O::RecordIsee:
        return Tr::tr("Your role does not record ISEE declarations.");
    case O::ManageBudget:
        return Tr::tr("Your role does not manage budget lines.");
    case O::AuthoriseOverspend:
        return Tr::tr("Only the zone manager authorises spending beyond a line's allocation.");
    case O::ManageCatalogue:
        return Tr::tr("Your role does not change the catalogue of services.");
    case O::ExportServices:
        return Tr::tr("Your role does not export services and aid.");
    case O::ReadAccessReport:
        return Tr::tr("Only the zone manager reads who consulted a file.");
    case O::ExportSubjectData:
        return Tr::tr("Only the zone manager exports a person's data.");
    case O::ManageUsers:
        return Tr::tr("Only the system administrator manages users.");
    case O::VerifyAudit:
        return Tr::tr("Your role does not verify the audit trail.");
    case O::ApplyRetention:
        return Tr::tr("Your role does not apply the retention rules.");
    case O::ReadMandates:
        return Tr::tr("Your role does not give access to court mandates.");
    case O::EditMandates:
        return Tr::tr("Your role does not record court mandates or their tasks.");
    case O::SetMandateReminders:
        return Tr::tr("Only the zone manager sets the reminders of court mandates.");
    case O::ReadRota:
        return Tr::tr("Your role does not give access to the on-call rota.");
    case O::ManageRota:
        return Tr::tr("Only the zone manager organises the on-call rota.");
    case O::ReadEmergencies:
    case O::RecordEmergencies:
        return Tr::tr("Your role does not give access to the emergency log.");
    case O::ReadEmergencyFigures:
        return Tr::tr("Only the zone manager reads the figures of the emergency service.");
    case O::ReadCourtReports:
        return Tr::tr("Your role does not give access to court reports.");
    case O::WriteCourtReports:
        return Tr::tr("Your role does not write court reports.");
    case O::ReadProgrammes:
        return Tr::tr("Your role does not give access to projects.");
    case O::ReadProgrammeCounts:
        return Tr::tr("Your role does not give access to the figures of projects.");
    case O::ManageProgrammes:
        return Tr::tr("Only the zone manager creates and closes projects and sets their team.");
    case O::EnrolInProgrammes:
        return Tr::tr("Your role does not enrol cases in projects.");
    case O::ReadFosterFamilies:
        return Tr::tr("Your role does not give access to the foster families.");
    case O::EditFosterFamilies:
        return Tr::tr("Your role does not change the registry of foster families.");
    case O::ReadPlacements:
        return Tr::tr("Your role does not give access to foster placements.");
    case O::EditPlacements:
        return Tr::tr("Your role does not record foster placements.");
    case O::SetFosterWarning:
        return Tr::tr("Only the zone manager sets the warning ahead of a placement's term.");
    }
    return Tr::tr("Your role does not allow this.");
}

Status require(const Actor &actor, Operation op)
{
    if (permits(actor, op))
        return ok();
    return Error{ErrorCode::Forbidden, refusalMessage(op), {}, {}};
}

} // namespace cartella::domain
