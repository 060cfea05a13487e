// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/services.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

// The office's rule for the PIS subsidy (office_settings 'pis_attendance_rule', docs/decisions/0012): a month
// attended at `fullPercent` or more pays the whole subsidy, below `minimumPercent` nothing, and in between
// the share attended. 0 <= minimumPercent <= fullPercent <= 100.
struct AttendanceRule
{
    int minimumPercent = 50;
    int fullPercent = 90;

    bool valid() const { return minimumPercent >= 0 && minimumPercent <= fullPercent && fullPercent <= 100; }
    // {"minimum_percent":50,"full_percent":90}, as stored in the settings and with each month's attendance.
    QString toJson() const;
    // nullopt for text that is not a valid rule.
    static std::optional<AttendanceRule> fromJson(const QString &json);

    friend bool operator==(const AttendanceRule &, const AttendanceRule &) = default;
};

// What the rule gives for a month: `monthlyCents` when attended/planned >= full%, 0 below minimum%, else
// monthlyCents * attended / planned rounded down to the cent. Integer arithmetic only; no planned hours gives
// 0, and attended hours are taken within 0..planned.
qint64 monthlySubsidy(qint64 monthlyCents, int plannedHours, int attendedHours, const AttendanceRule &rule);

// One monthly payment out of a benefit's commitment: the budget payments whose period is the month.
struct MonthPayment
{
    QString month; // YYYY-MM
    QDate paidOn;  // the latest payment's date
    qint64 amountCents = 0;
    QString reference; // the latest payment's mandate or act number
};

// A month of a PIS: the attendance as recorded (never changed afterwards) and the subsidy the rule then in
// force gave; paid when a payment for the month was made.
struct InclusionMonth
{
    QString month; // YYYY-MM
    int plannedHours = 0;
    int attendedHours = 0;
    qint64 subsidyCents = 0;
    AttendanceRule rule; // as it was when the month was recorded
    QDateTime recordedAt;
    QString recordedBy;
    std::optional<MonthPayment> payment;

    bool paid() const { return payment.has_value(); }
};

// A percorso di inclusione sociale: the agreed activity, its educator and the monthly subsidy, on a service
// delivered of kind Inclusion.
struct InclusionPath
{
    qint64 deliveryId = 0;
    QString activity;
    qint64 educatorWorkerId = 0; // 0: none
    QString educatorName;        // read side
    qint64 monthlySubsidyCents = 0;
    QDateTime createdAt;
    QString createdBy;
    QList<InclusionMonth> months; // oldest first
    ServiceDelivery delivery;     // read side: the service it belongs to
};

// A tirocinio (work placement) on a service delivered of kind WorkPlacement.
struct WorkPlacement
{
    qint64 deliveryId = 0;
    QString hostOrganisation;
    QString tutor;
    QString insurancePolicy;
    int weeklyHours = 0;
    qint64 monthlyReimbursementCents = 0;
    QDateTime createdAt;
    QString createdBy;
    QList<MonthPayment> months; // the months paid, oldest first
    ServiceDelivery delivery;   // read side
};

// The months of a periodic benefit, "YYYY-MM", shared by PIS and tirocini.
class ServiceMonths
{
    Q_DECLARE_TR_FUNCTIONS(ServiceMonths)

public:
    // The first day of the month, or an invalid date for anything but "YYYY-MM".
    static QDate firstDay(const QString &month);
    static QString of(const QDate &day) { return day.toString(QStringLiteral("yyyy-MM")); }
    // Refuses a malformed month, a month not begun yet, and one outside the delivery's start and end.
    static Status check(const QString &month, const ServiceDelivery &delivery, const QString &field);
};

} // namespace cartella::domain
