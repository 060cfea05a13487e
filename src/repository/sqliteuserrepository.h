// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/userrepository.h"
#include "repository/database.h"

namespace cartella::repository {

class SqliteUserRepository final : public domain::UserRepository
{
public:
    explicit SqliteUserRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> countUsers() override;
    domain::Result<qint64> insertUser(const domain::User &user, const QString &by) override;
    domain::Status updateUser(const domain::User &user, const QString &by) override;
    domain::Status setLoginState(qint64 userId, int failedLogins, const QDateTime &lockedUntil) override;
    domain::Result<std::optional<domain::User>> findUser(qint64 id) override;
    domain::Result<std::optional<domain::User>> findUserByName(const QString &username) override;
    domain::Result<QList<domain::User>> users() override;

private:
    domain::Result<QList<domain::User>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

// The hash chain: hash = SHA-256 over the record's fields (length-prefixed, so no two records encode alike)
// and the previous record's hash; ids are consecutive from 1.
class SqliteAuditTrail final : public domain::AuditTrail
{
public:
    explicit SqliteAuditTrail(Database &db) : m_db(db) {}

    domain::Status append(const domain::AuditRecord &record) override;
    domain::Status appendRead(const domain::AuditRecord &record) override;
    domain::Result<QList<domain::AuditRecord>> recordsFor(const QString &entity, qint64 entityId) override;
    domain::Result<domain::AuditVerification> verify() override;

    static QString chainHash(const domain::AuditRecord &record, const QString &storedAt,
                             const QString &previousHash);
    static const QString &genesisHash();

private:
    Database &m_db;
};

} // namespace cartella::repository
