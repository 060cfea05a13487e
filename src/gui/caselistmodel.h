#pragma once

#include "keysetpages.h"
#include "services.h"

#include <QAbstractTableModel>

namespace cartella::gui {

// The case list: newest first, pages of 50 fetched on demand (keyset on opening date and id), filtered in
// SQL.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column
    {
        NumberColumn,
        PrincipalColumn,
        AreaColumn,
        StatusColumn,
        MunicipalityColumn,
        ResponsibleColumn,
        OpenedColumn,
        OverdueColumn,
        ColumnCount
    };
    static constexpr int kPageSize = KeysetPages<domain::CaseSummary>::kPageSize;

    explicit CaseListModel(Services services, QObject *parent = nullptr);

    void setQuery(const domain::CaseQuery &query);
    void reload();
    qint64 totalCount() const { return m_total; }
    qint64 caseIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    Services m_services;
    domain::CaseQuery m_query;
    KeysetPages<domain::CaseSummary> m_pages;
    qint64 m_total = 0;
};

} // namespace cartella::gui
