// SPDX-License-Identifier: EUPL-1.2
#include "gui/shell/casewindow.h"

#include "domain/casework/casestatusrules.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/casework/careplanpanel.h"
#include "gui/casework/caseaccessbar.h"
#include "gui/casework/casedeadlinespanel.h"
#include "gui/casework/casehistory.h"
#include "gui/casework/casememberspanel.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "gui/common/tabcycling.h"
#include "gui/minori/courtreportdialog.h"
#include "gui/minori/mandatespanel.h"
#include "gui/services/deliverydetails.h"
#include "gui/services/deliverylist.h"
#include "gui/services/deliveryrequestdialog.h"
#include "gui/services/iseedialog.h"
#include "ui_casewindow.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QShortcut>
#include <QSignalBlocker>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

constexpr int kEntryIdRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

CaseWindow::CaseWindow(Session &session, qint64 caseId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::CaseWindow>()), m_session(session),
      m_caseId(caseId), m_members(new CaseMembersPanel(m_session, this)),
      m_plan(new CarePlanPanel(m_session, this)), m_deadlines(new CaseDeadlinesPanel(m_session, this)),
      m_access(new CaseAccessBar(m_session, this)), m_servicesList(new DeliveryList(m_session, this)),
      m_mandates(new MandatesPanel(m_session, this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(1, m_access);
    for (const DiaryKind kind : Vocabulary<DiaryKind>::values())
        m_ui->entryKindCombo->addItem(Vocabulary<DiaryKind>::label(kind), int(kind));
    m_ui->entryKindCombo->setCurrentIndex(int(DiaryKind::Interview));
    m_ui->entryDateEdit->setText(domain::officeToday().toString(kDateFormat));
    for (const ClosureReason reason : Vocabulary<ClosureReason>::values()) {
        if (reason != ClosureReason::None)
            m_ui->closureReasonCombo->addItem(Vocabulary<ClosureReason>::label(reason), int(reason));
    }
    m_ui->historyTable->setColumnCount(5);
    m_ui->historyTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Change"), tr("From → to"), tr("Note"), tr("By")});
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->tabs->insertTab(1, m_members, tr("People and household"));
    m_ui->tabs->addTab(m_plan, tr("Project"));
    m_ui->tabs->addTab(m_deadlines, tr("Deadlines"));
    m_ui->tabs->addTab(m_servicesList, tr("Services and aid"));
    m_ui->tabs->addTab(m_mandates, tr("Court mandates"));
    m_servicesList->setOffersNewRequest(true);
    m_servicesList->setLoader(
        [this] { return m_session.services().deliveries.forCase(m_caseId, m_session.actor()); });
    connect(m_servicesList, &DeliveryList::changed, this, &CaseWindow::panelChanged);
    connect(m_servicesList, &DeliveryList::failed, this, &CaseWindow::panelFailed);
    connect(m_servicesList, &DeliveryList::newRequest, this, &CaseWindow::requestService);
    connect(m_servicesList, &DeliveryList::detailsOf, this, &CaseWindow::openDetails);
    connect(m_servicesList, &DeliveryList::iseeOf, this, &CaseWindow::openIsee);
    connect(m_members, &CaseMembersPanel::changed, this, &CaseWindow::panelChanged);
    connect(m_mandates, &MandatesPanel::changed, this, &CaseWindow::panelChanged);
    connect(m_mandates, &MandatesPanel::failed, this, &CaseWindow::panelFailed);
    connect(m_members, &CaseMembersPanel::failed, this, &CaseWindow::panelFailed);
    connect(m_plan, &CarePlanPanel::changed, this, &CaseWindow::panelChanged);
    connect(m_plan, &CarePlanPanel::failed, this, &CaseWindow::panelFailed);
    connect(m_deadlines, &CaseDeadlinesPanel::changed, this, &CaseWindow::panelChanged);
    connect(m_deadlines, &CaseDeadlinesPanel::failed, this, &CaseWindow::panelFailed);
    connect(m_access, &CaseAccessBar::changed, this, &CaseWindow::panelChanged);
    connect(m_access, &CaseAccessBar::failed, this, &CaseWindow::panelFailed);
    // Deadlines completed in "Le mie scadenze", or a person's data saved in the registry, show here at once;
    // what is being typed stays.
    connect(&m_session, &Session::deadlinesChanged, this, &CaseWindow::reloadKeepingDrafts);
    connect(&m_session, &Session::personChanged, this, &CaseWindow::reloadKeepingDrafts);
    // Only the tabs the role may read: an educator sees no registry, an administrative officer no content.
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_members), m_session.may(Operation::ReadPersons));
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->diaryTab), m_session.may(Operation::ReadCaseContent));
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_plan), m_session.may(Operation::ReadCaseContent));
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_deadlines), m_session.may(Operation::ReadDeadlines));
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_servicesList), m_session.may(Operation::ReadServices));
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_mandates), m_session.may(Operation::ReadMandates));
    m_ui->historyLabel->setVisible(m_session.may(Operation::ReadCaseContent));
    m_ui->historyTable->setVisible(m_session.may(Operation::ReadCaseContent));
    m_ui->statusGroup->setVisible(m_session.may(Operation::ChangeCaseStatus));
    m_ui->diarySplitter->setSizes({420, 520});
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    // Tutela Minori: the relazione to the court, for the roles that may read reports.
    if (m_session.may(Operation::ReadCourtReports)) {
        auto *report = new QPushButton(tr("Court re&port…"), m_ui->tabs);
        report->setObjectName(QStringLiteral("courtReportButton"));
        m_ui->tabs->setCornerWidget(report, Qt::TopRightCorner);
        connect(report, &QPushButton::clicked, this, [this] {
            CourtReportDialog dialog(m_session, m_caseId, this);
            dialog.exec();
            reloadKeepingDrafts(); // a filed PDF is in the history now
        });
    }

    cycleTabsFromAnywhere(m_ui->tabs, this);
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, &CaseWindow::addEntry);
    // Only while typing the new entry: Ctrl+Return in the correction editor must not file the draft.
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->entryTextEdit);
    addShortcut->setContext(Qt::WidgetShortcut);
    connect(addShortcut, &QShortcut::activated, this, &CaseWindow::addEntry);
    connect(m_ui->saveCorrectionButton, &QPushButton::clicked, this, &CaseWindow::saveCorrection);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &CaseWindow::askWithdraw);
    connect(m_ui->applyStatusButton, &QPushButton::clicked, this, &CaseWindow::applyStatus);
    connect(m_ui->nextStatusCombo, &QComboBox::currentIndexChanged, this, &CaseWindow::updateStatusControls);
    connect(m_ui->entryList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (correctionUnsaved() &&
            QMessageBox::question(this, tr("Unsaved correction"),
                                  tr("The correction typed in the editor has not been saved. Discard it?"),
                                  QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Discard) {
            const QSignalBlocker block(m_ui->entryList);
            m_ui->entryList->setCurrentRow(m_shownRow);
            return;
        }
        showEntry(row);
    });
    // F5 and the Reload button show what others saved; text being typed in the boxes stays.
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, m_ui->reloadButton,
            &QPushButton::click);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (reloadKeepingDrafts())
            say(tr("Reloaded."), false);
    });
    // Opening the diary puts the cursor where a new entry is written.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->diaryTab)
            m_ui->entryTextEdit->setFocus();
    });
    reload();
}

CaseWindow::~CaseWindow() = default;

void CaseWindow::panelChanged(const QString &message)
{
    reloadKeepingDrafts();
    say(message, false);
    emit m_session.caseChanged(m_caseId);
}

void CaseWindow::panelFailed(const QString &message)
{
    say(message, true);
}

void CaseWindow::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

QString CaseWindow::messageText() const
{
    return m_ui->messageLabel->text();
}

bool CaseWindow::reloadKeepingDrafts()
{
    const bool keepCorrection = correctionUnsaved();
    const QString correction = m_ui->entryEditor->toPlainText();
    const qint64 shownId = m_shownRow >= 0 && m_shownRow < m_entries.size() ? m_entries.at(m_shownRow).id : 0;
    const bool loaded = reload(shownId);
    if (keepCorrection && m_shownRow >= 0 && m_shownRow < m_entries.size() &&
        m_entries.at(m_shownRow).id == shownId)
        m_ui->entryEditor->setPlainText(correction);
    return loaded;
}

bool CaseWindow::reload(qint64 selectEntryId)
{
    // The first read opens the case and is written to the audit trail; reloads only refresh it.
    const auto found = m_opened ? m_session.services().cases.get(m_caseId, m_session.actor())
                                : m_session.services().cases.view(m_caseId, m_session.actor());
    if (!found) {
        say(found.error().message, true);
        return false;
    }
    m_opened = true;
    m_case = found.value();
    setWindowTitle(tr("Case %1").arg(m_case.number()));
    m_access->showCase(m_case);
    // An emergency access reads the case and writes in the diary; it changes nothing else.
    m_ui->statusGroup->setVisible(m_session.may(Operation::ChangeCaseStatus) && !m_access->inEmergency());
    showSummary();
    if (tabShown(1))
        m_members->showCase(m_case);
    if (tabShown(4))
        m_deadlines->showCase(m_case);
    if (tabShown(5))
        m_servicesList->reload();
    if (tabShown(6))
        m_mandates->showCase(m_case);
    if (tabShown(2)) {
        fillHistory();
        m_plan->showCase(m_case);
        fillDiary(selectEntryId);
    }
    return true;
}

void CaseWindow::showSummary()
{
    QString responsible;
    if (const auto workers = m_session.services().cases.workers(m_session.actor())) {
        for (const Worker &w : workers.value()) {
            if (w.id == m_case.responsibleWorkerId)
                responsible = w.name;
        }
    }
    const auto municipality = m_session.services().persons.places().municipality(m_case.municipalityCode);
    const QString principal = m_case.members.isEmpty() ? QString() : m_case.members.first().displayName;
    m_ui->headerLabel->setText(
        QStringLiteral("<h2>%1 — %2</h2>").arg(m_case.number(), principal.toHtmlEscaped()));
    m_ui->numberValue->setText(m_case.number());
    m_ui->areaValue->setText(Vocabulary<CaseArea>::label(m_case.area));
    QString status = Vocabulary<CaseStatus>::label(m_case.status);
    if (m_case.status == CaseStatus::Closed)
        status += QStringLiteral(" (%1, %2)")
                      .arg(Vocabulary<ClosureReason>::label(m_case.closureReason),
                           m_case.closedOn.toString(kDateFormat));
    m_ui->statusValue->setText(status);
    m_ui->municipalityValue->setText(municipality ? municipality->label() : m_case.municipalityCode);
    m_ui->responsibleValue->setText(responsible);
    m_ui->openedValue->setText(m_case.openedOn.toString(kDateFormat));
    // The generic projects the case is or was enrolled in, for those who read projects.
    const bool readsProjects = m_session.may(Operation::ReadProgrammes);
    m_ui->programmesLabel->setVisible(readsProjects);
    m_ui->programmesValue->setVisible(readsProjects);
    if (readsProjects) {
        QStringList lines;
        if (const auto enrolments =
                m_session.services().programmes.enrolmentsOfCase(m_caseId, m_session.actor())) {
            for (const Enrolment &e : enrolments.value())
                lines << (e.open() ? tr("%1, since %2").arg(e.programmeName, e.joinedOn.toString(kDateFormat))
                                   : tr("%1, %2 – %3")
                                         .arg(e.programmeName, e.joinedOn.toString(kDateFormat),
                                              e.leftOn.toString(kDateFormat)));
        }
        m_ui->programmesValue->setText(lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n')));
    }

    m_ui->nextStatusCombo->blockSignals(true);
    m_ui->nextStatusCombo->clear();
    for (const CaseStatus next : CaseStatusRules::next(m_case.status)) {
        const QString label = m_case.status == CaseStatus::Closed
                                  ? tr("Reopen (%1)").arg(Vocabulary<CaseStatus>::label(next))
                                  : Vocabulary<CaseStatus>::label(next);
        m_ui->nextStatusCombo->addItem(label, int(next));
    }
    m_ui->nextStatusCombo->blockSignals(false);
    updateStatusControls();
}

void CaseWindow::updateStatusControls()
{
    const bool closing = m_ui->nextStatusCombo->currentData().toInt() == int(CaseStatus::Closed);
    m_ui->closureReasonCombo->setVisible(closing);
}

void CaseWindow::fillHistory()
{
    const auto history = m_session.services().cases.history(m_caseId, m_session.actor());
    m_ui->historyTable->setRowCount(0);
    if (!history)
        return;
    const QList<CaseEvent> &events = history.value();
    m_ui->historyTable->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const CaseEvent &e = events.at(events.size() - 1 - i); // newest first
        const HistoryLine line = CaseHistoryText::describe(e, m_case);
        m_ui->historyTable->setItem(i, 0,
                                    cell(e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        m_ui->historyTable->setItem(i, 1, cell(line.kind));
        m_ui->historyTable->setItem(i, 2, cell(line.change));
        m_ui->historyTable->setItem(i, 3, cell(line.note));
        m_ui->historyTable->setItem(i, 4, cell(e.by));
    }
    m_ui->historyTable->resizeColumnsToContents();
}

void CaseWindow::fillDiary(qint64 selectEntryId)
{
    const auto entries = m_session.services().diary.entries(m_caseId, m_session.actor());
    m_entries = entries ? entries.value() : QList<DiaryEntry>();
    m_ui->entryList->blockSignals(true);
    m_ui->entryList->clear();
    int select = m_entries.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const DiaryEntry &e = m_entries.at(i);
        QString head = QStringLiteral("%1 — %2 — %3")
                           .arg(e.date.toString(kDateFormat), Vocabulary<DiaryKind>::label(e.kind), e.author);
        if (e.version > 1)
            head += QLatin1Char(' ') + tr("(corrected, version %1)").arg(e.version);
        if (e.withdrawn)
            head += QLatin1Char(' ') + tr("[WITHDRAWN]");
        auto *item = new QListWidgetItem(head + QLatin1Char('\n') + e.text.left(160), m_ui->entryList);
        item->setData(kEntryIdRole, e.id);
        if (e.withdrawn) {
            QFont font = item->font();
            font.setItalic(true);
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        if (e.id == selectEntryId)
            select = i;
    }
    m_ui->entryList->blockSignals(false);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->diaryTab), tr("Diary (%1)").arg(m_entries.size()));
    {
        const QSignalBlocker block(
            m_ui->entryList); // showing is done here, without the unsaved-correction prompt
        m_ui->entryList->setCurrentRow(select);
    }
    showEntry(select);
}

void CaseWindow::showTab(int index)
{
    if (tabShown(index))
        m_ui->tabs->setCurrentIndex(index);
}

void CaseWindow::requestService()
{
    DeliveryRequestDialog dialog(m_session, m_case, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadKeepingDrafts();
    m_servicesList->select(dialog.delivery().id);
    say(tr("Request sent: it waits for the zone manager's approval."), false);
    emit m_session.caseChanged(m_caseId);
}

void CaseWindow::openDetails(const ServiceDelivery &delivery)
{
    if (execDeliveryDetails(m_session, delivery, this))
        m_servicesList->reload();
}

void CaseWindow::openIsee(qint64 personId, const QString &name)
{
    IseeDialog dialog(m_session, personId, name, this);
    dialog.exec();
}

bool CaseWindow::tabShown(int index) const
{
    return m_ui->tabs->isTabVisible(index);
}

void CaseWindow::selectEntry(qint64 entryId)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == entryId)
            m_ui->entryList->setCurrentRow(i);
    }
}

bool CaseWindow::correctionUnsaved() const
{
    return m_ui->entryEditor->isEnabled() && m_ui->entryEditor->toPlainText() != m_shownEntryText;
}

void CaseWindow::showEntry(int row)
{
    const bool valid = row >= 0 && row < m_entries.size();
    m_ui->entryEditor->setEnabled(valid && !m_entries.at(row).withdrawn);
    m_ui->saveCorrectionButton->setEnabled(valid && !m_entries.at(row).withdrawn);
    m_ui->withdrawButton->setEnabled(valid && !m_entries.at(row).withdrawn);
    m_ui->versionList->clear();
    if (!valid) {
        m_ui->entryTitle->clear();
        m_ui->entryEditor->clear();
        return;
    }
    m_shownRow = row;
    const DiaryEntry &e = m_entries.at(row);
    QString title = tr("%1 of %2, written by %3")
                        .arg(Vocabulary<DiaryKind>::label(e.kind), e.date.toString(kDateFormat), e.author);
    if (e.withdrawn)
        title += QLatin1Char('\n') +
                 tr("Withdrawn on %1 by %2: %3")
                     .arg(e.withdrawnAt.toLocalTime().toString(kDateFormat), e.withdrawnBy, e.withdrawReason);
    m_ui->entryTitle->setText(title);
    m_ui->entryEditor->setPlainText(e.text);
    m_shownEntryText = e.text;
    fillVersions(e, false);
}

void CaseWindow::fillVersions(const DiaryEntry &e, bool includeCurrent)
{
    m_ui->versionList->clear();
    const auto versions = m_session.services().diary.versions(e.id, m_session.actor());
    if (!versions)
        return;
    for (const DiaryVersion &v : versions.value()) {
        if (v.version == e.version && !includeCurrent)
            continue;
        QString head =
            tr("Version %1, %2, %3")
                .arg(v.version)
                .arg(v.editedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), v.editedBy);
        if (v.version == e.version)
            head += QLatin1Char(' ') + tr("(current)");
        new QListWidgetItem(head + QLatin1Char('\n') + v.text, m_ui->versionList);
    }
    m_ui->versionsLabel->setText(includeCurrent                ? tr("All versions, the current one included")
                                 : versions.value().size() > 1 ? tr("Earlier versions")
                                                               : tr("No earlier versions"));
}

bool CaseWindow::addEntry()
{
    DiaryEntry e;
    e.caseId = m_caseId;
    e.kind = static_cast<DiaryKind>(m_ui->entryKindCombo->currentData().toInt());
    e.date = QDate::fromString(m_ui->entryDateEdit->text().trimmed(), kDateFormat);
    if (!e.date.isValid()) {
        say(tr("The entry date is not a date: write it as dd/mm/yyyy."), true);
        return false;
    }
    e.text = m_ui->entryTextEdit->toPlainText();
    for (const CaseMember &m : m_case.members)
        e.personIds.append(m.personId);
    const auto added = m_session.services().diary.add(e, m_session.actor());
    if (!added) {
        say(added.error().message, true); // the typed text stays in the box
        return false;
    }
    m_ui->entryTextEdit->clear();
    fillDiary(added.value().id);
    say(tr("Entry added to the diary."), false);
    return true;
}

bool CaseWindow::saveCorrection()
{
    const int row = m_ui->entryList->currentRow();
    if (row < 0 || row >= m_entries.size())
        return false;
    const DiaryEntry &e = m_entries.at(row);
    const auto edited =
        m_session.services().diary.edit(e.id, e.version, m_ui->entryEditor->toPlainText(), m_session.actor());
    if (!edited) {
        say(edited.error().message, true); // the corrected text stays in the editor
        if (edited.error().code == ErrorCode::Conflict) {
            // Show what the other person saved, beside the editor, and save on top of it next time.
            if (const auto fresh = m_session.services().diary.get(e.id, m_session.actor())) {
                m_entries[row] = fresh.value();
                m_shownEntryText = fresh.value().text;
                fillVersions(fresh.value(), true);
            }
        }
        return false;
    }
    fillDiary(e.id);
    say(tr("Correction saved as version %1; the earlier text is kept.").arg(edited.value().version), false);
    return true;
}

void CaseWindow::askWithdraw()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Withdraw entry"),
                              tr("Why is this entry withdrawn? It stays in the diary, marked as "
                                 "withdrawn."),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        withdrawSelected(reason);
}

bool CaseWindow::withdrawSelected(const QString &reason)
{
    const int row = m_ui->entryList->currentRow();
    if (row < 0 || row >= m_entries.size())
        return false;
    const qint64 id = m_entries.at(row).id;
    const auto withdrawn =
        m_session.services().diary.withdraw(id, m_entries.at(row).version, reason, m_session.actor());
    if (!withdrawn) {
        say(withdrawn.error().message, true);
        return false;
    }
    fillDiary(id);
    say(tr("Entry withdrawn; it stays in the diary."), false);
    return true;
}

bool CaseWindow::applyStatus()
{
    if (m_ui->nextStatusCombo->count() == 0)
        return false;
    const auto to = static_cast<CaseStatus>(m_ui->nextStatusCombo->currentData().toInt());
    const auto reason = to == CaseStatus::Closed
                            ? static_cast<ClosureReason>(m_ui->closureReasonCombo->currentData().toInt())
                            : ClosureReason::None;
    const auto changed = m_session.services().cases.changeStatus(
        m_caseId, m_case.stamp.version, to, reason, m_ui->statusNoteEdit->text(), m_session.actor());
    if (!changed) {
        say(changed.error().message, true);
        return false;
    }
    m_ui->statusNoteEdit->clear();
    // Every tab follows the new status (a closed case is read-only) and the new version.
    reloadKeepingDrafts();
    say(tr("Status changed to \"%1\".").arg(Vocabulary<CaseStatus>::label(m_case.status)), false);
    emit m_session.caseChanged(m_caseId);
    return true;
}

} // namespace cartella::gui
