// SPDX-License-Identifier: EUPL-1.2
#include "domain/access/auditor.h"

#include <QDateTime>
#include <QJsonDocument>

namespace cartella::domain {

Auditor::Auditor(AuditTrail &trail, QString workstation)
    : m_trail(trail), m_workstation(std::move(workstation))
{}

Status Auditor::record(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                       const QJsonObject &details)
{
    return m_trail.append(make(actor, action, entity, entityId, details));
}

AuditRecord Auditor::make(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                          const QJsonObject &details) const
{
    AuditRecord r;
    r.at = QDateTime::currentDateTimeUtc();
    r.userName = actor.userName.isEmpty() ? QStringLiteral("system") : actor.userName;
    r.workstation = actor.workstation.isEmpty() ? m_workstation : actor.workstation;
    r.purpose = actor.purpose;
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    if (!details.isEmpty())
        r.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return r;
}

Status Auditor::recordAlone(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                            const QJsonObject &details)
{
    return m_trail.appendRead(make(actor, action, entity, entityId, details));
}

QJsonObject change(const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

} // namespace cartella::domain
