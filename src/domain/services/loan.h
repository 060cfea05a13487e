// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/loanschedule.h"
#include "domain/services/services.h"

#include <optional>

namespace cartella::domain {

enum class LoanStatus
{
    Open,       // being repaid
    Repaid,     // fully repaid
    WrittenOff, // the remainder was written off against an assistance budget line
};

// An honour loan (prestito sull'onore): the delivery of a catalogue entry of kind loan, whose Comune share is
// the principal. Zero interest; the plan is fixed when the loan is set up.
struct Loan
{
    qint64 deliveryId = 0;
    qint64 principalCents = 0;
    LoanStatus status = LoanStatus::Open;
    qint64 writtenOffCents = 0;
    QDate writtenOffOn;
    QString writeOffReason;
    qint64 writeOffLineId = 0; // 0 when not written off
    QDateTime createdAt;
    QString createdBy;
    int version = 0;

    bool open() const { return status == LoanStatus::Open; }
};

// The delivery a loan belongs to, with what the loan service needs of it and of its case.
struct LoanDelivery
{
    qint64 deliveryId = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    ServiceKind kind = ServiceKind::Service;
    DeliveryStatus status = DeliveryStatus::Requested;
    qint64 comuneShareCents = 0; // the principal of a loan
    QDate requestedOn;
    QDate decidedOn; // invalid until decided
    qint64 responsibleWorkerId = 0;
    QString caseNumber;  // "2026/0042"
    QString personName;  // surname and given name
    QString serviceName; // the catalogue entry's name
};

// Everything the loan screen shows: the delivery, the loan (none before its plan is set up), the plan, the
// repayments (oldest first) and where it stands.
struct LoanView
{
    LoanDelivery delivery;
    std::optional<Loan> loan;
    QList<Instalment> plan;
    QList<LoanRepayment> repayments;
    LoanStanding standing;
};

} // namespace cartella::domain
