// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "gui/common/services.h"

class QWidget;

namespace cartella::gui {

// Opens, modally, the screen of a benefit that has one of its own (an honour loan's plan, an inclusion path's
// months, a work placement's months); false, and nothing shown, for the other kinds.
bool execDeliveryDetails(const Services &services, const domain::ServiceDelivery &delivery, QWidget *parent);

} // namespace cartella::gui
