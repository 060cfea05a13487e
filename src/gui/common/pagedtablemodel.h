// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "gui/common/keysetpages.h"

#include <QAbstractTableModel>

#include <optional>

namespace cartella::gui {

// The signals every paged list model has (a class template cannot declare signals of its own).
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);
};

// A list over a keyset-paged domain query: pages are fetched as the view scrolls (canFetchMore/fetchMore),
// never the whole table. Subclasses say how to load a page after a row and, if the list shows one, how many
// rows there are in all; they present the rows with data() and headerData().
template <typename Row> class PagedTableModel : public PagedTableModelBase
{
public:
    using PagedTableModelBase::PagedTableModelBase;

    // Drops what was loaded and loads the first page (and the count) again.
    void reload()
    {
        beginResetModel();
        m_pages.clear();
        endResetModel();
        fetchMore({});
        if (const std::optional<qint64> total = countAll()) {
            m_total = *total;
            emit totalCountChanged(m_total);
        }
    }
    qint64 totalCount() const { return m_total; }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_pages.size() ? &m_pages.rows().at(row) : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_pages.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_pages.hasMore();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !m_pages.hasMore())
            return;
        const auto page = m_pages.next(
            [this](const std::optional<Row> &after, int limit) { return loadPage(after, limit); });
        if (!page) {
            emit loadFailed(page.error().message);
            return;
        }
        if (page.value().isEmpty())
            return;
        beginInsertRows({}, int(m_pages.size()), int(m_pages.size() + page.value().size() - 1));
        m_pages.append(page.value());
        endInsertRows();
    }

protected:
    virtual domain::Result<QList<Row>> loadPage(const std::optional<Row> &after, int limit) = 0;
    // The number of rows without paging, for lists that show it.
    virtual std::optional<qint64> countAll() { return std::nullopt; }

private:
    KeysetPages<Row> m_pages;
    qint64 m_total = 0;
};

} // namespace cartella::gui
