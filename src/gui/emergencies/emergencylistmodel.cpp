// SPDX-License-Identifier: EUPL-1.2
#include "gui/emergencies/emergencylistmodel.h"

#include "domain/servicehub.h"
#include "gui/common/placecompleters.h"
#include "gui/common/session.h"
#include "gui/emergencies/pisformat.h"

#include <QFont>

namespace cartella::gui {

using namespace cartella::domain;

EmergencyListModel::EmergencyListModel(Session &session, const PlaceCompleters &places, QObject *parent)
    : PagedTableModel(parent), m_session(session), m_places(places)
{}

void EmergencyListModel::refresh(int limitHours)
{
    m_overdueBefore = QDateTime::currentDateTimeUtc().addSecs(-qint64(limitHours) * 3600);
    reload();
}

void EmergencyListModel::setFilter(Filter filter, const QString &municipalityCode)
{
    m_filter = filter;
    m_municipalityCode = municipalityCode;
    reload();
}

int EmergencyListModel::rowOf(qint64 emergencyId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (rowAt(i)->id == emergencyId)
            return i;
    }
    return -1;
}

bool EmergencyListModel::overdue(const SocialEmergency &e) const
{
    return !e.settled() && m_overdueBefore.isValid() && e.receivedAt < m_overdueBefore;
}

int EmergencyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmergencyListModel::display(const SocialEmergency &e, int column) const
{
    switch (column) {
    case ReceivedColumn:
        return showInstant(e.receivedAt);
    case MunicipalityColumn:
        return m_places.municipalityLabel(e.municipalityCode);
    case KindColumn:
        return Vocabulary<EmergencyKind>::label(e.kind);
    case TriageColumn:
        return Vocabulary<EmergencyTriage>::label(e.triage);
    case PersonColumn: {
        if (e.identified())
            return e.personName;
        QStringList words;
        const QString names =
            QStringList{e.provisionalSurname, e.provisionalGivenName}.join(QLatin1Char(' '));
        if (!names.trimmed().isEmpty())
            words.append(names.trimmed());
        if (!e.personDescription.isEmpty())
            words.append(e.personDescription);
        return tr("%1 (not identified)").arg(words.join(QStringLiteral(", ")));
    }
    case WorkerColumn:
        return e.workerName;
    case ResponseColumn:
        if (!e.arrivedAt.isValid())
            return {};
        return showDuration(double(e.receivedAt.secsTo(e.arrivedAt)));
    case HandoverColumn:
        if (e.handedOver()) {
            const QString day = showDate(e.handedOverAt.toLocalTime().date());
            return e.caseNumber.isEmpty() ? day : tr("%1, case %2").arg(day, e.caseNumber);
        }
        if (e.closed())
            return tr("no handover needed (%1)").arg(showDate(e.closedAt.toLocalTime().date()));
        return overdue(e) ? tr("OVERDUE: not handed over") : tr("not yet");
    }
    return {};
}

QVariant EmergencyListModel::data(const QModelIndex &index, int role) const
{
    const SocialEmergency *e = emergencyAt(index.row());
    if (!index.isValid() || !e)
        return {};
    if (role == Qt::FontRole && overdue(*e)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == HandoverColumn && overdue(*e))
        return tr("Not handed over to the territorial service within the limit.");
    if (role == Qt::ToolTipRole && index.column() == HandoverColumn && e->closed())
        return tr("Closed without a handover by %1: %2").arg(e->closedBy, e->closeReason);
    if (role == Qt::ToolTipRole && index.column() == PersonColumn)
        return display(*e, PersonColumn);
    if (role != Qt::DisplayRole)
        return {};
    return display(*e, index.column());
}

QVariant EmergencyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received at");
    case MunicipalityColumn:
        return tr("Comune");
    case KindColumn:
        return tr("Type");
    case TriageColumn:
        return tr("Triage");
    case PersonColumn:
        return tr("Person");
    case WorkerColumn:
        return tr("Worker");
    case ResponseColumn:
        return tr("Response time");
    case HandoverColumn:
        return tr("Handed over");
    }
    return {};
}

Result<QList<SocialEmergency>> EmergencyListModel::loadPage(const std::optional<SocialEmergency> &after,
                                                            int limit)
{
    EmergencyQuery q;
    q.limit = limit;
    q.onlyUnhanded = m_filter == Filter::ToHandOver;
    q.onlyUnidentified = m_filter == Filter::NotIdentified;
    q.municipalityCode = m_municipalityCode;
    if (after)
        q.after = std::make_pair(after->receivedAt, after->id);
    return m_session.services().prontoIntervento.list(q, m_session.actor());
}

} // namespace cartella::gui
