// SPDX-License-Identifier: EUPL-1.2
// MandateService: reading mandates, and the reminders of their tasks with the office's leads.
#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/minori/mandateservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cartella::domain {

namespace {

const QString kReminderKey = QStringLiteral("mandate_reminder_days");

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (const int v : values)
        out.append(v);
    return out;
}

// {"days":[30,7]}: whole numbers from 1 to 365, distinct, widest first; nullopt for anything else.
std::optional<QList<int>> parseLeads(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("days")).isArray())
        return std::nullopt;
    QList<int> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("days")).toArray()) {
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 ||
            v.toInt() > MandateService::kMaxReminderDays || out.contains(v.toInt()))
            return std::nullopt;
        out.append(v.toInt());
    }
    if (out.isEmpty())
        return std::nullopt;
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

} // namespace

Result<CourtMandate> MandateService::get(qint64 mandateId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadMandates); !allowed)
        return allowed.error();
    const auto m = reload(mandateId);
    if (!m)
        return m.error();
    if (const auto c = m_cases.get(m.value().caseId, actor); !c)
        return Error{ErrorCode::NotFound, tr("The court mandate does not exist."), {}, {mandateId}};
    return m;
}

Result<QList<CourtMandate>> MandateService::ofCase(qint64 caseId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadMandates); !allowed)
        return allowed.error();
    if (const auto c = m_cases.get(caseId, actor); !c)
        return c.error();
    return m_mandates.mandatesOfCase(caseId);
}

Result<QList<int>> MandateService::storedReminderDays()
{
    const auto stored = m_mandates.setting(kReminderKey);
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return kDefaultReminderDays;
    const auto leads = parseLeads(stored.value());
    if (!leads)
        return Error{
            ErrorCode::Storage,
            tr("The office's reminders for court mandates cannot be read: the zone manager should set "
               "them again."),
            {},
            {}};
    return *leads;
}

Result<QList<int>> MandateService::reminderDays(const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadMandates); !allowed)
        return allowed.error();
    return storedReminderDays();
}

Result<QList<int>> MandateService::setReminderDays(const QList<int> &days, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::SetMandateReminders); !allowed)
        return allowed.error();
    QList<int> leads = days;
    std::sort(leads.begin(), leads.end(), std::greater<int>());
    const bool distinct = std::adjacent_find(leads.begin(), leads.end()) == leads.end();
    if (leads.isEmpty() || leads.size() > kMaxReminderLeads || !distinct || leads.last() < 1 ||
        leads.first() > kMaxReminderDays)
        return invalid(
            QStringLiteral("days"),
            tr("Give from 1 to %1 different reminders, each from 1 to %2 days before the due date.")
                .arg(kMaxReminderLeads)
                .arg(kMaxReminderDays));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    // A garbled stored value is replaced; the trail then shows no "from".
    const auto before = storedReminderDays();
    if (!before && before.error().code != ErrorCode::Storage)
        return before.error();
    const QJsonObject value{{QStringLiteral("days"), intArray(leads)}};
    if (Status s = m_mandates.setSetting(
            kReminderKey, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)),
            actor.userName);
        !s)
        return s.error();
    const QJsonValue from = before ? QJsonValue(intArray(before.value())) : QJsonValue();
    if (Status s = m_audit.record(
            actor, QStringLiteral("mandate_reminder_days_changed"), QStringLiteral("office_setting"), 0,
            {{QStringLiteral("key"), kReminderKey}, {QStringLiteral("days"), change(from, intArray(leads))}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return leads;
}

Result<QList<MandateReminder>>
MandateService::remindersDue(const QDate &asOf, std::optional<qint64> ownerWorkerId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadMandates); !allowed)
        return allowed.error();
    if (!asOf.isValid())
        return invalid(QStringLiteral("asOf"), tr("Give the day the reminders are for."));
    const auto leads = storedReminderDays();
    if (!leads)
        return leads.error();
    MandateReminderQuery query;
    query.asOf = asOf;
    query.dueBy = asOf.addDays(leads.value().first());
    query.ownerWorkerId = ownerWorkerId;
    query.visibility = CaseScope::of(actor).visibility();
    const auto rows = m_mandates.openTasksDueBy(query);
    if (!rows)
        return rows.error();
    QList<MandateReminder> out;
    for (MandateReminder r : rows.value()) {
        r.daysLeft = int(asOf.daysTo(r.dueOn));
        r.reminderDays = reminderWindow(r.daysLeft, leads.value());
        if (r.reminderDays >= 0)
            out.append(r);
    }
    return out;
}

} // namespace cartella::domain
