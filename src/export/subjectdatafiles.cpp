// SPDX-License-Identifier: EUPL-1.2
#include "export/subjectdatafiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextDocument>

#include <filesystem>
#include <vector>

namespace cartella::exporting {

using domain::Error;
using domain::ErrorCode;
using domain::Status;

namespace {

QString esc(const QJsonValue &v)
{
    return v.toString().toHtmlEscaped();
}

QString localDate(const QJsonValue &v)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString localTime(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return out + QStringLiteral("</tr>");
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &none)
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(none.toHtmlEscaped());
    QString out = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
    QStringList escapedHeaders;
    for (const QString &h : headers)
        escapedHeaders << h.toHtmlEscaped();
    out += row(escapedHeaders, true);
    for (const QStringList &r : rows)
        out += row(r);
    return out + QStringLiteral("</table>");
}

Status writeFailed(const QString &path, const QString &why)
{
    return Error{
        ErrorCode::Storage, SubjectDataFiles::tr("%1 could not be written: %2").arg(path, why), {}, {}};
}

} // namespace

Status SubjectDataFiles::writeJson(const QJsonObject &data, const QString &path)
{
    return writeJsonAs(data, path, path);
}

Status SubjectDataFiles::writePdf(const QJsonObject &data, const QString &path)
{
    return writePdfAs(data, path, path);
}

Status SubjectDataFiles::writeJsonAs(const QJsonObject &data, const QString &path, const QString &shown)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(shown, file.errorString());
    file.write(QJsonDocument(data).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return writeFailed(shown, file.errorString());
    return std::monostate{};
}

Status SubjectDataFiles::writePdfAs(const QJsonObject &data, const QString &path, const QString &shown)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Usage, tr("A PDF can only be written by a graphical application."), {}, {}};
    QTextDocument document;
    document.setHtml(html(data));
    QPdfWriter writer(path);
    writer.setTitle(tr("Personal data processed — access by the data subject"));
    writer.setCreator(QStringLiteral("Cartella"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.print(&writer);
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return writeFailed(shown, tr("the PDF is empty"));
    return std::monostate{};
}

Status SubjectDataFiles::writeAll(const QJsonObject &data, const QString &jsonPath, const QString &pdfPath)
{
    // Each file first goes to a temporary file beside it, made as the file itself would be (same folder, same
    // permissions); only when every one is written are they renamed to their names. Whatever is left of the
    // temporary files goes when `parts` does.
    struct Part
    {
        QString target;
        QString temporary;
        explicit Part(QString t)
            : target(std::move(t)),
              temporary(QFileInfo(target).dir().filePath(
                  QStringLiteral(".%1.%2.part")
                      .arg(QFileInfo(target).fileName())
                      .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))))
        {}
        Part(Part &&) = default;
        ~Part()
        {
            if (!temporary.isEmpty())
                QFile::remove(temporary);
        }
    };
    std::vector<Part> parts;
    parts.reserve(2);
    for (const QString &target : {jsonPath, pdfPath}) {
        if (target.isEmpty())
            continue;
        parts.emplace_back(target);
        const Part &part = parts.back();
        const Status written = target == jsonPath ? writeJsonAs(data, part.temporary, target)
                                                  : writePdfAs(data, part.temporary, target);
        if (!written)
            return written;
    }
    for (const Part &part : parts) {
        if (QFileInfo(part.target).isDir())
            return writeFailed(part.target, tr("a folder has that name"));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::error_code failed;
        std::filesystem::rename(QFile::encodeName(parts[i].temporary).toStdString(),
                                QFile::encodeName(parts[i].target).toStdString(), failed);
        if (failed) {
            // Whole or nothing: the files already in place go too.
            for (std::size_t j = 0; j < i; ++j)
                QFile::remove(parts[j].target);
            return writeFailed(parts[i].target, QString::fromStdString(failed.message()));
        }
        parts[i].temporary.clear();
    }
    return std::monostate{};
}

QString SubjectDataFiles::html(const QJsonObject &data)
{
    const QJsonObject p = data[QStringLiteral("person")].toObject();
    QString out =
        QStringLiteral("<html><body><h1>%1</h1><p>%2</p>")
            .arg(tr("Personal data processed — access by the data subject").toHtmlEscaped(),
                 tr("Exported on %1.").arg(localTime(data[QStringLiteral("exportedAt")])).toHtmlEscaped());

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Registry data").toHtmlEscaped());
    const auto address = [](const QJsonValue &a) {
        const QJsonObject o = a.toObject();
        return QStringList{o[QStringLiteral("street")].toString(),
                           o[QStringLiteral("municipalityCode")].toString()}
            .join(QStringLiteral(" — "))
            .toHtmlEscaped();
    };
    out += table({tr("Field"), tr("Value")},
                 {{tr("Surname"), esc(p[QStringLiteral("surname")])},
                  {tr("Given name"), esc(p[QStringLiteral("givenName")])},
                  {tr("Sex"), esc(p[QStringLiteral("sex")])},
                  {tr("Birth date"), localDate(p[QStringLiteral("birthDate")])},
                  {tr("Birth place (code)"), esc(p[QStringLiteral("birthPlaceCode")])},
                  {tr("Fiscal code"), esc(p[QStringLiteral("fiscalCode")])},
                  {tr("Citizenship"), esc(p[QStringLiteral("citizenship")])},
                  {tr("Residence"), address(p[QStringLiteral("residence")])},
                  {tr("Domicile"), address(p[QStringLiteral("domicile")])},
                  {tr("Phone"), esc(p[QStringLiteral("phone")])},
                  {tr("Email"), esc(p[QStringLiteral("email")])},
                  {tr("Marital status"), esc(p[QStringLiteral("maritalStatus")])},
                  {tr("Education"), esc(p[QStringLiteral("education")])},
                  {tr("Employment"), esc(p[QStringLiteral("employment")])}},
                 {});

    QList<QStringList> rows;
    for (const QJsonValue &v : data[QStringLiteral("personVersions")].toArray())
        rows.append({QString::number(v[QStringLiteral("version")].toInt()),
                     localTime(v[QStringLiteral("replacedAt")]), esc(v[QStringLiteral("replacedBy")]),
                     QString::fromUtf8(
                         QJsonDocument(v[QStringLiteral("data")].toObject()).toJson(QJsonDocument::Compact))
                         .toHtmlEscaped()});
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Earlier versions of the registry data").toHtmlEscaped());
    out += table({tr("Version"), tr("Replaced on"), tr("By"), tr("Data")}, rows, tr("None."));

    rows.clear();
    for (const QJsonValue &v : data[QStringLiteral("households")].toArray())
        rows.append({esc(v[QStringLiteral("relationLabel")]), localDate(v[QStringLiteral("joinedOn")]),
                     localDate(v[QStringLiteral("leftOn")])});
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Household").toHtmlEscaped());
    out += table({tr("Relation"), tr("Joined on"), tr("Left on")}, rows, tr("None."));

    rows.clear();
    for (const QJsonValue &v : data[QStringLiteral("cases")].toArray())
        rows.append({esc(v[QStringLiteral("number")]), esc(v[QStringLiteral("areaLabel")]),
                     esc(v[QStringLiteral("statusLabel")]), localDate(v[QStringLiteral("openedOn")]),
                     localDate(v[QStringLiteral("closedOn")]), esc(v[QStringLiteral("roleLabel")]),
                     esc(v[QStringLiteral("responsibleWorker")])});
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Cases").toHtmlEscaped());
    out += table({tr("Case"), tr("Area"), tr("Status"), tr("Opened on"), tr("Closed on"), tr("Role"),
                  tr("Responsible worker")},
                 rows, tr("None."));

    rows.clear();
    for (const QJsonValue &v : data[QStringLiteral("diary")].toArray())
        rows.append({esc(v[QStringLiteral("case")]), localDate(v[QStringLiteral("date")]),
                     esc(v[QStringLiteral("kindLabel")]), esc(v[QStringLiteral("author")]),
                     esc(v[QStringLiteral("text")]) +
                         (v[QStringLiteral("withdrawn")].toBool()
                              ? QStringLiteral(" <i>(%1)</i>").arg(tr("withdrawn").toHtmlEscaped())
                              : QString())});
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Diary").toHtmlEscaped());
    out += table({tr("Case"), tr("Date"), tr("Kind"), tr("Author"), tr("Text")}, rows, tr("None."));

    rows.clear();
    for (const QJsonValue &v : data[QStringLiteral("objectives")].toArray()) {
        QStringList actions;
        for (const QJsonValue &a : v[QStringLiteral("actions")].toArray())
            actions << QStringLiteral("%1 (%2, %3)")
                           .arg(esc(a[QStringLiteral("what")]), esc(a[QStringLiteral("statusLabel")]),
                                esc(a[QStringLiteral("owner")]));
        rows.append({esc(v[QStringLiteral("case")]), esc(v[QStringLiteral("title")]),
                     esc(v[QStringLiteral("statusLabel")]), actions.join(QStringLiteral("<br>"))});
    }
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Project (PAI)").toHtmlEscaped());
    out += table({tr("Case"), tr("Objective"), tr("Status"), tr("Actions")}, rows, tr("None."));

    rows.clear();
    for (const QJsonValue &v : data[QStringLiteral("intakes")].toArray())
        rows.append({localDate(v[QStringLiteral("date")]), esc(v[QStringLiteral("channelLabel")]),
                     esc(v[QStringLiteral("request")]), esc(v[QStringLiteral("response")]),
                     esc(v[QStringLiteral("outcomeLabel")])});
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Intake contacts").toHtmlEscaped());
    out +=
        table({tr("Date"), tr("Channel"), tr("Request"), tr("Response"), tr("Outcome")}, rows, tr("None."));

    rows.clear();
    for (const QJsonValue &v : data[QStringLiteral("accessReport")].toArray())
        rows.append({localTime(v[QStringLiteral("at")]), esc(v[QStringLiteral("user")]),
                     esc(v[QStringLiteral("workstation")]), esc(v[QStringLiteral("purpose")]),
                     esc(v[QStringLiteral("what")]), esc(v[QStringLiteral("case")])});
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Who consulted this file").toHtmlEscaped());
    out += table({tr("When"), tr("User"), tr("Workstation"), tr("Purpose"), tr("What"), tr("Case")}, rows,
                 tr("None."));
    return out + QStringLiteral("</body></html>");
}

} // namespace cartella::exporting
