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
    // The JSON, the PDF or both (an empty path is not written), whole or not at all: each is written to a
    // temporary file beside it and renamed once all are written, so that a failure leaves no file behind.
    static domain::Status writeAll(const QJsonObject &data, const QString &jsonPath, const QString &pdfPath);
    // The export as an HTML page, in the user's language.
    static QString html(const QJsonObject &data);

private:
    // Writes to `path`; a failure names `shown`.
    static domain::Status writeJsonAs(const QJsonObject &data, const QString &path, const QString &shown);
    static domain::Status writePdfAs(const QJsonObject &data, const QString &path, const QString &shown);
};

} // namespace cartella::exporting
