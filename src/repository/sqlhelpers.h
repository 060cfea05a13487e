#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small conversions every SQLite repository needs: text columns, ISO dates and UTC instants.
namespace cartella::repository::sql {

// QtSql binds a null QString as NULL; NOT NULL text columns get "" instead.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime instant(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

inline QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// An optional date column: NULL for an invalid date.
inline QVariant optionalDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Prepares, binds positionally and runs; the caller reads the rows.
inline bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// The condition that case `c` is visible to a worker: responsible for it or on its team (two binds: the id).
inline const QString &caseVisibleToWorker()
{
    static const QString sql = QStringLiteral(
        "(c.responsible_worker_id = ? OR EXISTS (SELECT 1 FROM case_team vt WHERE vt.case_id = c.id AND "
        "vt.worker_id = ?))");
    return sql;
}

} // namespace cartella::repository::sql
