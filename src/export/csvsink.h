// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/serviceexport.h"
#include "export/csvfile.h"

#include <QIODevice>

namespace cartella::exporting {

// A RecordSink (ServiceExportService's CSV exports) that writes to `out` as a CSV file: the byte-order mark,
// then each record with csvRow. `out` must outlive the sink. False when a record could not be written.
inline domain::RecordSink csvSink(QIODevice &out)
{
    return [&out, started = false](const QStringList &fields) mutable {
        if (!started) {
            started = true;
            const QByteArray bom = csvBom();
            if (out.write(bom) != bom.size())
                return false;
        }
        const QByteArray row = csvRow(fields);
        return out.write(row) == row.size();
    };
}

} // namespace cartella::exporting
