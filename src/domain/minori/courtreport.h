// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cartella::domain {

// Tutela Minori: a relazione to the judicial authority, written in the app. The text is Markdown (headings
// "#", lists "-"): readable as it is in the editor, rendered with headings in the PDF (QTextDocument). A
// report is never rewritten: every save is a new version, and each PDF exported from a version is filed in
// the case with its bytes. See docs/decisions/0017-court-reports.md.

// One saved text of a report.
struct CourtReportVersion
{
    qint64 reportId = 0;
    int version = 0;
    QString title;
    QString body;         // Markdown
    qint64 mandateId = 0; // the decree it answers, 0 for none
    QDateTime savedAt;
    QString savedBy;
};

// A PDF exported from a version and filed in the case.
struct CourtReportExport
{
    qint64 id = 0;
    qint64 reportId = 0;
    int version = 0;
    QString fileName;  // as the user chose it, without folders
    QByteArray sha256; // hex
    qint64 size = 0;
    QDateTime filedAt;
    QString filedBy;
};

struct CourtReport
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 mandateId = 0; // of the current version
    QString title;        // of the current version
    QString body;         // of the current version
    int version = 0;      // the current one
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QList<CourtReportExport> exports; // oldest first
    QString caseNumber;               // read side only
};

// What the worker saves: a new report (reportId 0) or a new version of one.
struct CourtReportDraft
{
    qint64 reportId = 0;
    qint64 caseId = 0;
    qint64 mandateId = 0;
    QString title;
    QString body;
};

} // namespace cartella::domain
