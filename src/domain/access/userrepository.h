// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/user.h"
#include "domain/kernel/result.h"

#include <optional>

namespace cartella::domain {

// Storage of users. Runs inside the caller's transaction.
class UserRepository
{
public:
    virtual ~UserRepository() = default;

    virtual Result<qint64> countUsers() = 0;
    virtual Result<qint64> insertUser(const User &user, const QString &by) = 0;
    // Writes everything but the identity; refuses a stale version.
    virtual Status updateUser(const User &user, const QString &by) = 0;
    // Login bookkeeping: failures and lock, without moving the version (the user's own record is not
    // "edited" by someone typing a wrong password).
    virtual Status setLoginState(qint64 userId, int failedLogins, const QDateTime &lockedUntil) = 0;
    virtual Result<std::optional<User>> findUser(qint64 id) = 0;
    virtual Result<std::optional<User>> findUserByName(const QString &username) = 0;
    virtual Result<QList<User>> users() = 0;
};

// The append-only, hash-chained audit trail. `append` runs inside the caller's transaction, so a record is
// written with what it records or not at all.
class AuditTrail
{
public:
    virtual ~AuditTrail() = default;

    virtual Status append(const AuditRecord &record) = 0;
    // A record of a read (an opening, an export), in a transaction of its own. It is on disk at once for any
    // crash of the program, and synced with the next change at the latest (a power cut may lose the last
    // reads, never a change, never a link of the chain).
    virtual Status appendRead(const AuditRecord &record) = 0;
    virtual Result<QList<AuditRecord>> recordsFor(const QString &entity, qint64 entityId) = 0;
    virtual Result<AuditVerification> verify() = 0;
};

// Turns a password into a salted, slow hash and checks one. Implemented with libsodium's Argon2id.
class PasswordHasher
{
public:
    virtual ~PasswordHasher() = default;

    virtual Result<QString> hash(const QString &password) const = 0;
    virtual bool verify(const QString &hash, const QString &password) const = 0;
};

} // namespace cartella::domain
