// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/mandate.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProbationDialog;
}

namespace cartella::gui {

class Session;

// The messa alla prova of a decree's task (ui/probationdialog.ui), in two acts: setting it up (the suspension
// period and the project agreed with the juvenile justice services, USSM) and, at its end, the outcome, which
// closes the task and its deadline. MandateService checks the period (at most one year, three for the gravest
// offences); a refusal is shown here and what was typed stays.
class ProbationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbationDialog)

public:
    enum class Act
    {
        SetUp,
        Outcome,
    };

    // The act offered for a task: the outcome once the probation is set up, else the set-up.
    static Act actFor(const domain::MandateTask &task);

    ProbationDialog(Session &session, Act act, const domain::CourtMandate &mandate,
                    const domain::MandateTask &task, QWidget *parent = nullptr);
    ~ProbationDialog() override;

    QString messageText() const;

public slots:
    void accept() override;

private:
    bool setUp();
    bool recordOutcome();

    std::unique_ptr<Ui::ProbationDialog> m_ui;
    Session &m_session;
    Act m_act;
    domain::MandateTask m_task;
};

} // namespace cartella::gui
