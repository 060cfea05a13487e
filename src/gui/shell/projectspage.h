// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QTabWidget;

namespace cartella::gui {

class Session;

class FosterCareView;
class MandateRemindersView;
class ProgrammesView;
class ProntoInterventoView;

// The "Projects" section: one tab for each project the role may follow. Tutela Minori shows the court-mandate
// tasks due across cases; Pronto Intervento Sociale the emergency log, the on-call rota and the figures;
// Affido the foster placements with their terms and the registry of foster families; Projects the generic
// projects (programmes) with their team, enrolments and counts.
class ProjectsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)

public:
    explicit ProjectsPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    QTabWidget *tabs() const { return m_tabs; }
    MandateRemindersView *mandates() const { return m_mandates; }
    ProntoInterventoView *prontoIntervento() const { return m_prontoIntervento; }
    ProgrammesView *programmes() const { return m_programmes; }
    FosterCareView *fosterCare() const { return m_fosterCare; }
    // Whether the role may follow any of the projects.
    static bool offered(Session &session);

signals:
    void openMandateTask(qint64 caseId, qint64 taskId);
    void openCase(qint64 caseId);
    void statusMessage(const QString &message);

private:
    Session &m_session;
    QTabWidget *m_tabs;
    MandateRemindersView *m_mandates = nullptr;
    ProntoInterventoView *m_prontoIntervento = nullptr;
    ProgrammesView *m_programmes = nullptr;
    FosterCareView *m_fosterCare = nullptr;
};

} // namespace cartella::gui
