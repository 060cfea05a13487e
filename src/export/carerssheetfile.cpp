// SPDX-License-Identifier: EUPL-1.2
#include "export/carerssheetfile.h"

#include "domain/kernel/vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cartella::exporting {

using namespace cartella::domain;

namespace {

QString shown(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray CarersSheetFile::render(const CarersSheet &s, Format format)
{
    if (format == Format::Json) {
        const QJsonObject o{
            {QStringLiteral("placement"), s.placementId},
            {QStringLiteral("case_number"), s.caseNumber},
            {QStringLiteral("child"), QJsonObject{{QStringLiteral("name"), s.childName},
                                                  {QStringLiteral("birth_date"), iso(s.childBirthDate)},
                                                  {QStringLiteral("needs"), s.childNeeds}}},
            {QStringLiteral("family"), s.familyName},
            {QStringLiteral("kind"), Vocabulary<PlacementKind>::code(s.kind)},
            {QStringLiteral("starts_on"), iso(s.startsOn)},
            {QStringLiteral("expected_end_on"), iso(s.expectedEndOn)},
            {QStringLiteral("contact_arrangements"), s.contactArrangements},
            {QStringLiteral("responsible_service"), s.responsibleService},
            {QStringLiteral("service_contact"), s.serviceContact},
            {QStringLiteral("responsible_worker"), s.responsibleWorker},
        };
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    QString out;
    const auto line = [&](const QString &label, const QString &value) {
        out += label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    out += tr("Foster placement: sheet for the carers") + QLatin1Char('\n');
    out += QString(40, QLatin1Char('=')) + QLatin1Char('\n');
    line(tr("Case"), s.caseNumber);
    line(tr("Child"), s.childName);
    line(tr("Born on"), shown(s.childBirthDate));
    line(tr("Foster family"), s.familyName);
    line(tr("Placement"), Vocabulary<PlacementKind>::label(s.kind));
    line(tr("From"), shown(s.startsOn));
    line(tr("Expected end"), shown(s.expectedEndOn));
    out += QLatin1Char('\n') + tr("The child's needs") + QLatin1Char('\n') + s.childNeeds + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Contact with the family of origin") + QLatin1Char('\n') +
           s.contactArrangements + QLatin1Char('\n');
    out += QLatin1Char('\n');
    line(tr("Responsible service"), s.responsibleService);
    line(tr("Service contact"), s.serviceContact);
    line(tr("Responsible worker"), s.responsibleWorker);
    return out.toUtf8();
}

Status CarersSheetFile::write(const CarersSheet &sheet, Format format, const QString &path)
{
    const QByteArray bytes = render(sheet, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            ErrorCode::Storage, tr("%1 could not be written: %2").arg(path, file.errorString()), {}, {}};
    return ok();
}

} // namespace cartella::exporting
