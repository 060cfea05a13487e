// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointervento.h"
#include "gui/emergencies/emergencylistmodel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cartella::gui {

class Session;

class EmergencyFiguresPanel;
class PlaceCompleters;
class RotaPanel;

// Pronto Intervento Sociale (docs/decisions/0015-pronto-intervento.md) in one view with three tabs: the
// emergency log (newest first, the ones not handed over in time flagged and counted; quick entry with
// Ctrl+Shift+E, identification, handover), the on-call rota with its gaps in cover, and the monthly figures.
// Each tab and button is there only for the roles that may use it.
class ProntoInterventoView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProntoInterventoView)

public:
    explicit ProntoInterventoView(Session &session, QWidget *parent = nullptr);
    ~ProntoInterventoView() override;

    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *log() const { return m_log; }
    EmergencyListModel *logModel() const { return m_model; }
    RotaPanel *rota() const { return m_rota; }
    EmergencyFiguresPanel *figures() const { return m_figures; }
    QString overdueText() const;

public slots:
    void newEmergency();
    void editSelected();
    void identifySelected();
    void handOverSelected();
    void closeSelected();

signals:
    void openCase(qint64 caseId);
    void statusMessage(const QString &message);

private:
    QWidget *buildLog();
    const domain::SocialEmergency *selected() const;
    // Reloads the log and selects the emergency, if given.
    void reloadLog(qint64 selectId = 0);
    void updateButtons();
    void applyFilter();

    Session &m_session;
    std::unique_ptr<PlaceCompleters> m_places;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_overdue = nullptr;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_comune = nullptr;
    EmergencyListModel::Filter m_shownFilter = EmergencyListModel::Filter::All;
    QString m_shownMunicipality;
    QTableView *m_log = nullptr;
    EmergencyListModel *m_model = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_identify = nullptr;
    QPushButton *m_handOver = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_open = nullptr;
    RotaPanel *m_rota = nullptr;
    EmergencyFiguresPanel *m_figures = nullptr;
};

} // namespace cartella::gui
