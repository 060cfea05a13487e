// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cartella::exporting {

// Writes a subject-access export (SubjectRightsService::exportData) to files: the JSON as it is, and a PDF
// rendered from HTML with QTextDocument and QPdfWriter. The PDF needs a QGuiApplication (fonts); the
// offscreen platform is enough.
class SubjectDataFiles
{
    Q_DECLARE_TR_FUNCTIONS(SubjectDataFiles)

public:
    static domain::Status writeJson(const QJsonObject &data, const QString &path);
    static domain::Status writePdf(const QJsonObject &data, const QString &path);
    // The export as an HTML page, in the user's language.
    static QString html(const QJsonObject &data);
};

} // namespace cartella::exporting
