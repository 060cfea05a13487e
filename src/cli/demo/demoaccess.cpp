#include "cli/demo/demoaccess.h"

#include "cli/demo/demoshared.h"

namespace cartella::cli {

using namespace cartella::domain;

DemoAccess::DemoAccess(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'ac55'0000'000aULL)
{}

Result<int> DemoAccess::create(const QList<qint64> &caseIds)
{
    const auto social = demo::workers(m_services, QStringLiteral("assistente"));
    if (!social)
        return social.error();
    if (social.value().isEmpty())
        return Error{
            ErrorCode::NotFound, tr("The demo has no social worker to open a case in an emergency."), {}, {}};
    const Worker worker = social.value().at(qsizetype(pick(quint64(social.value().size()))));
    const auto notTheirs = [&](const Case &c) {
        return c.status != CaseStatus::Closed && c.responsibleWorkerId != worker.id &&
               !c.teamWorkerIds.contains(worker.id);
    };
    auto found = demo::findCases(m_services, caseIds, m_rng, 1,
                                 [&](const Case &c) { return c.restricted && notTheirs(c); });
    if (found && found.value().isEmpty())
        found = demo::findCases(m_services, caseIds, m_rng, 1, notTheirs);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{ErrorCode::NotFound, tr("The demo has no case for an emergency access."), {}, {}};
    const auto actor = demo::actorOfWorker(m_services, worker.id);
    if (!actor)
        return actor.error();
    // A night call a few hours ago: its twelve hours may still be running when the demo is opened.
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-qint64(2 + pick(6)) * 3600);
    const Case &c = found.value().first();
    const QString reason =
        c.restricted
            ? QStringLiteral("Chiamata notturna del pronto soccorso pediatrico: serve sapere quale "
                             "provvedimento del Tribunale è in vigore per il minore.")
            : QStringLiteral("Chiamata notturna del pronto soccorso: la persona è ricoverata e serve "
                             "sapere chi la segue e con quali servizi.");
    const auto opened = m_services.emergency.breakGlass(c.number(), reason, actor.value(), at);
    if (!opened)
        return opened.error();
    return 1;
}

} // namespace cartella::cli
