// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/services.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace cartella::gui {

// The catalogue entries the editor lists: name, kind, SIUSS code and area. The catalogue is a few dozen
// entries read whole from CatalogueService::entries, so the model holds them all. A retired entry is greyed
// and its name says "(retired dd/mm/yyyy)", so that the state is not told by colour alone.
class CatalogueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        SiussColumn,
        AreaColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1, // qint64, on every column
        FilterRole,                     // the row's words folded for search, on every column
    };

    static const QColor kRetiredGrey; // the text of retired entries

    explicit CatalogueModel(QObject *parent = nullptr);

    void setEntries(QList<domain::CatalogueEntry> entries);
    // The entry with this id (nullptr when it is not listed).
    const domain::CatalogueEntry *entry(qint64 id) const;
    // Its row, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const domain::CatalogueEntry &e, int column) const;

    QList<domain::CatalogueEntry> m_entries;
};

} // namespace cartella::gui
