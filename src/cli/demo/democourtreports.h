#pragma once

#include "domain/servicehub.h"

#include <QCoreApplication>

#include <random>

namespace cartella::cli {

// Relazioni all'autorità giudiziaria whatever the seed: on an open family-and-minors case, answering its
// court decree when it has one, the responsible worker drafts the report from the case, the decree, the
// latest diary entries and the project, adds the service's assessment in a second version, and files that
// version as a PDF (CourtReportPdf, as the court report window does). Through CourtReportService.
// Deterministic for a seed; the PDFs need a QGuiApplication.
class DemoCourtReports
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    DemoCourtReports(domain::ServiceHub &services, quint64 seed);

    // One report for every thousand cases, at least one. Returns the number of reports filed.
    domain::Result<int> create(const QList<qint64> &caseIds);

private:
    quint64 pick(quint64 n) { return m_rng() % n; }
    domain::Status report(const domain::Case &c);

    domain::ServiceHub &m_services;
    std::mt19937_64 m_rng;
    int m_made = 0;
};

} // namespace cartella::cli
