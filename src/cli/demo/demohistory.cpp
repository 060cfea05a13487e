// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demohistory.h"

#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

// The same words as the recent diaries (DemoCasework), in DiaryKind order; no real person's data.
const QStringList kTexts{
    QStringLiteral("Colloquio in sede: aggiornata la situazione del nucleo e concordati i prossimi passi."),
    QStringLiteral("Visita domiciliare: la persona è in casa, condizioni dell'abitazione discrete."),
    QStringLiteral("Telefonata con il medico di medicina generale sulle condizioni di salute."),
    QStringLiteral("Riunione d'équipe: verificato il progetto, confermati gli interventi in corso."),
    QStringLiteral("Relazione di aggiornamento inviata al servizio specialistico e alla scuola."),
    QStringLiteral("Nota: la persona ha disdetto l'appuntamento; fissato un nuovo colloquio."),
};

// The demo's last day, as in DemoCasework: never after today.
QDate demoEnd()
{
    return std::min(QDate(2026, 10, 31), officeToday());
}

} // namespace

DemoHistory::DemoHistory(ServiceHub &services, CaseRepository &cases, quint64 seed)
    : m_services(services), m_cases(cases), m_rng(seed ^ 0x5eed'0415'7041'0003ULL), m_end(demoEnd())
{}

QDate DemoHistory::dayBetween(QDate from, QDate to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(qint64(pick(quint64(span) + 1)));
}

int DemoHistory::share(int remaining, int casesLeft)
{
    if (remaining <= 0 || casesLeft <= 0)
        return 0;
    const double mean = double(remaining) / casesLeft;
    // One case in 200 runs for years with thousands of entries, one in 20 with several times the mean, the
    // rest around it; divided by the tail's weight so that the total comes out as asked.
    const quint64 r = pick(1000);
    const double factor = r < 5 ? 50.0 : r < 50 ? 5.0 : 0.2 + double(pick(1200)) / 1000.0;
    return std::min(remaining, std::max(1, int(mean * factor / 1.235 + 0.5)));
}

Status DemoHistory::createLines(const QStringList &comuni, int casesPerYear)
{
    const auto entries = m_services.catalogue.entries(false, m_actor);
    if (!entries)
        return entries.error();
    for (const CatalogueEntry &e : entries.value())
        m_catalogue.insert(e.code, e.id);
    // Each past year's lines, one pair per Comune (each Comune's share of the zone's budget is a capitolo of
    // its own), allocated at the start of the year for about what its cases will spend.
    const qint64 perComune = casesPerYear / std::max<qsizetype>(1, comuni.size()) + 1;
    for (int year = m_end.year() - 10; year < m_end.year(); ++year) {
        m_day->moveTo(QDate(year, 1, 1));
        for (qsizetype i = 0; i < comuni.size(); ++i) {
            const struct
            {
                const char *code;
                const char *name;
                qint64 centsPerCase;
                QHash<QPair<int, QString>, qint64> *lines;
            } lines[] = {{"1404", "Contributi economici", 250000, &m_ordinaryLines},
                         {"1420", "Servizi domiciliari", 500000, &m_servicesLines}};
            for (const auto &l : lines) {
                BudgetLine line;
                line.year = year;
                line.code = QStringLiteral("%1.%2")
                                .arg(QString::fromLatin1(l.code))
                                .arg(i + 1, 2, 10, QLatin1Char('0'));
                line.name = QString::fromUtf8(l.name) + QStringLiteral(" (%1)").arg(comuni.at(i));
                const auto made = m_services.budget.createLine(line, l.centsPerCase * perComune,
                                                               QDate(year, 1, 1), m_actor);
                if (!made)
                    return made.error();
                l.lines->insert({year, comuni.at(i)}, made.value().id);
            }
        }
    }
    return ok();
}

Result<Case> DemoHistory::open(const Person &principal, qint64 worker, QDate on)
{
    m_day->moveTo(on);
    Case c;
    const int age = int(principal.birthDate.daysTo(on) / 365);
    c.area = age < 18    ? CaseArea::FamilyAndMinors
             : age >= 75 ? CaseArea::Elderly
                         : static_cast<CaseArea>(pick(5));
    c.municipalityCode = principal.residence.municipalityCode;
    c.responsibleWorkerId = worker;
    c.referralSource = static_cast<ReferralSource>(pick(8));
    c.priority = pick(12) == 0 ? CasePriority::Urgent : CasePriority::Normal;
    c.openedOn = on;
    c.members = {{principal.id, MemberRole::PrincipalBeneficiary, {}}};
    return m_services.cases.open(c, m_actor);
}

Result<Case> DemoHistory::move(const Case &c, CaseStatus to, QDate on)
{
    m_day->moveTo(on);
    const ClosureReason reason =
        to == CaseStatus::Closed ? static_cast<ClosureReason>(1 + pick(6)) : ClosureReason::None;
    return m_services.cases.changeStatus(c.id, c.stamp.version, to, reason, {}, m_actor);
}

Status DemoHistory::writeDiary(const Case &c, QDate until, int entries)
{
    m_day->moveTo(until);
    for (int i = 0; i < entries; ++i) {
        DiaryEntry e;
        e.caseId = c.id;
        e.kind = static_cast<DiaryKind>(pick(6));
        e.date = dayBetween(c.openedOn, until);
        e.text = kTexts.at(qsizetype(e.kind));
        e.author = m_actor.userName;
        // What DiaryService::add writes: the entry with its first version (and, by trigger, its words in the
        // full-text index), and its audit record.
        const auto id = m_cases.insertDiaryEntry(e, m_actor.userName);
        if (!id)
            return id.error();
        if (Status s = m_services.audit.record(
                m_actor, QStringLiteral("diary_entry_added"), QStringLiteral("diary_entry"), id.value(),
                {{QStringLiteral("case"), c.id}, {QStringLiteral("version"), 1}});
            !s)
            return s;
        if (pick(15) == 0) { // a correction, as happens: through the service
            const auto edited =
                m_services.diary.edit(id.value(), 1, e.text + QStringLiteral(" (integrazione)"), m_actor);
            if (!edited)
                return edited.error();
        }
    }
    m_entries += entries;
    return ok();
}

Status DemoHistory::ensureIsee(qint64 personId, QDate on)
{
    if (m_isee.contains({personId, on.year()}))
        return ok();
    m_day->moveTo(on);
    IseeDeclaration isee;
    isee.personId = personId;
    isee.valueCents = qint64(pick(12000)) * 100;
    isee.filedOn = std::max(QDate(on.year(), 1, 1), on.addDays(-qint64(pick(90))));
    isee.dsuProtocol = QStringLiteral("INPS-ISEE-%1-%2A-00")
                           .arg(on.year())
                           .arg(20000000 + m_isee.size(), 9, 10, QLatin1Char('0'));
    const auto recorded = m_services.isee.record(isee, m_actor);
    if (!recorded)
        return recorded.error();
    m_isee.insert({personId, on.year()});
    return ok();
}

Status DemoHistory::deliver(const Case &c, QDate on, QDate until)
{
    const qint64 principal = c.members.first().personId;
    // Home care for the old and the disabled, educational home care for families, economic aid otherwise;
    // a monthly service when there are six months to run before the case's end and the year's.
    const bool room = on.addMonths(7) <= until && on.addMonths(7).year() == on.year();
    const bool service = room &&
                         (c.area == CaseArea::Elderly || c.area == CaseArea::Disability ||
                          c.area == CaseArea::FamilyAndMinors) &&
                         pick(2) == 0;
    QString code;
    if (service)
        code = c.area == CaseArea::FamilyAndMinors ? QStringLiteral("adm") : QStringLiteral("sad");
    else
        code = pick(3) == 0   ? QStringLiteral("buoni_alimentari")
               : pick(2) == 0 ? QStringLiteral("pagamento_bollette")
                              : QStringLiteral("contributo_straordinario");
    if (Status s = ensureIsee(principal, on); !s)
        return s;
    m_day->moveTo(on);
    DeliveryRequest r;
    r.caseId = c.id;
    r.personId = principal;
    r.catalogueId = m_catalogue.value(code);
    r.requestedOn = on;
    r.protocol = QStringLiteral("PG %1/%2").arg(5000 + m_deliveries).arg(on.year());
    if (service) {
        r.startsOn = on.addDays(14);
        r.endsOn = r.startsOn.addMonths(6).addDays(-1);
        r.monthlyCents = 36000 + qint64(pick(6)) * 2000;
        r.costCents = r.monthlyCents * 6;
        r.providerKind = ProviderKind::Cooperative;
        r.providerName = pick(2) == 0 ? QStringLiteral("Cooperativa sociale Il Ponte")
                                      : QStringLiteral("Cooperativa Arcobaleno");
        r.monthlyMinutes = int(8 + pick(20)) * 60;
        r.budgetLineId = m_servicesLines.value({on.year(), c.municipalityCode});
    } else {
        r.costCents = 8000 + qint64(pick(30)) * 1000;
        r.budgetLineId = m_ordinaryLines.value({on.year(), c.municipalityCode});
    }
    r.comuneShareCents = r.costCents;
    const auto requested = m_services.deliveries.request(r, m_actor);
    if (!requested)
        return requested.error().code == ErrorCode::Invalid ? ok() : Status(requested.error());
    ++m_deliveries;
    const QDate decided = std::min(on.addDays(qint64(2 + pick(12))), until);
    m_day->moveTo(decided);
    if (pick(10) == 0) {
        const auto rejected =
            m_services.deliveries.reject(requested.value().id, requested.value().stamp.version,
                                         QStringLiteral("Requisiti non soddisfatti"), decided, m_actor);
        return rejected ? ok() : Status(rejected.error());
    }
    auto d = m_services.deliveries.approve(requested.value().id, requested.value().stamp.version, {}, decided,
                                           m_actor);
    if (!d)
        return d.error().code == ErrorCode::Invalid ? ok() : Status(d.error()); // the line ran out
    if (!service) {
        const QDate paidOn = std::min(decided.addDays(qint64(5 + pick(20))), QDate(decided.year(), 12, 31));
        m_day->moveTo(std::min(paidOn, until));
        const auto paid =
            m_services.deliveries.pay(d.value().id, d.value().comuneShareCents, std::min(paidOn, until), {},
                                      QStringLiteral("Mandato"), m_actor);
        return paid ? ok() : Status(paid.error());
    }
    for (int k = 0; k < 6; ++k) {
        const QDate month = d.value().startsOn.addMonths(k);
        const QDate paidOn = std::max(month.addDays(5), decided);
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        m_day->moveTo(paidOn);
        if (k == 0) { // the first payment starts the service: through DeliveryService
            d = m_services.deliveries.pay(d.value().id, d.value().monthlyCents, paidOn, period, {}, m_actor);
            if (!d)
                return d.error();
            continue;
        }
        // The later months change nothing but the money: what DeliveryService::pay writes then is the
        // payment out of the commitment and its audit record.
        if (Status s = m_services.budget.pay(*d.value().budgetLineId, d.value().id, d.value().monthlyCents,
                                             paidOn, period, {}, m_actor);
            !s)
            return s;
    }
    d = m_services.deliveries.get(d.value().id, m_actor);
    if (!d)
        return d.error();
    const QDate ended = d.value().endsOn.addDays(1);
    m_day->moveTo(ended);
    const auto concluded =
        m_services.deliveries.conclude(d.value().id, d.value().stamp.version, ended, m_actor);
    return concluded ? ok() : Status(concluded.error());
}

Status DemoHistory::serve(const Case &c, QDate from, QDate until, int count)
{
    for (int i = 0; i < count; ++i) {
        const QDate on = dayBetween(from, until);
        if (Status s = deliver(c, on, until); !s)
            return s;
    }
    return ok();
}

Result<int> DemoHistory::create(const QList<Person> &persons, const QList<qint64> &workers,
                                const HistoryProfile &profile, const Progress &progress)
{
    if (profile.cases <= 0 || persons.isEmpty() || workers.isEmpty())
        return 0;
    HistoricalOfficeDay day(m_end); // until the history is written; then today is today again
    m_day = &day;
    const QDate first = m_end.addYears(-10);
    const QDate last = m_end.addYears(-1);
    QStringList comuni;
    for (const Person &p : persons) {
        if (!comuni.contains(p.residence.municipalityCode))
            comuni.append(p.residence.municipalityCode);
    }
    if (Status s = createLines(comuni, profile.cases / 9 + 1); !s)
        return s.error();
    int entriesLeft = profile.diaryEntries;
    int deliveriesLeft = profile.deliveries;
    for (int i = 0; i < profile.cases; ++i) {
        const int casesLeft = profile.cases - i;
        // The first case is the long one: opened nine years ago, still followed, 5,000 diary entries.
        const bool longCase = i == 0;
        const QDate openedOn = longCase ? first.addDays(200) : dayBetween(first, last);
        const Person *principal = nullptr;
        for (int tries = 0; tries < 20 && !principal; ++tries) {
            const Person &p = persons.at(qsizetype(pick(quint64(persons.size()))));
            if (p.birthDate.isValid() && p.birthDate < openedOn.addYears(-1))
                principal = &p;
        }
        if (!principal)
            continue;
        auto c = open(*principal, workers.at(qsizetype(pick(quint64(workers.size())))), openedOn);
        if (!c)
            return c.error();
        m_caseIds.append(c.value().id);
        // Most cases are assessed and taken in charge within weeks, then closed after months or years; one in
        // seven is still followed today.
        const bool stillOpen = longCase || pick(7) == 0;
        const QDate closedOn = stillOpen ? m_end : std::min(m_end, openedOn.addDays(qint64(60 + pick(1400))));
        const QDate assessed = std::min(closedOn, openedOn.addDays(qint64(1 + pick(20))));
        c = move(c.value(), CaseStatus::Assessment, assessed);
        if (!c)
            return c.error();
        const bool taken = longCase || pick(5) != 0;
        QDate inChargeOn = assessed;
        if (taken) {
            inChargeOn = std::min(closedOn, assessed.addDays(qint64(5 + pick(40))));
            c = move(c.value(), CaseStatus::InCharge, inChargeOn);
            if (!c)
                return c.error();
            // Four cases in five are taken in charge, and only they are served.
            const int served = longCase ? 12 : share(deliveriesLeft, std::max(1, casesLeft * 4 / 5));
            const int before = m_deliveries;
            // Each year's aid comes from that year's lines, which the past years have.
            const QDate servedUntil = std::min(closedOn, QDate(m_end.year() - 1, 12, 31));
            if (inChargeOn < servedUntil) {
                if (Status s = serve(c.value(), inChargeOn, servedUntil, served); !s)
                    return s.error();
            }
            deliveriesLeft -= m_deliveries - before;
        }
        const int entries = longCase ? 5000 : share(entriesLeft, casesLeft);
        if (Status s = writeDiary(c.value(), closedOn, entries); !s)
            return s.error();
        entriesLeft -= entries;
        if (!stillOpen) {
            const auto current = m_services.cases.get(c.value().id, m_actor);
            if (!current)
                return current.error();
            c = move(current.value(), CaseStatus::Closed, closedOn);
            if (!c)
                return c.error();
        }
        if (progress && (i + 1) % 250 == 0)
            progress(i + 1);
    }
    if (progress)
        progress(profile.cases);
    return int(m_caseIds.size());
}

} // namespace cartella::cli
