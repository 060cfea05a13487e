// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "export/carerssheetfile.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Equipe Affido over a real database: the registry with its versions, placements and the 24-month rule with
// the juvenile court's extensions, the term as a deadline, the warning, matching, the allowance through the
// normal approval, the carers' sheet without the family of origin's addresses, and who may do what.
class FosterCareTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    const QDate today = domain::officeToday();
    qint64 anna = 0, marco = 0, davide = 0;
    Actor annaUser, marcoUser, manager, clerk, educator, admin;
    Case c;
    qint64 child = 0, mother = 0;

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        davide = hub.cases.registerWorker({0, QStringLiteral("Davide"), {}, true}, system).value().id;
        annaUser = test::userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = test::userActor(hub, QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = test::userActor(hub, QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = test::userActor(hub, QStringLiteral("clerk"), Role::Administrative, 0);
        educator = test::userActor(hub, QStringLiteral("edu"), Role::Educator, davide);
        admin = test::userActor(hub, QStringLiteral("admin"), Role::SystemAdmin, 0);

        Person kid = test::mario();
        kid.fiscalCode.clear();
        kid.givenName = QStringLiteral("Luca");
        kid.birthDate = today.addYears(-8).addDays(-20);
        kid.residence = {QStringLiteral("045001"), QStringLiteral("Via dei Segreti 13")};
        child = hub.persons.create(kid, system).value().id;
        Person mum = test::mario();
        mum.fiscalCode.clear();
        mum.givenName = QStringLiteral("Giovanna");
        mum.sex = Sex::Female;
        mum.residence = {QStringLiteral("045001"), QStringLiteral("Via dei Segreti 13")};
        mum.domicile = {QStringLiteral("045003"), QStringLiteral("Piazza Nascosta 7")};
        mum.phone = QStringLiteral("333 9876543");
        mum.email = QStringLiteral("giovanna.origine@example.org");
        mother = hub.persons.create(mum, system).value().id;

        Case draft;
        draft.area = CaseArea::FamilyAndMinors;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = anna;
        draft.teamWorkerIds = {davide};
        draft.openedOn = today.addYears(-3);
        draft.members = {{child, MemberRole::PrincipalBeneficiary, {}}, {mother, MemberRole::Parent, {}}};
        c = hub.cases.open(draft, system).value();
    }

    FosterFamily familyDraft(const QString &name, const QString &comune, QList<FosterAvailability> offers,
                             int minAge, int maxAge, int capacity = 2,
                             SuitabilityOutcome outcome = SuitabilityOutcome::Suitable)
    {
        FosterFamily f;
        f.name = name;
        f.street = QStringLiteral("Via degli Affidatari 1");
        f.municipalityCode = comune;
        f.phone = QStringLiteral("0187 000000");
        f.availability = offers;
        f.minAge = minAge;
        f.maxAge = maxAge;
        f.capacity = capacity;
        f.trainedOn = today.addMonths(-8);
        f.assessment = outcome;
        f.assessedOn = outcome == SuitabilityOutcome::Pending ? QDate() : today.addMonths(-6);
        f.members = {{0, 0, std::nullopt, QStringLiteral("Paola Bianchi"), FosterMemberRole::Carer, {}}};
        return f;
    }

    FosterFamily family(const QString &name = QStringLiteral("Famiglia Bianchi"),
                        const QString &comune = QStringLiteral("045001"), int capacity = 2)
    {
        const auto made = hub.fosterCare.createFamily(
            familyDraft(name, comune, {FosterAvailability::Residential, FosterAvailability::Weekend}, 0, 12,
                        capacity),
            annaUser);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made.value() : FosterFamily{};
    }

    PlacementDraft placementDraft(qint64 familyId, const QDate &start, const QDate &end)
    {
        PlacementDraft d;
        d.caseId = c.id;
        d.childPersonId = child;
        d.familyId = familyId;
        d.kind = PlacementKind::Judicial;
        d.measureNumber = QStringLiteral("318/2026 V.G.");
        d.measureDate = std::min(start, today);
        d.measureText = QStringLiteral("Affidamento eterofamiliare con incontri protetti");
        d.startsOn = start;
        d.expectedEndOn = end;
        d.contactArrangements = QStringLiteral("Incontri protetti con la madre ogni due settimane in sede");
        d.childNeeds = QStringLiteral("Sostegno scolastico, logopedia il martedì");
        d.responsibleService = QStringLiteral("Servizio Sociale Lunigiana - Equipe Affido");
        d.serviceContact = QStringLiteral("0187 400100, affido@sds-lunigiana.example");
        return d;
    }

    FosterPlacement started(qint64 familyId, const QDate &start, const QDate &end)
    {
        const auto made = hub.fosterCare.startPlacement(placementDraft(familyId, start, end), annaUser);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made.value() : FosterPlacement{};
    }

    QList<Deadline> termDeadlines(bool openOnly = true)
    {
        QList<Deadline> out;
        for (const Deadline &d : hub.deadlines.list({std::nullopt, c.id, openOnly, 100}, system).value()) {
            if (d.source == DeadlineSource::PlacementTerm)
                out.append(d);
        }
        return out;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        return q.exec(sql);
    }
};

TEST_F(FosterCareTest, TheRegistryKeepsEveryVersionAndNeverDeletes)
{
    FosterFamily f = family();
    ASSERT_EQ(f.members.size(), 1);
    EXPECT_EQ(f.version, 1);
    f.capacity = 3;
    f.assessment = SuitabilityOutcome::NotSuitable;
    const auto changed = hub.fosterCare.updateFamily(f, annaUser);
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(changed.value().version, 2);
    EXPECT_EQ(changed.value().capacity, 3);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM foster_family_versions WHERE family_id = %1").arg(f.id)),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT json_extract(data, '$.capacity') FROM foster_family_versions")),
              2);

    const auto stale = hub.fosterCare.updateFamily(f, annaUser); // still version 1
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    const auto added = hub.fosterCare.addMember(
        f.id, {0, 0, std::nullopt, QStringLiteral("Carlo Bianchi"), FosterMemberRole::Partner, {}}, annaUser);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    ASSERT_EQ(added.value().members.size(), 2);
    const auto left = hub.fosterCare.memberLeft(f.id, added.value().members.last().id, today, annaUser);
    ASSERT_TRUE(left);
    EXPECT_FALSE(left.value().members.last().current());
    EXPECT_FALSE(hub.fosterCare.memberLeft(f.id, added.value().members.last().id, today, annaUser));

    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM foster_families")));
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM foster_family_members")));
    EXPECT_FALSE(exec(QStringLiteral("UPDATE foster_families SET capacity = 9"))) << "no version kept";
}

TEST_F(FosterCareTest, AFamilyNeedsAvailabilityAgesInOrderAndAnAssessmentDate)
{
    FosterFamily f = familyDraft(QStringLiteral("Famiglia Verdi"), QStringLiteral("045001"), {}, 0, 10);
    auto r = hub.fosterCare.createFamily(f, annaUser);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().fields.value(0).field, QStringLiteral("availability"));
    f.availability = {FosterAvailability::Day};
    f.minAge = 11;
    r = hub.fosterCare.createFamily(f, annaUser);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().fields.value(0).field, QStringLiteral("ages"));
    f.minAge = 0;
    f.assessedOn = {};
    r = hub.fosterCare.createFamily(f, annaUser);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().fields.value(0).field, QStringLiteral("assessedOn"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM foster_families")), 0);
}

TEST_F(FosterCareTest, APlacementLastsAtMost24MonthsWithoutAnExtension)
{
    const FosterFamily f = family();
    const QDate start = today.addMonths(-1);
    auto refused =
        hub.fosterCare.startPlacement(placementDraft(f.id, start, start.addMonths(24).addDays(1)), annaUser);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.value(0).field, QStringLiteral("expectedEndOn"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM foster_placements")), 0);

    const FosterPlacement p = started(f.id, start, start.addMonths(24));
    ASSERT_GT(p.id, 0);
    EXPECT_EQ(p.limitOn(), start.addMonths(24));

    PlacementDraft longer = placementDraft(f.id, start, start.addMonths(30));
    const auto changed = hub.fosterCare.updatePlacement(p.id, p.version, longer, annaUser);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().fields.value(0).field, QStringLiteral("expectedEndOn"));

    // The database holds the same rule.
    EXPECT_FALSE(exec(QStringLiteral("INSERT INTO foster_placement_versions VALUES (%1, 1, '{}', 'x', 'x')")
                          .arg(p.id)) &&
                 exec(QStringLiteral("UPDATE foster_placements SET expected_end_on = '%1', version = 2")
                          .arg(start.addMonths(30).toString(Qt::ISODate))));
    EXPECT_EQ(hub.fosterCare.placement(p.id, system).value().expectedEndOn, start.addMonths(24));
}

TEST_F(FosterCareTest, TheCourtsExtensionAllowsALaterEndAndMovesTheDeadline)
{
    const FosterFamily f = family();
    const QDate start = today.addMonths(-23);
    const FosterPlacement p = started(f.id, start, start.addMonths(24));
    QList<Deadline> open = termDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().dueOn, start.addMonths(24));
    EXPECT_EQ(open.first().ownerWorkerId, anna);
    EXPECT_FALSE(completedByHand(DeadlineSource::PlacementTerm));
    const auto byHand = hub.deadlines.complete(open.first().id, open.first().version, annaUser);
    EXPECT_FALSE(byHand) << "the term closes with the placement, not by hand";

    ExtensionDraft e;
    e.decreeDate = today;
    e.newEndOn = start.addMonths(36);
    auto refused = hub.fosterCare.extend(p.id, p.version, e, annaUser);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.value(0).field, QStringLiteral("decreeNumber"));

    e.decreeNumber = QStringLiteral("1021/2026 V.G.");
    e.measureText = QStringLiteral("Proroga di dodici mesi dell'affidamento");
    const auto extended = hub.fosterCare.extend(p.id, p.version, e, annaUser);
    ASSERT_TRUE(extended) << extended.error().message.toStdString();
    EXPECT_EQ(extended.value().expectedEndOn, start.addMonths(36));
    ASSERT_EQ(extended.value().extensions.size(), 1);
    EXPECT_EQ(extended.value().extensions.first().previousEndOn, start.addMonths(24));
    EXPECT_EQ(extended.value().limitOn(), start.addMonths(36));
    open = termDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().dueOn, start.addMonths(36));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM foster_placement_versions")), 1);

    // Within the extension the end may move again, beyond it not.
    PlacementDraft within = placementDraft(f.id, start, start.addMonths(30));
    auto moved = hub.fosterCare.updatePlacement(p.id, extended.value().version, within, annaUser);
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    within.expectedEndOn = start.addMonths(37);
    EXPECT_FALSE(hub.fosterCare.updatePlacement(p.id, moved.value().version, within, annaUser));

    const auto ended = hub.fosterCare.endPlacement(p.id, moved.value().version, today,
                                                   QStringLiteral("Rientro in famiglia"), annaUser);
    ASSERT_TRUE(ended) << ended.error().message.toStdString();
    EXPECT_TRUE(termDeadlines().isEmpty());
    const QList<Deadline> all = termDeadlines(false);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().state, DeadlineState::Done);
    EXPECT_FALSE(hub.fosterCare.extend(p.id, ended.value().version, e, annaUser))
        << "an ended placement stays";
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM foster_placement_extensions")));
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM foster_placements")));
}

TEST_F(FosterCareTest, TheServiceIsWarnedAheadOfTheTermByTheOfficesDays)
{
    const FosterFamily f = family();
    // Counted back from the end: 22 months before today plus 60 days may be a day over 24 months.
    const QDate end = today.addDays(60);
    const QDate start = end.addMonths(-23);
    const FosterPlacement nearing = started(f.id, start, end);
    EXPECT_EQ(hub.fosterCare.warningDays(annaUser).value(), 90);
    auto list = hub.fosterCare.nearingTerm(today, annaUser);
    ASSERT_TRUE(list) << list.error().message.toStdString();
    ASSERT_EQ(list.value().size(), 1);
    EXPECT_EQ(list.value().first().id, nearing.id);
    EXPECT_EQ(FosterCareService::termState(nearing, today, 90), PlacementTermState::NearingTerm);
    EXPECT_EQ(FosterCareService::termState(nearing, today, 30), PlacementTermState::Running);
    EXPECT_EQ(FosterCareService::termState(nearing, today.addDays(61), 30), PlacementTermState::PastTerm);
    EXPECT_EQ(FosterCareService::termState(nearing, start.addMonths(24).addDays(1), 30),
              PlacementTermState::PastLimit);

    EXPECT_FALSE(hub.fosterCare.setWarningDays(30, annaUser)) << "only the zone manager";
    EXPECT_FALSE(hub.fosterCare.setWarningDays(0, manager));
    ASSERT_TRUE(hub.fosterCare.setWarningDays(30, manager));
    EXPECT_EQ(hub.fosterCare.warningDays(annaUser).value(), 30);
    EXPECT_TRUE(hub.fosterCare.nearingTerm(today, annaUser).value().isEmpty());
    EXPECT_EQ(hub.fosterCare.nearingTerm(today.addDays(31), annaUser).value().size(), 1);
}

TEST_F(FosterCareTest, PastThe24MonthsWithoutAnExtensionIsListedUntilTheCourtExtends)
{
    const FosterFamily f = family();
    const QDate start = today.addMonths(-25);
    const FosterPlacement p = started(f.id, start, start.addMonths(24));
    auto past = hub.fosterCare.pastLimitWithoutExtension(today, annaUser);
    ASSERT_TRUE(past);
    ASSERT_EQ(past.value().size(), 1);
    EXPECT_EQ(FosterCareService::termState(p, today, 90), PlacementTermState::PastLimit);
    ExtensionDraft e{QStringLiteral("77/2026"), today, QStringLiteral("Proroga"), today.addMonths(6)};
    const auto extended = hub.fosterCare.extend(p.id, p.version, e, annaUser);
    ASSERT_TRUE(extended) << extended.error().message.toStdString();
    EXPECT_TRUE(hub.fosterCare.pastLimitWithoutExtension(today, annaUser).value().isEmpty());
    EXPECT_EQ(FosterCareService::termState(extended.value(), today, 90), PlacementTermState::Running);
    EXPECT_EQ(FosterCareService::termState(extended.value(), today, 200), PlacementTermState::NearingTerm);
}

TEST_F(FosterCareTest, MatchingListsTheAvailableFamiliesThatFitTheChildSameComuneFirst)
{
    const auto make = [&](const QString &name, const QString &comune, QList<FosterAvailability> offers,
                          int lo, int hi, int capacity = 1,
                          SuitabilityOutcome o = SuitabilityOutcome::Suitable) {
        const auto made =
            hub.fosterCare.createFamily(familyDraft(name, comune, offers, lo, hi, capacity, o), annaUser);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made.value();
    };
    using A = FosterAvailability;
    const FosterFamily pisa =
        make(QStringLiteral("Famiglia Pisana"), QStringLiteral("050026"), {A::Residential}, 0, 17);
    const FosterFamily bagnone = make(QStringLiteral("Famiglia Bagnone"), QStringLiteral("045002"),
                                      {A::Residential, A::Weekend}, 6, 17);
    const FosterFamily aulla =
        make(QStringLiteral("Famiglia Aulla"), QStringLiteral("045001"), {A::Residential}, 0, 10);
    make(QStringLiteral("Famiglia Non Idonea"), QStringLiteral("045001"), {A::Residential}, 0, 17, 1,
         SuitabilityOutcome::NotSuitable);
    const FosterFamily withdrawn =
        make(QStringLiteral("Famiglia Ritirata"), QStringLiteral("045001"), {A::Residential}, 0, 17);
    ASSERT_TRUE(hub.fosterCare.withdrawFamily(withdrawn.id, withdrawn.version, today, annaUser));
    const FosterFamily full =
        make(QStringLiteral("Famiglia Piena"), QStringLiteral("045001"), {A::Residential}, 0, 17);
    started(full.id, today.addMonths(-2), today.addMonths(10));

    auto names = [&](const Result<QList<FamilyMatch>> &r) {
        EXPECT_TRUE(r) << r.error().message.toStdString();
        QStringList out;
        for (const FamilyMatch &m : r.value())
            out << m.family.name;
        return out;
    };
    const auto eight = hub.fosterCare.matchFamilies(8, A::Residential, QStringLiteral("045001"), annaUser);
    EXPECT_EQ(names(eight), (QStringList{QStringLiteral("Famiglia Aulla"), QStringLiteral("Famiglia Bagnone"),
                                         QStringLiteral("Famiglia Pisana")}));
    EXPECT_TRUE(eight.value().first().sameComune);
    EXPECT_TRUE(eight.value().at(1).sameProvince);
    EXPECT_FALSE(eight.value().first().reasons.isEmpty());
    EXPECT_EQ(names(hub.fosterCare.matchFamilies(12, A::Residential, QStringLiteral("045001"), annaUser)),
              (QStringList{QStringLiteral("Famiglia Bagnone"), QStringLiteral("Famiglia Pisana")}));
    EXPECT_EQ(names(hub.fosterCare.matchFamilies(8, A::Weekend, QStringLiteral("045001"), annaUser)),
              (QStringList{QStringLiteral("Famiglia Bagnone")}));
    // By date of birth: the child of the case is 8.
    EXPECT_EQ(names(hub.fosterCare.matchFamilies(today.addYears(-8).addDays(-20), A::Residential,
                                                 QStringLiteral("050026"), annaUser))
                  .first(),
              QStringLiteral("Famiglia Pisana"));
    EXPECT_FALSE(hub.fosterCare.matchFamilies(8, A::Residential, QStringLiteral("045001"), educator));
    Q_UNUSED(aulla);
    Q_UNUSED(bagnone);
    Q_UNUSED(pisa);
}

TEST_F(FosterCareTest, AFullFamilyTakesNoFurtherChild)
{
    const FosterFamily f = family(QStringLiteral("Famiglia Bianchi"), QStringLiteral("045001"), 1);
    started(f.id, today.addMonths(-1), today.addMonths(11));
    const auto second =
        hub.fosterCare.startPlacement(placementDraft(f.id, today, today.addMonths(6)), annaUser);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().fields.value(0).field, QStringLiteral("family"));
    FosterFamily fam = hub.fosterCare.family(f.id, annaUser).value();
    EXPECT_EQ(fam.currentPlacements, 1);
    fam.capacity = 0;
    EXPECT_FALSE(hub.fosterCare.updateFamily(fam, annaUser));
    EXPECT_FALSE(hub.fosterCare.withdrawFamily(fam.id, fam.version, today, annaUser));
}

TEST_F(FosterCareTest, TheAllowanceIsEconomicAidApprovedByTheZoneManager)
{
    const FosterFamily f = family();
    const QDate start(today.year(), 1, 1);
    const FosterPlacement p = started(f.id, start, start.addMonths(12).addDays(-1));
    BudgetLine line;
    line.year = today.year();
    line.code = QStringLiteral("10410");
    line.name = QStringLiteral("Affido familiare");
    const qint64 lineId = hub.budget.createLine(line, 2000000, start, system).value().id;

    EXPECT_FALSE(hub.fosterCare.requestAllowance(p.id, 0, {}, {}, annaUser));
    EXPECT_FALSE(hub.fosterCare.requestAllowance(p.id, 40000, {}, start.addMonths(13), annaUser));
    const auto requested = hub.fosterCare.requestAllowance(p.id, 40000, {}, {}, annaUser);
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    const ServiceDelivery &d = requested.value();
    EXPECT_EQ(d.status, DeliveryStatus::Requested);
    EXPECT_EQ(d.personId, child);
    EXPECT_EQ(d.costCents, 40000 * 12);
    EXPECT_EQ(d.kind, ServiceKind::EconomicAid);
    EXPECT_EQ(hub.fosterCare.placement(p.id, annaUser).value().allowanceDeliveryIds, QList<qint64>{d.id});
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM budget_movements WHERE kind = 'commitment'")), 0);

    EXPECT_FALSE(hub.deliveries.approve(d.id, d.stamp.version, lineId, today, annaUser))
        << "the worker does not approve";
    const auto approved = hub.deliveries.approve(d.id, d.stamp.version, lineId, today, manager);
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
    EXPECT_EQ(approved.value().status, DeliveryStatus::Approved);
    EXPECT_EQ(hub.budget.figures(lineId, system).value().committedCents, 40000 * 12);
}

TEST_F(FosterCareTest, TheCarersSheetNeverCarriesTheFamilyOfOriginsAddress)
{
    const FosterFamily f = family();
    const FosterPlacement p = started(f.id, today.addMonths(-1), today.addMonths(11));
    const auto sheet = hub.fosterCare.carersSheet(p.id, annaUser);
    ASSERT_TRUE(sheet) << sheet.error().message.toStdString();
    EXPECT_EQ(sheet.value().childName, QStringLiteral("Luca Rossi"));
    EXPECT_EQ(sheet.value().responsibleWorker, QStringLiteral("Anna"));

    const QStringList planted{QStringLiteral("Via dei Segreti"), QStringLiteral("Piazza Nascosta"),
                              QStringLiteral("333 9876543"), QStringLiteral("giovanna.origine"),
                              QStringLiteral("Giovanna")};
    for (const auto format :
         {exporting::CarersSheetFile::Format::Text, exporting::CarersSheetFile::Format::Json}) {
        const QString path = db.dir() + QStringLiteral("/sheet.out");
        ASSERT_TRUE(exporting::CarersSheetFile::write(sheet.value(), format, path));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.contains("Luca Rossi"));
        EXPECT_TRUE(bytes.contains("Incontri protetti con la madre"));
        EXPECT_TRUE(bytes.contains("0187 400100"));
        for (const QString &secret : planted)
            EXPECT_FALSE(bytes.contains(secret.toUtf8())) << secret.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'carers_sheet_exported'")),
              1);
    EXPECT_GE(withheldFromCarers().size(), 4);

    // A worker who typed the address into the placement is stopped before anything leaves.
    PlacementDraft leaky = placementDraft(f.id, p.startsOn, p.expectedEndOn);
    leaky.contactArrangements = QStringLiteral("Incontri a casa della madre, via dei segreti 13");
    ASSERT_TRUE(hub.fosterCare.updatePlacement(p.id, p.version, leaky, annaUser));
    const auto refused = hub.fosterCare.carersSheet(p.id, annaUser);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
}

TEST_F(FosterCareTest, OnlySocialWorkersAndTheZoneManagerWorkWithFosterCare)
{
    const FosterFamily f = family();
    const FosterPlacement p = started(f.id, today.addMonths(-1), today.addMonths(11));
    for (const Actor &a : {clerk, educator, admin}) {
        EXPECT_EQ(hub.fosterCare.families(true, a).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(hub.fosterCare.placements(true, a).error().code, ErrorCode::Forbidden);
        EXPECT_FALSE(hub.fosterCare.carersSheet(p.id, a));
    }
    EXPECT_TRUE(hub.fosterCare.families(true, marcoUser));
    // Marco sees the registry, not the placements of a case that is not his.
    EXPECT_TRUE(hub.fosterCare.placements(true, marcoUser).value().isEmpty());
    EXPECT_EQ(hub.fosterCare.placement(p.id, marcoUser).error().code, ErrorCode::NotFound);
    EXPECT_EQ(
        hub.fosterCare.endPlacement(p.id, p.version, today, QStringLiteral("Chiuso da altri"), marcoUser)
            .error()
            .code,
        ErrorCode::NotFound);
    EXPECT_EQ(hub.fosterCare.placements(true, manager).value().size(), 1);
    // The audit trail names ids and codes, never the child or the family.
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT group_concat(details, ' ') FROM audit_log WHERE entity LIKE 'foster%'")));
    ASSERT_TRUE(q.next());
    EXPECT_FALSE(q.value(0).toString().contains(QStringLiteral("Bianchi")));
    EXPECT_FALSE(q.value(0).toString().contains(QStringLiteral("Luca")));
}

} // namespace
