// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <memory>

namespace cartella::domain {

// A unit of work the storage runs atomically. Destroying it without commit() rolls everything back.
// Scopes nest: an inner scope commits into the outer one, and a failed outer scope rolls back all.
class TransactionScope
{
public:
    virtual ~TransactionScope() = default;
    virtual Status commit() = 0;
};

class TransactionProvider
{
public:
    virtual ~TransactionProvider() = default;
    virtual Result<std::unique_ptr<TransactionScope>> begin() = 0;
};

} // namespace cartella::domain
