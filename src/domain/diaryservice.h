#pragma once

#include "actor.h"
#include "caserepository.h"
#include "transaction.h"

#include <QCoreApplication>

namespace cartella::domain {

// The social diary. An entry is evidence: a correction is a new version (the old ones stay readable with
// their date and author), and an entry is never deleted, only withdrawn with a reason.
class DiaryService
{
    Q_DECLARE_TR_FUNCTIONS(DiaryService)

public:
    DiaryService(CaseRepository &cases, TransactionProvider &transactions);

    Result<DiaryEntry> add(DiaryEntry draft, const Actor &actor);
    Result<DiaryEntry> edit(qint64 entryId, int expectedVersion, const QString &text, const Actor &actor);
    // `expectedVersion`: the version the user read; a newer correction makes this a conflict.
    Result<DiaryEntry> withdraw(qint64 entryId, int expectedVersion, const QString &reason,
                                const Actor &actor);

    Result<QList<DiaryEntry>> entries(qint64 caseId, const Actor &actor);
    Result<QList<DiaryVersion>> versions(qint64 entryId, const Actor &actor);
    Result<DiaryEntry> get(qint64 entryId, const Actor &actor);

private:
    // The case exists, the actor sees it, and their role may read what is written in it.
    Status checkAccess(qint64 caseId, const Actor &actor);

    // The current entry, if it may still change and the caller read its current version.
    Result<DiaryEntry> changeable(qint64 entryId, int expectedVersion, const QString &conflictMessage,
                                  const Actor &actor);

    CaseRepository &m_cases;
    TransactionProvider &m_transactions;
};

} // namespace cartella::domain
