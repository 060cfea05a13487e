// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/casework/intake.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IntakeDialog;
class OpenCaseDialog;
} // namespace Ui

namespace cartella::gui {

class Session;

class PlaceCompleters;

// Records a first contact (ui/intakedialog.ui). A refused contact keeps everything typed.
class IntakeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeDialog)

public:
    IntakeDialog(Session &session, const PlaceCompleters &places, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    void addPerson(qint64 personId, const QString &name);
    void setRequest(const QString &text);
    bool save();
    const domain::IntakeContact &saved() const { return m_saved; }
    QString messageText() const;

private:
    std::unique_ptr<Ui::IntakeDialog> m_ui;
    Session &m_session;
    const PlaceCompleters &m_places;
    domain::IntakeContact m_saved;
};

// Opens a case from a recorded contact in one step (ui/opencasedialog.ui): its people and words carry over.
class OpenCaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenCaseDialog)

public:
    OpenCaseDialog(Session &session, const PlaceCompleters &places, const domain::IntakeContact &intake,
                   QWidget *parent = nullptr);
    ~OpenCaseDialog() override;

    bool openCase();
    qint64 openedCaseId() const { return m_caseId; }
    // Another registered person for the case (the first row is the principal beneficiary by default).
    void addMemberRow(qint64 personId, const QString &name, domain::MemberRole role);
    QString messageText() const;

private:
    std::unique_ptr<Ui::OpenCaseDialog> m_ui;
    Session &m_session;
    const PlaceCompleters &m_places;
    domain::IntakeContact m_intake;
    qint64 m_caseId = 0;
};

} // namespace cartella::gui
