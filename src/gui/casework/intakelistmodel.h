// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/intake.h"
#include "domain/kernel/result.h"
#include "gui/common/pagedtablemodel.h"

namespace cartella::gui {

class Session;

// The intake contacts, newest first, pages of 50 fetched on demand.
class IntakeListModel final : public PagedTableModel<domain::IntakeContact>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeListModel)

public:
    enum Column
    {
        DateColumn,
        WhoColumn,
        ChannelColumn,
        AreaColumn,
        RequestColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit IntakeListModel(Session &session, QObject *parent = nullptr);

    void setQuery(const domain::IntakeQuery &query);
    const domain::IntakeContact *intakeAt(int row) const { return rowAt(row); }
    int rowOf(qint64 intakeId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    domain::Result<QList<domain::IntakeContact>> loadPage(const std::optional<domain::IntakeContact> &after,
                                                          int limit) override;

private:
    Session &m_session;
    domain::IntakeQuery m_query;
};

} // namespace cartella::gui
