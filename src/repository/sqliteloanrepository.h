// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/loanrepository.h"
#include "repository/database.h"

namespace cartella::repository {

// Honour loans in the tables of migration 0011: loans, loan_instalments, loan_repayments.
class SqliteLoanRepository final : public domain::LoanRepository
{
public:
    explicit SqliteLoanRepository(Database &db) : m_db(db) {}

    domain::Result<std::optional<domain::LoanDelivery>> findDelivery(qint64 deliveryId) override;
    domain::Result<std::optional<domain::Loan>> findLoan(qint64 deliveryId) override;
    domain::Status insertLoan(qint64 deliveryId, qint64 principalCents, const QList<domain::Instalment> &plan,
                              const QString &userName) override;
    domain::Result<QList<domain::Instalment>> instalments(qint64 deliveryId) override;
    domain::Result<QList<domain::LoanRepayment>> repayments(qint64 deliveryId) override;
    domain::Result<qint64> insertRepayment(qint64 deliveryId, const domain::LoanRepayment &repayment,
                                           const QString &userName) override;
    domain::Status markRepaid(qint64 deliveryId, int expectedVersion) override;
    domain::Status markWrittenOff(qint64 deliveryId, int expectedVersion, qint64 amountCents, QDate on,
                                  const QString &reason, qint64 lineId) override;

private:
    Database &m_db;
};

} // namespace cartella::repository
