// SPDX-License-Identifier: EUPL-1.2
#include "gui/services/deliverydetails.h"

#include "gui/services/inclusiondialog.h"
#include "gui/services/loandialog.h"
#include "gui/services/workplacementdialog.h"

#include <memory>

namespace cartella::gui {

using namespace cartella::domain;

bool execDeliveryDetails(const Services &services, const ServiceDelivery &delivery, QWidget *parent)
{
    std::unique_ptr<QDialog> dialog;
    if (delivery.kind == ServiceKind::Loan)
        dialog = std::make_unique<LoanDialog>(services, delivery.id, parent);
    else if (delivery.kind == ServiceKind::Inclusion)
        dialog = std::make_unique<InclusionDialog>(services, delivery.id, parent);
    else if (delivery.kind == ServiceKind::WorkPlacement)
        dialog = std::make_unique<WorkPlacementDialog>(services, delivery.id, parent);
    if (!dialog)
        return false;
    dialog->exec();
    return true;
}

} // namespace cartella::gui
