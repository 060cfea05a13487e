#include "officesettings.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cartella::repository {

using namespace cartella::repository::sql;

namespace {

domain::Error failed(const QSqlQuery &q)
{
    return Database::storageError(
        QCoreApplication::translate("OfficeSettings", "The office settings could not be read or written."),
        q.lastError().text());
}

} // namespace

domain::Result<QString> readOfficeSetting(const Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    if (!run(q, QStringLiteral("SELECT value FROM office_settings WHERE key = ?"), {key}))
        return failed(q);
    return q.next() ? q.value(0).toString() : QString();
}

domain::Status writeOfficeSetting(const Database &db, const QString &key, const QString &value,
                                  const QString &userName)
{
    QSqlQuery q(db.connection());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO office_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
             {key, value, nowUtc(), userName}))
        return failed(q);
    return domain::ok();
}

} // namespace cartella::repository
