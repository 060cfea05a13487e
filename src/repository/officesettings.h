// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "repository/database.h"

#include <QString>

namespace cartella::repository {

// The office settings (table office_settings, one JSON or plain value per key), read and written the same way
// by every repository that keeps one: empty when not set; a write replaces the value and stamps who and when.
domain::Result<QString> readOfficeSetting(const Database &db, const QString &key);
domain::Status writeOfficeSetting(const Database &db, const QString &key, const QString &value,
                                  const QString &userName);

} // namespace cartella::repository
