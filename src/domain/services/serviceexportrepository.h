// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/serviceexport.h"

#include <functional>

namespace cartella::domain {

// The reads behind the exports of services and aid. The rows are streamed: each is handed to `each` as it is
// read, so that a large export never holds its rows, and one ordered query is run (paging an ordered keyset
// per page costs more than the whole export, see docs/decisions/0013-service-exports.md). `each` returns
// false to stop the reading early (a cancel, a failed write); that is not an error. Every query leaves out
// the cases outside the query's visibility.
class ServiceExportRepository
{
public:
    virtual ~ServiceExportRepository() = default;

    // Services delivered in the period (see ExportQuery), by id.
    virtual Result<qint64> countDeliveries(const ExportQuery &query) = 0;
    virtual Status eachDelivery(const ExportQuery &query,
                                const std::function<bool(const DeliveryExportRow &)> &each) = 0;

    // Payments dated in the period, by date and id. The budget line filter is the payment's line.
    virtual Result<qint64> countPayments(const ExportQuery &query) = 0;
    virtual Status eachPayment(const ExportQuery &query,
                               const std::function<bool(const PaymentExportRow &)> &each) = 0;

    // Candidate benefits for the SIUSS file (see SiussQuery), by person and delivery.
    virtual Result<qint64> countSiussCandidates(const SiussQuery &query) = 0;
    virtual Status eachSiussCandidate(const SiussQuery &query,
                                      const std::function<bool(const SiussCandidate &)> &each) = 0;
};

} // namespace cartella::domain
