// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/programmes/programme.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProgrammeDialog;
} // namespace Ui

namespace cartella::gui {

class Session;

// One generic project (ui/programmedialog.ui): its name, funder, area, period and description; its team, each
// member from a date until they leave; its enrolments with their dates and leave reasons, a case (from those
// the user sees) to enrol, and the selected enrolment to discharge. ProgrammeService decides; a refusal is
// shown here and what was typed stays. A new project gets its team and enrolments once saved.
class ProgrammeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammeDialog)

public:
    // `programmeId` 0 for a new project.
    ProgrammeDialog(Session &session, qint64 programmeId, QWidget *parent = nullptr);
    ~ProgrammeDialog() override;

    const domain::Programme &programme() const { return m_programme; }
    const QList<domain::Enrolment> &enrolments() const { return m_enrolments; }
    bool changedSomething() const { return m_changed; }

public slots:
    bool save();
    bool addMember();
    bool endMember();
    bool enrol();
    // Enrols a person without a case, picked from the registry, from the typed joining date.
    void enrolPerson();
    bool enrolPersonId(qint64 personId);
    bool discharge();
    void closeProject();
    void findCases(const QString &text);

private:
    void load(qint64 programmeId);
    void fill();
    void fillTeam();
    void fillEnrolments();
    void updateButtons();
    bool refuse(const domain::Error &error);
    bool refuse(const QString &message, QWidget *focus);
    // A typed date: valid, or empty and `optional`; else the message and the focus.
    bool readDate(QWidget *edit, bool optional, QDate *out);

    std::unique_ptr<Ui::ProgrammeDialog> m_ui;
    Session &m_session;
    domain::Programme m_programme;
    QList<domain::Enrolment> m_enrolments;
    bool m_changed = false;
};

} // namespace cartella::gui
