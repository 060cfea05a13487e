// SPDX-License-Identifier: EUPL-1.2
#include "repository/officesettings.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QSqlQuery>

namespace cartella::repository {

using namespace cartella::repository::sql;

domain::Result<QString> readOfficeSetting(const Database &db, const QString &key)
{
    sql::Query q(db);
    if (!run(q, QStringLiteral("SELECT value FROM office_settings WHERE key = ?"), {key}))
        return queryError(q);
    return q.next() ? Row(q).text("value") : QString();
}

domain::Status writeOfficeSetting(const Database &db, const QString &key, const QString &value,
                                  const QString &userName)
{
    sql::Query q(db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO office_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
             {key, value, nowUtc(), userName}))
        return queryError(q);
    return domain::ok();
}

} // namespace cartella::repository
