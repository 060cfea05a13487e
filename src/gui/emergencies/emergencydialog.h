// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointervento.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class EmergencyDialog;
}

namespace cartella::gui {

class Session;

class PlaceCompleters;

// The quick entry of an emergency, on one screen and from the keyboard (ui/emergencydialog.ui): received
// now, the worker on call, the Comune, who reported it, type and triage, the person as described (not
// identified unless chosen from the registry), activation and arrival (Ctrl+1, Ctrl+2 for now), actions and
// outcome. Ctrl+S or Enter saves; a refusal shows the service's message, focuses the field and keeps
// everything typed. Given a recorded emergency, the same form completes or corrects it later (arrival,
// actions, outcome: a new version, the earlier kept); its identification and handover have acts of their own.
class EmergencyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyDialog)

public:
    EmergencyDialog(Session &session, const PlaceCompleters &places, QWidget *parent = nullptr);
    EmergencyDialog(Session &session, const PlaceCompleters &places, const domain::SocialEmergency &editing,
                    QWidget *parent = nullptr);
    ~EmergencyDialog() override;

    const domain::SocialEmergency &saved() const { return m_saved; }
    // A registered person, as chosen in the picker; 0 for not identified.
    void setPerson(qint64 personId, const QString &name);
    QString messageText() const;

public slots:
    void accept() override;

private:
    std::optional<domain::SocialEmergency> readForm();
    void refuse(const QString &message, QWidget *focus);
    QWidget *widgetFor(const QString &field) const;

    std::unique_ptr<Ui::EmergencyDialog> m_ui;
    Session &m_session;
    const PlaceCompleters &m_places;
    qint64 m_personId = 0;
    std::optional<domain::SocialEmergency> m_editing;
    domain::SocialEmergency m_saved;
};

} // namespace cartella::gui
