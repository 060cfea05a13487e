// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QDateEdit;
class QTableWidget;

namespace cartella::gui {

class Session;

class PlaceCompleters;

// The monthly figures of the emergencies, per month and Comune with the month's total first: emergencies,
// activations, median and 90th-percentile response time (received to arrival) and median handover delay.
class EmergencyFiguresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyFiguresPanel)

public:
    EmergencyFiguresPanel(Session &session, const PlaceCompleters &places, QWidget *parent = nullptr);

    void refresh();
    void setMonths(const QDate &from, const QDate &to);

signals:
    void statusMessage(const QString &message);

private:
    Session &m_session;
    const PlaceCompleters &m_places;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace cartella::gui
