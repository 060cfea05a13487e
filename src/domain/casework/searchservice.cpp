// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/searchservice.h"

#include "domain/access/access.h"
#include "domain/casework/casescope.h"

#include <QRegularExpression>

namespace cartella::domain {

SearchService::SearchService(PersonService &persons, CaseService &cases, SearchRepository &texts)
    : m_persons(persons), m_cases(cases), m_texts(texts)
{}

QString SearchService::ftsQuery(const QString &text)
{
    // Words are letters and digits; everything else (quotes, operators, punctuation) only separates them, so
    // no input can form an FTS5 expression of its own.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext() && terms.size() < 8)
        terms.append(QLatin1Char('"') + it.next().captured(0) + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

Result<SearchResults> SearchService::search(const QString &text, int limitPerKind, const Actor &actor)
{
    SearchResults out;
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return out;
    const int limit = std::clamp(limitPerKind, 1, 100);

    // Each kind only for those who may see it: nothing is said of what is left out.
    if (permits(actor, Operation::ReadPersons)) {
        PersonQuery persons;
        persons.text = trimmed;
        persons.limit = limit;
        auto foundPersons = m_persons.search(persons, actor);
        if (!foundPersons)
            return foundPersons.error();
        out.persons = std::move(foundPersons).value();
    }

    const CaseScope scope = CaseScope::of(actor);
    if (!permits(actor, Operation::ListCases) || scope.kind == CaseScope::Kind::None)
        return out;
    CaseQuery cases;
    cases.text = trimmed;
    cases.limit = limit;
    auto foundCases = m_cases.list(cases, actor);
    if (!foundCases)
        return foundCases.error();
    out.cases = std::move(foundCases).value();

    // What is written in cases only for those who may read it, and only in the cases they see.
    const QString fts = ftsQuery(trimmed);
    if (!fts.isEmpty() && permits(actor, Operation::ReadCaseContent)) {
        auto texts = m_texts.fullText(fts, limit, scope.visibility(), permits(actor, Operation::ReadIntakes),
                                      actor.municipalityCodes);
        if (!texts)
            return texts.error();
        out.texts = std::move(texts).value();
    }
    return out;
}

} // namespace cartella::domain
