// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointervento.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cartella::gui {

class Session;

class PlaceCompleters;

// Identifies the person of an emergency: a registered person chosen in the picker, or a new one registered
// with surname, name, sex and birth date (the registry's duplicate checks apply; a possible homonym is
// offered instead, or registered anyway once confirmed). A refusal keeps what was typed.
class IdentifyEmergencyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentifyEmergencyDialog)

public:
    IdentifyEmergencyDialog(Session &session, domain::SocialEmergency emergency, QWidget *parent = nullptr);

    void setPerson(qint64 personId, const QString &name);
    const domain::SocialEmergency &result() const { return m_result; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void refuse(const QString &message, QWidget *focus);
    bool identifyExisting(qint64 personId);

    Session &m_session;
    domain::SocialEmergency m_emergency;
    domain::SocialEmergency m_result;
    qint64 m_personId = 0;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QLabel *m_chosen = nullptr;
    QLineEdit *m_surname = nullptr;
    QLineEdit *m_givenName = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLabel *m_message = nullptr;
};

// Hands an emergency over to the territorial service at an instant (now by default): to an open case, typed
// by number, or to a case opened from it (area, Comune, responsible worker). All or nothing.
class HandOverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandOverDialog)

public:
    HandOverDialog(Session &session, const PlaceCompleters &places, domain::SocialEmergency emergency,
                   QWidget *parent = nullptr);

    const domain::SocialEmergency &result() const { return m_result; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void refuse(const QString &message, QWidget *focus);
    void modeChanged();

    Session &m_session;
    const PlaceCompleters &m_places;
    domain::SocialEmergency m_emergency;
    domain::SocialEmergency m_result;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QLineEdit *m_caseNumber = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_municipality = nullptr;
    QComboBox *m_responsible = nullptr;
    QLineEdit *m_at = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cartella::gui
