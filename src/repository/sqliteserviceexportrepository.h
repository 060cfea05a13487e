// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/serviceexportrepository.h"
#include "repository/database.h"

namespace cartella::repository {

namespace sql {
class Row;
}

class SqliteServiceExportRepository final : public domain::ServiceExportRepository
{
public:
    explicit SqliteServiceExportRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> countDeliveries(const domain::ExportQuery &query) override;
    domain::Status eachDelivery(const domain::ExportQuery &query,
                                const std::function<bool(const domain::DeliveryExportRow &)> &each) override;
    domain::Result<qint64> countPayments(const domain::ExportQuery &query) override;
    domain::Status eachPayment(const domain::ExportQuery &query,
                               const std::function<bool(const domain::PaymentExportRow &)> &each) override;
    domain::Result<qint64> countSiussCandidates(const domain::SiussQuery &query) override;
    domain::Status
    eachSiussCandidate(const domain::SiussQuery &query,
                       const std::function<bool(const domain::SiussCandidate &)> &each) override;

private:
    domain::Result<qint64> count(const QString &sql, const QVariantList &values);
    // Runs the query forward only and hands each row, read by `read`, to `each` until it says stop.
    template <typename Item>
    domain::Status stream(const QString &sql, const QVariantList &values, Item (*read)(const sql::Row &),
                          const std::function<bool(const Item &)> &each);

    Database &m_db;
};

} // namespace cartella::repository
