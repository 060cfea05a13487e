// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace cartella::repository {
class Database;
}

namespace cartella::repository::sql {

// A query of one Database whose statements, when run through `run`, are prepared once per connection and
// reused: parsing a statement cost about a third of the demo's and the services' time. The statement is
// taken out of the connection's cache while this query holds it and given back, reset, when the query runs
// another statement or ends; so a nested use of the same text (a loop that runs it again) prepares its own
// and nothing is ever run twice at once. Everything else is a QSqlQuery.
class Query final : public QSqlQuery
{
public:
    explicit Query(const Database &db);
    ~Query();
    Q_DISABLE_COPY_MOVE(Query)

    // Prepares `sql` (or takes it prepared), binds `values` positionally and runs it.
    bool run(const QString &sql, const QVariantList &values);

private:
    void giveBack();

    const Database &m_db;
    QString m_held; // the text of the statement taken from the cache, if any
};

// `run(q, sql, values)` on a Query uses the cache (the QSqlQuery overload in sqlhelpers.h prepares anew).
inline bool run(Query &q, const QString &sql, const QVariantList &values)
{
    return q.run(sql, values);
}

} // namespace cartella::repository::sql
