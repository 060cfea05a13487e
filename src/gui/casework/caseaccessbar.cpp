// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/caseaccessbar.h"

#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_caseaccessbar.h"

#include <QInputDialog>

namespace cartella::gui {

using namespace cartella::domain;

CaseAccessBar::CaseAccessBar(Session &session, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::CaseAccessBar>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->emergencyLabel->setTextFormat(Qt::PlainText);
    m_ui->acknowledgeLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->restrictButton, &QPushButton::clicked, this, &CaseAccessBar::toggleRestriction);
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, &CaseAccessBar::acknowledgeFirst);
}

CaseAccessBar::~CaseAccessBar() = default;

void CaseAccessBar::showCase(const Case &c)
{
    m_case = c;
    const auto emergency = m_session.services().cases.seenInEmergency(c.id, m_session.actor());
    const bool inEmergency = emergency && emergency.value();
    m_inEmergency = inEmergency;
    m_ui->emergencyLabel->setVisible(inEmergency);
    if (inEmergency)
        m_ui->emergencyLabel->setText(
            tr("Emergency access: you are reading this case because of the reason you gave. The access is in "
               "the case history and the audit trail, and its responsible worker and the zone manager will "
               "see it. It ends after %1 hours.")
                .arg(EmergencyAccessService::kHours));

    m_pending.clear();
    if (const auto pending = m_session.services().emergency.toAcknowledge(m_session.actor())) {
        for (const EmergencyAccess &a : pending.value()) {
            if (a.caseId == c.id)
                m_pending.append(a);
        }
    }
    const bool flagged = !m_pending.isEmpty();
    m_ui->acknowledgeLabel->setVisible(flagged);
    m_ui->acknowledgeButton->setVisible(flagged);
    if (flagged) {
        const EmergencyAccess &a = m_pending.first();
        m_ui->acknowledgeLabel->setText(
            tr("Emergency access by %1 on %2 at %3. Reason: %4")
                .arg(a.userName, showDate(a.at.toLocalTime().date()),
                     a.at.toLocalTime().time().toString(QStringLiteral("HH:mm")), a.reason) +
            (m_pending.size() > 1 ? tr(" (and %n more)", nullptr, int(m_pending.size() - 1)) : QString()));
    }

    m_ui->restrictedLabel->setText(
        c.restricted ? tr("Restricted case: only its team and the zone manager see it.") : QString());
    const bool mayRestrict = m_session.may(Operation::RestrictCases) && !inEmergency;
    m_ui->restrictButton->setVisible(mayRestrict);
    m_ui->restrictButton->setText(c.restricted ? tr("Lift the &restriction…") : tr("Mark as &restricted"));
    setVisible(inEmergency || flagged || c.restricted || mayRestrict);
}

void CaseAccessBar::toggleRestriction()
{
    QString note;
    if (m_case.restricted) {
        bool accepted = false;
        note = QInputDialog::getText(this, tr("Lift the restriction"),
                                     tr("Why may every worker of the zone see this case from now on?"),
                                     QLineEdit::Normal, {}, &accepted);
        if (!accepted)
            return;
    }
    const auto changed = m_session.services().cases.setRestricted(
        m_case.id, m_case.stamp.version, !m_case.restricted, note, m_session.actor());
    if (!changed) {
        emit failed(changed.error().message);
        return;
    }
    emit this->changed(changed.value().restricted ? tr("The case is now restricted.")
                                                  : tr("The restriction was lifted."));
}

bool CaseAccessBar::acknowledgeFirst()
{
    if (m_pending.isEmpty())
        return false;
    const auto done = m_session.services().emergency.acknowledge(m_pending.first().id, m_session.actor());
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit changed(tr("Emergency access acknowledged."));
    return true;
}

} // namespace cartella::gui
