// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/person.h"
#include "domain/kernel/officeclock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

// Pronto Intervento Sociale, the 24/7 emergency social service: the on-call rota (reperibilità) and the
// emergency log. docs/decisions/0015-pronto-intervento.md. Every instant is UTC.
namespace cartella::domain {

enum class EmergencyChannel
{
    Phone,    // telefono
    InPerson, // di persona
    EmailPec, // e-mail / PEC
    Other,
};

// Who reported the emergency.
enum class EmergencyReporter
{
    Police,              // forze dell'ordine
    EmergencyDepartment, // pronto soccorso
    Citizen,             // cittadino
    OtherService,        // altro servizio
    Other,
};

enum class EmergencyKind
{
    UnaccompaniedMinor, // minore straniero non accompagnato
    Violence,           // violenza
    Homeless,           // persona senza dimora
    ElderlyAlone,       // anziano solo
    Other,
};

enum class EmergencyTriage
{
    Urgent,     // emergenza: a worker goes now
    Deferrable, // differibile
};

// One worker on call from `from` to `to` (half-open: `to` is the first instant not covered).
struct OnCallShift
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString workerName; // read side only
    QDateTime from;
    QDateTime to;
    bool cancelled = false;
    RecordStamp stamp;
};

// An earlier version of a shift or of an emergency, as the storage kept it when it was replaced: the row's
// columns as JSON (snake_case names as in migration pronto_intervento), and who replaced it when.
struct PisVersion
{
    int version = 0;
    QJsonObject snapshot;
    QDateTime replacedAt;
    QString replacedBy;
};

// A stretch of time with nobody on call.
struct CoverGap
{
    QDateTime from;
    QDateTime to;
    friend bool operator==(const CoverGap &, const CoverGap &) = default;
};

// One emergency of the log.
struct SocialEmergency
{
    qint64 id = 0;
    QDateTime receivedAt;
    EmergencyChannel channel = EmergencyChannel::Phone;
    EmergencyReporter reporter = EmergencyReporter::Police;
    QString reporterName;     // optional: who called (an officer, a nurse, a neighbour)
    QString reporterContact;  // optional: a phone number or an address
    QString municipalityCode; // ISTAT: where it happened
    EmergencyKind kind = EmergencyKind::Other;
    EmergencyTriage triage = EmergencyTriage::Urgent;
    qint64 workerId = 0;          // the worker activated; 0 for none (yet)
    QDateTime activatedAt;        // when the worker was activated
    QDateTime arrivedAt;          // when they reached the person
    QString actions;              // what was done
    bool urgentPlacement = false; // accoglienza urgente in struttura
    QString outcome;
    // The person, until identified: a description ("uomo, circa 40 anni") and the names they gave, if any.
    QString personDescription;
    QString provisionalSurname;
    QString provisionalGivenName;
    // Set once, by identification.
    qint64 personId = 0;
    QDateTime identifiedAt;
    QString identifiedBy;
    // Set once, by the handover to the territorial service.
    qint64 caseId = 0;
    bool caseOpened = false; // the case was opened from this emergency (else an existing one was linked)
    QDateTime handedOverAt;
    QString handedOverBy;
    // Closed without a handover (nothing for the territorial service to take up), with the reason; once.
    QDateTime closedAt;
    QString closedBy;
    QString closeReason;
    RecordStamp stamp;
    // Read side only.
    QString workerName;
    QString personName;
    QString caseNumber;

    bool identified() const { return personId > 0; }
    bool handedOver() const { return caseId > 0; }
    bool closed() const { return closedAt.isValid(); }
    // Handed over or closed without a handover: nothing left pending.
    bool settled() const { return handedOver() || closed(); }
};

struct EmergencyQuery
{
    QDateTime receivedFrom; // inclusive; invalid for no bound
    QDateTime receivedTo;   // exclusive; invalid for no bound
    bool onlyUnhanded = false;
    bool onlyUnidentified = false;
    QString municipalityCode; // one Comune, or empty for all
    int limit = 100;          // newest first (at most 500)
    // Keyset paging: the next page after the last row seen (its receivedAt and id); none for the first page.
    std::optional<std::pair<QDateTime, qint64>> after;
    // Only emergencies of these Comuni; empty for all. The service fills it from the actor.
    QStringList municipalities;
};

// What the figures need of one emergency.
struct EmergencyTimes
{
    QString municipalityCode;
    QDateTime receivedAt;
    QDateTime activatedAt;  // invalid when no worker was activated
    QDateTime arrivedAt;    // invalid when nobody arrived (yet)
    QDateTime handedOverAt; // invalid when not handed over
};

// The figures of one month (in Italian local time) and one Comune; an empty Comune is the month's total over
// every Comune. Durations are in seconds; empty when there is nothing to measure.
struct EmergencyMonthFigures
{
    QString month;                               // "2026-03"
    QString municipalityCode;                    // ISTAT, or empty for the whole month
    int emergencies = 0;                         // received in the month
    int activations = 0;                         // of those, with a worker activated
    int responses = 0;                           // of those, with the arrival recorded
    std::optional<double> medianResponseSeconds; // received → arrival
    std::optional<qint64> p90ResponseSeconds;    // received → arrival, nearest rank
    int handovers = 0;                           // handed over (received in the month)
    std::optional<double> medianHandoverSeconds; // received → handover
    friend bool operator==(const EmergencyMonthFigures &, const EmergencyMonthFigures &) = default;
};

// ---- Pure rules, tested on their own ---------------------------------------------------------------------

// The stretches of [from, to) that no shift covers, in order. Shifts are half-open, so back-to-back shifts
// leave no gap; overlapping ones are merged.
QList<CoverGap> coverGaps(const QList<OnCallShift> &shifts, const QDateTime &from, const QDateTime &to);

// The median: the middle value of the sorted values, or the mean of the two middle ones for an even count.
std::optional<double> median(QList<qint64> values);
// The nearest-rank percentile: the value at rank ceil(p/100 × n) (1-based) of the sorted values. p in 1..100.
std::optional<qint64> nearestRankPercentile(QList<qint64> values, int percent);

// The figures per month and per Comune of the emergencies, months as in `zone` (Europe/Rome for the office):
// one row per month and Comune that received emergencies, ordered by month then Comune, each month starting
// with its total row (empty Comune).
QList<EmergencyMonthFigures> monthlyFigures(const QList<EmergencyTimes> &emergencies, const QTimeZone &zone);

} // namespace cartella::domain
