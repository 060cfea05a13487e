#pragma once

#include "keysetpages.h"
#include "services.h"

#include <QAbstractTableModel>

namespace cartella::gui {

// The intake contacts, newest first, pages of 50 fetched on demand.
class IntakeListModel final : public QAbstractTableModel
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

    explicit IntakeListModel(Services services, QObject *parent = nullptr);

    void setQuery(const domain::IntakeQuery &query);
    void reload();
    const domain::IntakeContact *intakeAt(int row) const;
    int rowOf(qint64 intakeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    Services m_services;
    domain::IntakeQuery m_query;
    KeysetPages<domain::IntakeContact> m_pages;
};

} // namespace cartella::gui
