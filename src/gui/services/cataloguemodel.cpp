// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/cataloguemodel.h"

#include "domain/kernel/textfold.h"
#include "domain/kernel/vocabulary.h"
#include "gui/common/formhelpers.h"

#include <QBrush>
#include <QFont>

namespace cartella::gui {

using namespace cartella::domain;

// The grey of the closed cases in the case list.
const QColor CatalogueModel::kRetiredGrey(0x70, 0x70, 0x70);

CatalogueModel::CatalogueModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CatalogueModel::setEntries(QList<CatalogueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const CatalogueEntry *CatalogueModel::entry(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries.at(row);
}

int CatalogueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogueModel::text(const CatalogueEntry &e, int column) const
{
    switch (column) {
    case NameColumn:
        return e.retired() ? tr("%1 (retired %2)").arg(e.name, showDate(e.retiredOn)) : e.name;
    case KindColumn:
        return Vocabulary<ServiceKind>::label(e.kind);
    case SiussColumn:
        return e.siussCode;
    case AreaColumn:
        return Vocabulary<ServiceArea>::label(e.area);
    }
    return {};
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CatalogueEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SiussColumn && e.siussCode.isEmpty())
            return tr("No SIUSS code: not known");
        if (index.column() == NameColumn)
            return e.retired() ? tr("%1\nRetired on %2: no longer offered for new requests")
                                     .arg(e.name, showDate(e.retiredOn))
                               : e.name;
        return {};
    case Qt::ForegroundRole:
        if (e.retired())
            return QBrush(kRetiredGrey);
        return {};
    case Qt::FontRole:
        if (e.retired()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case EntryIdRole:
        return e.id;
    case FilterRole:
        return foldForSearch(
            QStringList{text(e, NameColumn), text(e, KindColumn), e.siussCode, text(e, AreaColumn), e.code}
                .join(QLatin1Char(' ')));
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SiussColumn:
        return tr("SIUSS code");
    case AreaColumn:
        return tr("Area");
    }
    return {};
}

} // namespace cartella::gui
