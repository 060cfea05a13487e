// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/minori/fostercare.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cartella::gui {

class Session;

// A new foster placement: the case (by number) and its child, the family, consensuale or giudiziale with the
// measure, intra- or eterofamiliare, full or part time, residential or day, start and expected end (at most
// 24 months: beyond that the court's extension, from the Affido view), contact with the family of origin, the
// child's needs and the responsible service. A refused save keeps what was typed and says why.
class PlacementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementDialog)

public:
    explicit PlacementDialog(Session &session, QWidget *parent = nullptr);

    void accept() override;
    // Loads the people of the case typed in the case field into the child's list.
    void loadCase();
    const domain::FosterPlacement &placement() const { return m_placement; }

    QLineEdit *caseEdit() const { return m_case; }
    QComboBox *childCombo() const { return m_child; }
    QComboBox *familyCombo() const { return m_family; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QLineEdit *serviceEdit() const { return m_service; }
    QLabel *message() const { return m_message; }

private:
    Session &m_session;
    domain::Case m_caseRecord;
    domain::FosterPlacement m_placement;
    QLineEdit *m_case;
    QComboBox *m_child;
    QComboBox *m_family;
    QComboBox *m_kind;
    QLineEdit *m_measureNumber;
    QLineEdit *m_measureDate;
    QComboBox *m_relation;
    QComboBox *m_schedule;
    QComboBox *m_setting;
    QComboBox *m_availability;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QPlainTextEdit *m_contacts;
    QPlainTextEdit *m_needs;
    QLineEdit *m_service;
    QLineEdit *m_serviceContact;
    QLabel *m_message;
};

} // namespace cartella::gui
