// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/personservice.h"
#include "domain/casework/search.h"

#include <QCoreApplication>

namespace cartella::domain {

// One search box over everything: persons by name or fiscal code, cases by number or member, and the words
// of diary entries, case notes and intake requests (accent- and case-insensitive, word prefixes).
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    SearchService(PersonService &persons, CaseService &cases, SearchRepository &texts);

    Result<SearchResults> search(const QString &text, int limitPerKind, const Actor &actor);

    // The FTS5 expression for what the user typed: every word must match as a prefix. Empty when nothing
    // searchable was typed. Public for tests.
    static QString ftsQuery(const QString &text);

private:
    PersonService &m_persons;
    CaseService &m_cases;
    SearchRepository &m_texts;
};

} // namespace cartella::domain
