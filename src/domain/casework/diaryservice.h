// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/caserepository.h"
#include "domain/casework/caseservice.h"
#include "domain/kernel/transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// The social diary. An entry is evidence: a correction is a new version (the old ones stay readable with
// their date and author), and an entry is never deleted, only withdrawn with a reason.
class DiaryService
{
    Q_DECLARE_TR_FUNCTIONS(DiaryService)

public:
    DiaryService(CaseRepository &cases, CaseService &caseService, TransactionProvider &transactions,
                 Auditor &audit);

    Result<DiaryEntry> add(DiaryEntry draft, const Actor &actor);
    Result<DiaryEntry> edit(qint64 entryId, int expectedVersion, const QString &text, const Actor &actor);
    // `expectedVersion`: the version the user read; a newer correction makes this a conflict.
    Result<DiaryEntry> withdraw(qint64 entryId, int expectedVersion, const QString &reason,
                                const Actor &actor);

    Result<QList<DiaryEntry>> entries(qint64 caseId, const Actor &actor);
    Result<QList<DiaryVersion>> versions(qint64 entryId, const Actor &actor);
    Result<DiaryEntry> get(qint64 entryId, const Actor &actor);

private:
    // The case exists, the actor sees it (or holds an emergency access to it), and their role may read what
    // is written in it (`write`: and write in the diary).
    Status checkAccess(qint64 caseId, const Actor &actor, bool write = false);

    // Reads the entry written in `tx` back, then commits.
    Result<DiaryEntry> commitAndRead(TransactionScope &tx, qint64 entryId);
    // The current entry, if it may still change and the caller read its current version.
    Result<DiaryEntry> changeable(qint64 entryId, int expectedVersion, const QString &conflictMessage,
                                  const Actor &actor);

    CaseRepository &m_cases;
    CaseService &m_caseService;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
