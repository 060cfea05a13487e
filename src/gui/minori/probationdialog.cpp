// SPDX-License-Identifier: EUPL-1.2
#include "gui/minori/probationdialog.h"

#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"
#include "gui/common/formhelpers.h"
#include "gui/common/session.h"
#include "ui_probationdialog.h"

#include <QPushButton>

namespace cartella::gui {

using namespace cartella::domain;

ProbationDialog::Act ProbationDialog::actFor(const MandateTask &task)
{
    return task.probation ? Act::Outcome : Act::SetUp;
}

ProbationDialog::ProbationDialog(Session &session, Act act, const CourtMandate &mandate,
                                 const MandateTask &task, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProbationDialog>()), m_session(session), m_act(act),
      m_task(task)
{
    m_ui->setupUi(this);
    QString summary =
        tr("%1, due by %2.\nDecree %3 of %4, %5")
            .arg(Vocabulary<MandateTaskKind>::label(task.kind), showDate(task.dueOn), mandate.decreeNumber,
                 showDate(mandate.decreeDate), Vocabulary<MandateAuthority>::label(mandate.authority));
    for (const ProbationOutcome o : Vocabulary<ProbationOutcome>::values()) {
        if (o != ProbationOutcome::Pending)
            m_ui->outcomeCombo->addItem(Vocabulary<ProbationOutcome>::label(o),
                                        Vocabulary<ProbationOutcome>::code(o));
    }
    if (act == Act::SetUp) {
        setWindowTitle(tr("Set up the messa alla prova"));
        m_ui->pages->setCurrentWidget(m_ui->setUpPage);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
        m_ui->startsEdit->setFocus();
    } else {
        const Probation &p = *task.probation;
        summary += QLatin1Char('\n') + tr("Suspended from %1 to %2. Project: %3")
                                           .arg(showDate(p.startsOn), showDate(p.endsOn), p.project);
        setWindowTitle(tr("Outcome of the messa alla prova"));
        m_ui->pages->setCurrentWidget(m_ui->outcomePage);
        m_ui->outcomeDateEdit->setText(showDate(std::min(p.endsOn, officeToday())));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record outcome"));
        m_ui->outcomeCombo->setFocus();
    }
    m_ui->summaryLabel->setText(summary);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProbationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProbationDialog::~ProbationDialog() = default;

QString ProbationDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void ProbationDialog::accept()
{
    if (m_act == Act::SetUp ? setUp() : recordOutcome())
        QDialog::accept();
}

bool ProbationDialog::setUp()
{
    const QDate starts = parseDate(m_ui->startsEdit->text());
    const QDate ends = parseDate(m_ui->endsEdit->text());
    if (!starts.isValid() || !ends.isValid()) {
        m_ui->messageLabel->setText(tr("Write the dates as dd/mm/yyyy."));
        (starts.isValid() ? m_ui->endsEdit : m_ui->startsEdit)->setFocus();
        return false;
    }
    const ProbationDraft draft{starts, ends, m_ui->gravestCheck->isChecked(),
                               m_ui->projectEdit->toPlainText()};
    const auto done = m_session.services().mandates.setUpProbation(m_task.id, draft, m_session.actor());
    if (!done) {
        m_ui->messageLabel->setText(done.error().message);
        const QString field = done.error().fields.isEmpty() ? QString() : done.error().fields.first().field;
        if (field == QLatin1String("project"))
            m_ui->projectEdit->setFocus();
        else
            m_ui->endsEdit->setFocus();
        return false;
    }
    return true;
}

bool ProbationDialog::recordOutcome()
{
    const QDate on = parseDate(m_ui->outcomeDateEdit->text());
    if (!on.isValid()) {
        m_ui->messageLabel->setText(tr("Write the date as dd/mm/yyyy."));
        m_ui->outcomeDateEdit->setFocus();
        return false;
    }
    const auto done = m_session.services().mandates.recordProbationOutcome(
        m_task.id, m_task.probation->version, comboValue<ProbationOutcome>(m_ui->outcomeCombo), on,
        m_session.actor());
    if (!done) {
        m_ui->messageLabel->setText(done.error().message);
        m_ui->outcomeDateEdit->setFocus();
        return false;
    }
    return true;
}

} // namespace cartella::gui
