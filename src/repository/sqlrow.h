// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"
#include "domain/kernel/vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QSqlQuery;

namespace cartella::repository::sql {

// The current row of an executed query, read by column name. The names come from the query's record once,
// when the Row is made (after exec, before or after next); make one per query and read every row through it,
// not one per row. A name is the column's name or its alias, in lower case (`AS overdue_count`); the table
// prefix is not part of it. A name the query does not return, or returns twice, is a mistake in the code: it
// fails an assertion in a debug build and is logged and read as NULL otherwise. Nothing here depends on the
// SQL engine.
class Row final
{
public:
    explicit Row(const QSqlQuery &query);

    QVariant value(std::string_view column) const;
    bool isNull(std::string_view column) const { return value(column).isNull(); }

    QString text(std::string_view column) const { return value(column).toString(); }
    int integer(std::string_view column) const { return value(column).toInt(); }
    qint64 number(std::string_view column) const { return value(column).toLongLong(); } // a count, a size
    bool flag(std::string_view column) const { return value(column).toBool(); }
    QByteArray bytes(std::string_view column) const { return value(column).toByteArray(); }

    // Ids and integer cents: 0 for NULL, or no value for the optional ones.
    qint64 id(std::string_view column) const { return value(column).toLongLong(); }
    std::optional<qint64> optionalId(std::string_view column) const;
    qint64 cents(std::string_view column) const { return value(column).toLongLong(); }
    std::optional<qint64> optionalCents(std::string_view column) const { return optionalId(column); }

    // An ISO-8601 date (YYYY-MM-DD) or UTC instant; invalid for NULL.
    QDate date(std::string_view column) const;
    QDateTime instant(std::string_view column) const;

    // A code of one of the domain's vocabularies (domain::Vocabulary<E>).
    template <typename E> E code(std::string_view column) const
    {
        return domain::Vocabulary<E>::fromCode(text(column));
    }

    // The record stamp: created_at, created_by, updated_at, updated_by, version.
    domain::RecordStamp stamp() const;

private:
    int indexOf(std::string_view column) const;

    struct Column
    {
        std::string name; // lower case
        int index;        // -1 when the query returns the name more than once
    };
    const QSqlQuery *m_query;
    std::vector<Column> m_columns; // sorted by name
};

} // namespace cartella::repository::sql
