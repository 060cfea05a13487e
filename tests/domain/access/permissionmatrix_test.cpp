// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <vector>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Every role × every service operation, called on the services as the GUI and cartella-admin call them. Each
// role runs on a fresh database with the same zone: a case of its own worker (with an educator on the team),
// a person, a household, an intake contact. An allowed operation must succeed; a refused one must be
// refused, as Forbidden or, for a case the role may not see, as "does not exist".
class PermissionMatrix : public ::testing::TestWithParam<Role>
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    qint64 anna = 0, marco = 0, davide = 0;
    qint64 person = 0, other = 0, household = 0, intake = 0, entry = 0, objective = 0;
    qint64 caseId = 0, userId = 0;
    qint64 programme = 0, enrolment = 0;

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        davide = hub.cases.registerWorker({0, QStringLiteral("Davide"), {}, true}, system).value().id;
        person = hub.persons.create(test::mario(), system).value().id;
        Person p = test::mario();
        p.fiscalCode.clear();
        p.givenName = QStringLiteral("Lucia");
        other = hub.persons.create(p, system).value().id;
        household = hub.households.create(other, system).value().id;
        Case c;
        c.area = CaseArea::FamilyAndMinors;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.teamWorkerIds = {davide};
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        caseId = hub.cases.open(c, system).value().id;
        DiaryEntry e;
        e.caseId = caseId;
        e.date = domain::officeToday();
        e.text = QStringLiteral("Primo colloquio.");
        entry = hub.diary.add(e, system).value().id;
        objective =
            hub.plans.addObjective(caseId, QStringLiteral("Sostegno"), system).value().objectives.first().id;
        IntakeContact i;
        i.personIds = {other};
        i.request = QStringLiteral("Chiede un sostegno.");
        intake = hub.intakes.record(i, system).value().id;
        User u;
        u.username = QStringLiteral("who");
        u.fullName = QStringLiteral("Chi Agisce");
        u.role = GetParam();
        u.workerId = GetParam() == Role::Educator ? davide : anna;
        userId = hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value().id;
        ProgrammeDraft g;
        g.name = QStringLiteral("Centro estivo");
        g.startsOn = domain::officeToday().addMonths(-1);
        programme = hub.programmes.create(g, system).value().id;
        ASSERT_TRUE(hub.programmes.addTeamMember(programme, anna, ProgrammeTeamRole::SocialWorker, g.startsOn,
                                                 system));
        ASSERT_TRUE(
            hub.programmes.addTeamMember(programme, davide, ProgrammeTeamRole::Educator, g.startsOn, system));
        enrolment = hub.programmes.enrol({programme, std::nullopt, other, g.startsOn}, system).value().id;
    }

    Actor actor() const
    {
        const Role role = GetParam();
        const qint64 worker = role == Role::Educator ? davide : role == Role::SocialWorker ? anna : 0;
        return Actor(QStringLiteral("who"), userId, role, worker, QStringLiteral("desk"));
    }

    int version() { return hub.cases.get(caseId, system).value().stamp.version; }

    template <typename T> static Status status(const Result<T> &r) { return r ? ok() : Status(r.error()); }
};

struct Call
{
    const char *name;
    std::set<Role> allowed;
    std::function<Status()> call;
};

constexpr Role SW = Role::SocialWorker;
constexpr Role ZM = Role::ZoneManager;
constexpr Role AO = Role::Administrative;
constexpr Role ED = Role::Educator;
constexpr Role SA = Role::SystemAdmin;

TEST_P(PermissionMatrix, EveryOperationIsAllowedOrRefusedAsSpecified)
{
    const Actor a = actor();
    const std::vector<Call> operations{
        {"persons.search",
         {SW, ZM, AO},
         [&] {
             return status(hub.persons.search({}, a));
         }},
        {"persons.count",
         {SW, ZM, AO},
         [&] {
             return status(hub.persons.count({}, a));
         }},
        {"persons.view",
         {SW, ZM, AO},
         [&] {
             return status(hub.persons.view(person, a));
         }},
        {"persons.create",
         {SW, ZM, AO},
         [&] {
             Person p = test::mario();
             p.fiscalCode.clear();
             p.givenName = QStringLiteral("Nuovo");
             return status(hub.persons.create(p, a, SimilarPersonPolicy::SaveAnyway));
         }},
        {"persons.update",
         {SW, ZM, AO},
         [&] {
             Person p = hub.persons.get(other, system).value();
             p.phone = QStringLiteral("0451234567");
             return status(hub.persons.update(p, a));
         }},
        {"households.get",
         {SW, ZM, AO},
         [&] {
             return status(hub.households.get(household, a));
         }},
        {"households.addMember",
         {SW, ZM, AO},
         [&] {
             const int v = hub.households.get(household, system).value().version;
             return status(hub.households.addMember(household, v, person, HouseholdRelation::Child, a));
         }},
        {"intakes.list",
         {SW, ZM},
         [&] {
             return status(hub.intakes.list({}, a));
         }},
        {"intakes.record",
         {SW, ZM},
         [&] {
             IntakeContact i;
             i.visitor = QStringLiteral("Una signora");
             i.request = QStringLiteral("Informazioni.");
             return status(hub.intakes.record(i, a));
         }},
        {"cases.list",
         {SW, ZM, AO, ED},
         [&] {
             return status(hub.cases.list({}, a));
         }},
        {"cases.count",
         {SW, ZM, AO, ED},
         [&] {
             return status(hub.cases.count({}, a));
         }},
        {"cases.view",
         {SW, ZM, AO, ED},
         [&] {
             return status(hub.cases.view(caseId, a));
         }},
        {"cases.history",
         {SW, ZM, ED},
         [&] {
             return status(hub.cases.history(caseId, a));
         }},
        {"intakes.openCase",
         {SW, ZM},
         [&] {
             Case c;
             c.area = CaseArea::AdultHardship;
             c.municipalityCode = QStringLiteral("045001");
             c.responsibleWorkerId = anna;
             c.members = {{other, MemberRole::PrincipalBeneficiary, {}}};
             const int v = hub.intakes.get(intake, system).value().stamp.version;
             return status(hub.intakes.openCase(intake, v, c, a));
         }},
        {"cases.changeStatus",
         {SW, ZM},
         [&] {
             return status(hub.cases.changeStatus(caseId, version(), CaseStatus::Assessment,
                                                  ClosureReason::None, {}, a));
         }},
        {"cases.addMember",
         {SW, ZM},
         [&] {
             return status(hub.cases.addMember(caseId, version(), {other, MemberRole::FamilyMember, {}}, a));
         }},
        {"cases.setTeam",
         {SW, ZM},
         [&] {
             return status(hub.cases.setTeam(caseId, version(), {davide, marco}, a));
         }},
        {"cases.setRestricted",
         {SW, ZM},
         [&] {
             return status(hub.cases.setRestricted(caseId, version(), true, {}, a));
         }},
        {"diary.entries",
         {SW, ZM, ED},
         [&] {
             return status(hub.diary.entries(caseId, a));
         }},
        {"diary.add",
         {SW, ZM, ED},
         [&] {
             DiaryEntry e;
             e.caseId = caseId;
             e.date = domain::officeToday();
             e.text = QStringLiteral("Visita domiciliare.");
             return status(hub.diary.add(e, a));
         }},
        {"diary.edit",
         {SW, ZM, ED},
         [&] {
             const int v = hub.diary.get(entry, system).value().version;
             return status(hub.diary.edit(entry, v, QStringLiteral("Primo colloquio, corretto."), a));
         }},
        {"plans.plan",
         {SW, ZM, ED},
         [&] {
             return status(hub.plans.plan(caseId, a));
         }},
        {"plans.addObjective",
         {SW, ZM, ED},
         [&] {
             return status(hub.plans.addObjective(caseId, QStringLiteral("Autonomia"), a));
         }},
        {"plans.addAction",
         {SW, ZM, ED},
         [&] {
             CareAction action;
             action.caseId = caseId;
             action.objectiveId = objective;
             action.what = QStringLiteral("Accompagnamento");
             action.ownerWorkerId = davide;
             return status(hub.plans.addAction(action, a));
         }},
        {"plans.addReview",
         {SW, ZM, ED},
         [&] {
             CareReview r;
             r.caseId = caseId;
             r.reviewDate = domain::officeToday();
             r.outcome = QStringLiteral("In corso");
             return status(hub.plans.addReview(r, a));
         }},
        {"deadlines.list",
         {SW, ZM, ED},
         [&] {
             return status(hub.deadlines.list({std::nullopt, caseId}, a));
         }},
        {"deadlines.overdueCount",
         {SW, ZM, ED},
         [&] {
             return status(hub.deadlines.overdueCount({}, a));
         }},
        {"deadlines.add",
         {SW, ZM, ED},
         [&] {
             Deadline d;
             d.caseId = caseId;
             d.title = QStringLiteral("Relazione");
             d.dueOn = domain::officeToday().addDays(7);
             d.ownerWorkerId = anna;
             return status(hub.deadlines.add(d, a));
         }},
        {"diary.withdraw",
         {SW, ZM, ED},
         [&] {
             const int v = hub.diary.get(entry, system).value().version;
             return status(
                 hub.diary.withdraw(entry, v, QStringLiteral("Scritta nella cartella sbagliata"), a));
         }},
        {"cases.reassign",
         {ZM},
         [&] {
             return status(hub.cases.reassign(caseId, version(), marco, {}, a));
         }},
        {"auth.users",
         {SA},
         [&] {
             return status(hub.auth.users(a));
         }},
        {"auth.createUser",
         {SA},
         [&] {
             User u;
             u.username = QStringLiteral("nuova");
             u.fullName = QStringLiteral("Nuova Collega");
             return status(hub.auth.createUser(u, QStringLiteral("Una-password-lunga-7"), a));
         }},
        {"cases.registerWorker",
         {SA},
         [&] {
             return status(hub.cases.registerWorker({0, QStringLiteral("Elena"), {}, true}, a));
         }},
        {"cases.open",
         {SW, ZM},
         [&] {
             Case c;
             c.area = CaseArea::Elderly;
             c.municipalityCode = QStringLiteral("045001");
             c.responsibleWorkerId = anna;
             c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
             return status(hub.cases.open(c, a));
         }},
        {"mandates.ofCase",
         {SW, ZM, ED},
         [&] {
             return status(hub.mandates.ofCase(caseId, a));
         }},
        {"mandates.remindersDue",
         {SW, ZM, ED},
         [&] {
             return status(hub.mandates.remindersDue(domain::officeToday(), std::nullopt, a));
         }},
        {"mandates.record",
         {SW, ZM},
         [&] {
             MandateDraft d;
             d.caseId = caseId;
             d.decreeNumber = QStringLiteral("12/2026");
             d.decreeDate = domain::officeToday();
             d.measures = {MandateMeasure::Supervision};
             d.tasks = {{MandateTaskKind::Monitoring, {}, domain::officeToday().addDays(30)}};
             return status(hub.mandates.record(d, a));
         }},
        {"mandates.setReminderDays",
         {ZM},
         [&] {
             return status(hub.mandates.setReminderDays({30, 7}, a));
         }},
        {"exports.deliveries",
         {ZM, AO},
         [&] {
             const ExportFilter f{QDate(2025, 1, 1), QDate(2025, 12, 31), {}, 0, {}};
             return status(hub.exports.deliveries(
                 f, [](const QStringList &) { return true; }, {}, a));
         }},
        {"exports.settings",
         {ZM, AO, SA},
         [&] {
             return status(hub.exports.settings(a));
         }},
        {"exports.setSetting",
         {ZM, SA},
         [&] {
             return hub.exports.setSetting(QStringLiteral("siuss_ente_code"), QStringLiteral("SDS-LUN"), a);
         }},
        // Pronto Intervento Sociale
        {"prontoIntervento.gaps",
         {SW, ZM, AO},
         [&] {
             const QDateTime from = QDateTime::currentDateTimeUtc();
             return status(hub.prontoIntervento.gaps(from, from.addDays(1), a));
         }},
        {"prontoIntervento.addShift",
         {ZM},
         [&] {
             OnCallShift s;
             s.workerId = anna;
             s.from = QDateTime::currentDateTimeUtc();
             s.to = s.from.addSecs(12 * 3600);
             return status(hub.prontoIntervento.addShift(s, a));
         }},
        {"prontoIntervento.record",
         {SW, ZM},
         [&] {
             SocialEmergency e;
             e.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
             e.municipalityCode = QStringLiteral("045001");
             e.personDescription = QStringLiteral("donna, circa 70 anni");
             return status(hub.prontoIntervento.record(e, a));
         }},
        {"prontoIntervento.list",
         {SW, ZM},
         [&] {
             return status(hub.prontoIntervento.list({}, a));
         }},
        {"prontoIntervento.overdueHandovers",
         {SW, ZM},
         [&] {
             return status(hub.prontoIntervento.overdueHandovers({}, a));
         }},
        {"prontoIntervento.figures",
         {ZM},
         [&] {
             return status(hub.prontoIntervento.figures(QDate(2025, 1, 1), QDate(2025, 12, 1), a));
         }},
        {"prontoIntervento.setHandoverLimitHours",
         {ZM},
         [&] {
             return hub.prontoIntervento.setHandoverLimitHours(48, a);
         }},
        {"programmes.list",
         {SW, ZM, AO, ED},
         [&] {
             return status(hub.programmes.list(a));
         }},
        {"programmes.counts",
         {SW, ZM, AO, ED},
         [&] {
             return status(hub.programmes.counts(QDate(2025, 1, 1), domain::officeToday(), a));
         }},
        {"programmes.get",
         {SW, ZM, ED},
         [&] {
             return status(hub.programmes.get(programme, a));
         }},
        {"programmes.enrolments",
         {SW, ZM, ED},
         [&] {
             return status(hub.programmes.enrolments(programme, a));
         }},
        {"programmes.enrolmentsOfCase",
         {SW, ZM, ED},
         [&] {
             return status(hub.programmes.enrolmentsOfCase(caseId, a));
         }},
        {"programmes.create",
         {ZM},
         [&] {
             ProgrammeDraft g;
             g.name = QStringLiteral("Mediazione sociale e alloggiativa");
             g.startsOn = domain::officeToday();
             return status(hub.programmes.create(g, a));
         }},
        {"programmes.addTeamMember",
         {ZM},
         [&] {
             return status(hub.programmes.addTeamMember(programme, marco, ProgrammeTeamRole::Mediator,
                                                        domain::officeToday(), a));
         }},
        {"programmes.enrol",
         {SW, ZM, ED},
         [&] {
             return status(hub.programmes.enrol({programme, caseId, std::nullopt, domain::officeToday()}, a));
         }},
        {"programmes.discharge",
         {SW, ZM, ED},
         [&] {
             return status(
                 hub.programmes.discharge(enrolment, 1, domain::officeToday(), LeaveReason::Completed, a));
         }},
        {"programmes.close",
         {ZM},
         [&] {
             const int v = hub.programmes.get(programme, system).value().version;
             return status(hub.programmes.close(programme, v, domain::officeToday(), a));
         }},
        // Equipe Affido
        {"fosterCare.families",
         {SW, ZM},
         [&] {
             return status(hub.fosterCare.families(true, a));
         }},
        {"fosterCare.createFamily",
         {SW, ZM},
         [&] {
             FosterFamily f;
             f.name = QStringLiteral("Famiglia Prova");
             f.availability = {FosterAvailability::Weekend};
             return status(hub.fosterCare.createFamily(f, a));
         }},
        {"fosterCare.matchFamilies",
         {SW, ZM},
         [&] {
             return status(
                 hub.fosterCare.matchFamilies(8, FosterAvailability::Weekend, QStringLiteral("045001"), a));
         }},
        {"fosterCare.startPlacement",
         {SW, ZM},
         [&] {
             Person kid = test::mario();
             kid.fiscalCode.clear();
             kid.givenName = QStringLiteral("Nina");
             kid.birthDate = domain::officeToday().addYears(-6);
             const qint64 kidId = hub.persons.create(kid, system).value().id;
             EXPECT_TRUE(hub.cases.addMember(caseId, version(), {kidId, MemberRole::Minor, {}}, system));
             FosterFamily f;
             f.name = QStringLiteral("Famiglia Idonea");
             f.availability = {FosterAvailability::Residential};
             f.assessment = SuitabilityOutcome::Suitable;
             f.assessedOn = domain::officeToday();
             const qint64 familyId = hub.fosterCare.createFamily(f, system).value().id;
             PlacementDraft d;
             d.caseId = caseId;
             d.childPersonId = kidId;
             d.familyId = familyId;
             d.startsOn = domain::officeToday();
             d.expectedEndOn = d.startsOn.addMonths(12);
             d.responsibleService = QStringLiteral("Equipe Affido");
             return status(hub.fosterCare.startPlacement(d, a));
         }},
        {"fosterCare.placements",
         {SW, ZM},
         [&] {
             return status(hub.fosterCare.placements(true, a));
         }},
        {"fosterCare.nearingTerm",
         {SW, ZM},
         [&] {
             return status(hub.fosterCare.nearingTerm(domain::officeToday(), a));
         }},
        {"fosterCare.setWarningDays",
         {ZM},
         [&] {
             return status(hub.fosterCare.setWarningDays(60, a));
         }},
    };

    for (const Call &op : operations) {
        const Status s = op.call();
        if (op.allowed.count(GetParam())) {
            EXPECT_TRUE(s) << op.name << " should be allowed: " << (s ? "" : s.error().message.toStdString());
        } else {
            ASSERT_FALSE(s) << op.name << " should be refused";
            EXPECT_TRUE(s.error().code == ErrorCode::Forbidden || s.error().code == ErrorCode::NotFound)
                << op.name << ": " << s.error().message.toStdString();
        }
    }
}

// Lists, counts and search leave out what a role may not see, without a trace.
TEST_P(PermissionMatrix, SearchShowsOnlyWhatTheRoleMayRead)
{
    const Actor a = actor();
    const auto found = hub.search.search(QStringLiteral("rossi"), 20, a);
    ASSERT_TRUE(found) << found.error().message.toStdString();
    const Role role = GetParam();
    EXPECT_EQ(!found.value().persons.isEmpty(), role == SW || role == ZM || role == AO);
    EXPECT_EQ(!hub.search.search(QStringLiteral("colloquio"), 20, a).value().texts.isEmpty(),
              role == SW || role == ZM || role == ED);
    EXPECT_EQ(!hub.search.search(QStringLiteral("sostegno"), 20, a).value().texts.isEmpty(),
              role == SW || role == ZM)
        << "the intake request, for those who read intakes";
}

INSTANTIATE_TEST_SUITE_P(Roles, PermissionMatrix, ::testing::Values(SW, ZM, AO, ED, SA),
                         [](const ::testing::TestParamInfo<Role> &info) {
                             return Vocabulary<Role>::code(info.param).toStdString();
                         });

} // namespace
