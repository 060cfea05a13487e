// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/personlistmodel.h"

#include "gui/common/formhelpers.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cartella::gui {

using namespace cartella::domain;

PersonListModel::PersonListModel(PersonService &service, Actor actor, QObject *parent)
    : PagedTableModel(parent), m_service(service), m_actor(std::move(actor))
{
    m_query.limit = kPageSize;
}

void PersonListModel::setFilter(const QString &text, bool onlyWithoutFiscalCode)
{
    m_query.text = text;
    m_query.onlyWithoutFiscalCode = onlyWithoutFiscalCode;
    reload();
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !rowAt(index.row()))
        return {};
    const PersonSummary &p = *rowAt(index.row());
    const bool noCode = p.fiscalCode.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString(p.surname + QLatin1Char(' ') + p.givenName);
        case FiscalCodeColumn:
            return noCode ? tr("No fiscal code") : p.fiscalCode;
        case BirthDateColumn:
            return showDate(p.birthDate);
        case MunicipalityColumn: {
            const auto m = m_service.places().municipality(p.residenceMunicipalityCode);
            return m ? m->name : QString();
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FiscalCodeColumn && noCode)
            return tr("This person was saved without a fiscal code: add it when it is known.");
        break;
    case Qt::FontRole:
        if (index.column() == FiscalCodeColumn) {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            font.setItalic(noCode);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == FiscalCodeColumn && noCode)
            return QBrush(QColor(0xa0, 0x52, 0x00));
        break;
    case PersonIdRole:
        return p.id;
    }
    return {};
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Surname and name");
    case FiscalCodeColumn:
        return tr("Fiscal code");
    case BirthDateColumn:
        return tr("Birth date");
    case MunicipalityColumn:
        return tr("Comune of residence");
    }
    return {};
}

Result<QList<PersonSummary>> PersonListModel::loadPage(const std::optional<PersonSummary> &after, int limit)
{
    PersonQuery q = m_query;
    q.after = after;
    q.limit = limit;
    return m_service.search(q, m_actor);
}

std::optional<qint64> PersonListModel::countAll()
{
    const auto total = m_service.count(m_query, m_actor);
    return total ? total.value() : 0;
}

void PersonListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr PersonSort kSorts[] = {PersonSort::Name, PersonSort::FiscalCode, PersonSort::BirthDate,
                                            PersonSort::Municipality};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = kSorts[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace cartella::gui
