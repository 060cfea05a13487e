// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

class QTextDocument;

namespace cartella::exporting {

// A court report (Markdown, see domain/courtreport.h) as a PDF: QTextDocument → QPdfWriter (A4, 150 dpi) into
// memory, so the same bytes are written to the user's file and filed in the case. The PDF's title metadata
// always names the case number, whatever the worker made of the title. The preview draws the very same
// layout as page images. Needs a QGuiApplication (fonts); the offscreen platform is enough.
class CourtReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(CourtReportPdf)

public:
    static constexpr int kResolution = 150;

    // The title written into the PDF's metadata.
    static QString metadataTitle(const QString &title, const QString &caseNumber);
    static domain::Result<QByteArray> render(const QString &title, const QString &body,
                                             const QString &caseNumber);
    // Whole or not at all (QSaveFile).
    static domain::Status write(const QByteArray &pdf, const QString &path);
    // The pages as they come out in the PDF, at `dpi`.
    static QList<QImage> pages(const QString &body, int dpi = 72);

private:
    // The report laid out on A4 pages of `pageSize` device pixels.
    static void layout(QTextDocument &document, const QString &body, const QSizeF &pageSize);
};

} // namespace cartella::exporting
