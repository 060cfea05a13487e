// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/emergencies/prontointervento.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cartella::gui {

class Session;

// The on-call rota (reperibilità) of one week: its shifts (worker, from, to) and, on top, every stretch of
// the week with nobody on call, in words. Who may manage the rota adds, changes and cancels shifts.
class RotaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotaPanel)

public:
    explicit RotaPanel(Session &session, QWidget *parent = nullptr);

    void refresh();
    // The week shown: the one with `day` (Monday to Monday, local time).
    void showWeekOf(const QDate &day);
    QString gapsText() const;

signals:
    void statusMessage(const QString &message);

private:
    const domain::OnCallShift *selectedShift() const;
    void editShift(const domain::OnCallShift *shift);
    void cancelShift();

    Session &m_session;
    QDateEdit *m_week = nullptr;
    QLabel *m_gaps = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<domain::OnCallShift> m_shifts;
};

// Adds or changes one shift: the worker, from and to (local time).
class ShiftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftDialog)

public:
    ShiftDialog(Session &session, domain::OnCallShift shift, QWidget *parent = nullptr);
    const domain::OnCallShift &saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    Session &m_session;
    domain::OnCallShift m_shift;
    domain::OnCallShift m_saved;
    QComboBox *m_worker = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cartella::gui
