// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/vocabularytable.h"
#include "domain/services/loan.h"

namespace cartella::domain {

namespace {

using detail::Table;

constexpr Table<LoanStatus, 3> kLoanStatus{{{
    {"open", QT_TRANSLATE_NOOP("Vocabulary", "Being repaid")},
    {"repaid", QT_TRANSLATE_NOOP("Vocabulary", "Repaid")},
    {"written_off", QT_TRANSLATE_NOOP("Vocabulary", "Written off")},
}}};

} // namespace

CARTELLA_VOCABULARY(LoanStatus, kLoanStatus)

} // namespace cartella::domain
