// SPDX-License-Identifier: EUPL-1.2
#include "gui/casework/breakglassdialog.h"

#include "domain/servicehub.h"
#include "gui/common/session.h"
#include "ui_breakglassdialog.h"

#include <QPushButton>

namespace cartella::gui {

BreakGlassDialog::BreakGlassDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BreakGlassDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->warningLabel->setText(
        tr("Use this only in an emergency, for a case you cannot see: a restricted case or another team's. "
           "Your "
           "access, the time and your reason are kept for good, written in the case history, and shown to "
           "the "
           "case's responsible worker and to the zone manager. The access ends after %1 hours.")
            .arg(domain::EmergencyAccessService::kHours));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open in emergency"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BreakGlassDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BreakGlassDialog::~BreakGlassDialog() = default;

void BreakGlassDialog::accept()
{
    const auto opened = m_session.services().emergency.breakGlass(
        m_ui->numberEdit->text(), m_ui->reasonEdit->toPlainText(), m_session.actor());
    if (!opened) {
        m_ui->messageLabel->setText(opened.error().message);
        const QString field =
            opened.error().fields.isEmpty() ? QString() : opened.error().fields.first().field;
        if (field == QLatin1String("number"))
            m_ui->numberEdit->setFocus();
        else
            m_ui->reasonEdit->setFocus();
        return;
    }
    m_caseId = opened.value().id;
    QDialog::accept();
}

} // namespace cartella::gui
