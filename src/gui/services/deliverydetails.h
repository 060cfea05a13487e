// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/services.h"

class QWidget;

namespace cartella::gui {

class Session;

// Opens, modally, the screen of a benefit that has one of its own (an honour loan's plan, an inclusion path's
// months, a work placement's months); false, and nothing shown, for the other kinds.
bool execDeliveryDetails(Session &session, const domain::ServiceDelivery &delivery, QWidget *parent);

} // namespace cartella::gui
