// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlerror.h"

#include "repository/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cartella::repository {

domain::Error sql::queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The data could not be read or written."), q.lastError().text());
}

} // namespace cartella::repository
