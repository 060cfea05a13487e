// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cartella::domain {

// A budget line (capitolo del PEG) for one year. Its amounts are the sum of its movements.
struct BudgetLine
{
    qint64 id = 0;
    int year = 0;
    QString code; // the capitolo number
    QString name;
    bool assistance = false; // bears the written-off remainder of honour loans
};

// The kinds of movement on a line (see migrations/0011_services_and_money.sql for the sign of each).
enum class MovementKind
{
    Allocation, // +/- the yearly allocation
    Commitment, // impegno for an approved benefit
    Payment,    // liquidazione out of a commitment
    Release,    // a commitment given back
    Override,   // a zone manager's authorisation to spend beyond the allocation
    WriteOff,   // an honour loan's unrecovered remainder
};

struct BudgetMovement
{
    qint64 id = 0;
    qint64 lineId = 0;
    MovementKind kind = MovementKind::Allocation;
    qint64 amountCents = 0; // > 0, but an allocation variation may be negative
    qint64 deliveryId = 0;  // 0 when none
    QDate onDate;
    QString period; // YYYY-MM of a monthly payment
    QString reference;
    QString reason;
    QDateTime at; // UTC
    QString by;
};

// A line's figures, always derived from its movements:
//   committed = commitments - payments - releases  (set aside, not yet paid)
//   paid      = payments + write-offs
//   available = allocation - committed - paid
// and the invariant the domain keeps: available >= -overridden.
struct BudgetFigures
{
    qint64 allocationCents = 0;
    qint64 committedCents = 0;
    qint64 paidCents = 0;
    qint64 overriddenCents = 0;

    qint64 availableCents() const { return allocationCents - committedCents - paidCents; }
    // What may still be committed: the available amount plus the authorised overspend.
    qint64 spendableCents() const { return availableCents() + overriddenCents; }
};

// A delivery's own money on its line.
struct DeliveryMoney
{
    qint64 committedCents = 0; // all commitments
    qint64 paidCents = 0;
    qint64 releasedCents = 0;
    qint64 outstandingCents() const { return committedCents - paidCents - releasedCents; }
};

} // namespace cartella::domain
