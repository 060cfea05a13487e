// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

// Honour loans over a real database: the plan, repayments, the deadline that follows the oldest unpaid
// instalment, the write-off against an assistance line, and who may do what.
class LoanServiceTest : public ::testing::Test
{
protected:
    test::TempDatabase db;
    ServiceHub hub{db.storage().repositories()};
    Actor system = Actor::localSystem();
    const QDate today = domain::officeToday();
    qint64 anna = 0, marco = 0;
    Actor annaUser, marcoUser, manager, clerk, educator;
    Case c;
    qint64 person = 0;
    qint64 fund = 0; // the line the loans are committed on when approved
    const QDate requested = today.addDays(-90);
    const QDate decided = today.addDays(-60);

    Actor user(const QString &name, Role role, qint64 worker)
    {
        User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        return hub.auth.actorFor(hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value());
    }

    void SetUp() override
    {
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        educator = user(QStringLiteral("edu"), Role::Educator, marco);
        person = hub.persons.create(test::mario(), system).value().id;
        Case draft;
        draft.area = CaseArea::AdultHardship;
        draft.municipalityCode = QStringLiteral("045001");
        draft.responsibleWorkerId = anna;
        draft.openedOn = today.addMonths(-6);
        draft.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        c = hub.cases.open(draft, system).value();
        BudgetLine l;
        l.year = decided.year();
        l.code = QStringLiteral("1410");
        l.name = QStringLiteral("Prestiti sull'onore");
        fund = hub.budget.createLine(l, 10000000, {}, manager).value().id;
        IseeDeclaration isee;
        isee.personId = person;
        isee.valueCents = 800000;
        isee.dsuProtocol = QStringLiteral("INPS-ISEE-0000001");
        isee.filedOn = requested;
        ASSERT_TRUE(hub.isee.record(isee, system));
    }

    qint64 entry(const QString &code)
    {
        for (const CatalogueEntry &e : hub.catalogue.entries(true, system).value()) {
            if (e.code == code)
                return e.id;
        }
        ADD_FAILURE() << "no catalogue entry " << code.toStdString();
        return 0;
    }

    // A delivery requested by the responsible worker and, unless `approve` is false, approved by the zone
    // manager (which commits its Comune share on the fund line).
    qint64 delivery(qint64 cents, const QString &code = QStringLiteral("prestito_onore"), bool approve = true)
    {
        DeliveryRequest r;
        r.caseId = c.id;
        r.personId = person;
        r.catalogueId = entry(code);
        r.requestedOn = requested;
        r.costCents = cents;
        r.comuneShareCents = cents;
        r.budgetLineId = fund;
        const auto made = hub.deliveries.request(r, annaUser);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        if (!made || !approve)
            return made ? made.value().id : 0;
        const auto approved =
            hub.deliveries.approve(made.value().id, made.value().stamp.version, fund, decided, manager);
        EXPECT_TRUE(approved) << approved.error().message.toStdString();
        return made.value().id;
    }

    qint64 budgetLine(const QString &code, bool assistance, qint64 allocationCents)
    {
        BudgetLine l;
        l.year = today.year();
        l.code = code;
        l.name = QStringLiteral("Assistenza economica");
        l.assistance = assistance;
        const auto made = hub.budget.createLine(l, allocationCents, {}, manager);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made.value().id : 0;
    }

    BudgetFigures figures(qint64 line) { return hub.budget.figures(line, manager).value(); }

    QString one(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toString();
    }
    qint64 count(const QString &table)
    {
        return one(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    QList<Deadline> loanDeadlines(bool openOnly = true)
    {
        QList<Deadline> out;
        for (const Deadline &d : hub.deadlines.list({std::nullopt, c.id, openOnly, 100}, system).value()) {
            if (d.source == DeadlineSource::Loan)
                out.append(d);
        }
        return out;
    }

    // 1000,00 € in three instalments, the first due `firstDue`.
    qint64 setUpLoan(const QDate &firstDue)
    {
        const qint64 id = delivery(100000);
        const auto made = hub.loans.setUp(id, 3, firstDue, manager);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return id;
    }
};

} // namespace

TEST_F(LoanServiceTest, SettingUpMakesThePlanAndTheDeadlineOfTheFirstInstalment)
{
    const qint64 id = delivery(100000);
    const auto made = hub.loans.setUp(id, 3, today.addDays(10), manager);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    const LoanView &v = made.value();
    ASSERT_TRUE(v.loan);
    EXPECT_EQ(v.loan->principalCents, 100000);
    EXPECT_EQ(v.loan->status, LoanStatus::Open);
    ASSERT_EQ(v.plan.size(), 3);
    EXPECT_EQ(v.plan.at(0).amountCents, 33333);
    EXPECT_EQ(v.plan.at(2).amountCents, 33334);
    EXPECT_EQ(v.plan.at(2).dueOn, today.addDays(10).addMonths(2));
    EXPECT_EQ(v.delivery.caseNumber, c.number());
    EXPECT_EQ(v.delivery.personName, QStringLiteral("Rossi Mario"));

    const QList<Deadline> open = loanDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().sourceId, id);
    EXPECT_EQ(open.first().ownerWorkerId, anna) << "the case's responsible worker";
    EXPECT_EQ(open.first().dueOn, today.addDays(10));
    EXPECT_EQ(open.first().title, QStringLiteral("Honour loan: instalment 1 of 3 (333,33\u00a0€)"));
    EXPECT_EQ(hub.deadlines.list({anna, std::nullopt, true, 100}, annaUser).value().size(), 1)
        << "in Le mie scadenze of the responsible worker";

    const QJsonObject details =
        QJsonDocument::fromJson(
            one(QStringLiteral(
                    "SELECT details FROM audit_log WHERE action = 'loan_set_up' AND entity = 'loan' "
                    "AND entity_id = %1")
                    .arg(id))
                .toUtf8())
            .object();
    EXPECT_EQ(details.value(QStringLiteral("principal_cents")).toInteger(), 100000);
    EXPECT_EQ(details.value(QStringLiteral("instalments")).toInt(), 3);
    EXPECT_EQ(details.value(QStringLiteral("case")).toInteger(), c.id);
}

TEST_F(LoanServiceTest, SettingUpIsForTheZoneManagerOnAnApprovedLoanOnce)
{
    const qint64 id = delivery(100000);
    EXPECT_EQ(hub.loans.setUp(id, 3, today, annaUser).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.loans.setUp(id, 3, today, clerk).error().code, ErrorCode::Forbidden);
    for (const int bad : {0, 121}) {
        const auto refused = hub.loans.setUp(id, bad, today, manager);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("count"));
    }
    const auto early = hub.loans.setUp(id, 3, today.addDays(-61), manager);
    ASSERT_FALSE(early) << "before the decision";
    EXPECT_EQ(early.error().fields.first().field, QStringLiteral("firstDue"));
    EXPECT_FALSE(hub.loans.setUp(id, 3, today.addYears(2), manager));
    EXPECT_FALSE(hub.loans.setUp(delivery(2), 3, today, manager)) << "2 cents in 3 instalments";
    EXPECT_FALSE(hub.loans.setUp(delivery(5000, QStringLiteral("buoni_alimentari")), 3, today, manager))
        << "not a loan";
    EXPECT_FALSE(hub.loans.setUp(delivery(5000, QStringLiteral("prestito_onore"), false), 3, today, manager))
        << "not approved yet";
    EXPECT_EQ(count(QStringLiteral("loans")), 0);
    EXPECT_EQ(count(QStringLiteral("deadlines")), 0);

    ASSERT_TRUE(hub.loans.setUp(id, 3, today, manager));
    EXPECT_EQ(hub.loans.setUp(id, 4, today, manager).error().code, ErrorCode::Duplicate);
    EXPECT_EQ(count(QStringLiteral("loan_instalments")), 3);
}

TEST_F(LoanServiceTest, RepaymentsAreRecordedByTheOfficeAndNeverBeyondWhatIsOwed)
{
    const qint64 id = setUpLoan(today.addDays(5));
    EXPECT_EQ(hub.loans.recordRepayment(id, 1000, today, {}, annaUser).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.loans.recordRepayment(id, 0, today, {}, clerk).error().fields.first().field,
              QStringLiteral("amount"));
    EXPECT_EQ(hub.loans.recordRepayment(id, 1000, today.addDays(1), {}, clerk).error().fields.first().field,
              QStringLiteral("paidOn"));
    const qint64 audited = count(QStringLiteral("audit_log"));
    const auto beyond = hub.loans.recordRepayment(id, 100001, today, QStringLiteral("RIC-1"), clerk);
    ASSERT_FALSE(beyond);
    EXPECT_EQ(beyond.error().fields.first().field, QStringLiteral("amount"));
    EXPECT_TRUE(beyond.error().message.contains(QStringLiteral("1.000,00"))) << "says what is still owed";
    EXPECT_EQ(count(QStringLiteral("loan_repayments")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audited);

    const auto recorded = hub.loans.recordRepayment(id, 12050, today, QStringLiteral("RIC-1"), clerk);
    ASSERT_TRUE(recorded) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded.value().standing.outstandingCents, 87950);
    ASSERT_EQ(recorded.value().repayments.size(), 1);
    EXPECT_EQ(recorded.value().repayments.first().reference, QStringLiteral("RIC-1"));
    EXPECT_EQ(recorded.value().repayments.first().by, QStringLiteral("clerk"));
    const QJsonObject details =
        QJsonDocument::fromJson(
            one(QStringLiteral("SELECT details FROM audit_log WHERE action = 'loan_repayment'")).toUtf8())
            .object();
    EXPECT_EQ(details.value(QStringLiteral("amount_cents")).toInteger(), 12050);
    EXPECT_FALSE(QJsonDocument(details).toJson().contains("RIC-1")) << "no free text in the audit trail";

    EXPECT_EQ(hub.loans.standing(id, today, annaUser).value().standing.repaidCents, 12050);
    EXPECT_EQ(hub.loans.standing(id, today, marcoUser).error().code, ErrorCode::NotFound)
        << "another team's case";
    EXPECT_EQ(hub.loans.standing(id, today, educator).error().code, ErrorCode::Forbidden);
}

TEST_F(LoanServiceTest, TheDeadlineFollowsTheOldestUnpaidInstalment)
{
    const QDate first = today.addDays(-40);
    const qint64 id = setUpLoan(first);
    QList<Deadline> open = loanDeadlines();
    ASSERT_EQ(open.size(), 1) << "one open deadline per loan, however many instalments are late";
    const qint64 firstDeadline = open.first().id;
    EXPECT_EQ(open.first().dueOn, first);
    EXPECT_EQ(hub.deadlines.overdueCount(anna, annaUser).value(), 1);

    ASSERT_TRUE(hub.loans.recordRepayment(id, 20000, today, {}, clerk));
    open = loanDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().id, firstDeadline) << "a partial payment leaves the instalment due";

    const auto settled = hub.loans.recordRepayment(id, 13333, today, {}, clerk);
    ASSERT_TRUE(settled);
    open = loanDeadlines();
    ASSERT_EQ(open.size(), 1);
    EXPECT_NE(open.first().id, firstDeadline);
    EXPECT_EQ(open.first().dueOn, first.addMonths(1));
    EXPECT_TRUE(open.first().title.contains(QStringLiteral("instalment 2 of 3")));
    const QList<Deadline> all = loanDeadlines(false);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.last().state, DeadlineState::Done);
    EXPECT_EQ(all.last().id, firstDeadline);
    EXPECT_EQ(hub.deadlines.overdueCount(anna, annaUser).value(), first.addMonths(1) < today ? 1 : 0);

    const auto manual = hub.deadlines.complete(open.first().id, open.first().version, annaUser);
    ASSERT_FALSE(manual) << "the loan's deadline follows its repayments";
}

TEST_F(LoanServiceTest, FullRepaymentClosesTheLoanAndItsDeadline)
{
    const qint64 id = setUpLoan(today.addDays(-40));
    ASSERT_TRUE(hub.loans.recordRepayment(id, 50000, today.addDays(-3), {}, clerk));
    const auto last = hub.loans.recordRepayment(id, 50000, today, {}, clerk);
    ASSERT_TRUE(last) << last.error().message.toStdString();
    EXPECT_EQ(last.value().loan->status, LoanStatus::Repaid);
    EXPECT_EQ(last.value().loan->version, 2);
    EXPECT_TRUE(last.value().standing.settled());
    EXPECT_TRUE(loanDeadlines().isEmpty());
    for (const Deadline &d : loanDeadlines(false))
        EXPECT_EQ(d.state, DeadlineState::Done);
    EXPECT_EQ(one(QStringLiteral("SELECT status FROM loans WHERE delivery_id = %1").arg(id)),
              QStringLiteral("repaid"));
    EXPECT_FALSE(hub.loans.recordRepayment(id, 1, today, {}, clerk)) << "a repaid loan is closed";
    EXPECT_FALSE(hub.loans.writeOff(id, budgetLine(QStringLiteral("1101"), true, 100000),
                                    QStringLiteral("Trasferito all'estero"), today, manager));
}

TEST_F(LoanServiceTest, AWriteOffIsBorneByTheAssistanceLine)
{
    const qint64 id = setUpLoan(today.addDays(-40));
    ASSERT_TRUE(hub.loans.recordRepayment(id, 40000, today, {}, clerk));
    const qint64 line = budgetLine(QStringLiteral("1101"), true, 500000);
    ASSERT_EQ(hub.loans.assistanceLines(today.year(), manager).value().size(), 1);
    const BudgetFigures before = figures(line);

    const auto done =
        hub.loans.writeOff(id, line, QStringLiteral("Irreperibile da mesi, nessun reddito."), today, manager);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    const Loan &loan = *done.value().loan;
    EXPECT_EQ(loan.status, LoanStatus::WrittenOff);
    EXPECT_EQ(loan.writtenOffCents, 60000);
    EXPECT_EQ(loan.writtenOffOn, today);
    EXPECT_EQ(loan.writeOffLineId, line);
    const BudgetFigures after = figures(line);
    EXPECT_EQ(after.paidCents - before.paidCents, 60000);
    EXPECT_EQ(after.availableCents(), 440000);
    EXPECT_EQ(
        one(QStringLiteral("SELECT kind || ':' || amount_cents || ':' || delivery_id FROM budget_movements "
                           "WHERE kind = 'write_off'")),
        QStringLiteral("write_off:60000:%1").arg(id));
    EXPECT_TRUE(loanDeadlines().isEmpty());
    EXPECT_EQ(loanDeadlines(false).last().state, DeadlineState::Cancelled);
    const QString details = one(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'loan_written_off' AND entity_id = %1")
            .arg(id));
    EXPECT_TRUE(details.contains(QStringLiteral("60000")));
    EXPECT_FALSE(details.contains(QStringLiteral("Irreperibile")))
        << "the reason stays out of the audit trail";
    EXPECT_FALSE(hub.loans.recordRepayment(id, 100, today, {}, clerk)) << "a written-off loan is closed";
}

TEST_F(LoanServiceTest, AWriteOffIsRefusedWithoutAnAssistanceLineThatCanBearIt)
{
    const qint64 id = setUpLoan(today.addDays(-40));
    const QString reason = QStringLiteral("Irreperibile da mesi, nessun reddito.");
    const qint64 ordinary = budgetLine(QStringLiteral("1200"), false, 500000);
    const qint64 poor = budgetLine(QStringLiteral("1101"), true, 10000);
    const auto snapshot = [&] {
        return QStringList{QString::number(count(QStringLiteral("budget_movements"))),
                           one(QStringLiteral("SELECT status || version FROM loans")),
                           QString::number(count(QStringLiteral("audit_log")))};
    };
    const QStringList before = snapshot();

    EXPECT_EQ(hub.loans.writeOff(id, poor, reason, today, annaUser).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(hub.loans.writeOff(id, poor, reason, today, clerk).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(
        hub.loans.writeOff(id, poor, QStringLiteral("Nessuno"), today, manager).error().fields.first().field,
        QStringLiteral("reason"));
    EXPECT_EQ(hub.loans.writeOff(id, poor, reason, today.addDays(-61), manager).error().fields.first().field,
              QStringLiteral("asOf"))
        << "before the decision";
    EXPECT_EQ(hub.loans.writeOff(id, poor, reason, today.addDays(1), manager).error().fields.first().field,
              QStringLiteral("asOf"));
    const auto notAssistance = hub.loans.writeOff(id, ordinary, reason, today, manager);
    ASSERT_FALSE(notAssistance);
    EXPECT_EQ(notAssistance.error().fields.first().field, QStringLiteral("line"));
    const auto lacking = hub.loans.writeOff(id, poor, reason, today, manager);
    ASSERT_FALSE(lacking);
    EXPECT_TRUE(lacking.error().message.contains(QStringLiteral("900,00")))
        << lacking.error().message.toStdString();
    EXPECT_TRUE(lacking.error().message.contains(QStringLiteral("override")));
    EXPECT_EQ(snapshot(), before) << "nothing written";

    ASSERT_TRUE(hub.budget.authoriseOverspend(poor, 90000, today, QStringLiteral("Delibera di giunta n. 12"),
                                              manager));
    const auto done = hub.loans.writeOff(id, poor, reason, today, manager);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(figures(poor).spendableCents(), 0);
}

TEST_F(LoanServiceTest, ReassigningTheCaseGivesTheLoanDeadlineToTheNewWorker)
{
    setUpLoan(today.addDays(10));
    ASSERT_TRUE(hub.cases.reassign(c.id, c.stamp.version, marco, {}, system));
    EXPECT_EQ(loanDeadlines().first().ownerWorkerId, marco);
}
