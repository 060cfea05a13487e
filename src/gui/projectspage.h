#pragma once

#include "services.h"

#include <QWidget>

class QTabWidget;

namespace cartella::gui {

class MandateRemindersView;

// The "Projects" section: one tab for each project the role may follow. Tutela Minori shows the court-mandate
// tasks due across cases.
class ProjectsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)

public:
    explicit ProjectsPage(Services services, QWidget *parent = nullptr);

    void refresh();
    QTabWidget *tabs() const { return m_tabs; }
    MandateRemindersView *mandates() const { return m_mandates; }
    // Whether the role may follow any of the projects.
    static bool offered(const Services &services);

signals:
    void openMandateTask(qint64 caseId, qint64 taskId);
    void statusMessage(const QString &message);

private:
    Services m_services;
    QTabWidget *m_tabs;
    MandateRemindersView *m_mandates = nullptr;
};

} // namespace cartella::gui
