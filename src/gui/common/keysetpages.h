// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QList>

#include <optional>

namespace cartella::gui {

// The rows a paged list model has loaded so far, and whether more exist. A page is asked for with one row
// more than it shows: that extra row only says that another page follows.
template <typename Row> class KeysetPages
{
public:
    static constexpr int kPageSize = 50;

    void clear()
    {
        m_rows.clear();
        m_hasMore = true;
    }
    bool hasMore() const { return m_hasMore; }
    const QList<Row> &rows() const { return m_rows; }
    qsizetype size() const { return m_rows.size(); }

    // Calls `load(after, limit)` (after: the last loaded row, if any) and returns the rows to append.
    template <typename Load> domain::Result<QList<Row>> next(Load load)
    {
        const std::optional<Row> after = m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.last());
        domain::Result<QList<Row>> result = load(after, kPageSize + 1);
        if (!result) {
            m_hasMore = false;
            return result;
        }
        QList<Row> rows = std::move(result).value();
        m_hasMore = rows.size() > kPageSize;
        if (m_hasMore)
            rows.removeLast();
        return rows;
    }
    void append(const QList<Row> &rows) { m_rows.append(rows); }

private:
    QList<Row> m_rows;
    bool m_hasMore = false;
};

} // namespace cartella::gui
