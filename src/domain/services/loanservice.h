// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanrepository.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"
#include "domain/services/budgetrepository.h"
#include "domain/services/loanrepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// Honour loans (prestiti sull'onore): the repayment plan of an approved loan, the repayments as they come,
// and, when repayment proves impossible, the write-off of the remainder against an assistance budget line.
// The oldest instalment not yet paid is always one open deadline of the case's responsible worker (source
// "loan", the delivery's id), so that an instalment past its date is an overdue deadline like any other.
// Every change is audited with ids, counts, cents and dates only.
class LoanService
{
    Q_DECLARE_TR_FUNCTIONS(LoanService)

public:
    static constexpr int kMaxInstalments = 120;
    static constexpr int kMinReasonLength = 10;
    // How far ahead of today the first instalment may fall.
    static constexpr int kMaxMonthsToFirstInstalment = 12;

    LoanService(LoanRepository &loans, BudgetRepository &budget, DeadlineRepository &deadlines,
                CaseService &cases, TransactionProvider &transactions, Auditor &audit);

    // The plan of an approved (or active) loan: `instalmentCount` monthly instalments from `firstDueOn`, the
    // principal being the delivery's Comune share. Once only; by who approves aid.
    Result<LoanView> setUp(qint64 deliveryId, int instalmentCount, const QDate &firstDueOn,
                           const Actor &actor);
    // Money coming back, partial or late as it may be, never beyond what is still owed nor in the future. The
    // last one closes the loan as repaid.
    Result<LoanView> recordRepayment(qint64 deliveryId, qint64 amountCents, const QDate &paidOn,
                                     const QString &reference, const Actor &actor);
    // Writes off what is still owed against an assistance line of `asOf`'s year, with the reason (a
    // 'write_off' budget movement), and closes the loan. Refused when the line cannot bear it without an
    // override.
    Result<LoanView> writeOff(qint64 deliveryId, qint64 budgetLineId, const QString &reason,
                              const QDate &asOf, const Actor &actor);
    // The loan as of `asOf` (today when invalid). The delivery need not have a plan yet.
    Result<LoanView> standing(qint64 deliveryId, const QDate &asOf, const Actor &actor);
    // The lines of a year that may bear a write-off, for who may write off.
    Result<QList<BudgetLine>> assistanceLines(int year, const Actor &actor);

    // The deadline's title for an instalment.
    static QString instalmentTitle(const Instalment &instalment, int count);

private:
    // The delivery, once its case is one the actor may change (`ofCase` receives it) and it is a loan.
    Result<LoanDelivery> deliveryForChange(qint64 deliveryId, const Actor &actor, Case *ofCase = nullptr);
    Result<Loan> openLoan(qint64 deliveryId);
    Result<LoanView> load(const LoanDelivery &delivery, const QDate &asOf);
    // Keeps the loan's one open deadline on its oldest unpaid instalment: the one it was on is completed when
    // the instalment is settled; a closed loan leaves none.
    Status syncDeadline(const LoanDelivery &delivery, const LoanView &view, const Actor &actor);

    LoanRepository &m_loans;
    BudgetRepository &m_budget;
    DeadlineRepository &m_deadlines;
    CaseService &m_cases;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
