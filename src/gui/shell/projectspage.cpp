// SPDX-License-Identifier: EUPL-1.2
#include "gui/shell/projectspage.h"

#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "gui/emergencies/prontointerventoview.h"
#include "gui/minori/fostercareview.h"
#include "gui/minori/mandateremindersview.h"
#include "gui/programmes/programmesview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

ProjectsPage::ProjectsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    if (m_session.may(Operation::ReadMandates)) {
        m_mandates = new MandateRemindersView(m_session, this);
        m_tabs->addTab(m_mandates, tr("Tutela Minori"));
        connect(m_mandates, &MandateRemindersView::openMandateTask, this, &ProjectsPage::openMandateTask);
        connect(m_mandates, &MandateRemindersView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    if (m_session.may(Operation::ReadEmergencies) || m_session.may(Operation::ReadRota)) {
        m_prontoIntervento = new ProntoInterventoView(m_session, this);
        m_tabs->addTab(m_prontoIntervento, tr("Pronto Intervento Sociale"));
        connect(m_prontoIntervento, &ProntoInterventoView::openCase, this, &ProjectsPage::openCase);
        connect(m_prontoIntervento, &ProntoInterventoView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    if (m_session.may(Operation::ReadPlacements) || m_session.may(Operation::ReadFosterFamilies)) {
        m_fosterCare = new FosterCareView(m_session, this);
        m_tabs->addTab(m_fosterCare, tr("Affido"));
        connect(m_fosterCare, &FosterCareView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    if (m_session.may(Operation::ReadProgrammes) || m_session.may(Operation::ReadProgrammeCounts)) {
        m_programmes = new ProgrammesView(m_session, this);
        m_tabs->addTab(m_programmes, tr("Projects"));
        connect(m_programmes, &ProgrammesView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

bool ProjectsPage::offered(Session &session)
{
    return session.may(Operation::ReadMandates) || session.may(Operation::ReadEmergencies) ||
           session.may(Operation::ReadRota) || session.may(Operation::ReadPlacements) ||
           session.may(Operation::ReadFosterFamilies) || session.may(Operation::ReadProgrammes) ||
           session.may(Operation::ReadProgrammeCounts);
}

void ProjectsPage::refresh()
{
    if (m_mandates)
        m_mandates->refresh();
    if (m_prontoIntervento)
        m_prontoIntervento->refresh();
    if (m_programmes)
        m_programmes->refresh();
    if (m_fosterCare)
        m_fosterCare->refresh();
}

} // namespace cartella::gui
