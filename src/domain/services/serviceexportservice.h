// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/access/userrepository.h"
#include "domain/kernel/transaction.h"
#include "domain/services/serviceexportrepository.h"
#include "domain/services/servicerepository.h"

#include <QCoreApplication>

namespace cartella::domain {

// The exports of services and aid (docs/decisions/0013-service-exports.md): the services delivered and the
// aid paid in a period as tables for spreadsheets, and the period's benefits for the national SIUSS flow.
// For the zone manager and the administrative officer (Operation::ExportServices); each export holds only
// the cases the actor may see, streams its rows (never holding them all), reports progress and can be
// cancelled, and is audited (services_exported: kind, period, filters and counts, never names or codes) once
// it is complete.
//
// The formats are the export layer's: the CSV exports hand their records to a RecordSink
// (exporting::csvSink), the SIUSS export hands its records to a SiussWriter (exporting::writeSiussFile).
// Callers write the file atomically (QSaveFile) and only when the export succeeded, so that a cancelled or
// failed export leaves no file and every file written is in the audit trail.
class ServiceExportService
{
    Q_DECLARE_TR_FUNCTIONS(ServiceExportService)

public:
    ServiceExportService(ServiceExportRepository &exports, ServiceRepository &services, UserRepository &users,
                         TransactionProvider &transactions, Auditor &audit);

    // How many records between two calls of the progress callback.
    static constexpr int kProgressEvery = 500;

    // The column names of the two CSV exports, in the user's language.
    static QStringList deliveryColumns();
    static QStringList paymentColumns();

    // The services delivered in the period (ExportQuery says which), filtered, by id.
    Result<ExportSummary> deliveries(const ExportFilter &filter, const RecordSink &sink,
                                     const ExportProgress &progress, const Actor &actor);
    // The aid paid in the period (payments dated in it), filtered, by date.
    Result<ExportSummary> payments(const ExportFilter &filter, const RecordSink &sink,
                                   const ExportProgress &progress, const Actor &actor);

    // The period's benefits as a SIUSS file. A benefit is sent when its service was approved, is active or
    // concluded, and was delivered in the period: a periodic one ran in it (started by `to`, not ended before
    // `from`); a one-off one was delivered in it (an economic benefit on its first payment, a service on its
    // start, else its decision). Every person and benefit the writer cannot send is in the problems, with
    // why; nothing is skipped silently. Refused when the office's SIUSS sender is not set or the user has no
    // codice fiscale (SIUSS names the operator).
    Result<SiussExport> siuss(QDate from, QDate to, const SiussWriter &writer, const ExportProgress &progress,
                              const Actor &actor);

    // The office settings this service owns: the SIUSS sender (siuss_ente_code, siuss_ente_name,
    // siuss_ente_belfiore). Set by the zone manager or the system administrator (Operation::ManageCatalogue:
    // who maps the catalogue to SIUSS also names its sender).
    static QStringList settingKeys();
    Result<QList<std::pair<QString, QString>>> settings(const Actor &actor);
    Status setSetting(const QString &key, const QString &value, const Actor &actor);
    Result<SiussSender> siussSender(const Actor &actor);

private:
    Result<ExportQuery> query(const ExportFilter &filter, const Actor &actor) const;
    Status validPeriod(QDate from, QDate to) const;
    Result<SiussSender> readSender();
    Result<int> nextFlowProgressive(QDate day);
    static QJsonObject filterDetails(const QString &kind, const ExportFilter &filter);
    // One CSV table: permission, visibility, the header, each row (with progress and cancelling), and the
    // audit once it is complete. `rows` hands each row's fields to the sink it is given.
    using TableCount = std::function<Result<qint64>(const ExportQuery &)>;
    using TableRows = std::function<Status(const ExportQuery &, const RecordSink &)>;
    Result<ExportSummary> exportTable(const QString &kind, const QStringList &columns,
                                      const ExportFilter &filter, const RecordSink &sink,
                                      const ExportProgress &progress, const Actor &actor,
                                      const TableCount &count, const TableRows &rows);

    ServiceExportRepository &m_exports;
    ServiceRepository &m_services;
    UserRepository &m_users;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
