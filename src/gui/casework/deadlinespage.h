// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cartella::gui {

class Session;

// "Le mie scadenze": the open deadlines of one worker (remembered between sessions), overdue first, then
// this week, then later. A deadline is completed here or opened in its case.
class DeadlinesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesPage)

public:
    explicit DeadlinesPage(Session &session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *workerCombo() const { return m_worker; }
    // The worker whose deadlines are shown (std::nullopt: everyone).
    std::optional<qint64> workerId() const;
    const QList<domain::Deadline> &deadlines() const { return m_deadlines; }
    void selectDeadline(qint64 deadlineId);

public slots:
    void refresh();
    bool completeSelected();

signals:
    void openCaseRequested(qint64 caseId);
    void statusMessage(const QString &message);

private:
    void fillWorkers();
    const domain::Deadline *selected() const;
    bool completable() const;

    Session &m_session;
    QComboBox *m_worker = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_complete = nullptr;
    QList<domain::Deadline> m_deadlines;
};

} // namespace cartella::gui
