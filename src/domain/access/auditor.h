// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/userrepository.h"

#include <QJsonObject>
#include <QString>

namespace cartella::domain {

// Writes the audit trail for the services: who (user, workstation), when, why (the actor's purpose), what
// (action, entity, id) and the details: before and after values of coded fields, ids and versions. Free text
// and identifying values (names, codici fiscali, addresses, diary text) are never copied into the trail,
// which cannot be rewritten or anonymised: the details name the changed fields and the record versions that
// hold the values (docs/decisions/0007-permissions-and-audit.md).
class Auditor
{
public:
    Auditor(AuditTrail &trail, QString workstation);

    // One record, inside the caller's transaction: written with the change it records or not at all.
    Status record(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                  const QJsonObject &details = {});
    // One record in a transaction of its own: for reads (opening a person or a case), exports and prints.
    Status recordAlone(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                       const QJsonObject &details = {});

    // The workstation of this computer, for actors that do not name one.
    const QString &workstation() const { return m_workstation; }

private:
    AuditRecord make(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                     const QJsonObject &details) const;

    AuditTrail &m_trail;
    QString m_workstation;
};

// {"from": a, "to": b}, the usual shape of a changed value.
QJsonObject change(const QJsonValue &from, const QJsonValue &to);

} // namespace cartella::domain
