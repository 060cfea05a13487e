// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplan.h"
#include "domain/casework/casework.h"
#include "domain/kernel/result.h"

#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class CarePlanPanel;
}

namespace cartella::gui {

class Session;

// The "project" tab of a case (ui/careplanpanel.ui): the PAI's objectives with their actions (who, what, by
// when, status), the reviews, and the planned end. Dated actions, the next review and the planned end appear
// among the deadlines. A refused change keeps what was typed.
class CarePlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarePlanPanel)

public:
    CarePlanPanel(Session &session, QWidget *parent = nullptr);
    ~CarePlanPanel() override;

    void showCase(const domain::Case &c);
    const domain::CarePlan &plan() const { return m_plan; }
    // Selects the objective or action row with this id (objective ids and action ids are kept apart).
    void selectObjective(qint64 objectiveId);
    void selectAction(qint64 actionId);

public slots:
    bool savePlannedEnd();
    bool addObjective();
    bool setObjectiveStatus();
    bool addAction();
    bool saveAction();
    bool addReview();

signals:
    void changed(const QString &message);
    void failed(const QString &message);

private:
    // What the action boxes hold, to tell an untouched form from one being edited.
    struct ActionForm
    {
        QString what;
        QString due;
        int owner = -1;
        int status = -1;
        bool operator==(const ActionForm &) const = default;
    };
    ActionForm actionForm() const;
    void fill();
    void showSelection();
    qint64 selectedObjectiveId() const;
    const domain::CareAction *selectedAction() const;
    // Shows `plan` after a successful change and says so; on failure says why and keeps the inputs.
    bool apply(const domain::Result<domain::CarePlan> &result, const QString &message);

    std::unique_ptr<Ui::CarePlanPanel> m_ui;
    Session &m_session;
    domain::Case m_case;
    domain::CarePlan m_plan;
    qint64 m_formActionId = -1; // the action whose stored values the boxes were last filled with
    ActionForm m_formAsFilled;
    QString m_plannedEndAsFilled;
};

} // namespace cartella::gui
