// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqlitesearchrepository.h"

#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

Result<QList<TextHit>> SqliteSearchRepository::fullText(const QString &ftsQuery, int limit,
                                                        const CaseVisibility &visibility, bool includeIntakes,
                                                        const QStringList &intakeMunicipalities)
{
    // The best matches are found in the index first; only those rows are joined to their records.
    //
    // Ranking every match costs what the matches are: on a zone of ten years "colloquio" is in a third of a
    // million entries and bm25 over all of them took 0.4-0.7 s a keystroke. So only the newest matches are
    // ranked (rowid order is the index's own, and stops after kRecent), twice: over the whole index, and over
    // the rowids of case notes and contacts (rowid = id * 4 + kind; their ids are far fewer than the diary's,
    // so the newest diary entries would otherwise crowd them out). The best of those make the page. A rare
    // word has fewer matches than kRecent and is ranked whole, as before. The snippet is made in the same
    // pass: asking the index again per hit rebuilt a prefix term's list each time. docs/benchmarks.md.
    constexpr int kRecent = 250;
    sql::Query q(m_db);
    q.setForwardOnly(true);
    const QString recent = QStringLiteral(
        "SELECT * FROM (SELECT rowid AS r, rank, snippet(search_index, 0, '[', ']', '…', 12) AS snip "
        "FROM search_index WHERE search_index MATCH ?%1 ORDER BY rowid DESC LIMIT %2)");
    const QString sql =
        QStringLiteral("WITH recent AS (") + recent.arg(QString()).arg(kRecent) +
        QStringLiteral(" UNION ALL ") +
        recent
            .arg(QStringLiteral(" AND rowid <= 4 * max((SELECT coalesce(max(id), 0) FROM cases), "
                                "(SELECT coalesce(max(id), 0) FROM intakes)) + 3"))
            .arg(kRecent) +
        QStringLiteral(
            "), hits AS (SELECT r, snip, rank FROM recent GROUP BY r ORDER BY rank, r DESC "
            "LIMIT %1) "
            "SELECT h.r % 4 AS kind, h.r / 4 AS record_id, h.snip, "
            "  CASE h.r % 4 WHEN 1 THEN e.case_id WHEN 2 THEN h.r / 4 ELSE coalesce(i.case_id, 0) END AS "
            "case_id, "
            "  CASE h.r % 4 WHEN 1 THEN ce.number WHEN 2 THEN cc.number ELSE coalesce(ci.number, '') END "
            "AS case_number, "
            "  CASE h.r % 4 WHEN 1 THEN e.entry_date WHEN 2 THEN cc.opened_on ELSE i.contact_date END AS "
            "on_date, "
            "  e.withdrawn_at IS NOT NULL AS withdrawn, h.rank AS rank, "
            "coalesce(i.municipality_code, '') AS intake_comune "
            "FROM hits h "
            "LEFT JOIN diary_entries e ON h.r % 4 = 1 AND e.id = h.r / 4 LEFT JOIN cases ce ON ce.id = "
            "e.case_id "
            "LEFT JOIN cases cc ON h.r % 4 = 2 AND cc.id = h.r / 4 "
            "LEFT JOIN intakes i ON h.r % 4 = 3 AND i.id = h.r / 4 LEFT JOIN cases ci ON ci.id = i.case_id");
    QVariantList values{ftsQuery, ftsQuery};
    // Contacts that opened no case are for those who read intakes, of the Comuni they serve (and those with
    // no Comune); hits in cases, for those who see the case.
    const bool intakesNarrowed = !includeIntakes || !intakeMunicipalities.isEmpty();
    QString intakes = includeIntakes ? QStringLiteral("1") : QStringLiteral("0");
    if (includeIntakes && !intakeMunicipalities.isEmpty()) {
        intakes =
            QStringLiteral("(x.intake_comune = '' OR x.intake_comune IN (%1))")
                .arg(QStringList(intakeMunicipalities.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &code : intakeMunicipalities)
            values << code;
    }
    QStringList visible;
    const bool narrowed = appendVisibility(visibility, visible, values) || intakesNarrowed;
    QString full;
    if (narrowed) {
        // Hits the actor may not see are dropped; the index is asked for more so that a page stays full.
        if (visible.isEmpty())
            visible << QStringLiteral("1");
        full = QStringLiteral(
                   "SELECT * FROM (%1) x WHERE (x.case_id = 0 AND %2) OR EXISTS (SELECT 1 FROM cases c "
                   "WHERE c.id = x.case_id AND %3) ORDER BY x.rank LIMIT %4")
                   .arg(sql.arg(limit * 5), intakes, visible.join(QStringLiteral(" AND ")))
                   .arg(limit);
    } else {
        full = sql.arg(limit) + QStringLiteral(" ORDER BY h.rank");
    }
    if (!run(q, full, values))
        return queryError(q);
    QList<TextHit> out;
    const Row row(q);
    while (q.next()) {
        TextHit hit;
        const int kind = row.integer("kind");
        hit.kind = kind == 1   ? TextHit::Kind::DiaryEntry
                   : kind == 2 ? TextHit::Kind::CaseNotes
                               : TextHit::Kind::Intake;
        hit.recordId = row.id("record_id");
        hit.snippet = row.text("snip");
        hit.caseId = row.id("case_id");
        hit.caseNumber = row.text("case_number");
        hit.date = row.date("on_date");
        hit.withdrawn = row.flag("withdrawn");
        out.append(hit);
    }
    return out;
}

} // namespace cartella::repository
