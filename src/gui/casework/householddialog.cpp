// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/householddialog.h"

#include "domain/kernel/vocabulary.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/personpickerdialog.h"
#include "gui/common/session.h"
#include "ui_householddialog.h"

#include <QHeaderView>
#include <QMessageBox>

namespace cartella::gui {

using namespace cartella::domain;

HouseholdDialog::HouseholdDialog(Session &session, qint64 personId, const QString &personName,
                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HouseholdDialog>()), m_session(session),
      m_personId(personId), m_personName(personName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Household of %1").arg(personName));
    m_ui->membersTable->setColumnCount(3);
    m_ui->membersTable->setHorizontalHeaderLabels(
        {tr("Person"), tr("Relation to the reference person"), tr("Since")});
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->membersTable->verticalHeader()->hide();
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->createButton, &QPushButton::clicked, this, &HouseholdDialog::createHousehold);
    connect(m_ui->addButton, &QPushButton::clicked, this, &HouseholdDialog::askAddMember);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->membersTable->currentRow();
        if (row < 0)
            return;
        if (QMessageBox::question(
                this, tr("Member leaves"),
                tr("%1 leaves the household today. The earlier composition stays on record. "
                   "Go on?")
                    .arg(m_ui->membersTable->item(row, 0)->text())) == QMessageBox::Yes)
            removeSelected();
    });
    reload();
}

HouseholdDialog::~HouseholdDialog() = default;

void HouseholdDialog::say(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a93226;")
                                            : QStringLiteral("color: #1e7d32;"));
    m_ui->messageLabel->setText(message);
}

QString HouseholdDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool HouseholdDialog::reload()
{
    const auto found = m_session.services().households.householdOf(m_personId, m_session.actor());
    if (!found) {
        say(found.error().message, true);
        return false;
    }
    m_household = found.value();
    m_ui->membersTable->setRowCount(0);
    m_ui->membersTable->setVisible(m_household.has_value());
    m_ui->createButton->setVisible(!m_household);
    m_ui->addButton->setEnabled(m_household.has_value());
    m_ui->removeButton->setEnabled(m_household.has_value());
    if (!m_household) {
        m_ui->headerLabel->setText(tr("%1 does not belong to a household yet. Create one with them as its "
                                      "reference person, or add them "
                                      "to another person's household from there.")
                                       .arg(m_personName));
        return true;
    }
    m_ui->headerLabel->setText(tr("%n member(s). Relations are to the reference person.", nullptr,
                                  int(m_household->members.size())));
    const QList<HouseholdMember> &members = m_household->members;
    m_ui->membersTable->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const HouseholdMember &m = members.at(i);
        auto *name = new QTableWidgetItem(m.displayName);
        name->setData(Qt::UserRole, m.personId);
        if (m.personId == m_personId) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_ui->membersTable->setItem(i, 0, name);
        m_ui->membersTable->setItem(i, 1,
                                    new QTableWidgetItem(Vocabulary<HouseholdRelation>::label(m.relation)));
        m_ui->membersTable->setItem(i, 2, new QTableWidgetItem(showDate(m.joinedOn)));
    }
    m_ui->membersTable->resizeColumnsToContents();
    return true;
}

bool HouseholdDialog::createHousehold()
{
    const auto created = m_session.services().households.create(m_personId, m_session.actor());
    if (!created) {
        say(created.error().message, true);
        return false;
    }
    reload();
    say(tr("Household created."), false);
    return true;
}

void HouseholdDialog::askAddMember()
{
    QList<std::pair<QString, QString>> relations;
    for (const HouseholdRelation r : Vocabulary<HouseholdRelation>::values()) {
        if (r != HouseholdRelation::Reference)
            relations.append(
                {Vocabulary<HouseholdRelation>::label(r), Vocabulary<HouseholdRelation>::code(r)});
    }
    PersonPickerDialog picker(m_session.services().persons, m_session.actor(), relations, this);
    picker.setWindowTitle(tr("Add to the household"));
    if (picker.exec() != QDialog::Accepted || picker.personId() == 0)
        return;
    addMember(picker.personId(), Vocabulary<HouseholdRelation>::fromCode(picker.roleCode()));
}

bool HouseholdDialog::addMember(qint64 personId, HouseholdRelation relation)
{
    if (!m_household)
        return false;
    const auto added = m_session.services().households.addMember(m_household->id, m_household->version,
                                                                 personId, relation, m_session.actor());
    if (!added) {
        say(added.error().message, true);
        if (added.error().code == ErrorCode::Conflict)
            reload();
        return false;
    }
    reload();
    say(tr("Member added."), false);
    return true;
}

bool HouseholdDialog::removeSelected()
{
    const int row = m_ui->membersTable->currentRow();
    if (!m_household || row < 0)
        return false;
    const qint64 personId = m_ui->membersTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto removed = m_session.services().households.removeMember(m_household->id, m_household->version,
                                                                      personId, m_session.actor());
    if (!removed) {
        if (removed.error().code == ErrorCode::Conflict)
            reload(); // show the colleague's change; the next try starts from it
        say(removed.error().message, true);
        return false;
    }
    reload();
    say(tr("The member left the household; the earlier composition stays on record."), false);
    return true;
}

} // namespace cartella::gui
