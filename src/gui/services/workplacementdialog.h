// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/inclusion.h"
#include "domain/services/services.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class WorkPlacementDialog;
}

namespace cartella::gui {

class Session;

// A tirocinio (ui/workplacementdialog.ui), opened on one service delivered of kind work placement. Before it
// is set up: the form for the host organisation, the tutor, the insurance policy, the hours per week and the
// monthly reimbursement. Afterwards: the details, one row per month from the start to now (the reimbursement,
// when it was paid) and "Pay month…" for who records payments. A refused form keeps what was typed.
class WorkPlacementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkPlacementDialog)

public:
    WorkPlacementDialog(Session &session, qint64 deliveryId, QWidget *parent = nullptr);
    ~WorkPlacementDialog() override;

    bool reload();
    const std::optional<domain::WorkPlacement> &placement() const { return m_placement; }
    QString messageText() const;

signals:
    // Something was saved (set up, payment): a list showing the service may refresh.
    void changed();

public slots:
    bool setUpPlacement();
    void payMonth();

private:
    void showSetUp(const domain::ServiceDelivery &d);
    void showPlacement();
    void say(const QString &message, bool error);

    std::unique_ptr<Ui::WorkPlacementDialog> m_ui;
    Session &m_session;
    qint64 m_deliveryId;
    std::optional<domain::WorkPlacement> m_placement;
    bool m_formFilled = false;
};

} // namespace cartella::gui
