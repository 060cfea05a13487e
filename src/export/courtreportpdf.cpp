// SPDX-License-Identifier: EUPL-1.2
#include "export/courtreportpdf.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cartella::exporting {

using namespace cartella::domain;

namespace {

// A4 at `dpi`, in device pixels.
QSizeF a4(int dpi)
{
    const QSizeF mm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {mm.width() / 25.4 * dpi, mm.height() / 25.4 * dpi};
}

} // namespace

QString CourtReportPdf::metadataTitle(const QString &title, const QString &caseNumber)
{
    return tr("%1 (case %2)").arg(title.simplified(), caseNumber);
}

void CourtReportPdf::layout(QTextDocument &document, const QString &body, const QSizeF &pageSize)
{
    document.setMarkdown(body);
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDocumentMargin(pageSize.width() / 12); // about 17 mm on A4
    document.setPageSize(pageSize);
}

Result<QByteArray> CourtReportPdf::render(const QString &title, const QString &body,
                                          const QString &caseNumber)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Usage, tr("A PDF can only be written by a graphical application."), {}, {}};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(metadataTitle(title, caseNumber));
        writer.setCreator(QStringLiteral("Cartella"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kResolution);
        QTextDocument document;
        layout(document, body, QSizeF(writer.width(), writer.height()));
        document.print(&writer);
    }
    if (!bytes.startsWith("%PDF"))
        return Error{ErrorCode::Storage, tr("The PDF could not be made."), {}, {}};
    return bytes;
}

Status CourtReportPdf::write(const QByteArray &pdf, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{
            ErrorCode::Storage, tr("%1 could not be written: %2").arg(path, file.errorString()), {}, {}};
    return ok();
}

QList<QImage> CourtReportPdf::pages(const QString &body, int dpi)
{
    // Laid out at the PDF's resolution, drawn scaled down: the line breaks are the PDF's.
    QTextDocument document;
    const QSizeF page = a4(kResolution);
    layout(document, body, page);
    const double scale = double(dpi) / kResolution;
    QList<QImage> out;
    for (int i = 0; i < document.pageCount(); ++i) {
        QImage image((page * scale).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        out.append(image);
    }
    return out;
}

} // namespace cartella::exporting
