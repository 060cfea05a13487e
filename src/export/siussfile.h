// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/services/siuss.h"

namespace cartella::exporting {

// The INPS SIUSS file (Casellario dell'assistenza, flow PS_PSA_SINA, schema PS_PSA_SINA201812.xsd, namespace
// http://inps.it/Casellario): the office that sends it, then each beneficiary with their benefits. These are
// plain values filled by the caller; nothing here reads the database. Codes are the schema's own values.

// The values (SiussEnte, SiussBeneficiary, SiussBenefit, SiussProblem, SiussFile) are domain types, since the
// domain fills them (domain/siuss.h); they are named here as before.
using domain::SiussBeneficiary;
using domain::SiussBenefit;
using domain::SiussEnte;
using domain::SiussFile;
using domain::siussFlowName;
using domain::siussHoursHundredths;
using domain::SiussProblem;

// Writes every record that has what the schema requires; each record left out has at least one problem,
// one per missing or wrong item (values are never truncated or invented). A beneficiary whose benefits
// are all left out is left out. The same input gives the same bytes. flowName is IdentificazioneFlusso/Nome
// (1-50 characters; see siussFlowName).
SiussFile writeSiussFile(const SiussEnte &ente, const QList<SiussBeneficiary> &beneficiaries,
                         const QString &flowName);

// Cents as the schema's xs:decimal in euro, always two decimals: 1250 -> "12.50", 5 -> "0.05".
QString siussDecimal(qint64 cents);

} // namespace cartella::exporting
