// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplan.h"
#include "domain/casework/casework.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CaseDeadlinesPanel;
}

namespace cartella::gui {

class Session;

// The "deadlines" tab of a case (ui/casedeadlinespanel.ui): its deadlines, from the project or added by hand,
// with owner; completing and cancelling; adding one.
class CaseDeadlinesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDeadlinesPanel)

public:
    CaseDeadlinesPanel(Session &session, QWidget *parent = nullptr);
    ~CaseDeadlinesPanel() override;

    void showCase(const domain::Case &c);
    const QList<domain::Deadline> &deadlines() const { return m_deadlines; }
    void selectDeadline(qint64 id);

public slots:
    bool addDeadline();
    bool completeSelected();
    bool cancelSelected();

signals:
    void changed(const QString &message);
    void failed(const QString &message);

private:
    void fill();
    const domain::Deadline *selected() const;
    bool close(bool done);

    std::unique_ptr<Ui::CaseDeadlinesPanel> m_ui;
    Session &m_session;
    domain::Case m_case;
    QList<domain::Deadline> m_deadlines;
};

} // namespace cartella::gui
