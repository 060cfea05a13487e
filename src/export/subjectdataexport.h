// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/kernel/result.h"

#include <QString>

namespace cartella::domain {
class SubjectRightsService;
}

namespace cartella::exporting {

// A person's data (GDPR art. 15) to files, as the application and cartella-admin both do it: read through
// SubjectRightsService::exportData (permission, third parties left out, audited with the formats written),
// then written by SubjectDataFiles::writeAll, whole or not at all. An empty path is not written; at least one
// is given.
domain::Status exportSubjectData(domain::SubjectRightsService &rights, qint64 personId,
                                 const domain::Actor &actor, const QString &jsonPath, const QString &pdfPath);

} // namespace cartella::exporting
