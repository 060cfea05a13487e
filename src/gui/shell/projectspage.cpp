// SPDX-License-Identifier: EUPL-1.2
#include "gui/shell/projectspage.h"

#include "gui/emergencies/prontointerventoview.h"
#include "gui/minori/fostercareview.h"
#include "gui/minori/mandateremindersview.h"
#include "gui/programmes/programmesview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

ProjectsPage::ProjectsPage(Services services, QWidget *parent)
    : QWidget(parent), m_services(std::move(services)), m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    if (m_services.may(Operation::ReadMandates)) {
        m_mandates = new MandateRemindersView(m_services, this);
        m_tabs->addTab(m_mandates, tr("Tutela Minori"));
        connect(m_mandates, &MandateRemindersView::openMandateTask, this, &ProjectsPage::openMandateTask);
        connect(m_mandates, &MandateRemindersView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    if (m_services.may(Operation::ReadEmergencies) || m_services.may(Operation::ReadRota)) {
        m_prontoIntervento = new ProntoInterventoView(m_services, this);
        m_tabs->addTab(m_prontoIntervento, tr("Pronto Intervento Sociale"));
        connect(m_prontoIntervento, &ProntoInterventoView::openCase, this, &ProjectsPage::openCase);
        connect(m_prontoIntervento, &ProntoInterventoView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    if (m_services.may(Operation::ReadPlacements) || m_services.may(Operation::ReadFosterFamilies)) {
        m_fosterCare = new FosterCareView(m_services, this);
        m_tabs->addTab(m_fosterCare, tr("Affido"));
        connect(m_fosterCare, &FosterCareView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    if (m_services.may(Operation::ReadProgrammes) || m_services.may(Operation::ReadProgrammeCounts)) {
        m_programmes = new ProgrammesView(m_services, this);
        m_tabs->addTab(m_programmes, tr("Projects"));
        connect(m_programmes, &ProgrammesView::statusMessage, this, &ProjectsPage::statusMessage);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

bool ProjectsPage::offered(const Services &services)
{
    return services.may(Operation::ReadMandates) || services.may(Operation::ReadEmergencies) ||
           services.may(Operation::ReadRota) || services.may(Operation::ReadPlacements) ||
           services.may(Operation::ReadFosterFamilies) || services.may(Operation::ReadProgrammes) ||
           services.may(Operation::ReadProgrammeCounts);
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
