// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/personrepository.h"

#include <QString>
#include <QVariantMap>

namespace cartella::repository {

struct SqlStatement
{
    QString sql;
    QVariantMap binds; // named placeholders
};

// The SQL behind the persons list. Columns of a page: id, surname, given_name, sex, birth_date, fiscal_code,
// residence_municipality, sort_value, grp.
//
// Search as you type, sorted by name, is answered in groups so that every group is an ordered index range
// that stops after one page: surname matches first (by surname), then given-name matches (by given name),
// then fiscal-code matches (by code). Sorting the union of all matches instead costs ~17 ms for "r" on
// 100,000 persons; see docs/benchmarks.md.
class PersonSearchSql
{
public:
    static SqlStatement page(const domain::PersonQuery &query);
    static SqlStatement count(const domain::PersonQuery &query);
};

} // namespace cartella::repository
