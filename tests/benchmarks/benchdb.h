// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "repository/storage.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cartella::bench {

// The demo database named by $CARTELLA_BENCH_DB, opened as it is (never migrated); exits if it cannot be.
inline std::unique_ptr<repository::Storage> openBenchDatabase()
{
    auto opened = repository::Storage::open(qEnvironmentVariable("CARTELLA_BENCH_DB"),
                                            repository::OpenMode::ExistingAsIs);
    if (!opened) {
        std::fprintf(stderr,
                     "cannot open $CARTELLA_BENCH_DB: make one with cartella-admin demo --size large\n");
        std::exit(1);
    }
    return std::move(opened).value();
}

} // namespace cartella::bench
