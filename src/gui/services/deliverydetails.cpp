// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/deliverydetails.h"

#include "gui/services/inclusiondialog.h"
#include "gui/services/loandialog.h"
#include "gui/services/workplacementdialog.h"

#include <memory>

namespace cartella::gui {

using namespace cartella::domain;

bool execDeliveryDetails(Session &session, const ServiceDelivery &delivery, QWidget *parent)
{
    std::unique_ptr<QDialog> dialog;
    if (delivery.kind == ServiceKind::Loan)
        dialog = std::make_unique<LoanDialog>(session, delivery.id, parent);
    else if (delivery.kind == ServiceKind::Inclusion)
        dialog = std::make_unique<InclusionDialog>(session, delivery.id, parent);
    else if (delivery.kind == ServiceKind::WorkPlacement)
        dialog = std::make_unique<WorkPlacementDialog>(session, delivery.id, parent);
    if (!dialog)
        return false;
    dialog->exec();
    return true;
}

} // namespace cartella::gui
