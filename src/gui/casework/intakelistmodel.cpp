// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/intakelistmodel.h"

#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

namespace cartella::gui {

using namespace cartella::domain;

IntakeListModel::IntakeListModel(Session &session, QObject *parent)
    : PagedTableModel(parent), m_session(session)
{}

void IntakeListModel::setQuery(const IntakeQuery &query)
{
    m_query = query;
    reload();
}

int IntakeListModel::rowOf(qint64 intakeId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (rowAt(i)->id == intakeId)
            return i;
    }
    return -1;
}

int IntakeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeListModel::data(const QModelIndex &index, int role) const
{
    const IntakeContact *i = intakeAt(index.row());
    if (!index.isValid() || !i)
        return {};
    if (role == Qt::ToolTipRole && index.column() == RequestColumn)
        return i->request;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return showDate(i->contactDate);
    case WhoColumn: {
        QStringList who = i->personNames;
        if (!i->visitor.isEmpty())
            who.append(i->visitor);
        return who.join(QStringLiteral(", "));
    }
    case ChannelColumn:
        return Vocabulary<ContactChannel>::label(i->channel);
    case AreaColumn:
        return Vocabulary<CaseArea>::label(i->area);
    case RequestColumn:
        return i->request.simplified().left(120);
    case OutcomeColumn:
        if (i->outcome == IntakeOutcome::CaseOpened)
            return tr("Case %1").arg(i->caseNumber);
        if (i->outcome == IntakeOutcome::Referred)
            return tr("Referred to %1").arg(i->referredTo);
        return Vocabulary<IntakeOutcome>::label(i->outcome);
    }
    return {};
}

QVariant IntakeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WhoColumn:
        return tr("Who came");
    case ChannelColumn:
        return tr("Channel");
    case AreaColumn:
        return tr("Area");
    case RequestColumn:
        return tr("Request");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

Result<QList<IntakeContact>> IntakeListModel::loadPage(const std::optional<IntakeContact> &after, int limit)
{
    IntakeQuery q = m_query;
    q.after = after;
    q.limit = limit;
    return m_session.services().intakes.list(q, m_session.actor());
}

} // namespace cartella::gui
