// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/careplanpanel.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_careplanpanel.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kIsActionRole = Qt::UserRole + 1;

} // namespace

CarePlanPanel::CarePlanPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CarePlanPanel>()), m_session(session)
{
    m_ui->setupUi(this);
    fillCombo<ObjectiveStatus>(m_ui->objectiveStatusCombo);
    fillCombo<ActionStatus>(m_ui->actionStatusCombo);
    m_ui->reviewsTable->setColumnCount(4);
    m_ui->reviewsTable->setHorizontalHeaderLabels(
        {tr("Held on"), tr("Outcome"), tr("Next review"), tr("By")});
    m_ui->reviewsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->reviewsTable->verticalHeader()->hide();
    m_ui->reviewDateEdit->setText(showDate(domain::officeToday()));
    m_ui->planTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_ui->savePlannedEndButton, &QPushButton::clicked, this, &CarePlanPanel::savePlannedEnd);
    connect(m_ui->addObjectiveButton, &QPushButton::clicked, this, &CarePlanPanel::addObjective);
    connect(m_ui->objectiveEdit, &QLineEdit::returnPressed, this, &CarePlanPanel::addObjective);
    connect(m_ui->objectiveStatusButton, &QPushButton::clicked, this, &CarePlanPanel::setObjectiveStatus);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &CarePlanPanel::addAction);
    connect(m_ui->saveActionButton, &QPushButton::clicked, this, &CarePlanPanel::saveAction);
    connect(m_ui->addReviewButton, &QPushButton::clicked, this, &CarePlanPanel::addReview);
    connect(m_ui->planTree, &QTreeWidget::currentItemChanged, this, &CarePlanPanel::showSelection);
}

CarePlanPanel::~CarePlanPanel() = default;

void CarePlanPanel::showCase(const Case &c)
{
    m_case = c;
    m_ui->actionOwnerCombo->clear();
    addActiveWorkers(m_ui->actionOwnerCombo, m_session.services().cases.workers(m_session.actor()));
    m_ui->actionOwnerCombo->setCurrentIndex(m_ui->actionOwnerCombo->findData(c.responsibleWorkerId));
    const auto plan = m_session.services().plans.plan(c.id, m_session.actor());
    if (!plan) {
        emit failed(plan.error().message);
        return;
    }
    m_plan = plan.value();
    fill();
    const bool open = c.status != CaseStatus::Closed;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->savePlannedEndButton),
          static_cast<QWidget *>(m_ui->addObjectiveButton),
          static_cast<QWidget *>(m_ui->objectiveStatusButton), static_cast<QWidget *>(m_ui->addActionButton),
          static_cast<QWidget *>(m_ui->saveActionButton), static_cast<QWidget *>(m_ui->addReviewButton)})
        w->setEnabled(open);
}

void CarePlanPanel::fill()
{
    const QTreeWidgetItem *current = m_ui->planTree->currentItem();
    const qint64 currentId = current ? current->data(0, kIdRole).toLongLong() : 0;
    const bool currentIsAction = current && current->data(0, kIsActionRole).toBool();

    // A date the user is typing stays; an untouched box follows what is stored.
    if (m_ui->plannedEndEdit->text() == m_plannedEndAsFilled) {
        m_ui->plannedEndEdit->setText(showDate(m_plan.plannedEndOn));
        m_plannedEndAsFilled = m_ui->plannedEndEdit->text();
    }
    // Rebuilt without signals: the selection is restored below and shown once.
    const QSignalBlocker quiet(m_ui->planTree);
    m_ui->planTree->clear();
    for (const CareObjective &o : m_plan.objectives) {
        auto *objective = new QTreeWidgetItem(
            m_ui->planTree, {o.title, QString(), QString(), Vocabulary<ObjectiveStatus>::label(o.status)});
        objective->setData(0, kIdRole, o.id);
        objective->setData(0, kIsActionRole, false);
        QFont bold = objective->font(0);
        bold.setBold(true);
        objective->setFont(0, bold);
        for (const CareAction &a : m_plan.actions) {
            if (a.objectiveId != o.id)
                continue;
            auto *action = new QTreeWidgetItem(objective, {a.what, a.ownerName, showDate(a.dueOn),
                                                           Vocabulary<ActionStatus>::label(a.status)});
            action->setData(0, kIdRole, a.id);
            action->setData(0, kIsActionRole, true);
            if (a.status == ActionStatus::Planned || a.status == ActionStatus::InProgress) {
                if (a.dueOn.isValid() && a.dueOn < domain::officeToday())
                    action->setForeground(2, QColor(0xa9, 0x32, 0x26));
            } else {
                action->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    m_ui->planTree->expandAll();
    m_ui->planTree->resizeColumnToContents(1);
    m_ui->planTree->resizeColumnToContents(2);
    m_ui->planTree->resizeColumnToContents(3);
    if (currentId != 0)
        currentIsAction ? selectAction(currentId) : selectObjective(currentId);
    else if (m_ui->planTree->topLevelItemCount() > 0)
        m_ui->planTree->setCurrentItem(m_ui->planTree->topLevelItem(0));
    showSelection();

    m_ui->reviewsTable->setRowCount(int(m_plan.reviews.size()));
    for (int i = 0; i < m_plan.reviews.size(); ++i) {
        const CareReview &r = m_plan.reviews.at(i);
        m_ui->reviewsTable->setItem(i, 0, new QTableWidgetItem(showDate(r.reviewDate)));
        auto *outcome = new QTableWidgetItem(r.outcome);
        outcome->setToolTip(r.outcome);
        m_ui->reviewsTable->setItem(i, 1, outcome);
        m_ui->reviewsTable->setItem(i, 2, new QTableWidgetItem(showDate(r.nextReviewOn)));
        m_ui->reviewsTable->setItem(i, 3, new QTableWidgetItem(r.recordedBy));
    }
    for (const int column : {0, 2, 3})
        m_ui->reviewsTable->resizeColumnToContents(column);
}

void CarePlanPanel::selectObjective(qint64 objectiveId)
{
    for (int i = 0; i < m_ui->planTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->planTree->topLevelItem(i);
        if (item->data(0, kIdRole).toLongLong() == objectiveId)
            m_ui->planTree->setCurrentItem(item);
    }
}

void CarePlanPanel::selectAction(qint64 actionId)
{
    for (int i = 0; i < m_ui->planTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *objective = m_ui->planTree->topLevelItem(i);
        for (int j = 0; j < objective->childCount(); ++j) {
            if (objective->child(j)->data(0, kIdRole).toLongLong() == actionId)
                m_ui->planTree->setCurrentItem(objective->child(j));
        }
    }
}

qint64 CarePlanPanel::selectedObjectiveId() const
{
    const QTreeWidgetItem *item = m_ui->planTree->currentItem();
    if (!item)
        return 0;
    if (item->data(0, kIsActionRole).toBool())
        item = item->parent();
    return item->data(0, kIdRole).toLongLong();
}

const CareAction *CarePlanPanel::selectedAction() const
{
    const QTreeWidgetItem *item = m_ui->planTree->currentItem();
    if (!item || !item->data(0, kIsActionRole).toBool())
        return nullptr;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const CareAction &a : m_plan.actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void CarePlanPanel::showSelection()
{
    const CareAction *action = selectedAction();
    m_ui->saveActionButton->setEnabled(action != nullptr && m_case.status != CaseStatus::Closed);
    m_ui->addActionButton->setEnabled(selectedObjectiveId() != 0 && m_case.status != CaseStatus::Closed);
    if (action) {
        // Another action, or an untouched form, shows the stored action; edits in progress stay.
        if (action->id != m_formActionId || actionForm() == m_formAsFilled) {
            m_ui->actionWhatEdit->setText(action->what);
            m_ui->actionOwnerCombo->setCurrentIndex(m_ui->actionOwnerCombo->findData(action->ownerWorkerId));
            m_ui->actionDueEdit->setText(showDate(action->dueOn));
            setComboValue(m_ui->actionStatusCombo, action->status);
            m_formActionId = action->id;
            m_formAsFilled = actionForm();
        }
        return;
    }
    m_formActionId = 0;
    for (const CareObjective &o : m_plan.objectives) {
        if (o.id == selectedObjectiveId())
            setComboValue(m_ui->objectiveStatusCombo, o.status);
    }
}

CarePlanPanel::ActionForm CarePlanPanel::actionForm() const
{
    return {m_ui->actionWhatEdit->text(), m_ui->actionDueEdit->text(), m_ui->actionOwnerCombo->currentIndex(),
            m_ui->actionStatusCombo->currentIndex()};
}

bool CarePlanPanel::apply(const Result<CarePlan> &result, const QString &message)
{
    if (!result) {
        if (result.error().code == ErrorCode::Conflict) {
            // Show what the colleague saved; boxes the user was typing in keep their text (see fill()).
            if (auto fresh = m_session.services().plans.plan(m_case.id, m_session.actor())) {
                m_plan = fresh.value();
                fill();
            }
            QString theirs = tr("Their changes are shown now; what you typed is still in the boxes.");
            if (m_ui->plannedEndEdit->text() != showDate(m_plan.plannedEndOn))
                theirs +=
                    QLatin1Char(' ') +
                    tr("The stored planned end is %1.")
                        .arg(m_plan.plannedEndOn.isValid() ? showDate(m_plan.plannedEndOn) : tr("(none)"));
            emit failed(result.error().message + QLatin1Char(' ') + theirs);
            return false;
        }
        emit failed(result.error().message);
        return false;
    }
    m_plan = result.value();
    // The user's own save went through: the boxes show what is stored now.
    m_formActionId = -1;
    m_plannedEndAsFilled = m_ui->plannedEndEdit->text();
    fill();
    emit changed(message);
    return true;
}

bool CarePlanPanel::savePlannedEnd()
{
    const QString typed = m_ui->plannedEndEdit->text().trimmed();
    const QDate end = parseDate(typed);
    if (!typed.isEmpty() && !end.isValid()) {
        emit failed(tr("Write the planned end as dd/mm/yyyy, or leave it empty."));
        return false;
    }
    return apply(m_session.services().plans.setPlannedEnd(m_case.id, m_plan.version, end, m_session.actor()),
                 tr("Planned end saved."));
}

bool CarePlanPanel::addObjective()
{
    const bool done = apply(
        m_session.services().plans.addObjective(m_case.id, m_ui->objectiveEdit->text(), m_session.actor()),
        tr("Objective added."));
    if (done) {
        m_ui->objectiveEdit->clear();
        if (!m_plan.objectives.isEmpty())
            selectObjective(m_plan.objectives.last().id);
    }
    return done;
}

bool CarePlanPanel::setObjectiveStatus()
{
    const qint64 id = selectedObjectiveId();
    for (const CareObjective &o : m_plan.objectives) {
        if (o.id == id)
            return apply(m_session.services().plans.setObjectiveStatus(
                             id, o.version, comboValue<ObjectiveStatus>(m_ui->objectiveStatusCombo),
                             m_session.actor()),
                         tr("Objective updated."));
    }
    emit failed(tr("Select an objective first."));
    return false;
}

bool CarePlanPanel::addAction()
{
    const QString typedDue = m_ui->actionDueEdit->text().trimmed();
    CareAction draft;
    draft.caseId = m_case.id;
    draft.objectiveId = selectedObjectiveId();
    draft.what = m_ui->actionWhatEdit->text();
    draft.ownerWorkerId = m_ui->actionOwnerCombo->currentData().toLongLong();
    draft.dueOn = parseDate(typedDue);
    draft.status = comboValue<ActionStatus>(m_ui->actionStatusCombo);
    if (!typedDue.isEmpty() && !draft.dueOn.isValid()) {
        emit failed(tr("Write the date as dd/mm/yyyy, or leave it empty."));
        return false;
    }
    const int before = int(m_plan.actions.size());
    const bool done =
        apply(m_session.services().plans.addAction(draft, m_session.actor()), tr("Action added."));
    if (done && m_plan.actions.size() > before) {
        qint64 newest = 0;
        for (const CareAction &a : m_plan.actions)
            newest = std::max(newest, a.id);
        selectAction(newest);
    }
    return done;
}

bool CarePlanPanel::saveAction()
{
    const CareAction *selected = selectedAction();
    if (!selected) {
        emit failed(tr("Select an action first."));
        return false;
    }
    const QString typedDue = m_ui->actionDueEdit->text().trimmed();
    CareAction changed = *selected;
    changed.what = m_ui->actionWhatEdit->text();
    changed.ownerWorkerId = m_ui->actionOwnerCombo->currentData().toLongLong();
    changed.dueOn = parseDate(typedDue);
    changed.status = comboValue<ActionStatus>(m_ui->actionStatusCombo);
    if (!typedDue.isEmpty() && !changed.dueOn.isValid()) {
        emit failed(tr("Write the date as dd/mm/yyyy, or leave it empty."));
        return false;
    }
    return apply(m_session.services().plans.updateAction(changed, m_session.actor()), tr("Action saved."));
}

bool CarePlanPanel::addReview()
{
    CareReview draft;
    draft.caseId = m_case.id;
    draft.reviewDate = parseDate(m_ui->reviewDateEdit->text());
    draft.outcome = m_ui->reviewOutcomeEdit->text();
    const QString typedNext = m_ui->nextReviewEdit->text().trimmed();
    draft.nextReviewOn = parseDate(typedNext);
    if (!draft.reviewDate.isValid() || (!typedNext.isEmpty() && !draft.nextReviewOn.isValid())) {
        emit failed(tr("Write the dates as dd/mm/yyyy."));
        return false;
    }
    const bool done =
        apply(m_session.services().plans.addReview(draft, m_session.actor()), tr("Review recorded."));
    if (done) {
        m_ui->reviewOutcomeEdit->clear();
        m_ui->nextReviewEdit->clear();
    }
    return done;
}

} // namespace cartella::gui
