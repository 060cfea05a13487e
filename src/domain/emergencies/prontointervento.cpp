// SPDX-License-Identifier: EUPL-1.2
#include "domain/emergencies/prontointervento.h"

#include "domain/kernel/vocabularytable.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<EmergencyChannel, 4> kChannel{{{
    {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Telephone")},
    {"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
    {"email_pec", QT_TRANSLATE_NOOP("Vocabulary", "E-mail or PEC")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other channel")},
}}};

constexpr Table<EmergencyReporter, 5> kReporter{{{
    {"police", QT_TRANSLATE_NOOP("Vocabulary", "Police")},
    {"emergency_department", QT_TRANSLATE_NOOP("Vocabulary", "Emergency department")},
    {"citizen", QT_TRANSLATE_NOOP("Vocabulary", "Citizen")},
    {"other_service", QT_TRANSLATE_NOOP("Vocabulary", "Another service")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other reporter")},
}}};

constexpr Table<EmergencyKind, 5> kKind{{{
    {"unaccompanied_minor", QT_TRANSLATE_NOOP("Vocabulary", "Unaccompanied minor")},
    {"violence", QT_TRANSLATE_NOOP("Vocabulary", "Violence")},
    {"homeless", QT_TRANSLATE_NOOP("Vocabulary", "Homeless person")},
    {"elderly_alone", QT_TRANSLATE_NOOP("Vocabulary", "Elderly person alone")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other emergency")},
}}};

constexpr Table<EmergencyTriage, 2> kTriage{{{
    {"urgent", QT_TRANSLATE_NOOP("Vocabulary", "Urgent")},
    {"deferrable", QT_TRANSLATE_NOOP("Vocabulary", "Deferrable")},
}}};

} // namespace

CARTELLA_VOCABULARY(EmergencyChannel, kChannel)
CARTELLA_VOCABULARY(EmergencyReporter, kReporter)
CARTELLA_VOCABULARY(EmergencyKind, kKind)
CARTELLA_VOCABULARY(EmergencyTriage, kTriage)

QList<CoverGap> coverGaps(const QList<OnCallShift> &shifts, const QDateTime &from, const QDateTime &to)
{
    QList<CoverGap> gaps;
    if (!from.isValid() || !to.isValid() || to <= from)
        return gaps;
    QList<OnCallShift> sorted;
    for (const OnCallShift &s : shifts) {
        if (!s.cancelled && s.from.isValid() && s.to.isValid() && s.to > s.from && s.to > from && s.from < to)
            sorted.append(s);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const OnCallShift &a, const OnCallShift &b) { return a.from < b.from; });
    // `covered` is the end of the cover so far, from `from` on.
    QDateTime covered = from;
    for (const OnCallShift &s : sorted) {
        if (s.from > covered)
            gaps.append({covered, s.from});
        if (s.to > covered)
            covered = s.to;
        if (covered >= to)
            break;
    }
    if (covered < to)
        gaps.append({covered, to});
    return gaps;
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return double(values.at(n / 2));
    return (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

std::optional<qint64> nearestRankPercentile(QList<qint64> values, int percent)
{
    if (values.isEmpty() || percent < 1 || percent > 100)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // rank = ceil(p × n / 100), in integers so that 90 × 10 / 100 is exactly 9.
    const qint64 n = values.size();
    const qint64 rank = (qint64(percent) * n + 99) / 100;
    return values.at(std::clamp<qint64>(rank, 1, n) - 1);
}

QList<EmergencyMonthFigures> monthlyFigures(const QList<EmergencyTimes> &emergencies, const QTimeZone &zone)
{
    struct Bucket
    {
        int emergencies = 0, activations = 0;
        QList<qint64> responses, handovers;
    };
    // Keyed by month, then Comune ("" for the month's total, which sorts first).
    QMap<QString, QMap<QString, Bucket>> months;
    for (const EmergencyTimes &e : emergencies) {
        if (!e.receivedAt.isValid())
            continue;
        const QString month = e.receivedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM"));
        for (const QString &comune : {QString(), e.municipalityCode}) {
            Bucket &b = months[month][comune];
            ++b.emergencies;
            if (e.activatedAt.isValid())
                ++b.activations;
            if (e.arrivedAt.isValid())
                b.responses.append(e.receivedAt.secsTo(e.arrivedAt));
            if (e.handedOverAt.isValid())
                b.handovers.append(e.receivedAt.secsTo(e.handedOverAt));
        }
    }
    QList<EmergencyMonthFigures> out;
    for (auto m = months.cbegin(); m != months.cend(); ++m) {
        for (auto c = m.value().cbegin(); c != m.value().cend(); ++c) {
            const Bucket &b = c.value();
            EmergencyMonthFigures f;
            f.month = m.key();
            f.municipalityCode = c.key();
            f.emergencies = b.emergencies;
            f.activations = b.activations;
            f.responses = int(b.responses.size());
            f.medianResponseSeconds = median(b.responses);
            f.p90ResponseSeconds = nearestRankPercentile(b.responses, 90);
            f.handovers = int(b.handovers.size());
            f.medianHandoverSeconds = median(b.handovers);
            out.append(f);
        }
    }
    return out;
}

} // namespace cartella::domain
