// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/kernel/result.h"

#include <QCoreApplication>

namespace cartella::domain {

// What a user may do, by role. The services check every call against this table, whatever the front end:
// the GUI, cartella-admin and the tests meet the same rules. docs/permissions.md has the table in words.
enum class Operation
{
    ReadPersons,        // the registry: search, open, history
    EditPersons,        // create and change persons
    ReadHouseholds,     // the nucleo familiare
    EditHouseholds,     //
    ReadIntakes,        // segretariato sociale contacts: they hold the request in the person's words
    RecordIntakes,      // record a contact
    ListCases,          // see cases in lists, counts and the case summary (the case scope still applies)
    OpenCases,          // open a case, also from an intake
    ChangeCaseStatus,   //
    ReassignCases,      // change the responsible worker
    EditCaseMembers,    // members and team
    RestrictCases,      // mark or unmark a case riservato
    ReadCaseContent,    // diary, project, notes, history
    WriteDiary,         //
    EditProject,        // the PAI: objectives, actions, reviews, planned end
    ReadDeadlines,      //
    EditDeadlines,      // add, complete, cancel
    BreakGlass,         // open, in an emergency, a case one may not see
    ReadServices,       // the services delivered to a case's people, and their money
    RequestServices,    // request a service or an aid for a case member; withdraw the request
    ApproveAid,         // approve or reject requested services and aid; revoke a grant; write off a loan
    RecordPayments,     // payments out of a commitment, loan repayments, PIS attendance
    RecordIsee,         // ISEE declarations
    ManageBudget,       // budget lines and their allocations
    AuthoriseOverspend, // let a line go beyond its allocation, with a recorded reason
    ManageCatalogue,    // add, rename and retire catalogue entries
    ExportServices,     // CSV and SIUSS exports of services and aid
    ReadAccessReport,   // who consulted a person's file
    ExportSubjectData,  // the subject-access export of one person
    ManageUsers,        // users, roles, password resets
    VerifyAudit,        // check the audit chain
    ApplyRetention,     // anonymise closed cases
    // Tutela Minori (court mandates)
    ReadMandates,        // the decrees of a case, their tasks and messe alla prova
    EditMandates,        // record decrees, add, reschedule and complete their tasks
    SetMandateReminders, // the office's reminder leads for mandate tasks
    // Pronto Intervento Sociale
    ReadRota,             // the on-call rota and its gaps
    ManageRota,           // add, change and cancel shifts; the handover limit
    ReadEmergencies,      // the emergency log
    RecordEmergencies,    // record, complete, identify and hand over emergencies
    ReadEmergencyFigures, // the monthly figures: activations, response times, handover delays
    // Tutela Minori (court reports)
    ReadCourtReports,  // the relazioni of a case, their versions and filed PDFs
    WriteCourtReports, // draft, save and file relazioni
    // Generic projects (programmes)
    ReadProgrammes,      // projects, their team and the enrolments of cases one sees (educators: their own)
    ReadProgrammeCounts, // the numbers per project, period and Comune, without names
    ManageProgrammes,    // create, correct and close projects; set their team
    EnrolInProgrammes,   // enrol and discharge cases and persons (the service also asks for the team)
    // Equipe Affido (foster care)
    ReadFosterFamilies, // the registry of foster families, their members and the matching
    EditFosterFamilies, // record and change families, their members, training and assessment
    ReadPlacements,     // the placements of the cases one sees, their terms and carers' sheets
    EditPlacements,     // start, change, extend and end placements; request their allowance
    SetFosterWarning,   // how many days ahead of a placement's term the service is warned
};

// Whether the actor's role allows the operation. The local system (no role) may do everything.
bool permits(const Actor &actor, Operation operation);

// `permits`, as a Status whose error is a Forbidden with a message in the user's language.
Status require(const Actor &actor, Operation operation);

// The message of a refusal, for the GUI to show before even trying.
QString refusalMessage(Operation operation);

} // namespace cartella::domain
