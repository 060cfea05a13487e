// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/kernel/result.h"
#include "gui/common/pagedtablemodel.h"

namespace cartella::gui {

class Session;

// The case list: newest first, pages of 50 fetched on demand (keyset on opening date and id), filtered in
// SQL.
class CaseListModel final : public PagedTableModel<domain::CaseSummary>
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

    explicit CaseListModel(Session &session, QObject *parent = nullptr);

    void setQuery(const domain::CaseQuery &query);
    qint64 caseIdAt(int row) const { return rowAt(row) ? rowAt(row)->id : 0; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    domain::Result<QList<domain::CaseSummary>> loadPage(const std::optional<domain::CaseSummary> &after,
                                                        int limit) override;
    std::optional<qint64> countAll() override;

private:
    Session &m_session;
    domain::CaseQuery m_query;
};

} // namespace cartella::gui
