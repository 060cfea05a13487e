// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlrow.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace cartella::repository::sql {

namespace {

// Column names are SQL identifiers: ASCII, compared without case (PostgreSQL folds unquoted names to lower
// case).
std::string lowerAscii(const QString &name)
{
    std::string out;
    out.reserve(size_t(name.size()));
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        out.push_back(u >= u'A' && u <= u'Z' ? char(u - u'A' + 'a') : char(u));
    }
    return out;
}

} // namespace

Row::Row(const QSqlQuery &query) : m_query(&query)
{
    const QSqlRecord record = query.record();
    m_columns.reserve(size_t(record.count()));
    for (int i = 0; i < record.count(); ++i)
        m_columns.push_back({lowerAscii(record.fieldName(i)), i});
    std::sort(m_columns.begin(), m_columns.end(),
              [](const Column &a, const Column &b) { return a.name < b.name; });
    for (size_t i = 1; i < m_columns.size(); ++i) {
        if (m_columns[i].name == m_columns[i - 1].name)
            m_columns[i].index = m_columns[i - 1].index = -1;
    }
}

int Row::indexOf(std::string_view column) const
{
    const auto it = std::lower_bound(m_columns.cbegin(), m_columns.cend(), column,
                                     [](const Column &c, std::string_view name) { return c.name < name; });
    if (it != m_columns.cend() && it->name == column && it->index >= 0)
        return it->index;
    const bool twice = it != m_columns.cend() && it->name == column;
    spdlog::error("the query {} column {}", twice ? "returns more than one" : "has no", column);
    Q_ASSERT_X(false, "sql::Row", "a column the query does not return, or returns twice");
    return -1;
}

QVariant Row::value(std::string_view column) const
{
    const int index = indexOf(column);
    return index < 0 ? QVariant() : m_query->value(index);
}

std::optional<qint64> Row::optionalId(std::string_view column) const
{
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QDate Row::date(std::string_view column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Row::instant(std::string_view column) const
{
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

domain::RecordStamp Row::stamp() const
{
    return {instant("created_at"), text("created_by"), instant("updated_at"), text("updated_by"),
            integer("version")};
}

} // namespace cartella::repository::sql
