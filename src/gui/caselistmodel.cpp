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
    m_pages.clear();
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
    return row >= 0 && row < m_pages.size() ? m_pages.rows().at(row).id : 0;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pages.size())
        return {};
    const CaseSummary &c = m_pages.rows().at(index.row());
    if (role == Qt::ForegroundRole && c.status == CaseStatus::Closed)
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn)
        return QBrush(QColor(0xa9, 0x32, 0x26));
    if (role == Qt::ToolTipRole && index.column() == OverdueColumn && c.overdueDeadlines > 0)
        return tr("%n deadline(s) past their date", nullptr, c.overdueDeadlines);
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
    case OverdueColumn:
        return c.overdueDeadlines > 0 ? QVariant(c.overdueDeadlines) : QVariant();
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
    case OverdueColumn:
        return tr("Overdue");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.hasMore();
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_pages.hasMore())
        return;
    const auto page = m_pages.next([this](const std::optional<CaseSummary> &after, int limit) {
        CaseQuery q = m_query;
        q.after = after;
        q.limit = limit;
        return m_services.cases.list(q, m_services.actor);
    });
    if (!page) {
        emit loadFailed(page.error().message);
        return;
    }
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_pages.size()), int(m_pages.size() + page.value().size() - 1));
    m_pages.append(page.value());
    endInsertRows();
}

} // namespace cartella::gui
