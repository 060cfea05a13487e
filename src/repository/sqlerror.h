// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QCoreApplication>

class QSqlQuery;

namespace cartella::repository {

// The translation context of the repository layer's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

namespace sql {

// A statement that failed: the user reads one translated message, the same in every repository; the first
// line of the driver's reason (tables and constraints, never values) is logged and added as the technical
// detail (Database::storageError).
domain::Error queryError(const QSqlQuery &q);

} // namespace sql

} // namespace cartella::repository
