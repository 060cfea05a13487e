// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demofostercare.h"

#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

struct FamilySeed
{
    const char *name;
    QList<FosterAvailability> offers;
    int minAge;
    int maxAge;
    int capacity;
    SuitabilityOutcome outcome;
};

const QList<FamilySeed> kFamilies{
    {"Famiglia Bertolini",
     {FosterAvailability::Residential, FosterAvailability::Emergency},
     0,
     17,
     2,
     SuitabilityOutcome::Suitable},
    {"Famiglia Ricci-Fabbri",
     {FosterAvailability::Residential, FosterAvailability::Weekend},
     0,
     17,
     1,
     SuitabilityOutcome::Suitable},
    {"Famiglia Galli",
     {FosterAvailability::Day, FosterAvailability::PartTime},
     6,
     17,
     2,
     SuitabilityOutcome::Suitable},
    {"Famiglia Moretti",
     {FosterAvailability::Residential, FosterAvailability::MotherChild},
     0,
     17,
     2,
     SuitabilityOutcome::Suitable},
    {"Famiglia Conti", {FosterAvailability::Weekend}, 3, 12, 1, SuitabilityOutcome::Pending},
    {"Famiglia Lombardi", {FosterAvailability::Residential}, 0, 10, 1, SuitabilityOutcome::NotSuitable},
};

const QStringList kContacts{
    QStringLiteral("Incontri protetti con la madre ogni due settimane presso il servizio"),
    QStringLiteral("Rientri in famiglia il fine settimana, telefonate il mercoledì"),
    QStringLiteral("Visite libere dei nonni; incontri con il padre concordati con il servizio")};

const QStringList kNeeds{QStringLiteral("Sostegno scolastico e logopedia"),
                         QStringLiteral("Controlli pediatrici regolari; attività sportiva"),
                         QStringLiteral("Accompagnamento alla neuropsichiatria infantile")};

} // namespace

DemoFosterCare::DemoFosterCare(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'affd'0000'0005ULL)
{}

Status DemoFosterCare::families(const QStringList &comuni)
{
    const QDate today = domain::officeToday();
    for (qsizetype i = 0; i < kFamilies.size(); ++i) {
        const FamilySeed &s = kFamilies.at(i);
        FosterFamily f;
        f.name = QString::fromUtf8(s.name);
        f.street = QStringLiteral("Via %1 %2")
                       .arg(QStringList{QStringLiteral("Roma"), QStringLiteral("Garibaldi"),
                                        QStringLiteral("dei Mille"), QStringLiteral("della Pace")}
                                .at(qsizetype(pick(4))))
                       .arg(1 + pick(80));
        f.municipalityCode = comuni.isEmpty() ? QStringLiteral("045001") : comuni.at(i % comuni.size());
        f.phone = QStringLiteral("0187 4%1").arg(10000 + pick(89999));
        f.availability = s.offers;
        f.minAge = s.minAge;
        f.maxAge = s.maxAge;
        f.capacity = s.capacity;
        f.trainedOn = today.addDays(-qint64(200 + pick(500)));
        f.assessment = s.outcome;
        if (s.outcome != SuitabilityOutcome::Pending)
            f.assessedOn = f.trainedOn.addDays(60);
        const QString surname = f.name.section(QLatin1Char(' '), 1).section(QLatin1Char('-'), 0, 0);
        f.members = {{0, 0, std::nullopt, QStringLiteral("Laura ") + surname, FosterMemberRole::Carer, {}},
                     {0, 0, std::nullopt, QStringLiteral("Paolo ") + surname, FosterMemberRole::Partner, {}}};
        if (const auto made = m_services.fosterCare.createFamily(f, m_actor); !made)
            return made.error();
    }
    return ok();
}

Status DemoFosterCare::place(const Case &c, const Person &child, int which)
{
    const QDate today = domain::officeToday();
    // 0: nearing its 24 months; 1: past them and extended by the court; 2: recent.
    QDate start;
    if (which == 0)
        start = today.addMonths(-23).addDays(-qint64(pick(20)));
    else if (which == 1)
        start = today.addMonths(-25).addDays(-qint64(pick(20)));
    else
        start = today.addMonths(-2).addDays(-qint64(pick(30)));
    start = std::max(start, c.openedOn);
    if (FosterCareService::ageOn(child.birthDate, start) > FosterFamily::kMaxAge)
        return ok();
    const auto matches =
        m_services.fosterCare.matchFamilies(FosterCareService::ageOn(child.birthDate, start),
                                            FosterAvailability::Residential, c.municipalityCode, m_actor);
    if (!matches)
        return matches.error();
    if (matches.value().isEmpty())
        return ok();
    PlacementDraft d;
    d.caseId = c.id;
    d.childPersonId = child.id;
    d.familyId = matches.value().first().family.id;
    d.kind = which == 2 ? PlacementKind::Consensual : PlacementKind::Judicial;
    d.measureDate = std::min(start, today);
    d.measureNumber = d.kind == PlacementKind::Judicial
                          ? QStringLiteral("%1/%2 V.G.").arg(100 + pick(900)).arg(d.measureDate.year())
                          : QStringLiteral("GT %1/%2").arg(10 + pick(90)).arg(d.measureDate.year());
    d.measureText = d.kind == PlacementKind::Judicial
                        ? QStringLiteral("Affidamento eterofamiliare con vigilanza del servizio")
                        : QStringLiteral("Affidamento consensuale reso esecutivo dal Giudice Tutelare");
    d.startsOn = start;
    d.expectedEndOn = start.addMonths(which == 2 ? 12 : 24);
    d.contactArrangements = kContacts.at(which % kContacts.size());
    d.childNeeds = kNeeds.at(which % kNeeds.size());
    d.responsibleService = QStringLiteral("Servizio Sociale Lunigiana - Equipe Affido");
    d.serviceContact = QStringLiteral("0187 400100, affido@sds-lunigiana.example");
    const auto p = m_services.fosterCare.startPlacement(d, m_actor);
    if (!p)
        return p.error();
    ++m_made;
    if (which != 1)
        return ok();
    ExtensionDraft e;
    e.decreeDate = std::min(today, start.addMonths(23));
    e.decreeNumber = QStringLiteral("%1/%2 V.G.").arg(100 + pick(900)).arg(e.decreeDate.year());
    e.measureText = QStringLiteral("Proroga dell'affidamento per dodici mesi (L. 184/1983 art. 4)");
    e.newEndOn = start.addMonths(36);
    const auto extended = m_services.fosterCare.extend(p.value().id, p.value().version, e, m_actor);
    return extended ? ok() : Status(extended.error());
}

Result<int> DemoFosterCare::create(const QList<qint64> &caseIds)
{
    const QDate today = domain::officeToday();
    QList<std::pair<Case, Person>> chosen;
    for (const qint64 id : caseIds) {
        if (chosen.size() >= 3)
            break;
        const auto c = m_services.cases.get(id, m_actor);
        if (!c)
            return c.error();
        if (c.value().area != CaseArea::FamilyAndMinors || c.value().status == CaseStatus::Closed ||
            c.value().members.isEmpty())
            continue;
        const auto p = m_services.persons.get(c.value().members.first().personId, m_actor);
        if (!p)
            return p.error();
        // Old enough to have been born before the placement, still a minor 25 months ago.
        const int age = FosterCareService::ageOn(p.value().birthDate, today);
        if (age < 3 || age > 15)
            continue;
        chosen.append({c.value(), p.value()});
    }
    QStringList comuni;
    for (const auto &[c, child] : chosen) {
        if (!comuni.contains(c.municipalityCode))
            comuni.append(c.municipalityCode);
    }
    if (Status s = families(comuni); !s)
        return s.error();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (Status s = place(chosen.at(i).first, chosen.at(i).second, int(i)); !s)
            return s.error();
    }
    return m_made;
}

} // namespace cartella::cli
