// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/search.h"
#include "repository/database.h"

namespace cartella::repository {

// FTS5 over search_index (migration 0006): rowid = record id * 4 + kind.
class SqliteSearchRepository final : public domain::SearchRepository
{
public:
    explicit SqliteSearchRepository(Database &db) : m_db(db) {}

    domain::Result<QList<domain::TextHit>> fullText(const QString &ftsQuery, int limit,
                                                    const domain::CaseVisibility &visibility,
                                                    bool includeIntakes,
                                                    const QStringList &intakeMunicipalities) override;

private:
    Database &m_db;
};

} // namespace cartella::repository
