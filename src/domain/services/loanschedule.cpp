// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/loanschedule.h"

#include <algorithm>
#include <numeric>

namespace cartella::domain {

QList<Instalment> loanSchedule(qint64 principalCents, int count, QDate firstDue)
{
    if (principalCents <= 0 || count < 1 || principalCents < count || !firstDue.isValid())
        return {};
    const qint64 each = principalCents / count;
    QList<Instalment> plan;
    plan.reserve(count);
    for (int n = 1; n <= count; ++n) {
        // From the first date each time: chaining addMonths would let 31 January drift to the 28th for good.
        const qint64 amount = n < count ? each : principalCents - each * (count - 1);
        plan.append({n, firstDue.addMonths(n - 1), amount});
    }
    return plan;
}

LoanStanding loanStanding(const QList<Instalment> &instalments, const QList<LoanRepayment> &repayments,
                          QDate asOf)
{
    LoanStanding s;
    s.asOf = asOf;
    s.instalments.reserve(instalments.size());
    for (const Instalment &i : instalments) {
        s.instalments.append({i, 0, {}, false, 0});
        s.planCents += i.amountCents;
    }
    std::stable_sort(s.instalments.begin(), s.instalments.end(),
                     [](const InstalmentStanding &a, const InstalmentStanding &b) {
                         return a.instalment.dueOn < b.instalment.dueOn ||
                                (a.instalment.dueOn == b.instalment.dueOn &&
                                 a.instalment.number < b.instalment.number);
                     });

    QList<LoanRepayment> made;
    for (const LoanRepayment &r : repayments) {
        if (r.amountCents > 0 && r.paidOn.isValid() && r.paidOn <= asOf)
            made.append(r);
    }
    std::stable_sort(made.begin(), made.end(),
                     [](const LoanRepayment &a, const LoanRepayment &b) { return a.paidOn < b.paidOn; });

    qsizetype oldest = 0; // the oldest instalment not fully paid
    for (const LoanRepayment &r : made) {
        s.repaidCents += r.amountCents;
        qint64 left = r.amountCents;
        while (left > 0 && oldest < s.instalments.size()) {
            InstalmentStanding &i = s.instalments[oldest];
            const qint64 taken = std::min(left, i.unpaidCents());
            i.paidCents += taken;
            left -= taken;
            if (i.paid()) {
                i.settledOn = r.paidOn;
                ++oldest;
            }
        }
        s.overpaidCents += left;
    }

    for (qsizetype n = 0; n < s.instalments.size(); ++n) {
        InstalmentStanding &i = s.instalments[n];
        s.outstandingCents += i.unpaidCents();
        if (i.paid()) {
            i.daysLate = int(std::max<qint64>(0, i.instalment.dueOn.daysTo(i.settledOn)));
            continue;
        }
        if (s.nextIndex < 0)
            s.nextIndex = int(n);
        if (i.instalment.dueOn < asOf) {
            i.overdue = true;
            i.daysLate = int(i.instalment.dueOn.daysTo(asOf));
            s.arrearsCents += i.unpaidCents();
            ++s.overdueCount;
        }
    }
    return s;
}

} // namespace cartella::domain
