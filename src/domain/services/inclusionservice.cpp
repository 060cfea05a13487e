// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/inclusionservice.h"

#include "domain/access/access.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cartella::domain {

// ---- The rule and the months ---------------------------------------------------------------------------

QString AttendanceRule::toJson() const
{
    const QJsonObject o{{QStringLiteral("minimum_percent"), minimumPercent},
                        {QStringLiteral("full_percent"), fullPercent}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<AttendanceRule> AttendanceRule::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue minimum = o.value(QStringLiteral("minimum_percent"));
    const QJsonValue full = o.value(QStringLiteral("full_percent"));
    const auto whole = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() == v.toInt();
    };
    if (!whole(minimum) || !whole(full))
        return std::nullopt;
    const AttendanceRule rule{minimum.toInt(), full.toInt()};
    if (!rule.valid())
        return std::nullopt;
    return rule;
}

qint64 monthlySubsidy(qint64 monthlyCents, int plannedHours, int attendedHours, const AttendanceRule &rule)
{
    if (monthlyCents <= 0 || plannedHours <= 0)
        return 0;
    const qint64 planned = plannedHours;
    const qint64 attended = std::clamp<qint64>(attendedHours, 0, planned);
    // attended / planned >= full / 100, compared without division.
    if (attended * 100 >= qint64(rule.fullPercent) * planned)
        return monthlyCents;
    if (attended * 100 < qint64(rule.minimumPercent) * planned)
        return 0;
    // monthlyCents * attended / planned, rounded down, without overflowing for any amount: with
    // monthlyCents = q * planned + r, the product is q * attended + r * attended / planned.
    const qint64 q = monthlyCents / planned;
    const qint64 r = monthlyCents % planned;
    return q * attended + r * attended / planned;
}

QDate ServiceMonths::firstDay(const QString &month)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = shape.match(month);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

Status ServiceMonths::check(const QString &month, const ServiceDelivery &d, const QString &field)
{
    const QDate first = firstDay(month);
    if (!first.isValid())
        return invalid(field, tr("Write the month as YYYY-MM, e.g. 2026-03."));
    const QDate last = first.addMonths(1).addDays(-1);
    const QString shown = first.toString(QStringLiteral("MM/yyyy"));
    if (first > officeToday())
        return invalid(field, tr("%1 has not begun yet.").arg(shown));
    if (d.startsOn.isValid() && last < d.startsOn)
        return invalid(field, tr("The service starts on %1: %2 comes before it.")
                                  .arg(d.startsOn.toString(QStringLiteral("dd/MM/yyyy")), shown));
    if (d.endsOn.isValid() && first > d.endsOn)
        return invalid(field, tr("The service ends on %1: %2 comes after it.")
                                  .arg(d.endsOn.toString(QStringLiteral("dd/MM/yyyy")), shown));
    return ok();
}

// ---- The service -----------------------------------------------------------------------------------------

namespace {

Error forbidden(const QString &message)
{
    return Error{ErrorCode::Forbidden, message, {}, {}};
}

bool isEducator(const Actor &actor)
{
    return actor.role && *actor.role == Role::Educator;
}

QString shownMonth(const QString &month)
{
    const QDate first = ServiceMonths::firstDay(month);
    return first.isValid() ? first.toString(QStringLiteral("MM/yyyy")) : month;
}

} // namespace

InclusionService::InclusionService(InclusionRepository &paths, ServiceRepository &services,
                                   CaseService &cases, DeliveryService &deliveries,
                                   TransactionProvider &transactions, Auditor &audit)
    : m_paths(paths), m_services(services), m_cases(cases), m_deliveries(deliveries),
      m_transactions(transactions), m_audit(audit)
{}

bool InclusionService::mayRecordAttendance(const Actor &actor, const InclusionPath &path)
{
    if (permits(actor, Operation::RecordPayments))
        return true;
    return isEducator(actor) && actor.workerId > 0 && actor.workerId == path.educatorWorkerId;
}

Result<ServiceDelivery> InclusionService::inclusionDelivery(qint64 deliveryId, const Actor &actor,
                                                            bool forChange, Case *ofCase)
{
    return m_deliveries.ofKind(deliveryId, ServiceKind::Inclusion,
                               tr("This service is not a percorso di inclusione sociale."), actor, forChange,
                               ofCase);
}

Result<InclusionPath> InclusionService::load(qint64 deliveryId, const Actor &actor, bool forChange)
{
    const auto d = inclusionDelivery(deliveryId, actor, forChange);
    if (!d)
        return d.error();
    const auto found = m_paths.findPath(deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("This PIS has not been set up yet."), {}, {deliveryId}};
    InclusionPath p = *found.value();
    p.delivery = d.value();
    return p;
}

Result<AttendanceRule> InclusionService::currentRule()
{
    const auto stored = m_services.setting(kRuleKey);
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return AttendanceRule{};
    const auto rule = AttendanceRule::fromJson(stored.value());
    if (!rule)
        return Error{ErrorCode::Storage,
                     tr("The office's attendance rule for the PIS cannot be read: the zone manager should "
                        "set it again."),
                     {},
                     {}};
    return *rule;
}

Result<InclusionPath> InclusionService::setUp(qint64 deliveryId, const QString &activity,
                                              qint64 educatorWorkerId, qint64 monthlySubsidyCents,
                                              const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RequestServices); !allowed)
        return allowed.error();
    const QString what = activity.trimmed();
    if (what.isEmpty())
        return invalid(QStringLiteral("activity"), tr("Describe the activity agreed with the person."));
    if (what.size() > 500)
        return invalid(QStringLiteral("activity"), tr("The activity is too long (at most 500 characters)."));
    if (monthlySubsidyCents <= 0)
        return invalid(QStringLiteral("subsidy"), tr("Give the monthly subsidy."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    Case c;
    const auto d = inclusionDelivery(deliveryId, actor, true, &c);
    if (!d)
        return d.error();
    if (Status open = m_cases.requireOpen(c); !open)
        return open.error();
    if (d.value().status != DeliveryStatus::Requested && d.value().status != DeliveryStatus::Approved)
        return invalid(QStringLiteral("status"),
                       tr("A PIS is set up while it is requested or approved, before it starts."));
    const auto existing = m_paths.findPath(deliveryId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Duplicate, tr("This PIS is set up already."), {}, {deliveryId}};
    if (!m_cases.activeWorker(educatorWorkerId, QStringLiteral("educator")))
        return invalid(QStringLiteral("educator"), tr("Choose the educator who follows the path."));
    if (d.value().monthlyCents > 0 && monthlySubsidyCents > d.value().monthlyCents)
        return invalid(QStringLiteral("subsidy"),
                       tr("The monthly subsidy (%1) is above the monthly amount of the service (%2).")
                           .arg(formatEuro(monthlySubsidyCents), formatEuro(d.value().monthlyCents)));
    InclusionPath p;
    p.deliveryId = deliveryId;
    p.activity = what;
    p.educatorWorkerId = educatorWorkerId;
    p.monthlySubsidyCents = monthlySubsidyCents;
    if (Status s = m_paths.insertPath(p, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("inclusion_path_set_up"), QStringLiteral("service"),
                                  deliveryId,
                                  {{QStringLiteral("educator"), educatorWorkerId},
                                   {QStringLiteral("monthly_subsidy_cents"), monthlySubsidyCents}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(deliveryId, actor, false);
}

Result<AttendanceRule> InclusionService::attendanceRule(const Actor &actor)
{
    // Not personal data: whoever reads services or records attendance sees the rule that will apply.
    if (!permits(actor, Operation::ReadServices) && !permits(actor, Operation::RecordPayments) &&
        !isEducator(actor))
        return forbidden(refusalMessage(Operation::ReadServices));
    return currentRule();
}

Result<AttendanceRule> InclusionService::setAttendanceRule(int minimumPercent, int fullPercent,
                                                           const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ApproveAid); !allowed)
        return forbidden(tr("Only the zone manager sets the attendance rule of the PIS."));
    const AttendanceRule rule{minimumPercent, fullPercent};
    if (!rule.valid())
        return invalid(QStringLiteral("rule"),
                       tr("The minimum attendance goes from 0% to the full attendance, and the full "
                          "attendance up to 100%."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    // A garbled stored rule is replaced; the trail then shows no "from".
    const auto before = currentRule();
    if (!before && before.error().code != ErrorCode::Storage)
        return before.error();
    if (Status s = m_services.setSetting(kRuleKey, rule.toJson(), actor.userName); !s)
        return s.error();
    const QJsonValue fromMinimum = before ? QJsonValue(before.value().minimumPercent) : QJsonValue();
    const QJsonValue fromFull = before ? QJsonValue(before.value().fullPercent) : QJsonValue();
    if (Status s = m_audit.record(actor, QStringLiteral("pis_attendance_rule_changed"),
                                  QStringLiteral("office_setting"), 0,
                                  {{QStringLiteral("key"), kRuleKey},
                                   {QStringLiteral("minimum_percent"), change(fromMinimum, minimumPercent)},
                                   {QStringLiteral("full_percent"), change(fromFull, fullPercent)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return rule;
}

Result<InclusionPath> InclusionService::recordAttendance(qint64 deliveryId, const QString &month,
                                                         int plannedHours, int attendedHours,
                                                         const Actor &actor)
{
    const QString refusal = tr("Attendance is recorded by who records payments or by the path's educator.");
    if (!permits(actor, Operation::RecordPayments) && !isEducator(actor))
        return forbidden(refusal);
    if (plannedHours <= 0)
        return invalid(QStringLiteral("planned"), tr("Give the hours planned for the month."));
    if (plannedHours > 744)
        return invalid(QStringLiteral("planned"), tr("A month has at most 744 hours."));
    if (attendedHours < 0 || attendedHours > plannedHours)
        return invalid(QStringLiteral("attended"),
                       tr("The hours attended go from 0 to the hours planned (%1).").arg(plannedHours));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto path = load(deliveryId, actor, true);
    if (!path)
        return path.error();
    const InclusionPath &p = path.value();
    if (!mayRecordAttendance(actor, p))
        return forbidden(refusal);
    if (p.delivery.status != DeliveryStatus::Approved && p.delivery.status != DeliveryStatus::Active)
        return invalid(QStringLiteral("status"),
                       tr("Attendance is recorded on an approved PIS in progress."));
    if (Status inPeriod = ServiceMonths::check(month, p.delivery, QStringLiteral("month")); !inPeriod)
        return inPeriod.error();
    const bool recorded = std::any_of(p.months.cbegin(), p.months.cend(),
                                      [&](const InclusionMonth &m) { return m.month == month; });
    if (recorded)
        return Error{
            ErrorCode::Duplicate,
            tr("The attendance of %1 is recorded already, and is kept as it was.").arg(shownMonth(month)),
            {{QStringLiteral("month"), tr("Recorded already.")}},
            {deliveryId}};
    const auto rule = currentRule();
    if (!rule)
        return rule.error();
    InclusionMonth m;
    m.month = month;
    m.plannedHours = plannedHours;
    m.attendedHours = attendedHours;
    m.rule = rule.value();
    m.subsidyCents = monthlySubsidy(p.monthlySubsidyCents, plannedHours, attendedHours, m.rule);
    if (Status s = m_paths.insertMonth(deliveryId, m, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("inclusion_attendance_recorded"),
                                  QStringLiteral("service"), deliveryId,
                                  {{QStringLiteral("month"), month},
                                   {QStringLiteral("planned_hours"), plannedHours},
                                   {QStringLiteral("attended_hours"), attendedHours},
                                   {QStringLiteral("subsidy_cents"), m.subsidyCents},
                                   {QStringLiteral("minimum_percent"), m.rule.minimumPercent},
                                   {QStringLiteral("full_percent"), m.rule.fullPercent}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(deliveryId, actor, false);
}

Result<InclusionPath> InclusionService::payMonth(qint64 deliveryId, const QString &month, QDate paidOn,
                                                 const QString &reference, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordPayments); !allowed)
        return allowed.error();
    const QDate first = ServiceMonths::firstDay(month);
    if (!first.isValid())
        return invalid(QStringLiteral("month"),
                       ServiceMonths::tr("Write the month as YYYY-MM, e.g. 2026-03."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto path = load(deliveryId, actor, true);
    if (!path)
        return path.error();
    const InclusionPath &p = path.value();
    const auto found = std::find_if(p.months.cbegin(), p.months.cend(),
                                    [&](const InclusionMonth &m) { return m.month == month; });
    if (found == p.months.cend())
        return invalid(
            QStringLiteral("month"),
            tr("No attendance is recorded for %1: record it before paying.").arg(shownMonth(month)));
    if (found->paid())
        return Error{
            ErrorCode::Duplicate,
            tr("%1 was paid already, on %2.")
                .arg(shownMonth(month), found->payment->paidOn.toString(QStringLiteral("dd/MM/yyyy"))),
            {{QStringLiteral("month"), tr("Paid already.")}},
            {deliveryId}};
    if (found->subsidyCents <= 0)
        return invalid(
            QStringLiteral("month"),
            tr("The attendance of %1 gives no subsidy: there is nothing to pay.").arg(shownMonth(month)));
    if (paidOn.isValid() && paidOn < first)
        return invalid(QStringLiteral("paidOn"),
                       tr("The payment for %1 cannot come before the month.").arg(shownMonth(month)));
    const auto paid = m_deliveries.pay(deliveryId, found->subsidyCents, paidOn, month, reference, actor);
    if (!paid)
        return paid.error();
    if (Status s = m_audit.record(actor, QStringLiteral("inclusion_month_paid"), QStringLiteral("service"),
                                  deliveryId,
                                  {{QStringLiteral("month"), month},
                                   {QStringLiteral("amount_cents"), found->subsidyCents},
                                   {QStringLiteral("on"), paidOn.toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return load(deliveryId, actor, false);
}

Result<std::optional<InclusionPath>> InclusionService::path(qint64 deliveryId, const Actor &actor)
{
    const bool readsServices = permits(actor, Operation::ReadServices);
    if (!readsServices && !isEducator(actor))
        return forbidden(refusalMessage(Operation::ReadServices));
    const auto d = inclusionDelivery(deliveryId, actor, false);
    if (!d)
        return d.error();
    const auto found = m_paths.findPath(deliveryId);
    if (!found)
        return found.error();
    // An educator reads only the path they follow.
    if (!readsServices &&
        (!found.value() || actor.workerId <= 0 || found.value()->educatorWorkerId != actor.workerId))
        return forbidden(refusalMessage(Operation::ReadServices));
    if (!found.value())
        return std::optional<InclusionPath>();
    InclusionPath p = *found.value();
    p.delivery = d.value();
    return std::optional<InclusionPath>(p);
}

} // namespace cartella::domain
