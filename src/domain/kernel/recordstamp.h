// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

namespace cartella::domain {

// Who changed a record and when (UTC).
struct RecordStamp
{
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0; // optimistic concurrency: a save must name the version it read
};

} // namespace cartella::domain
