// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cartella::domain {

// The arithmetic of an honour loan (prestito sull'onore): its plan and where it stands on a day. Pure
// functions over integer cents: no storage, no floating point.

// One instalment of the agreed plan (rata).
struct Instalment
{
    int number = 0; // 1, 2, ...
    QDate dueOn;
    qint64 amountCents = 0;

    friend bool operator==(const Instalment &, const Instalment &) = default;
};

// Money coming back: a repayment as recorded (versamento).
struct LoanRepayment
{
    qint64 id = 0;
    QDate paidOn;
    qint64 amountCents = 0;
    QString reference; // the receipt or transfer reference
    QDateTime at;      // UTC, when it was recorded
    QString by;
};

// One instalment as of a day.
struct InstalmentStanding
{
    Instalment instalment;
    qint64 paidCents = 0; // what the repayments up to the day covered of it
    QDate settledOn;      // the day the repayment that completed it was made; invalid while not fully paid
    bool overdue = false; // due before the day and not fully paid by then
    int daysLate = 0;     // settled: days from due to settled (0 if on time); unpaid and overdue: to the day

    qint64 unpaidCents() const { return instalment.amountCents - paidCents; }
    bool paid() const { return paidCents >= instalment.amountCents; }
    bool partlyPaid() const { return paidCents > 0 && !paid(); }
};

// A loan as of a day: each instalment, and the totals.
struct LoanStanding
{
    QDate asOf;
    QList<InstalmentStanding> instalments;
    qint64 planCents = 0;        // the sum of the instalments: the principal
    qint64 repaidCents = 0;      // every repayment made up to the day, overpayment included
    qint64 outstandingCents = 0; // what is still to be repaid
    qint64 arrearsCents = 0;     // the unpaid part of the overdue instalments
    int overdueCount = 0;
    qint64 overpaidCents = 0; // repaid beyond the plan: reported, never lost
    // The oldest instalment not fully paid (what is due next), -1 when none: an index into `instalments`.
    int nextIndex = -1;

    bool settled() const { return !instalments.isEmpty() && outstandingCents == 0; }
    const InstalmentStanding *next() const { return nextIndex >= 0 ? &instalments.at(nextIndex) : nullptr; }
};

// The plan: `count` equal instalments of floor(principal / count) cents, the last one absorbing the rounding,
// due monthly from `firstDue` (the n-th is firstDue.addMonths(n - 1), so 31 January gives 28 or 29 February,
// then 31 March). Empty when the principal is not positive, the count is below one, the principal cannot give
// every instalment at least one cent, or `firstDue` is invalid.
QList<Instalment> loanSchedule(qint64 principalCents, int count, QDate firstDue);

// Where the loan stands on `asOf`: the repayments made up to that day, in date order (same-day ones in the
// order given), each paying the oldest instalment not yet fully paid; partial payments carry over to the next
// instalment, and what goes beyond the plan is reported as overpaid.
LoanStanding loanStanding(const QList<Instalment> &instalments, const QList<LoanRepayment> &repayments,
                          QDate asOf);

} // namespace cartella::domain
