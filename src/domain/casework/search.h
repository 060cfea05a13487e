// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"
#include "domain/casework/person.h"
#include "domain/kernel/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

// A full-text match in a diary entry, a case's notes or an intake request.
struct TextHit
{
    enum class Kind
    {
        DiaryEntry,
        CaseNotes,
        Intake,
    };
    Kind kind = Kind::DiaryEntry;
    qint64 recordId = 0; // the diary entry, the case or the intake
    qint64 caseId = 0;   // the case it belongs to, if any
    QString caseNumber;
    QDate date;
    QString snippet; // the matching words marked with [ and ]
    bool withdrawn = false;
};

// Everything one search box finds: persons, cases and texts.
struct SearchResults
{
    QList<PersonSummary> persons;
    QList<CaseSummary> cases;
    QList<TextHit> texts;
};

// Full-text search over the words social workers write. Read-only.
class SearchRepository
{
public:
    virtual ~SearchRepository() = default;
    // `ftsQuery` is an FTS5 expression the service built; best matches first. Only texts of the visible
    // cases, and, with `includeIntakes`, of the contacts that opened no case, of `intakeMunicipalities` (and
    // those with no Comune; empty for all).
    virtual Result<QList<TextHit>> fullText(const QString &ftsQuery, int limit,
                                            const CaseVisibility &visibility, bool includeIntakes,
                                            const QStringList &intakeMunicipalities) = 0;
};

} // namespace cartella::domain
