// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casescope.h"
#include "domain/casework/casework.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// Small conversions every repository needs to bind values: text columns, ISO dates and UTC instants; rows are
// read through sql::Row (sqlrow.h).
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

// The conditions that case `c` is visible (see domain::CaseScope), appended with their values; none when the
// visibility is the whole zone. Returns whether anything was appended.
inline bool appendVisibility(const domain::CaseVisibility &v, QStringList &clauses, QVariantList &values)
{
    const qsizetype before = clauses.size();
    if (v.nobody)
        clauses << QStringLiteral("0");
    if (v.worker) {
        clauses << QStringLiteral(
            "(c.responsible_worker_id = ? OR EXISTS (SELECT 1 FROM case_team vt WHERE vt.case_id = c.id AND "
            "vt.worker_id = ?))");
        values << *v.worker << *v.worker;
    }
    if (!v.municipalities.isEmpty()) {
        clauses << QStringLiteral("c.municipality_code IN (%1)")
                       .arg(QStringList(v.municipalities.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &code : v.municipalities)
            values << code;
    }
    if (v.hideRestricted)
        clauses << QStringLiteral("c.restricted = 0");
    return clauses.size() > before;
}

} // namespace cartella::repository::sql
