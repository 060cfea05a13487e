// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/inclusion.h"
#include "domain/services/services.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class InclusionDialog;
}

namespace cartella::gui {

class Session;

// A percorso di inclusione sociale (ui/inclusiondialog.ui), opened on one service delivered of kind
// inclusion. Before it is set up: the form for the agreed activity, the educator and the monthly subsidy.
// Afterwards: the details, the office's attendance rule, one row per month recorded (planned and attended
// hours, attendance, the subsidy the rule gave, when it was paid) and the actions the user may take: record a
// month's attendance, pay a month, and, for the zone manager, change the rule. A refused form keeps what was
// typed.
class InclusionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InclusionDialog)

public:
    InclusionDialog(Session &session, qint64 deliveryId, QWidget *parent = nullptr);
    ~InclusionDialog() override;

    // Reads the path again; false (with the reason shown) if it cannot be read.
    bool reload();
    // The path as last read; empty before it is set up or when it cannot be read.
    const std::optional<domain::InclusionPath> &path() const { return m_path; }
    QString messageText() const;

signals:
    // Something was saved (set up, attendance, payment, rule): a list showing the service may refresh.
    void changed();

public slots:
    // Sets the path up from the form.
    bool setUpPath();
    // Open the attendance, payment and rule dialogs.
    void recordAttendance();
    void payMonth();
    void changeRule();

private:
    void showSetUp(const domain::ServiceDelivery &d);
    void showPath();
    void say(const QString &message, bool error);

    std::unique_ptr<Ui::InclusionDialog> m_ui;
    Session &m_session;
    qint64 m_deliveryId;
    std::optional<domain::InclusionPath> m_path;
    domain::AttendanceRule m_rule;
    bool m_formFilled = false;
};

} // namespace cartella::gui
