// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"
#include "repository/storage.h"

#include <QTemporaryDir>

#include <memory>

namespace cartella::test {

// A fresh Cartella database file in its own temporary folder, removed at the end of the test.
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("cartella.sqlite")); }
    QString dir() const { return m_dir.path(); }
    repository::Storage &storage() { return *m_storage; }
    void close() { m_storage.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<repository::Storage> m_storage;
};

// A user with `role` (password "demo"), logged in: the actor the services see.
domain::Actor userActor(domain::ServiceHub &hub, const QString &name, domain::Role role, qint64 workerId = 0);

// A complete, valid person: Rossi Mario, born in San Giuliano Terme on 1985-12-10, RSSMRA85T10A562S.
domain::Person mario();

} // namespace cartella::test
