#include "cli/demo/demoarchive.h"

#include "cli/demo/demoshared.h"
#include "domain/kernel/officeclock.h"

namespace cartella::cli {

using namespace cartella::domain;

DemoArchive::DemoArchive(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'a2c4'0000'000bULL)
{}

Status DemoArchive::registerCase(const Person &principal, qint64 workerId)
{
    // Closed more than ten years before today, whatever the day: retention may take it.
    const QDate closedOn = officeToday().addYears(-10).addDays(-qint64(1 + pick(3 * 365)));
    Case c;
    c.openedOn = closedOn.addDays(-qint64(60 + pick(3 * 365)));
    c.openedOn = std::max(c.openedOn, principal.birthDate.addDays(1));
    const int age = int(principal.birthDate.daysTo(c.openedOn) / 365);
    c.area = age < 18                                                ? CaseArea::FamilyAndMinors
             : age >= 75                                             ? CaseArea::Elderly
             : principal.birthPlaceCode.startsWith(QLatin1Char('Z')) ? CaseArea::Immigration
             : pick(2) == 0                                          ? CaseArea::AdultHardship
                                                                     : CaseArea::Disability;
    c.municipalityCode = principal.residence.municipalityCode;
    c.responsibleWorkerId = workerId;
    c.referralSource = static_cast<ReferralSource>(pick(8));
    c.members = {{principal.id, MemberRole::PrincipalBeneficiary, {}}};
    const ClosureReason reasons[] = {ClosureReason::GoalsReached, ClosureReason::GoalsReached,
                                     ClosureReason::Transferred, ClosureReason::Withdrawn,
                                     ClosureReason::Untraceable};
    const QString where = QStringLiteral("Archivio cartaceo del servizio sociale, faldone %1/%2")
                              .arg(closedOn.year())
                              .arg(1 + pick(40));
    const auto made = m_services.cases.registerArchived(c, closedOn, reasons[pick(5)], where, m_actor);
    if (!made)
        return made.error();
    ++m_made;
    return ok();
}

Result<int> DemoArchive::create(const QList<Person> &persons, int caseCount)
{
    const auto social = demo::workers(m_services, QStringLiteral("assistente"));
    if (!social)
        return social.error();
    if (social.value().isEmpty() || persons.isEmpty())
        return 0;
    const int wanted = std::max(4, caseCount / 15);
    const QDate bornBy = officeToday().addYears(-17); // born before a case opened up to sixteen years ago
    QList<qint64> used;
    for (int tries = 0; m_made < wanted && tries < wanted * 20; ++tries) {
        const Person &p = persons.at(qsizetype(pick(quint64(persons.size()))));
        if (used.contains(p.id) || !p.birthDate.isValid() || p.birthDate > bornBy ||
            p.residence.municipalityCode.isEmpty())
            continue;
        // Someone with no case of their own today, so that retention may take the person too.
        CaseQuery q;
        q.principalPersonId = p.id;
        const auto theirs = m_services.cases.count(q, m_actor);
        if (!theirs)
            return theirs.error();
        if (theirs.value() > 0)
            continue;
        used.append(p.id);
        const Worker &w = social.value().at(qsizetype(pick(quint64(social.value().size()))));
        if (Status s = registerCase(p, w.id); !s)
            return s.error();
    }
    if (m_made == 0)
        return Error{ErrorCode::NotFound, tr("The demo has nobody for an archived case."), {}, {}};
    return m_made;
}

} // namespace cartella::cli
