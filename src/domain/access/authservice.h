// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/access/userrepository.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// Users and login. Passwords are checked against a policy, stored only as Argon2id hashes, and five failed
// logins lock the account for a delay that doubles with every further failure. Every login, failure, lock and
// password change is written to the audit trail in the same transaction.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMinPasswordLength = 10;
    static constexpr int kFailuresBeforeLock = 5;

    // The audit records name the workstation `audit` was made for.
    AuthService(UserRepository &users, Auditor &audit, const PasswordHasher &hasher,
                TransactionProvider &transactions);

    // True on a database nobody can log in to yet: the first start must create an administrator.
    Result<bool> needsFirstAdministrator();
    Result<User> createFirstAdministrator(User draft, const QString &password);
    // By a system administrator; the user must change the password at the first login.
    Result<User> createUser(User draft, const QString &temporaryPassword, const Actor &actor);
    // `now` is for tests; the application passes nothing.
    // Demo data only (`cartella-admin demo`, acting as the local system): a user whose password skips the
    // policy, so that a demo can use the password "demo". Refused for any logged-in actor.
    Result<User> createDemoUser(User draft, const QString &password, const Actor &actor);
    Result<User> login(const QString &username, const QString &password,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Unlocks an idle-locked session: the same user's password, with the same lockout as a login.
    Result<User> unlock(const Actor &actor, const QString &password,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<User> changePassword(qint64 userId, const QString &oldPassword, const QString &newPassword);
    // By a system administrator; the user must change it at the next login.
    Result<User> resetPassword(qint64 userId, const QString &temporaryPassword, const Actor &actor);
    Result<QList<User>> users(const Actor &actor);

    // What is wrong with a password for this user (empty when it is acceptable).
    QString passwordProblem(const User &user, const QString &password) const;
    // The actor a logged-in user acts as in every service call.
    Actor actorFor(const User &user) const;

private:
    Status audit(const QString &userName, const QString &action, qint64 userId,
                 const QJsonObject &details = {});
    // Hashes the password into `user` and clears the failures and the lock.
    Status setPassword(User &user, const QString &password, bool mustChange);
    Result<User> authenticate(const QString &username, const QString &password, const QDateTime &now,
                              const QString &successAction);
    Result<User> saveNew(User draft, const QString &password, bool mustChange, const QString &by,
                         bool checkPolicy = true);
    Status requireAdministrator(const Actor &actor);
    Result<User> existingUser(qint64 userId);

    UserRepository &m_users;
    Auditor &m_audit;
    const PasswordHasher &m_hasher;
    TransactionProvider &m_transactions;
    QString m_dummyHash; // verified against for unknown user names, so that they take as long as known ones
};

} // namespace cartella::domain
