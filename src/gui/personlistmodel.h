#pragma once

#include "domain/actor.h"
#include "domain/personservice.h"
#include "keysetpages.h"

#include <QAbstractTableModel>

namespace cartella::gui {

// The persons list: pages of 50 rows fetched on demand through PersonService (keyset paging).
// It never holds more than what the view has scrolled through; sorting and filtering run in SQL.
class PersonListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonListModel)

public:
    enum Column
    {
        NameColumn,
        FiscalCodeColumn,
        BirthDateColumn,
        MunicipalityColumn,
        ColumnCount
    };
    static constexpr int kPageSize = KeysetPages<domain::PersonSummary>::kPageSize;
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    PersonListModel(domain::PersonService &service, domain::Actor actor, QObject *parent = nullptr);

    // Replaces the filter and reloads from the first page.
    void setFilter(const QString &text, bool onlyWithoutFiscalCode);
    void reload();
    qint64 totalCount() const { return m_total; }
    qint64 personIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    domain::PersonService &m_service;
    domain::Actor m_actor;
    domain::PersonQuery m_query;
    KeysetPages<domain::PersonSummary> m_pages;
    qint64 m_total = 0;
};

} // namespace cartella::gui
