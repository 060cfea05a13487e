// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/loan.h"

#include <optional>

namespace cartella::domain {

// Storage of honour loans: the loan, its plan and its repayments. Runs inside the caller's transaction.
class LoanRepository
{
public:
    virtual ~LoanRepository() = default;

    // The delivery with its catalogue kind, Comune share and the case's responsible worker.
    virtual Result<std::optional<LoanDelivery>> findDelivery(qint64 deliveryId) = 0;
    virtual Result<std::optional<Loan>> findLoan(qint64 deliveryId) = 0;
    // The loan at version 1 with its whole plan.
    virtual Status insertLoan(qint64 deliveryId, qint64 principalCents, const QList<Instalment> &plan,
                              const QString &userName) = 0;
    virtual Result<QList<Instalment>> instalments(qint64 deliveryId) = 0;
    // Oldest first (by payment date, then as recorded).
    virtual Result<QList<LoanRepayment>> repayments(qint64 deliveryId) = 0;
    virtual Result<qint64> insertRepayment(qint64 deliveryId, const LoanRepayment &repayment,
                                           const QString &userName) = 0;
    // Closes an open loan as repaid; refuses a stale version.
    virtual Status markRepaid(qint64 deliveryId, int expectedVersion) = 0;
    // Closes an open loan as written off, recording the amount, the day, the reason and the line; refuses a
    // stale version.
    virtual Status markWrittenOff(qint64 deliveryId, int expectedVersion, qint64 amountCents, QDate on,
                                  const QString &reason, qint64 lineId) = 0;
};

} // namespace cartella::domain
