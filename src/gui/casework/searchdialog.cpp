// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/searchdialog.h"

#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

enum ItemKind
{
    PersonItem = 1,
    CaseItem,
    DiaryItem,
    CaseNotesItem,
    IntakeItem,
};
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCaseRole = Qt::UserRole + 2;

} // namespace

SearchDialog::SearchDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_edit(new QLineEdit(this)), m_results(new QTreeWidget(this)),
      m_delay(new QTimer(this))
{
    setWindowTitle(tr("Search everything"));
    resize(760, 520);
    m_edit->setPlaceholderText(tr("Name, fiscal code, case number or words from the diary…"));
    m_edit->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Found"), tr("Where")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    auto *hint = new QLabel(
        tr("Words match from their start, without regard to accents. Return opens the selection."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    layout->addWidget(hint);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { search(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive()) {
            m_delay->stop();
            search(m_edit->text());
        }
        activate(m_results->currentItem());
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::activate);
    // Up and down in the box move through the results.
    m_edit->installEventFilter(this);
}

void SearchDialog::search(const QString &text)
{
    m_results->clear();
    const auto found = m_session.services().search.search(text, 20, m_session.actor());
    if (!found) {
        new QTreeWidgetItem(m_results, {found.error().message});
        return;
    }
    const SearchResults &r = found.value();
    const auto group = [this](const QString &title, qsizetype count) {
        auto *item = new QTreeWidgetItem(m_results, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    const auto add = [](QTreeWidgetItem *parent, const QStringList &cells, int kind, qint64 id,
                        qint64 caseId) {
        auto *item = new QTreeWidgetItem(parent, cells);
        item->setData(0, kKindRole, kind);
        item->setData(0, kIdRole, id);
        item->setData(0, kCaseRole, caseId);
        item->setToolTip(0, cells.first());
        return item;
    };
    if (!r.persons.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Persons"), r.persons.size());
        for (const PersonSummary &p : r.persons)
            add(g,
                {QStringLiteral("%1 %2").arg(p.surname, p.givenName),
                 QStringLiteral("%1 %2").arg(showDate(p.birthDate), p.fiscalCode).trimmed()},
                PersonItem, p.id, 0);
    }
    if (!r.cases.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Cases"), r.cases.size());
        for (const CaseSummary &c : r.cases)
            add(g,
                {QStringLiteral("%1 — %2").arg(c.number, c.principalName),
                 QStringLiteral("%1, %2").arg(Vocabulary<CaseArea>::label(c.area),
                                              Vocabulary<CaseStatus>::label(c.status))},
                CaseItem, c.id, c.id);
    }
    if (!r.texts.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Diary, notes and contacts"), r.texts.size());
        for (const TextHit &t : r.texts) {
            QString where;
            int kind = DiaryItem;
            switch (t.kind) {
            case TextHit::Kind::DiaryEntry:
                where = tr("Diary of %1, %2").arg(t.caseNumber, showDate(t.date));
                if (t.withdrawn)
                    where += QLatin1Char(' ') + tr("[WITHDRAWN]");
                break;
            case TextHit::Kind::CaseNotes:
                where = tr("Notes of case %1").arg(t.caseNumber);
                kind = CaseNotesItem;
                break;
            case TextHit::Kind::Intake:
                where = tr("Contact of %1").arg(showDate(t.date));
                kind = IntakeItem;
                break;
            }
            add(g, {t.snippet.simplified(), where}, kind, t.recordId, t.caseId);
        }
    }
    m_results->expandAll();
    // The first real result is selected, so that Return opens it.
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        if (m_results->topLevelItem(i)->childCount() > 0) {
            m_results->setCurrentItem(m_results->topLevelItem(i)->child(0));
            break;
        }
    }
    if (m_results->topLevelItemCount() == 0 && !text.trimmed().isEmpty())
        new QTreeWidgetItem(m_results, {tr("Nothing found.")});
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    const int kind = item->data(0, kKindRole).toInt();
    const qint64 id = item->data(0, kIdRole).toLongLong();
    const qint64 caseId = item->data(0, kCaseRole).toLongLong();
    switch (kind) {
    case PersonItem:
        emit openPerson(id);
        break;
    case CaseItem:
    case CaseNotesItem:
        emit openCase(caseId, 0);
        break;
    case DiaryItem:
        emit openCase(caseId, id);
        break;
    case IntakeItem:
        if (caseId != 0)
            emit openCase(caseId, 0);
        else
            emit openIntake(id);
        break;
    }
    accept();
}

} // namespace cartella::gui
