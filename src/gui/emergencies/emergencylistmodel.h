// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointervento.h"
#include "domain/kernel/result.h"
#include "gui/common/pagedtablemodel.h"

namespace cartella::gui {

class Session;

class PlaceCompleters;

// The emergency log, newest first, pages fetched on demand. An emergency not handed over and received more
// than the handover limit ago is flagged in words and in bold.
class EmergencyListModel final : public PagedTableModel<domain::SocialEmergency>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyListModel)

public:
    enum Column
    {
        ReceivedColumn,
        MunicipalityColumn,
        KindColumn,
        TriageColumn,
        PersonColumn,
        WorkerColumn,
        ResponseColumn,
        HandoverColumn,
        ColumnCount
    };

    EmergencyListModel(Session &session, const PlaceCompleters &places, QObject *parent = nullptr);

    enum class Filter
    {
        All,
        ToHandOver, // neither handed over nor closed
        NotIdentified,
    };

    // Reloads with the handover limit as of now.
    void refresh(int limitHours);
    // Shows only some emergencies; reloads.
    void setFilter(Filter filter, const QString &municipalityCode = {});
    const domain::SocialEmergency *emergencyAt(int row) const { return rowAt(row); }
    int rowOf(qint64 emergencyId) const;
    bool overdue(const domain::SocialEmergency &e) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    domain::Result<QList<domain::SocialEmergency>>
    loadPage(const std::optional<domain::SocialEmergency> &after, int limit) override;

private:
    QVariant display(const domain::SocialEmergency &e, int column) const;

    Session &m_session;
    const PlaceCompleters &m_places;
    QDateTime m_overdueBefore;
    Filter m_filter = Filter::All;
    QString m_municipalityCode;
};

} // namespace cartella::gui
