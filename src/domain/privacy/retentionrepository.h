// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace cartella::domain {

// What a retention run covers: the cases closed before the date and not anonymised yet, and the persons of
// those cases who appear in nothing newer (no open case, no case closed on or after the date, no intake
// contact on or after the date). Ids and case numbers only.
struct RetentionSelection
{
    QList<qint64> caseIds;
    QStringList caseNumbers;
    QList<qint64> personIds;
};

// The storage side of retention: finding what qualifies and anonymising it. Runs inside the caller's
// transaction.
class RetentionRepository
{
public:
    virtual ~RetentionRepository() = default;

    virtual Result<RetentionSelection> select(const QDate &closedBefore) = 0;
    // Records the run and anonymises everything in `selection`; returns the run id.
    virtual Result<qint64> anonymise(const RetentionSelection &selection, const QDate &closedBefore,
                                     const QString &by, const QDateTime &at) = 0;
};

} // namespace cartella::domain
