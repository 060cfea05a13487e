#include "caselistmodel.h"

#include "domain/vocabulary.h"

#include <QBrush>
#include <QColor>

namespace cartella::gui {

using namespace cartella::domain;

CaseListModel::CaseListModel(Services services, QObject *parent)
    : QAbstractTableModel(parent), m_services(std::move(services))
{}

void CaseListModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = true;
    endResetModel();
    fetchMore({});
    CaseQuery countQuery = m_query;
    countQuery.after.reset();
    const auto total = m_services.cases.count(countQuery, m_services.actor);
    m_total = total ? total.value() : 0;
    emit totalCountChanged(m_total);
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &c = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && c.status == CaseStatus::Closed)
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return c.number;
    case PrincipalColumn:
        return c.principalName;
    case AreaColumn:
        return Vocabulary<CaseArea>::label(c.area);
    case StatusColumn:
        return Vocabulary<CaseStatus>::label(c.status);
    case MunicipalityColumn: {
        const auto m = m_services.persons.places().municipality(c.municipalityCode);
        return m ? m->name : c.municipalityCode;
    }
    case ResponsibleColumn:
        return c.responsibleName;
    case OpenedColumn:
        return c.openedOn.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case PrincipalColumn:
        return tr("Principal beneficiary");
    case AreaColumn:
        return tr("Area");
    case StatusColumn:
        return tr("Status");
    case MunicipalityColumn:
        return tr("Comune");
    case ResponsibleColumn:
        return tr("Responsible worker");
    case OpenedColumn:
        return tr("Opened on");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    CaseQuery page = m_query;
    page.limit = kPageSize + 1;
    page.after.reset();
    if (!m_rows.isEmpty())
        page.after = m_rows.last();
    const auto result = m_services.cases.list(page, m_services.actor);
    if (!result) {
        m_hasMore = false;
        emit loadFailed(result.error().message);
        return;
    }
    QList<CaseSummary> rows = result.value();
    m_hasMore = rows.size() > kPageSize;
    if (m_hasMore)
        rows.removeLast();
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

} // namespace cartella::gui
