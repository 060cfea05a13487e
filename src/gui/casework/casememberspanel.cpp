// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/casememberspanel.h"

#include "domain/casework/casescope.h"
#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/casework/householddialog.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/session.h"
#include "ui_casememberspanel.h"

#include <QHeaderView>

namespace cartella::gui {

using namespace cartella::domain;

CaseMembersPanel::CaseMembersPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CaseMembersPanel>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->membersTable->setColumnCount(2);
    m_ui->membersTable->setHorizontalHeaderLabels({tr("Person"), tr("Role")});
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->membersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->membersTable->verticalHeader()->hide();
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &CaseMembersPanel::askAddMember);
    connect(m_ui->householdButton, &QPushButton::clicked, this, &CaseMembersPanel::openHousehold);
    connect(m_ui->membersTable, &QTableWidget::cellDoubleClicked, this, &CaseMembersPanel::openHousehold);
    connect(m_ui->saveTeamButton, &QPushButton::clicked, this, &CaseMembersPanel::saveTeam);
}

CaseMembersPanel::~CaseMembersPanel() = default;

void CaseMembersPanel::showCase(const Case &c)
{
    // Ticks the user changed stay unless the stored team itself changed.
    QList<qint64> ticked;
    const bool keepTicks = m_case.id == c.id && m_case.teamWorkerIds == c.teamWorkerIds;
    for (int i = 0; i < m_ui->teamList->count(); ++i) {
        if (m_ui->teamList->item(i)->checkState() == Qt::Checked)
            ticked.append(m_ui->teamList->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_case = c;
    const int selected = m_ui->membersTable->currentRow();
    m_ui->membersTable->setRowCount(int(c.members.size()));
    for (int i = 0; i < c.members.size(); ++i) {
        const CaseMember &m = c.members.at(i);
        auto *name = new QTableWidgetItem(m.displayName);
        name->setData(Qt::UserRole, m.personId);
        m_ui->membersTable->setItem(i, 0, name);
        m_ui->membersTable->setItem(i, 1, new QTableWidgetItem(Vocabulary<MemberRole>::label(m.role)));
    }
    if (!c.members.isEmpty())
        m_ui->membersTable->selectRow(std::clamp(selected, 0, int(c.members.size()) - 1));

    const bool open = c.status != CaseStatus::Closed;
    // Only those who may change people and team see the controls; not through an emergency access either.
    const bool mayEdit =
        m_session.may(Operation::EditCaseMembers) && CaseScope::of(m_session.actor()).sees(c);
    m_ui->addMemberButton->setVisible(mayEdit);
    m_ui->saveTeamButton->setVisible(mayEdit);
    m_ui->teamList->setEnabled(mayEdit);
    m_ui->addMemberButton->setEnabled(open);
    m_ui->saveTeamButton->setEnabled(open);
    m_ui->teamList->clear();
    const auto workers = m_session.services().cases.workers(m_session.actor());
    if (!workers)
        return;
    for (const Worker &w : workers.value()) {
        if (w.id == c.responsibleWorkerId || (!w.active && !c.teamWorkerIds.contains(w.id)))
            continue;
        auto *item = new QListWidgetItem(w.role.isEmpty() ? w.name : tr("%1 (%2)").arg(w.name, w.role),
                                         m_ui->teamList);
        item->setData(Qt::UserRole, w.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool checked = keepTicks ? ticked.contains(w.id) : c.teamWorkerIds.contains(w.id);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void CaseMembersPanel::askAddMember()
{
    QList<std::pair<QString, QString>> roles;
    for (const MemberRole r : Vocabulary<MemberRole>::values()) {
        if (r != MemberRole::PrincipalBeneficiary)
            roles.append({Vocabulary<MemberRole>::label(r), Vocabulary<MemberRole>::code(r)});
    }
    PersonPickerDialog picker(m_session.services().persons, m_session.actor(), roles, this);
    picker.setWindowTitle(tr("Add a person to case %1").arg(m_case.number()));
    if (picker.exec() == QDialog::Accepted && picker.personId() != 0)
        addMember(picker.personId(), Vocabulary<MemberRole>::fromCode(picker.roleCode()));
}

bool CaseMembersPanel::addMember(qint64 personId, MemberRole role)
{
    const auto added = m_session.services().cases.addMember(m_case.id, m_case.stamp.version,
                                                            {personId, role, {}}, m_session.actor());
    if (!added) {
        emit failed(added.error().message);
        return false;
    }
    emit changed(tr("Person added to the case."));
    return true;
}

bool CaseMembersPanel::saveTeam()
{
    QList<qint64> team;
    for (int i = 0; i < m_ui->teamList->count(); ++i) {
        const QListWidgetItem *item = m_ui->teamList->item(i);
        if (item->checkState() == Qt::Checked)
            team.append(item->data(Qt::UserRole).toLongLong());
    }
    const auto saved =
        m_session.services().cases.setTeam(m_case.id, m_case.stamp.version, team, m_session.actor());
    if (!saved) {
        emit failed(saved.error().message);
        return false;
    }
    emit changed(tr("Team saved."));
    return true;
}

void CaseMembersPanel::openHousehold()
{
    const int row = m_ui->membersTable->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *item = m_ui->membersTable->item(row, 0);
    HouseholdDialog dialog(m_session, item->data(Qt::UserRole).toLongLong(), item->text(), this);
    dialog.exec();
}

} // namespace cartella::gui
