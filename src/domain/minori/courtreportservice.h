// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/careplanservice.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/kernel/transaction.h"
#include "domain/minori/courtreportrepository.h"
#include "domain/minori/mandateservice.h"

#include <QCoreApplication>

#include <optional>

namespace cartella::domain {

// Tutela Minori: the relazione to the judicial authority. `draft` composes a text from the case (number,
// area, Comune, people and roles, responsible worker and team), the decree it answers (authority, number and
// date, measures, tasks), the diary entries the worker chose and the project (PAI); the worker edits it and
// `save`s it as a new version (a stale save is a conflict); `fileExport` files a PDF made from a version in
// the case, with date and author, in the case history and the audit trail (ids only). Reading needs
// ReadCourtReports; drafting, saving and filing need WriteCourtReports on a case the actor may change by role
// (an emergency access reads, it never writes a report). See docs/decisions/0017-court-reports.md.
class CourtReportService
{
    Q_DECLARE_TR_FUNCTIONS(CourtReportService)

public:
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxBodyLength = 200000;
    static constexpr qint64 kMaxPdfBytes = 50 * 1024 * 1024;

    CourtReportService(CourtReportRepository &reports, CaseService &cases, DiaryService &diary,
                       CarePlanService &plans, MandateService &mandates, TransactionProvider &transactions,
                       Auditor &audit);

    // A first text (Markdown) and title; nothing is stored. Entries are taken in the order of their dates;
    // a withdrawn entry, or one of another case, is refused.
    Result<CourtReportDraft> draft(qint64 caseId, std::optional<qint64> mandateId,
                                   const QList<qint64> &diaryEntryIds, const Actor &actor);
    // A new report (draft.reportId 0, expectedVersion 0) or its next version.
    Result<CourtReport> save(const CourtReportDraft &draft, int expectedVersion, const Actor &actor);
    // Files the PDF made from `version` of the report in its case.
    Result<CourtReportExport> fileExport(qint64 reportId, int version, const QByteArray &pdf,
                                         const QString &fileName, const Actor &actor);

    Result<QList<CourtReport>> list(qint64 caseId, const Actor &actor);
    Result<CourtReport> get(qint64 reportId, const Actor &actor);
    Result<QList<CourtReportVersion>> versions(qint64 reportId, const Actor &actor);
    Result<QByteArray> exportedPdf(qint64 reportId, qint64 exportId, const Actor &actor);

private:
    Status validate(const CourtReportDraft &draft) const;
    Result<CourtReport> reload(qint64 reportId);
    // The report, if the actor may read its case.
    Result<CourtReport> readable(qint64 reportId, const Actor &actor);
    // The case, if the actor may write reports in it: by role, open.
    Result<Case> writableCase(qint64 caseId, const Actor &actor);

    CourtReportRepository &m_reports;
    CaseService &m_cases;
    DiaryService &m_diary;
    CarePlanService &m_plans;
    MandateService &m_mandates;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
