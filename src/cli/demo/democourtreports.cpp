#include "cli/demo/democourtreports.h"

#include "cli/demo/demoshared.h"
#include "export/courtreportpdf.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

const QStringList kAssessments{
    QStringLiteral(
        "Il nucleo ha collaborato con il servizio e partecipato agli incontri concordati. Il minore "
        "frequenta regolarmente la scuola. Si propone di proseguire la vigilanza per sei mesi."),
    QStringLiteral(
        "Persistono difficoltà nella cura quotidiana del minore, in parte superate con il sostegno "
        "educativo domiciliare. Si propone di confermare il progetto e di aggiornare l'Autorità tra "
        "tre mesi."),
    QStringLiteral(
        "La madre ha avviato il percorso concordato con il consultorio; il padre non si è presentato "
        "ai colloqui. Si propone di mantenere gli incontri protetti."),
};

} // namespace

DemoCourtReports::DemoCourtReports(ServiceHub &services, quint64 seed)
    : m_services(services), m_rng(seed ^ 0x5eed'c0a7'0000'0009ULL)
{}

Status DemoCourtReports::report(const Case &c)
{
    const auto author = demo::actorOfWorker(m_services, c.responsibleWorkerId);
    if (!author)
        return author.error();
    const Actor &actor = author.value();
    const auto decrees = m_services.mandates.ofCase(c.id, actor);
    if (!decrees)
        return decrees.error();
    const std::optional<qint64> mandate =
        decrees.value().isEmpty() ? std::nullopt : std::optional<qint64>(decrees.value().last().id);
    const auto entries = m_services.diary.entries(c.id, actor);
    if (!entries)
        return entries.error();
    QList<qint64> chosen; // the latest entries, newest first
    for (const DiaryEntry &e : entries.value()) {
        if (!e.withdrawn && chosen.size() < 3)
            chosen.append(e.id);
    }
    const auto drafted = m_services.courtReports.draft(c.id, mandate, chosen, actor);
    if (!drafted)
        return drafted.error();
    const auto first = m_services.courtReports.save(drafted.value(), 0, actor);
    if (!first)
        return first.error();
    // The worker's own words, in a second version: the one sent.
    CourtReportDraft revised = drafted.value();
    revised.reportId = first.value().id;
    revised.body += QStringLiteral("\n## Valutazione e proposte del servizio\n\n") +
                    kAssessments.at(qsizetype(pick(quint64(kAssessments.size())))) + QLatin1Char('\n');
    const auto second = m_services.courtReports.save(revised, first.value().version, actor);
    if (!second)
        return second.error();
    const auto pdf = exporting::CourtReportPdf::render(second.value().title, second.value().body, c.number());
    if (!pdf)
        return pdf.error();
    const QString fileName = QStringLiteral("relazione-%1.pdf")
                                 .arg(QString(c.number()).replace(QLatin1Char('/'), QLatin1Char('-')));
    const auto filed = m_services.courtReports.fileExport(second.value().id, second.value().version,
                                                          pdf.value(), fileName, actor);
    if (!filed)
        return filed.error();
    ++m_made;
    return ok();
}

Result<int> DemoCourtReports::create(const QList<qint64> &caseIds)
{
    const int wanted = std::max(1, int(caseIds.size() / 1000));
    const Actor demoActor = Actor::demo();
    const auto openFamily = [](const Case &c) {
        return c.area == CaseArea::FamilyAndMinors && c.status != CaseStatus::Closed;
    };
    // Cases with a court decree first: the report answers it.
    bool failed = false;
    const auto withDecree = demo::findCases(m_services, caseIds, m_rng, wanted, [&](const Case &c) {
        if (!openFamily(c))
            return false;
        const auto decrees = m_services.mandates.ofCase(c.id, demoActor);
        failed = failed || !decrees;
        return decrees && !decrees.value().isEmpty();
    });
    if (!withDecree)
        return withDecree.error();
    if (failed)
        return Error{ErrorCode::Storage, tr("The demo's court decrees could not be read."), {}, {}};
    QList<Case> chosen = withDecree.value();
    if (chosen.size() < wanted) {
        const auto more = demo::findCases(m_services, caseIds, m_rng, wanted, [&](const Case &c) {
            return openFamily(c) && std::none_of(chosen.cbegin(), chosen.cend(),
                                                 [&](const Case &taken) { return taken.id == c.id; });
        });
        if (!more)
            return more.error();
        chosen.append(more.value().mid(0, wanted - chosen.size()));
    }
    if (chosen.isEmpty())
        return Error{
            ErrorCode::NotFound, tr("The demo has no open family case to report to the court on."), {}, {}};
    for (const Case &c : chosen) {
        if (Status s = report(c); !s)
            return s.error();
    }
    return m_made;
}

} // namespace cartella::cli
