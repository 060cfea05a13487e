// SPDX-License-Identifier: EUPL-1.2
#include "gui/access/userdialog.h"

#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_userdialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

namespace {

constexpr qint64 kNewWorker = -1;

} // namespace

UserDialog::UserDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    fillCombo<Role>(m_ui->roleCombo);
    m_ui->workerCombo->addItem(tr("(none)"), qint64(0));
    m_ui->workerCombo->addItem(tr("New worker with this name"), kNewWorker);
    addActiveWorkers(m_ui->workerCombo, m_session.services().cases.workers(m_session.actor()));
    // Those who work on cases act as a worker record; the others need none.
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        const Role role = comboValue<Role>(m_ui->roleCombo);
        const bool worksOnCases = role == Role::SocialWorker || role == Role::Educator;
        m_ui->workerCombo->setCurrentIndex(worksOnCases ? 1 : 0);
    });
    m_ui->workerCombo->setCurrentIndex(1);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UserDialog::~UserDialog() = default;

void UserDialog::accept()
{
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        m_ui->messageLabel->setText(tr("The two passwords differ."));
        m_ui->repeatEdit->setFocus();
        return;
    }
    User draft;
    draft.username = m_ui->usernameEdit->text();
    draft.fullName = m_ui->fullNameEdit->text();
    draft.fiscalCode = m_ui->fiscalCodeEdit->text();
    draft.role = comboValue<Role>(m_ui->roleCombo);
    for (const QString &code : m_ui->comuniEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        draft.municipalityCodes.append(code.trimmed());
    const qint64 worker = m_ui->workerCombo->currentData().toLongLong();
    draft.workerId = worker > 0 ? worker : 0;
    // The user is checked first, so that a refused user leaves no new worker behind.
    if (const QString problem = m_session.services().auth.passwordProblem(draft, m_ui->passwordEdit->text());
        !problem.isEmpty()) {
        m_ui->messageLabel->setText(problem);
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (worker == kNewWorker && !draft.fullName.trimmed().isEmpty()) {
        const auto made = m_session.services().cases.registerWorker(
            {0, draft.fullName, Vocabulary<Role>::label(draft.role), true}, m_session.actor());
        if (!made) {
            m_ui->messageLabel->setText(made.error().message);
            return;
        }
        draft.workerId = made.value().id;
        m_ui->workerCombo->addItem(made.value().name, made.value().id);
        m_ui->workerCombo->setCurrentIndex(m_ui->workerCombo->count() - 1);
    }
    const auto created =
        m_session.services().auth.createUser(draft, m_ui->passwordEdit->text(), m_session.actor());
    if (!created) {
        m_ui->messageLabel->setText(created.error().message);
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace cartella::gui
