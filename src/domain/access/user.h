// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/recordstamp.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cartella::domain {

enum class Role
{
    SocialWorker,   // assistente sociale
    ZoneManager,    // responsabile di zona
    Administrative, // operatore amministrativo
    Educator,       // educatore / psicologo
    SystemAdmin,    // amministratore di sistema
};

// Someone who logs in. The password itself is never held: only its Argon2id hash.
struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString fiscalCode;
    Role role = Role::SocialWorker;
    QStringList municipalityCodes; // the Comuni served; empty for the whole zone
    qint64 workerId = 0;           // the worker record the user acts as, if any
    QString passwordHash;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    bool active = true;
    RecordStamp stamp;
};

// One record of the audit trail: who did or read what, when, from where and why.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userName;
    QString workstation;
    QString purpose;
    QString action; // login, login_failed, password_changed, user_created, ...
    QString entity; // user, person, case, ...
    qint64 entityId = 0;
    QString details; // JSON
};

// What `audit verify` found: the first record that breaks the chain, if any.
struct AuditVerification
{
    qint64 records = 0;
    bool intact = true;
    qint64 firstBadId = 0; // the first record that does not hold
    QString problem;       // edited, deleted, inserted or reordered: in words for the operator
};

} // namespace cartella::domain
