// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caseservice.h"
#include "domain/casework/diaryservice.h"
#include "domain/casework/intakerepository.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// Segretariato sociale: first contacts, and opening a case from one in a single step.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    IntakeService(IntakeRepository &intakes, CaseService &cases, DiaryService &diary,
                  TransactionProvider &transactions, Auditor &audit,
                  const PlaceRegistry &places = PlaceRegistry::builtin());

    // Records a contact that ended with information given or a referral. A case is opened with openCase.
    Result<IntakeContact> record(IntakeContact draft, const Actor &actor);
    // Opens a case from the contact, all or nothing: its people become the members (the first one the
    // principal beneficiary, unless `draft.members` says otherwise), its request becomes the case notes and
    // the first diary entry, dated the day of the contact, and the contact's outcome becomes "case opened".
    // `draft` gives area, Comune, responsible worker, referral source and priority.
    Result<Case> openCase(qint64 intakeId, int expectedVersion, Case draft, const Actor &actor);

    Result<IntakeContact> get(qint64 intakeId, const Actor &actor);
    Result<QList<IntakeContact>> list(const IntakeQuery &query, const Actor &actor);

private:
    IntakeRepository &m_intakes;
    CaseService &m_cases;
    DiaryService &m_diary;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
    const PlaceRegistry &m_places;
};

} // namespace cartella::domain
