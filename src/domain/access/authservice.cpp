// SPDX-License-Identifier: EUPL-1.2
#include "domain/access/authservice.h"

#include "domain/access/access.h"
#include "domain/kernel/textfold.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cartella::domain {

namespace {

// The lock after `failures` failed logins: none before the fifth, then 1, 2, 4 … minutes, at most a day.
qint64 lockSeconds(int failures)
{
    if (failures < AuthService::kFailuresBeforeLock)
        return 0;
    const int doublings = std::min(failures - AuthService::kFailuresBeforeLock, 11);
    return std::min<qint64>(60LL << doublings, 24 * 3600);
}

} // namespace

AuthService::AuthService(UserRepository &users, Auditor &audit, const PasswordHasher &hasher,
                         TransactionProvider &transactions)
    : m_users(users), m_audit(audit), m_hasher(hasher), m_transactions(transactions)
{}

Status AuthService::audit(const QString &userName, const QString &action, qint64 userId,
                          const QJsonObject &details)
{
    // Whoever typed the name, known or not: the name as typed (cut short), for authentication.
    Actor who{userName.left(64)};
    who.purpose = QStringLiteral("authentication");
    return m_audit.record(who, action, QStringLiteral("user"), userId, details);
}

Status AuthService::setPassword(User &user, const QString &password, bool mustChange)
{
    const auto hashed = m_hasher.hash(password);
    if (!hashed)
        return hashed.error();
    user.passwordHash = hashed.value();
    user.mustChangePassword = mustChange;
    user.failedLogins = 0;
    user.lockedUntil = {};
    return ok();
}

QString AuthService::passwordProblem(const User &user, const QString &password) const
{
    if (password.size() < kMinPasswordLength)
        return tr("The password needs at least %1 characters.").arg(kMinPasswordLength);
    // Not the user's own names, nor the user name, in any case or with or without accents.
    const QString folded = foldForSearch(password).remove(QLatin1Char(' '));
    QStringList own = user.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    own << user.username;
    for (const QString &name : own) {
        const QString key = foldForSearch(name).remove(QLatin1Char(' '));
        if (key.size() >= 3 && folded.contains(key))
            return tr("The password must not contain your name or user name.");
    }
    if (password.trimmed().isEmpty() || QSet<QChar>(password.cbegin(), password.cend()).size() < 4)
        return tr("The password is too simple: use more different characters.");
    return {};
}

Actor AuthService::actorFor(const User &user) const
{
    Actor actor{user.username, user.id, user.role, user.workerId, m_audit.workstation()};
    actor.municipalityCodes = user.municipalityCodes;
    return actor;
}

Result<bool> AuthService::needsFirstAdministrator()
{
    const auto count = m_users.countUsers();
    if (!count)
        return count.error();
    return count.value() == 0;
}

Result<User> AuthService::saveNew(User draft, const QString &password, bool mustChange, const QString &by,
                                  bool checkPolicy)
{
    draft.username = draft.username.trimmed();
    draft.fullName = draft.fullName.simplified();
    draft.fiscalCode = draft.fiscalCode.trimmed().toUpper();
    if (draft.username.isEmpty() || draft.username.contains(QLatin1Char(' ')))
        return invalid(QStringLiteral("username"), tr("The user name is required, without spaces."));
    if (draft.fullName.isEmpty())
        return invalid(QStringLiteral("fullName"), tr("The full name is required."));
    if (const QString problem = passwordProblem(draft, password); checkPolicy && !problem.isEmpty())
        return invalid(QStringLiteral("password"), problem);
    const auto existing = m_users.findUserByName(draft.username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Duplicate,
                     tr("The user name %1 is taken.").arg(draft.username),
                     {},
                     {existing.value()->id}};
    if (Status s = setPassword(draft, password, mustChange); !s)
        return s.error();
    draft.active = true;
    const auto id = m_users.insertUser(draft, by);
    if (!id)
        return id.error();
    draft.id = id.value();
    const QJsonObject after{
        {QStringLiteral("username"), draft.username},
        {QStringLiteral("role"), Vocabulary<Role>::code(draft.role)},
        {QStringLiteral("municipalities"), draft.municipalityCodes.join(QLatin1Char(','))}};
    if (Status s = audit(by, QStringLiteral("user_created"), draft.id, {{QStringLiteral("after"), after}});
        !s)
        return s.error();
    const auto stored = m_users.findUser(draft.id);
    if (!stored)
        return stored.error();
    return *stored.value();
}

Result<User> AuthService::createFirstAdministrator(User draft, const QString &password)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto count = m_users.countUsers();
    if (!count)
        return count.error();
    if (count.value() != 0)
        return Error{ErrorCode::Usage, tr("This database already has users: ask an administrator."), {}, {}};
    draft.role = Role::SystemAdmin;
    auto saved = saveNew(draft, password, false, draft.username.trimmed());
    if (!saved)
        return saved.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return saved;
}

Status AuthService::requireAdministrator(const Actor &actor)
{
    return require(actor, Operation::ManageUsers);
}

Result<User> AuthService::createUser(User draft, const QString &temporaryPassword, const Actor &actor)
{
    if (Status s = requireAdministrator(actor); !s)
        return s.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto saved = saveNew(draft, temporaryPassword, true, actor.userName);
    if (!saved)
        return saved.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return saved;
}

Result<User> AuthService::createDemoUser(User draft, const QString &password, const Actor &actor)
{
    if (actor.role || actor.userId != 0)
        return Error{ErrorCode::Usage, tr("Demo users are made only by the demo generator."), {}, {}};
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto saved = saveNew(draft, password, false, actor.userName, false);
    if (!saved)
        return saved.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return saved;
}

Result<User> AuthService::login(const QString &username, const QString &password, const QDateTime &now)
{
    return authenticate(username, password, now, QStringLiteral("login"));
}

Result<User> AuthService::unlock(const Actor &actor, const QString &password, const QDateTime &now)
{
    if (actor.userId == 0)
        return Error{ErrorCode::Usage, tr("Nobody is logged in."), {}, {}};
    return authenticate(actor.userName, password, now, QStringLiteral("unlock"));
}

Result<User> AuthService::authenticate(const QString &username, const QString &password, const QDateTime &now,
                                       const QString &successAction)
{
    const QString wrong = tr("Wrong user name or password.");
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto found = m_users.findUserByName(username.trimmed());
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->active) {
        // The same answer, after the same work, as a wrong password: neither the screen nor the time it takes
        // tells which user names exist.
        if (m_dummyHash.isEmpty()) {
            if (const auto dummy = m_hasher.hash(QStringLiteral("no such user")))
                m_dummyHash = dummy.value();
        }
        (void)m_hasher.verify(m_dummyHash, password);
        if (Status s = audit(username.trimmed(), QStringLiteral("login_failed"), 0); !s)
            return s.error();
        if (Status done = tx.value()->commit(); !done)
            return done.error();
        return Error{ErrorCode::Invalid, wrong, {}, {}};
    }
    User user = *found.value();
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        if (Status s = audit(user.username, QStringLiteral("login_refused_locked"), user.id); !s)
            return s.error();
        if (Status done = tx.value()->commit(); !done)
            return done.error();
        return Error{ErrorCode::Invalid,
                     tr("Too many wrong passwords: the account is locked until %1.")
                         .arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                     {},
                     {}};
    }
    if (!m_hasher.verify(user.passwordHash, password)) {
        const int failures = user.failedLogins + 1;
        const qint64 lock = lockSeconds(failures);
        const QDateTime until = lock > 0 ? now.addSecs(lock) : QDateTime();
        if (Status s = m_users.setLoginState(user.id, failures, until); !s)
            return s.error();
        if (Status s =
                audit(user.username,
                      lock > 0 ? QStringLiteral("account_locked") : QStringLiteral("login_failed"), user.id);
            !s)
            return s.error();
        if (Status done = tx.value()->commit(); !done)
            return done.error();
        if (lock > 0)
            return Error{ErrorCode::Invalid,
                         tr("Too many wrong passwords: the account is locked for %n minute(s).", nullptr,
                            int((lock + 59) / 60)),
                         {},
                         {}};
        return Error{ErrorCode::Invalid, wrong, {}, {}};
    }
    if (Status s = m_users.setLoginState(user.id, 0, {}); !s)
        return s.error();
    if (Status s = audit(user.username, successAction, user.id); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    user.failedLogins = 0;
    user.lockedUntil = {};
    return user;
}

Result<User> AuthService::existingUser(qint64 userId)
{
    const auto found = m_users.findUser(userId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The user does not exist."), {}, {userId}};
    return *found.value();
}

Result<User> AuthService::changePassword(qint64 userId, const QString &oldPassword,
                                         const QString &newPassword)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto found = existingUser(userId);
    if (!found)
        return found.error();
    User user = std::move(found).value();
    if (!m_hasher.verify(user.passwordHash, oldPassword))
        return invalid(QStringLiteral("oldPassword"), tr("The current password is wrong."));
    if (oldPassword == newPassword)
        return invalid(QStringLiteral("password"), tr("The new password must differ from the current one."));
    if (const QString problem = passwordProblem(user, newPassword); !problem.isEmpty())
        return invalid(QStringLiteral("password"), problem);
    const auto hashed = m_hasher.hash(newPassword);
    if (!hashed)
        return hashed.error();
    user.passwordHash = hashed.value();
    user.mustChangePassword = false;
    if (Status s = m_users.updateUser(user, user.username); !s)
        return s.error();
    if (Status s = audit(user.username, QStringLiteral("password_changed"), user.id); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return existingUser(userId);
}

Result<User> AuthService::resetPassword(qint64 userId, const QString &temporaryPassword, const Actor &actor)
{
    if (Status s = requireAdministrator(actor); !s)
        return s.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto found = existingUser(userId);
    if (!found)
        return found.error();
    User user = std::move(found).value();
    if (const QString problem = passwordProblem(user, temporaryPassword); !problem.isEmpty())
        return invalid(QStringLiteral("password"), problem);
    if (Status s = setPassword(user, temporaryPassword, true); !s)
        return s.error();
    if (Status s = m_users.updateUser(user, actor.userName); !s)
        return s.error();
    if (Status s = audit(actor.userName, QStringLiteral("password_reset"), user.id); !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return existingUser(userId);
}

Result<QList<User>> AuthService::users(const Actor &actor)
{
    if (Status s = requireAdministrator(actor); !s)
        return s.error();
    return m_users.users();
}

} // namespace cartella::domain
