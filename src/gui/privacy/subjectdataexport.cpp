// SPDX-License-Identifier: EUPL-1.2
#include "gui/privacy/subjectdataexport.h"

#include "domain/privacy/subjectrightsservice.h"
#include "export/subjectdataexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace cartella::gui {

void exportPersonalData(domain::SubjectRightsService &rights, qint64 personId, const domain::Actor &actor,
                        QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("PersonsPage", "Export personal data to folder"),
        QDir::homePath());
    if (folder.isEmpty())
        return;
    const QDir dir(folder);
    const QString base = QStringLiteral("dati-personali-%1").arg(personId);
    const QString json = dir.filePath(base + QStringLiteral(".json"));
    const QString pdf = dir.filePath(base + QStringLiteral(".pdf"));
    if (const domain::Status written = exporting::exportSubjectData(rights, personId, actor, json, pdf);
        !written) {
        QMessageBox::warning(parent, QCoreApplication::translate("PersonsPage", "Export personal data"),
                             written.error().message);
        return;
    }
    QMessageBox::information(parent, QCoreApplication::translate("PersonsPage", "Export personal data"),
                             QCoreApplication::translate("PersonsPage", "The data were written to:\n%1\n%2")
                                 .arg(QDir::toNativeSeparators(json), QDir::toNativeSeparators(pdf)));
}

} // namespace cartella::gui
