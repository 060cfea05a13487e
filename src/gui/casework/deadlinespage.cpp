// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/deadlinespage.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

// Remembered per user: "Le mie scadenze" starts with the logged-in user's own worker record.
QString workerSetting(const cartella::domain::Actor &actor)
{
    return QStringLiteral("deadlines/worker/") + actor.userName;
}
constexpr int kDeadlineIdRole = Qt::UserRole;

} // namespace

DeadlinesPage::DeadlinesPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(new QComboBox(this)), m_tree(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_complete(new QPushButton(tr("Mark as &done"), this))
{
    // A case saved in its window may have added, moved or completed deadlines.
    connect(&m_session, &Session::caseChanged, this, &DeadlinesPage::refresh);
    auto *openCase = new QPushButton(tr("Open &case"), this);
    auto *bar = new QHBoxLayout;
    auto *workerLabel = new QLabel(tr("Deadlines &of:"), this);
    workerLabel->setBuddy(m_worker);
    bar->addWidget(workerLabel);
    bar->addWidget(m_worker);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_complete);
    bar->addWidget(openCase);

    m_tree->setObjectName(QStringLiteral("deadlineTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Due"), tr("Case"), tr("What"), tr("From"), tr("Owner")});
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree);

    fillWorkers();
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(workerSetting(m_session.actor()), m_worker->currentData());
        refresh();
    });
    connect(m_complete, &QPushButton::clicked, this, &DeadlinesPage::completeSelected);
    connect(openCase, &QPushButton::clicked, this, [this] {
        if (const Deadline *d = selected())
            emit openCaseRequested(d->caseId);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const Deadline *d = selected())
            emit openCaseRequested(d->caseId);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_complete->setEnabled(completable()); });
    refresh();
}

void DeadlinesPage::fillWorkers()
{
    const QVariant remembered =
        QSettings().value(workerSetting(m_session.actor()),
                          m_session.actor().workerId > 0 ? QVariant(m_session.actor().workerId) : QVariant());
    m_worker->addItem(tr("Everyone"));
    addActiveWorkers(m_worker, m_session.services().cases.workers(m_session.actor()));
    const int index = remembered.isValid() ? m_worker->findData(remembered) : -1;
    m_worker->setCurrentIndex(std::max(index, 0));
}

std::optional<qint64> DeadlinesPage::workerId() const
{
    const QVariant id = m_worker->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void DeadlinesPage::refresh()
{
    const qint64 current = selected() ? selected()->id : 0;
    DeadlineQuery query;
    query.ownerWorkerId = workerId();
    query.openOnly = true;
    query.limit = 2000;
    const auto found = m_session.services().deadlines.list(query, m_session.actor());
    if (!found) {
        emit statusMessage(found.error().message);
        return;
    }
    m_deadlines = found.value();
    m_tree->clear();
    const QDate today = domain::officeToday();
    const QStringList titles{tr("Overdue"), tr("This week"), tr("Later")};
    QList<QTreeWidgetItem *> groups;
    for (const QString &title : titles) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        groups.append(group);
    }
    groups.first()->setForeground(0, QColor(0xa9, 0x32, 0x26));
    for (const Deadline &d : m_deadlines) {
        QTreeWidgetItem *group = groups.at(int(deadlineBucket(d.dueOn, today)));
        auto *item = new QTreeWidgetItem(group, {showDate(d.dueOn), d.caseNumber, deadlineText(d),
                                                 Vocabulary<DeadlineSource>::label(d.source), d.ownerName});
        item->setData(0, kDeadlineIdRole, d.id);
        if (d.dueOn < today)
            item->setForeground(0, QColor(0xa9, 0x32, 0x26));
    }
    int counts[3] = {};
    for (int i = 0; i < groups.size(); ++i) {
        counts[i] = groups.at(i)->childCount();
        groups.at(i)->setText(0, QStringLiteral("%1 (%2)").arg(titles.at(i)).arg(counts[i]));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    QString summary = tr("%1 overdue, %2 this week, %3 later").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    if (m_deadlines.size() >= query.limit)
        summary += QLatin1Char(' ') + tr("(only the first %1 are listed: choose a worker)").arg(query.limit);
    m_summary->setText(summary);
    if (current != 0)
        selectDeadline(current);
    m_complete->setEnabled(completable());
}

void DeadlinesPage::selectDeadline(qint64 deadlineId)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kDeadlineIdRole).toLongLong() == deadlineId)
                m_tree->setCurrentItem(group->child(i));
        }
    }
}

bool DeadlinesPage::completable() const
{
    return selected() && completedByHand(selected()->source);
}

const Deadline *DeadlinesPage::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return nullptr;
    const qint64 id = item->data(0, kDeadlineIdRole).toLongLong();
    for (const Deadline &d : m_deadlines) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

bool DeadlinesPage::completeSelected()
{
    const Deadline *d = selected();
    if (!d)
        return false;
    const QString title = d->title;
    const auto done = m_session.services().deadlines.complete(d->id, d->version, m_session.actor());
    refresh();
    if (!done) {
        emit statusMessage(done.error().message);
        return false;
    }
    emit statusMessage(tr("Done: %1").arg(title));
    emit m_session.deadlinesChanged();
    return true;
}

} // namespace cartella::gui
