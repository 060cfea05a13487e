// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/serviceexport.h"

namespace cartella::domain {

// How a service delivered becomes a SIUSS record (the national flow's items from our records); the coded
// mappings (area, means test) are declared in serviceexport.h and defined with these.

// Whether the candidate was delivered in [from, to]: a periodic benefit that ran in the period, a one-off one
// delivered in it (an economic benefit on its first payment, a service on its start, else on its decision).
bool deliveredIn(const SiussCandidate &c, QDate from, QDate to);
// The beneficiary's items (codes, birth, citizenship, residence), without benefits.
SiussBeneficiary beneficiaryOf(const SiussCandidate &c);
SiussBenefit benefitOf(const SiussCandidate &c);

} // namespace cartella::domain
