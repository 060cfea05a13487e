// SPDX-License-Identifier: EUPL-1.2
#include "export/subjectdataexport.h"

#include "domain/privacy/subjectrightsservice.h"
#include "export/subjectdatafiles.h"

namespace cartella::exporting {

domain::Status exportSubjectData(domain::SubjectRightsService &rights, qint64 personId,
                                 const domain::Actor &actor, const QString &jsonPath, const QString &pdfPath)
{
    QStringList formats;
    if (!jsonPath.isEmpty())
        formats << QStringLiteral("json");
    if (!pdfPath.isEmpty())
        formats << QStringLiteral("pdf");
    const auto data = rights.exportData(personId, actor, formats);
    if (!data)
        return data.error();
    return SubjectDataFiles::writeAll(data.value(), jsonPath, pdfPath);
}

} // namespace cartella::exporting
