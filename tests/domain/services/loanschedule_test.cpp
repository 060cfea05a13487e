// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/loanschedule.h"

#include <gtest/gtest.h>

using namespace cartella::domain;

namespace {

LoanRepayment paid(QDate on, qint64 cents)
{
    LoanRepayment r;
    r.paidOn = on;
    r.amountCents = cents;
    return r;
}

qint64 total(const QList<Instalment> &plan)
{
    qint64 sum = 0;
    for (const Instalment &i : plan)
        sum += i.amountCents;
    return sum;
}

// 1000,00 € in three instalments from 15 January 2026.
const QList<Instalment> kThree = loanSchedule(100000, 3, QDate(2026, 1, 15));

} // namespace

TEST(LoanScheduleTest, EqualInstalmentsAndTheLastAbsorbsTheRounding)
{
    ASSERT_EQ(kThree.size(), 3);
    EXPECT_EQ(kThree.at(0), (Instalment{1, QDate(2026, 1, 15), 33333}));
    EXPECT_EQ(kThree.at(1), (Instalment{2, QDate(2026, 2, 15), 33333}));
    EXPECT_EQ(kThree.at(2), (Instalment{3, QDate(2026, 3, 15), 33334}));

    const QList<Instalment> seven = loanSchedule(10000, 7, QDate(2026, 1, 1)); // 100 € in 7
    ASSERT_EQ(seven.size(), 7);
    for (int n = 0; n < 6; ++n)
        EXPECT_EQ(seven.at(n).amountCents, 1428) << n;
    EXPECT_EQ(seven.last().amountCents, 1432);
    EXPECT_EQ(total(seven), 10000);

    const QList<Instalment> even = loanSchedule(120000, 12, QDate(2026, 1, 1));
    EXPECT_EQ(even.last().amountCents, 10000) << "nothing to absorb";
    EXPECT_EQ(total(loanSchedule(123456789, 120, QDate(2026, 1, 1))), 123456789);
}

TEST(LoanScheduleTest, OneCentEdges)
{
    EXPECT_EQ(loanSchedule(1, 1, QDate(2026, 1, 1)), (QList<Instalment>{{1, QDate(2026, 1, 1), 1}}));
    const QList<Instalment> two = loanSchedule(2, 2, QDate(2026, 1, 1));
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two.at(0).amountCents, 1);
    EXPECT_EQ(two.at(1).amountCents, 1);
    const QList<Instalment> three = loanSchedule(5, 3, QDate(2026, 1, 1));
    ASSERT_EQ(three.size(), 3);
    EXPECT_EQ(three.last().amountCents, 3) << "1 + 1 + 3";
    EXPECT_TRUE(loanSchedule(2, 3, QDate(2026, 1, 1)).isEmpty()) << "no instalment of zero cents";
    EXPECT_TRUE(loanSchedule(0, 1, QDate(2026, 1, 1)).isEmpty());
    EXPECT_TRUE(loanSchedule(100, 0, QDate(2026, 1, 1)).isEmpty());
    EXPECT_TRUE(loanSchedule(100, 1, QDate()).isEmpty());
}

TEST(LoanScheduleTest, MonthEndDatesAreTakenFromTheFirstEachTime)
{
    const QList<Instalment> plan = loanSchedule(40000, 4, QDate(2026, 1, 31));
    EXPECT_EQ(plan.at(1).dueOn, QDate(2026, 2, 28));
    EXPECT_EQ(plan.at(2).dueOn, QDate(2026, 3, 31)) << "not the 28th: not chained";
    EXPECT_EQ(plan.at(3).dueOn, QDate(2026, 4, 30));
    const QList<Instalment> leap = loanSchedule(20000, 2, QDate(2028, 1, 31));
    EXPECT_EQ(leap.at(1).dueOn, QDate(2028, 2, 29));
    const QList<Instalment> yearEnd = loanSchedule(30000, 3, QDate(2026, 11, 30));
    EXPECT_EQ(yearEnd.at(1).dueOn, QDate(2026, 12, 30));
    EXPECT_EQ(yearEnd.at(2).dueOn, QDate(2027, 1, 30));
}

TEST(LoanScheduleTest, NothingRepaid)
{
    const LoanStanding before = loanStanding(kThree, {}, QDate(2026, 1, 10));
    EXPECT_EQ(before.planCents, 100000);
    EXPECT_EQ(before.outstandingCents, 100000);
    EXPECT_EQ(before.arrearsCents, 0);
    EXPECT_EQ(before.overdueCount, 0);
    ASSERT_NE(before.next(), nullptr);
    EXPECT_EQ(before.next()->instalment.number, 1);

    const LoanStanding dueDay = loanStanding(kThree, {}, QDate(2026, 1, 15));
    EXPECT_EQ(dueDay.overdueCount, 0) << "due today is not yet overdue";

    const LoanStanding late = loanStanding(kThree, {}, QDate(2026, 2, 20));
    EXPECT_EQ(late.overdueCount, 2);
    EXPECT_EQ(late.arrearsCents, 66666);
    EXPECT_EQ(late.instalments.at(0).daysLate, 36);
    EXPECT_EQ(late.instalments.at(1).daysLate, 5);
    EXPECT_FALSE(late.instalments.at(2).overdue);
    EXPECT_EQ(late.instalments.at(2).daysLate, 0);
}

TEST(LoanScheduleTest, APartialPaymentCarriesOverToTheNextInstalment)
{
    const QList<LoanRepayment> made{paid(QDate(2026, 1, 10), 20000), paid(QDate(2026, 2, 10), 20000)};
    const LoanStanding s = loanStanding(kThree, made, QDate(2026, 2, 12));
    EXPECT_EQ(s.repaidCents, 40000);
    EXPECT_EQ(s.instalments.at(0).paidCents, 33333);
    EXPECT_EQ(s.instalments.at(0).settledOn, QDate(2026, 2, 10)) << "the second repayment completed it";
    EXPECT_EQ(s.instalments.at(0).daysLate, 26) << "completed 26 days after 15 January";
    EXPECT_EQ(s.instalments.at(1).paidCents, 6667);
    EXPECT_TRUE(s.instalments.at(1).partlyPaid());
    EXPECT_FALSE(s.instalments.at(1).settledOn.isValid());
    EXPECT_EQ(s.outstandingCents, 60000);
    EXPECT_EQ(s.arrearsCents, 0);
    ASSERT_NE(s.next(), nullptr);
    EXPECT_EQ(s.next()->instalment.number, 2);
    EXPECT_EQ(s.next()->unpaidCents(), 26666);

    // A month on, the partly paid instalment is overdue for what it still lacks.
    const LoanStanding later = loanStanding(kThree, made, QDate(2026, 3, 1));
    EXPECT_TRUE(later.instalments.at(1).overdue);
    EXPECT_EQ(later.arrearsCents, 26666);
    EXPECT_EQ(later.overdueCount, 1);
}

TEST(LoanScheduleTest, OneRepaymentMaySettleSeveralInstalments)
{
    const LoanStanding s = loanStanding(kThree, {paid(QDate(2026, 2, 1), 70000)}, QDate(2026, 2, 1));
    EXPECT_TRUE(s.instalments.at(0).paid());
    EXPECT_TRUE(s.instalments.at(1).paid());
    EXPECT_EQ(s.instalments.at(1).settledOn, QDate(2026, 2, 1));
    EXPECT_EQ(s.instalments.at(2).paidCents, 3334);
    EXPECT_EQ(s.instalments.at(0).daysLate, 17) << "paid on 1 February, due on 15 January";
    EXPECT_EQ(s.outstandingCents, 30000);
}

TEST(LoanScheduleTest, LatePaymentsCountTheirDays)
{
    const QList<LoanRepayment> made{paid(QDate(2026, 2, 4), 33333), paid(QDate(2026, 3, 20), 33333)};
    const LoanStanding s = loanStanding(kThree, made, QDate(2026, 3, 20));
    EXPECT_EQ(s.instalments.at(0).daysLate, 20);
    EXPECT_EQ(s.instalments.at(1).daysLate, 33);
    EXPECT_TRUE(s.instalments.at(2).overdue) << "due on 15 March";
    EXPECT_EQ(s.instalments.at(2).daysLate, 5);
    EXPECT_EQ(s.arrearsCents, 33334);
}

TEST(LoanScheduleTest, RepaymentsCountInDateOrderAndOnlyUpToTheDay)
{
    // Recorded out of order: the earlier one pays the oldest instalment first all the same.
    const QList<LoanRepayment> made{paid(QDate(2026, 3, 1), 33333), paid(QDate(2026, 1, 14), 10000)};
    const LoanStanding s = loanStanding(kThree, made, QDate(2026, 3, 1));
    EXPECT_EQ(s.instalments.at(0).settledOn, QDate(2026, 3, 1));
    EXPECT_EQ(s.instalments.at(1).paidCents, 10000);

    const LoanStanding asOfFebruary = loanStanding(kThree, made, QDate(2026, 2, 1));
    EXPECT_EQ(asOfFebruary.repaidCents, 10000) << "the March repayment had not been made yet";
    EXPECT_EQ(asOfFebruary.arrearsCents, 23333);
}

TEST(LoanScheduleTest, AnOverpaymentIsReportedNotLost)
{
    const LoanStanding s = loanStanding(
        kThree, {paid(QDate(2026, 1, 1), 100000), paid(QDate(2026, 1, 2), 250)}, QDate(2026, 6, 1));
    EXPECT_TRUE(s.settled());
    EXPECT_EQ(s.outstandingCents, 0);
    EXPECT_EQ(s.repaidCents, 100250);
    EXPECT_EQ(s.overpaidCents, 250);
    EXPECT_EQ(s.next(), nullptr);
    EXPECT_EQ(s.overdueCount, 0);
}
