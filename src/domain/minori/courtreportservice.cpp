// SPDX-License-Identifier: EUPL-1.2
#include "domain/minori/courtreportservice.h"

#include "domain/access/access.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/vocabulary.h"

#include <QHash>

#include <algorithm>

namespace cartella::domain {

namespace {

QString shown(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// Words typed by people, as Markdown text: the characters that would turn into emphasis, code, links or
// headings are escaped, and each line break is kept (a hard break).
QString md(const QString &words)
{
    QString out;
    out.reserve(words.size() + 8);
    for (const QChar ch : words.trimmed()) {
        if (QStringLiteral("\\*_`#[]<>").contains(ch))
            out += QLatin1Char('\\');
        out += ch;
    }
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return out.split(QLatin1Char('\n')).join(QStringLiteral("  \n"));
}

Error notFound(qint64 reportId)
{
    return Error{
        ErrorCode::NotFound, CourtReportService::tr("The court report does not exist."), {}, {reportId}};
}

} // namespace

CourtReportService::CourtReportService(CourtReportRepository &reports, CaseService &cases,
                                       DiaryService &diary, CarePlanService &plans, MandateService &mandates,
                                       TransactionProvider &transactions, Auditor &audit)
    : m_reports(reports), m_cases(cases), m_diary(diary), m_plans(plans), m_mandates(mandates),
      m_transactions(transactions), m_audit(audit)
{}

Result<Case> CourtReportService::writableCase(qint64 caseId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::WriteCourtReports); !allowed)
        return allowed.error();
    // By role only: an emergency access answers as if the case did not exist.
    auto c = m_cases.getForChange(caseId, actor);
    if (!c)
        return c.error();
    if (Status open = m_cases.requireOpen(c.value()); !open)
        return open.error();
    return c;
}

Result<CourtReportDraft> CourtReportService::draft(qint64 caseId, std::optional<qint64> mandateId,
                                                   const QList<qint64> &diaryEntryIds, const Actor &actor)
{
    const auto c = writableCase(caseId, actor);
    if (!c)
        return c.error();
    const Case &cs = c.value();

    std::optional<CourtMandate> mandate;
    if (mandateId) {
        const auto m = m_mandates.get(*mandateId, actor);
        if (!m)
            return m.error();
        if (m.value().caseId != caseId)
            return invalid(QStringLiteral("mandate"), tr("The court mandate belongs to another case."));
        mandate = m.value();
    }

    QList<DiaryEntry> chosen;
    if (!diaryEntryIds.isEmpty()) {
        const auto all = m_diary.entries(caseId, actor);
        if (!all)
            return all.error();
        for (const qint64 id : diaryEntryIds) {
            const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                         [&](const DiaryEntry &e) { return e.id == id; });
            if (it == all.value().cend())
                return invalid(QStringLiteral("entries"),
                               tr("A chosen diary entry does not belong to this case."));
            if (it->withdrawn)
                return invalid(QStringLiteral("entries"),
                               tr("The diary entry of %1 was withdrawn: it cannot go into a report.")
                                   .arg(shown(it->date)));
            if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const DiaryEntry &e) { return e.id == id; }))
                chosen.append(*it);
        }
        std::stable_sort(chosen.begin(), chosen.end(), [](const DiaryEntry &a, const DiaryEntry &b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
    }

    const auto plan = m_plans.plan(caseId, actor);
    if (!plan)
        return plan.error();
    const auto workers = m_cases.workers(actor);
    if (!workers)
        return workers.error();
    QHash<qint64, QString> workerName;
    for (const Worker &w : workers.value())
        workerName.insert(w.id, w.name);

    const QString none = tr("(none)");
    QStringList out;
    const auto heading = [&](int level, const QString &text) {
        out << QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text << QString();
    };
    const auto item = [&](const QString &label, const QString &value) {
        out << QStringLiteral("- **%1:** %2").arg(label, value.isEmpty() ? none : value);
    };

    heading(1, tr("Report to the judicial authority"));
    out << tr("Case %1").arg(cs.number()) << QString();

    heading(2, tr("The case"));
    const auto comune = PlaceRegistry::builtin().municipality(cs.municipalityCode);
    item(tr("Case number"), cs.number());
    item(tr("Area"), Vocabulary<CaseArea>::label(cs.area));
    item(tr("Comune"), comune ? comune->label() : cs.municipalityCode);
    item(tr("Opened on"), shown(cs.openedOn));
    item(tr("Responsible worker"), md(workerName.value(cs.responsibleWorkerId)));
    QStringList team;
    for (const qint64 id : cs.teamWorkerIds)
        team << md(workerName.value(id));
    item(tr("Team"), team.join(QStringLiteral(", ")));
    out << QString();

    heading(2, tr("People"));
    for (const CaseMember &m : cs.members)
        out << QStringLiteral("- %1 (%2)").arg(md(m.displayName), Vocabulary<MemberRole>::label(m.role));
    if (cs.members.isEmpty())
        out << none;
    out << QString();

    if (mandate) {
        heading(2, tr("Court mandate"));
        item(tr("Authority"), Vocabulary<MandateAuthority>::label(mandate->authority));
        item(tr("Decree"), tr("no. %1 of %2").arg(md(mandate->decreeNumber), shown(mandate->decreeDate)));
        QStringList measures;
        for (const MandateMeasure m : mandate->measures)
            measures << (m == MandateMeasure::Other ? md(mandate->otherMeasure)
                                                    : Vocabulary<MandateMeasure>::label(m));
        item(tr("Measures"), measures.join(QStringLiteral(", ")));
        out << QString();
        heading(3, tr("Tasks"));
        for (const MandateTask &t : mandate->tasks) {
            QString line = QStringLiteral("- ") + Vocabulary<MandateTaskKind>::label(t.kind);
            if (!t.description.trimmed().isEmpty())
                line += QStringLiteral(": ") + md(t.description);
            line += QStringLiteral(" — ") + tr("due %1").arg(shown(t.dueOn)) + QStringLiteral(" — ") +
                    (t.open() ? tr("open") : tr("completed on %1").arg(shown(t.completedOn)));
            out << line;
        }
        if (mandate->tasks.isEmpty())
            out << none;
        out << QString();
    }

    heading(2, tr("Diary"));
    for (const DiaryEntry &e : chosen) {
        heading(3, QStringLiteral("%1 — %2 — %3")
                       .arg(shown(e.date), Vocabulary<DiaryKind>::label(e.kind), md(e.author)));
        out << md(e.text) << QString();
    }
    if (chosen.isEmpty())
        out << none << QString();

    heading(2, tr("Project"));
    const CarePlan &p = plan.value();
    if (p.plannedEndOn.isValid())
        out << tr("Planned end: %1").arg(shown(p.plannedEndOn)) << QString();
    heading(3, tr("Objectives"));
    for (const CareObjective &o : p.objectives)
        out << QStringLiteral("- %1 (%2)").arg(md(o.title), Vocabulary<ObjectiveStatus>::label(o.status));
    if (p.objectives.isEmpty())
        out << none;
    out << QString();
    heading(3, tr("Actions"));
    for (const CareAction &a : p.actions) {
        QString line = QStringLiteral("- ") + md(a.what);
        if (!a.ownerName.isEmpty())
            line += QStringLiteral(" — ") + md(a.ownerName);
        if (a.dueOn.isValid())
            line += QStringLiteral(" — ") + tr("due %1").arg(shown(a.dueOn));
        line += QStringLiteral(" (%1)").arg(Vocabulary<ActionStatus>::label(a.status));
        out << line;
    }
    if (p.actions.isEmpty())
        out << none;
    out << QString();
    heading(3, tr("Reviews"));
    for (const CareReview &r : p.reviews) {
        QString line = QStringLiteral("- %1: %2").arg(shown(r.reviewDate), md(r.outcome));
        if (r.nextReviewOn.isValid())
            line += QStringLiteral(" (") + tr("next review %1").arg(shown(r.nextReviewOn)) + QLatin1Char(')');
        out << line;
    }
    if (p.reviews.isEmpty())
        out << none;
    out << QString();

    heading(2, tr("Assessment and proposals"));
    out << QString();

    CourtReportDraft d;
    d.caseId = caseId;
    d.mandateId = mandate ? mandate->id : 0;
    d.title = tr("Report to the judicial authority — case %1").arg(cs.number());
    d.body = out.join(QLatin1Char('\n'));
    return d;
}

Status CourtReportService::validate(const CourtReportDraft &draft) const
{
    const QString title = draft.title.simplified();
    if (title.isEmpty())
        return invalid(QStringLiteral("title"), tr("Give the report a title."));
    if (title.size() > kMaxTitleLength)
        return invalid(QStringLiteral("title"),
                       tr("The title of a report is at most %1 characters long.").arg(kMaxTitleLength));
    if (draft.body.trimmed().isEmpty())
        return invalid(QStringLiteral("body"), tr("The report has no text."));
    if (draft.body.size() > kMaxBodyLength)
        return invalid(QStringLiteral("body"), tr("The report is too long."));
    return ok();
}

Result<CourtReport> CourtReportService::reload(qint64 reportId)
{
    const auto found = m_reports.findReport(reportId);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(reportId);
    return *found.value();
}

Result<CourtReport> CourtReportService::readable(qint64 reportId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadCourtReports); !allowed)
        return allowed.error();
    const auto r = reload(reportId);
    if (!r)
        return r.error();
    if (const auto c = m_cases.get(r.value().caseId, actor); !c)
        return notFound(reportId);
    return r;
}

Result<CourtReport> CourtReportService::save(const CourtReportDraft &draft, int expectedVersion,
                                             const Actor &actor)
{
    CourtReportDraft d = draft;
    d.title = d.title.simplified();
    if (d.reportId != 0) {
        const auto stored = reload(d.reportId);
        if (!stored)
            return stored.error();
        d.caseId = stored.value().caseId;
    }
    const auto c = writableCase(d.caseId, actor);
    if (!c)
        return d.reportId != 0 && c.error().code == ErrorCode::NotFound ? notFound(d.reportId) : c.error();
    if (Status valid = validate(d); !valid)
        return valid.error();
    if (d.mandateId != 0) {
        const auto m = m_mandates.get(d.mandateId, actor);
        if (!m)
            return m.error();
        if (m.value().caseId != d.caseId)
            return invalid(QStringLiteral("mandate"), tr("The court mandate belongs to another case."));
    }
    const Error stale{ErrorCode::Conflict,
                      tr("Someone else saved this report in the meantime. Copy your text, reload and try "
                         "again."),
                      {},
                      {d.reportId}};
    if (d.reportId == 0 && expectedVersion != 0)
        return stale;

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    qint64 id = d.reportId;
    if (id == 0) {
        const auto made = m_reports.insertReport(d, actor.userName);
        if (!made)
            return made.error();
        id = made.value();
    } else {
        const auto now = reload(id);
        if (!now)
            return now.error();
        if (now.value().version != expectedVersion)
            return stale;
        if (Status s = m_reports.appendVersion(d, expectedVersion, actor.userName); !s)
            return s.error();
    }
    QJsonObject details{{QStringLiteral("case"), d.caseId}, {QStringLiteral("version"), expectedVersion + 1}};
    if (d.mandateId != 0)
        details.insert(QStringLiteral("mandate"), d.mandateId);
    if (Status s = m_audit.record(actor, QStringLiteral("court_report_saved"), QStringLiteral("court_report"),
                                  id, details);
        !s)
        return s.error();
    if (Status s = tx.value()->commit(); !s)
        return s.error();
    return reload(id);
}

Result<CourtReportExport> CourtReportService::fileExport(qint64 reportId, int version, const QByteArray &pdf,
                                                         const QString &fileName, const Actor &actor)
{
    const auto r = reload(reportId);
    if (!r)
        return r.error();
    const auto c = writableCase(r.value().caseId, actor);
    if (!c)
        return c.error().code == ErrorCode::NotFound ? notFound(reportId) : c.error();
    if (version < 1 || version > r.value().version)
        return Error{ErrorCode::NotFound, tr("That version of the report does not exist."), {}, {reportId}};
    if (!pdf.startsWith("%PDF-") || pdf.size() > kMaxPdfBytes)
        return invalid(QStringLiteral("pdf"), tr("The file to file in the case is not a PDF."));
    const QString name = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).trimmed();

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto id = m_reports.insertExport(reportId, version, pdf, name, actor.userName);
    if (!id)
        return id.error();
    CaseEvent event{CaseEvent::Kind::CourtReportFiled,
                    QString::number(reportId),
                    tr("%1 (version %2)").arg(r.value().title).arg(version),
                    name,
                    QDateTime::currentDateTimeUtc(),
                    actor.userName,
                    {}};
    if (Status s = m_cases.recordEvent(r.value().caseId, event, actor); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("court_report_filed"), QStringLiteral("court_report"),
                                  reportId,
                                  {{QStringLiteral("case"), r.value().caseId},
                                   {QStringLiteral("version"), version},
                                   {QStringLiteral("export"), id.value()}});
        !s)
        return s.error();
    if (Status s = tx.value()->commit(); !s)
        return s.error();
    const auto filed = reload(reportId);
    if (!filed)
        return filed.error();
    for (const CourtReportExport &e : filed.value().exports) {
        if (e.id == id.value())
            return e;
    }
    return notFound(reportId);
}

Result<QList<CourtReport>> CourtReportService::list(qint64 caseId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadCourtReports); !allowed)
        return allowed.error();
    if (const auto c = m_cases.get(caseId, actor); !c)
        return c.error();
    return m_reports.reportsOfCase(caseId);
}

Result<CourtReport> CourtReportService::get(qint64 reportId, const Actor &actor)
{
    return readable(reportId, actor);
}

Result<QList<CourtReportVersion>> CourtReportService::versions(qint64 reportId, const Actor &actor)
{
    if (const auto r = readable(reportId, actor); !r)
        return r.error();
    return m_reports.versions(reportId);
}

Result<QByteArray> CourtReportService::exportedPdf(qint64 reportId, qint64 exportId, const Actor &actor)
{
    const auto r = readable(reportId, actor);
    if (!r)
        return r.error();
    if (std::none_of(r.value().exports.cbegin(), r.value().exports.cend(),
                     [&](const CourtReportExport &e) { return e.id == exportId; }))
        return notFound(reportId);
    return m_reports.exportBytes(exportId);
}

} // namespace cartella::domain
