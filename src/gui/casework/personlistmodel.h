// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/casework/personservice.h"
#include "domain/kernel/result.h"
#include "gui/common/pagedtablemodel.h"

namespace cartella::gui {

// The persons list: pages of 50 rows fetched on demand through PersonService (keyset paging).
// It never holds more than what the view has scrolled through; sorting and filtering run in SQL.
class PersonListModel final : public PagedTableModel<domain::PersonSummary>
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
    qint64 personIdAt(int row) const { return rowAt(row) ? rowAt(row)->id : 0; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    domain::Result<QList<domain::PersonSummary>> loadPage(const std::optional<domain::PersonSummary> &after,
                                                          int limit) override;
    std::optional<qint64> countAll() override;

private:
    domain::PersonService &m_service;
    domain::Actor m_actor;
    domain::PersonQuery m_query;
};

} // namespace cartella::gui
