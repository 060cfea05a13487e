// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"

class QWidget;

namespace cartella::domain {
class SubjectRightsService;
}

namespace cartella::gui {

// *Export personal data…* (GDPR art. 15): asks for a folder, writes the person's data there as JSON and PDF
// and says where, or why not.
void exportPersonalData(domain::SubjectRightsService &rights, qint64 personId, const domain::Actor &actor,
                        QWidget *parent);

} // namespace cartella::gui
