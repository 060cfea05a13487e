// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/fostercare.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cartella::gui {

class Session;

// "Find families": the available families that fit a child's age, the kind of placement and the Comune, same
// Comune first, each with why it fits.
class MatchFamiliesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchFamiliesDialog)

public:
    MatchFamiliesDialog(Session &session, QWidget *parent = nullptr);

    // Fills the criteria from a child (age today) and a Comune.
    void setChild(const QDate &birthDate, const QString &municipalityCode);
    void search();
    QSpinBox *ageSpin() const { return m_age; }
    QComboBox *availabilityCombo() const { return m_availability; }
    QLineEdit *comuneEdit() const { return m_comune; }
    QTableWidget *results() const { return m_results; }
    QLabel *message() const { return m_message; }

private:
    Session &m_session;
    QSpinBox *m_age;
    QComboBox *m_availability;
    QLineEdit *m_comune;
    QTableWidget *m_results;
    QLabel *m_message;
};

// The Tribunale per i Minorenni's extension of a placement: decree, date, what it orders, the new end.
class ExtensionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtensionDialog)

public:
    ExtensionDialog(Session &session, const domain::FosterPlacement &placement, QWidget *parent = nullptr);

    void accept() override;
    QLineEdit *decreeNumber() const { return m_number; }
    QLineEdit *decreeDate() const { return m_date; }
    QLineEdit *newEnd() const { return m_end; }
    QLabel *message() const { return m_message; }

private:
    Session &m_session;
    domain::FosterPlacement m_placement;
    QLineEdit *m_number;
    QLineEdit *m_date;
    QLineEdit *m_end;
    QPlainTextEdit *m_text;
    QLabel *m_message;
};

// The end of a placement: the day and how it ended (its term's deadline is then done).
class EndPlacementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndPlacementDialog)

public:
    EndPlacementDialog(Session &session, const domain::FosterPlacement &placement, QWidget *parent = nullptr);

    void accept() override;
    QLineEdit *endedOn() const { return m_date; }
    QLineEdit *reason() const { return m_reason; }
    QLabel *message() const { return m_message; }

private:
    Session &m_session;
    domain::FosterPlacement m_placement;
    QLineEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace cartella::gui
