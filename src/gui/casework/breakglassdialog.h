// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BreakGlassDialog;
}

namespace cartella::gui {

class Session;

// Break-glass (ui/breakglassdialog.ui): a case number and the reason, then the case opens in an emergency. A
// refusal (no reason, no such case) keeps what was typed.
class BreakGlassDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakGlassDialog)

public:
    explicit BreakGlassDialog(Session &session, QWidget *parent = nullptr);
    ~BreakGlassDialog() override;

    // The case opened, once accepted.
    qint64 caseId() const { return m_caseId; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::BreakGlassDialog> m_ui;
    Session &m_session;
    qint64 m_caseId = 0;
};

} // namespace cartella::gui
