// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/minori/fostercare.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cartella::exporting {

// The carers' sheet of a foster placement (domain::CarersSheet) as plain text or JSON, for the foster family.
// It is made only from the sheet, which by construction holds nothing of domain::withheldFromCarers().
class CarersSheetFile
{
    Q_DECLARE_TR_FUNCTIONS(CarersSheetFile)

public:
    enum class Format
    {
        Text,
        Json,
    };

    static QByteArray render(const domain::CarersSheet &sheet, Format format);
    // Whole or not at all (QSaveFile).
    static domain::Status write(const domain::CarersSheet &sheet, Format format, const QString &path);
};

} // namespace cartella::exporting
