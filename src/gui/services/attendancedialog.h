// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/inclusion.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AttendanceDialog;
}

namespace cartella::gui {

class Session;

// One month's attendance of a PIS (ui/attendancedialog.ui): the month (those not recorded yet, from the start
// of the service to now), the hours planned and attended, and, as they are typed, what the office's rule
// will pay. A refusal keeps what was typed.
class AttendanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceDialog)

public:
    AttendanceDialog(Session &session, domain::InclusionPath path, domain::AttendanceRule rule,
                     QWidget *parent = nullptr);
    ~AttendanceDialog() override;

    // Whether any month is left to record.
    bool hasMonths() const;
    // The path as it is once the month is recorded.
    const domain::InclusionPath &path() const { return m_path; }
    // The month recorded ("YYYY-MM"), once accepted.
    const QString &recordedMonth() const { return m_recordedMonth; }
    QString previewText() const;
    QString messageText() const;

public slots:
    void accept() override;

private:
    void updatePreview();

    std::unique_ptr<Ui::AttendanceDialog> m_ui;
    Session &m_session;
    domain::InclusionPath m_path;
    domain::AttendanceRule m_rule;
    QString m_recordedMonth;
};

// "The whole subsidy from 90 % of the planned hours, nothing below 50 %."
QString attendanceRuleText(const domain::AttendanceRule &rule);

} // namespace cartella::gui
