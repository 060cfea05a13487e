// SPDX-License-Identifier: EUPL-1.2
#include "repository/personsearchsql.h"

#include "domain/kernel/fiscalcode.h"
#include "domain/kernel/textfold.h"

namespace cartella::repository {

using namespace cartella::domain;

namespace {

const QString kPageColumns = QStringLiteral(
    "p.id, p.surname, p.given_name, p.sex, p.birth_date, p.fiscal_code, p.residence_municipality");

// Upper bound of all strings that start with `prefix`.
QString prefixEnd(const QString &prefix)
{
    static const QString maxChar = QString::fromUcs4(U"\U0010FFFF", 1);
    return prefix + maxChar;
}

QString sortExpression(PersonSort sort)
{
    switch (sort) {
    case PersonSort::Name:
        return QStringLiteral("p.name_key");
    case PersonSort::FiscalCode:
        return QStringLiteral("coalesce(p.fiscal_code, '')");
    case PersonSort::BirthDate:
        return QStringLiteral("p.birth_date");
    case PersonSort::Municipality:
        return QStringLiteral("p.residence_sort_key"); // the Comune's folded name (migration 0018)
    }
    return QStringLiteral("p.name_key");
}

// The text conditions, one per search group, each excluding the groups before it.
struct TextMatch
{
    QStringList groups; // SQL conditions
    QStringList keys;   // the ordered key of each group
    QVariantMap binds;
};

TextMatch textMatch(const PersonQuery &query)
{
    TextMatch m;
    const QString key = foldForSearch(query.text);
    if (key.isEmpty())
        return m;
    const QString bySurname = QStringLiteral("(p.name_key >= :k_lo AND p.name_key < :k_hi)");
    const QString byName = QStringLiteral("(p.given_key >= :k_lo AND p.given_key < :k_hi)");
    m.binds.insert(QStringLiteral(":k_lo"), key);
    m.binds.insert(QStringLiteral(":k_hi"), prefixEnd(key));
    m.groups << bySurname << byName + QStringLiteral(" AND NOT ") + bySurname;
    m.keys << QStringLiteral("p.name_key") << QStringLiteral("p.given_key");
    // A code has no spaces: "rossi mario" is a name, "RSSMRA" may be either. One letter is not looked up
    // as a code: it would scan every code with that initial only to drop those already matched by name.
    const QString code = FiscalCode::normalize(query.text);
    if (code.size() >= 2 && !query.text.trimmed().contains(QLatin1Char(' '))) {
        m.groups << QStringLiteral("(p.fiscal_code >= :c_lo AND p.fiscal_code < :c_hi) AND NOT ") +
                        bySurname + QStringLiteral(" AND NOT ") + byName;
        m.keys << QStringLiteral("p.fiscal_code");
        m.binds.insert(QStringLiteral(":c_lo"), code);
        m.binds.insert(QStringLiteral(":c_hi"), prefixEnd(code));
    }
    return m;
}

QString where(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString afterCondition(const QString &sortExpr, bool descending)
{
    const QString cmp = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    return QLatin1Char('(') + sortExpr + cmp + QStringLiteral(":after_value OR (") + sortExpr +
           QStringLiteral(" = :after_value AND p.id") + cmp + QStringLiteral(":after_id))");
}

SqlStatement groupedPage(const PersonQuery &query, const TextMatch &match)
{
    SqlStatement s{{}, match.binds};
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const int afterGroup = query.after ? query.after->searchGroup : 0;
    QStringList parts;
    for (int g = afterGroup; g < match.groups.size(); ++g) {
        QStringList clauses{match.groups.at(g)};
        if (query.onlyWithoutFiscalCode)
            clauses << QStringLiteral("p.fiscal_code IS NULL");
        if (query.after && g == afterGroup)
            clauses << afterCondition(match.keys.at(g), query.descending);
        parts << QStringLiteral("SELECT * FROM (SELECT ") + kPageColumns + QStringLiteral(", ") +
                     match.keys.at(g) + QStringLiteral(" AS sort_value, %1 AS grp FROM persons p").arg(g) +
                     where(clauses) + QStringLiteral(" ORDER BY ") + match.keys.at(g) + dir +
                     QStringLiteral(", p.id") + dir + QStringLiteral(" LIMIT %1)").arg(query.limit);
    }
    if (parts.isEmpty()) // past the last group: an empty page
        parts << QStringLiteral("SELECT ") + kPageColumns +
                     QStringLiteral(", '' AS sort_value, 0 AS grp FROM persons p "
                                    "WHERE 0");
    if (query.after) {
        s.binds.insert(QStringLiteral(":after_value"), query.after->sortValue);
        s.binds.insert(QStringLiteral(":after_id"), query.after->id);
    }
    s.sql = parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY grp ASC, sort_value") +
            dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT %1").arg(query.limit);
    return s;
}

} // namespace

SqlStatement PersonSearchSql::page(const PersonQuery &query)
{
    const TextMatch match = textMatch(query);
    if (!match.groups.isEmpty() && query.sort == PersonSort::Name)
        return groupedPage(query, match);

    // Any other order: one ordered scan (an index for name, code and birth date), filtered.
    SqlStatement s{{}, match.binds};
    const QString sortExpr = sortExpression(query.sort);
    QStringList clauses;
    if (!match.groups.isEmpty())
        clauses << QLatin1Char('(') + match.groups.join(QStringLiteral(") OR (")) + QLatin1Char(')');
    if (query.onlyWithoutFiscalCode)
        clauses << QStringLiteral("p.fiscal_code IS NULL");
    if (query.after) {
        clauses << afterCondition(sortExpr, query.descending);
        s.binds.insert(QStringLiteral(":after_value"), query.after->sortValue);
        s.binds.insert(QStringLiteral(":after_id"), query.after->id);
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    s.sql = QStringLiteral("SELECT ") + kPageColumns + QStringLiteral(", ") + sortExpr +
            QStringLiteral(" AS sort_value, 0 AS grp FROM persons p");
    s.sql += where(clauses) + QStringLiteral(" ORDER BY ") + sortExpr + dir + QStringLiteral(", p.id") + dir +
             QStringLiteral(" LIMIT %1").arg(query.limit);
    return s;
}

SqlStatement PersonSearchSql::count(const PersonQuery &query)
{
    const TextMatch match = textMatch(query);
    const QString withoutCode =
        query.onlyWithoutFiscalCode ? QStringLiteral("p.fiscal_code IS NULL") : QString();
    if (match.groups.isEmpty())
        return {QStringLiteral("SELECT count(*) AS total FROM persons p") +
                    where(withoutCode.isEmpty() ? QStringList() : QStringList{withoutCode}),
                {}};
    // The groups are disjoint: the sum of one index range count each is cheaper than counting an OR.
    QStringList counts;
    for (const QString &group : match.groups) {
        QStringList clauses{group};
        if (!withoutCode.isEmpty())
            clauses << withoutCode;
        counts << QStringLiteral("(SELECT count(*) FROM persons p") + where(clauses) + QLatin1Char(')');
    }
    return {QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")) + QStringLiteral(" AS total"),
            match.binds};
}

} // namespace cartella::repository
