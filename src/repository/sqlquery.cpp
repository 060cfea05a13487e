// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlquery.h"

#include "repository/database.h"

#include <optional>

namespace cartella::repository::sql {

Query::Query(const Database &db) : QSqlQuery(db.connection()), m_db(db)
{}

Query::~Query()
{
    giveBack();
}

void Query::giveBack()
{
    if (m_held.isEmpty())
        return;
    // Only a statement that still holds the text it was prepared for goes back: a prepare() or exec(text)
    // through QSqlQuery has put another in its place.
    if (lastQuery() == m_held) {
        finish(); // reset: a statement waiting in the cache holds no read lock
        m_db.keepStatement(m_held, std::move(static_cast<QSqlQuery &>(*this)));
    }
    m_held.clear();
    QSqlQuery::operator=(QSqlQuery(m_db.connection()));
}

bool Query::run(const QString &sql, const QVariantList &values)
{
    const bool forwardOnly = isForwardOnly();
    giveBack();
    if (std::optional<QSqlQuery> cached = m_db.takeStatement(sql)) {
        QSqlQuery::operator=(std::move(*cached));
    } else {
        setForwardOnly(forwardOnly);
        if (!prepare(sql))
            return false;
    }
    setForwardOnly(forwardOnly);
    m_held = sql;
    for (qsizetype i = 0; i < values.size(); ++i)
        bindValue(int(i), values.at(i));
    return exec();
}

} // namespace cartella::repository::sql
