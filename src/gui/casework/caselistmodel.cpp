// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/caselistmodel.h"

#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QBrush>
#include <QColor>

namespace cartella::gui {

using namespace cartella::domain;

CaseListModel::CaseListModel(Session &session, QObject *parent) : PagedTableModel(parent), m_session(session)
{}

void CaseListModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    reload();
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !rowAt(index.row()))
        return {};
    const CaseSummary &c = *rowAt(index.row());
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
        const auto m = m_session.services().persons.places().municipality(c.municipalityCode);
        return m ? m->name : c.municipalityCode;
    }
    case ResponsibleColumn:
        return c.responsibleName;
    case OpenedColumn:
        return showDate(c.openedOn);
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

Result<QList<CaseSummary>> CaseListModel::loadPage(const std::optional<CaseSummary> &after, int limit)
{
    CaseQuery q = m_query;
    q.after = after;
    q.limit = limit;
    return m_session.services().cases.list(q, m_session.actor());
}

std::optional<qint64> CaseListModel::countAll()
{
    const auto total = m_session.services().cases.count(m_query, m_session.actor());
    return total ? total.value() : 0;
}

} // namespace cartella::gui
