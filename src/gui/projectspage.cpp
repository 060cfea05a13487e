#include "projectspage.h"

#include "mandateremindersview.h"

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

bool ProjectsPage::offered(const Services &services)
{
    return services.may(Operation::ReadMandates);
}

void ProjectsPage::refresh()
{
    if (m_mandates)
        m_mandates->refresh();
}

} // namespace cartella::gui
