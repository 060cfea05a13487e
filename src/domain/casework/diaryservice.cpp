// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/diaryservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"

namespace cartella::domain {

DiaryService::DiaryService(CaseRepository &cases, CaseService &caseService, TransactionProvider &transactions,
                           Auditor &audit)
    : m_cases(cases), m_caseService(caseService), m_transactions(transactions), m_audit(audit)
{}

Status DiaryService::checkAccess(qint64 caseId, const Actor &actor, bool write)
{
    if (const auto c = m_caseService.get(caseId, actor); !c)
        return c.error();
    if (Status allowed = require(actor, write ? Operation::WriteDiary : Operation::ReadCaseContent); !allowed)
        return allowed;
    return ok();
}

Result<DiaryEntry> DiaryService::add(DiaryEntry draft, const Actor &actor)
{
    draft.text = draft.text.trimmed();
    if (draft.text.isEmpty())
        return invalid(QStringLiteral("text"), tr("A diary entry needs some text."));
    if (!draft.date.isValid())
        return invalid(QStringLiteral("date"), tr("A diary entry needs its date."));
    if (draft.date > officeToday())
        return invalid(QStringLiteral("date"), tr("A diary entry cannot be dated in the future."));
    draft.author = actor.userName;
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    // One read of the case, inside the transaction: whether the actor sees it (by role or through an
    // emergency access), and who its members are.
    bool inEmergency = false;
    const auto c = m_caseService.get(draft.caseId, actor, &inEmergency);
    if (!c)
        return c.error();
    if (Status allowed = require(actor, Operation::WriteDiary); !allowed)
        return allowed.error();
    for (const qint64 personId : draft.personIds) {
        const auto &members = c.value().members;
        if (std::none_of(members.cbegin(), members.cend(),
                         [&](const CaseMember &m) { return m.personId == personId; }))
            return invalid(QStringLiteral("persons"),
                           tr("A diary entry can only involve the members of its case."));
    }
    const auto id = m_cases.insertDiaryEntry(draft, actor.userName);
    if (!id)
        return id.error();
    // An entry written through an emergency access says so in the audit trail.
    Actor writer = actor;
    if (inEmergency)
        writer.purpose = QStringLiteral("emergency");
    if (Status s = m_audit.record(writer, QStringLiteral("diary_entry_added"), QStringLiteral("diary_entry"),
                                  id.value(),
                                  {{QStringLiteral("case"), draft.caseId}, {QStringLiteral("version"), 1}});
        !s)
        return s.error();
    return commitAndRead(*tx.value(), id.value());
}

Result<DiaryEntry> DiaryService::commitAndRead(TransactionScope &tx, qint64 entryId)
{
    const auto written = m_cases.findDiaryEntry(entryId);
    if (!written)
        return written.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    if (!written.value())
        return Error{ErrorCode::NotFound, tr("The diary entry does not exist."), {}, {entryId}};
    return *written.value();
}

Result<DiaryEntry> DiaryService::changeable(qint64 entryId, int expectedVersion,
                                            const QString &conflictMessage, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::WriteDiary); !allowed)
        return allowed.error();
    const auto found = m_cases.findDiaryEntry(entryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The diary entry does not exist."), {}, {entryId}};
    // One read of the case: the actor sees it, may read what is written in it, and sees it by role:
    // corrections and withdrawals are for the case's own workers, not through an emergency access.
    bool inEmergency = false;
    if (const auto c = m_caseService.get(found.value()->caseId, actor, &inEmergency); !c)
        return c.error();
    if (Status allowed = require(actor, Operation::ReadCaseContent); !allowed)
        return allowed.error();
    if (inEmergency)
        return CaseService::missingCase(found.value()->caseId);
    const DiaryEntry &current = *found.value();
    if (current.withdrawn)
        return Error{ErrorCode::Invalid, tr("A withdrawn entry cannot be changed."), {}, {entryId}};
    if (current.version != expectedVersion)
        return Error{ErrorCode::Conflict, conflictMessage.arg(current.version), {}, {entryId}};
    return current;
}

Result<DiaryEntry> DiaryService::edit(qint64 entryId, int expectedVersion, const QString &text,
                                      const Actor &actor)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QStringLiteral("text"), tr("A diary entry needs some text."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto current = changeable(
        entryId, expectedVersion,
        tr("Someone else corrected this entry in the meantime (now at version %1). Your text is kept in "
           "the editor; compare it with theirs before saving again."),
        actor);
    if (!current)
        return current.error();
    if (current.value().text == trimmed)
        return current.value();
    if (Status s = m_cases.addDiaryVersion(entryId, expectedVersion, trimmed, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("diary_entry_corrected"), QStringLiteral("diary_entry"), entryId,
            {{QStringLiteral("case"), current.value().caseId},
             {QStringLiteral("version"), change(expectedVersion, expectedVersion + 1)}});
        !s)
        return s.error();
    return commitAndRead(*tx.value(), entryId);
}

Result<DiaryEntry> DiaryService::withdraw(qint64 entryId, int expectedVersion, const QString &reason,
                                          const Actor &actor)
{
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), tr("Withdrawing an entry needs a reason."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto current =
        changeable(entryId, expectedVersion,
                   tr("Someone else corrected this entry in the meantime (now at version %1): "
                      "read it before withdrawing it."),
                   actor);
    if (!current)
        return current.error();
    if (Status s = m_cases.withdrawDiaryEntry(entryId, expectedVersion, reason.trimmed(), actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("diary_entry_withdrawn"),
                                  QStringLiteral("diary_entry"), entryId,
                                  {{QStringLiteral("case"), current.value().caseId},
                                   {QStringLiteral("withdrawn"), change(false, true)}});
        !s)
        return s.error();
    return commitAndRead(*tx.value(), entryId);
}

Result<QList<DiaryEntry>> DiaryService::entries(qint64 caseId, const Actor &actor)
{
    if (Status access = checkAccess(caseId, actor); !access)
        return access.error();
    return m_cases.diary(caseId);
}

Result<QList<DiaryVersion>> DiaryService::versions(qint64 entryId, const Actor &actor)
{
    if (const auto entry = get(entryId, actor); !entry)
        return entry.error();
    return m_cases.diaryVersions(entryId);
}

Result<DiaryEntry> DiaryService::get(qint64 entryId, const Actor &actor)
{
    const auto found = m_cases.findDiaryEntry(entryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The diary entry does not exist."), {}, {entryId}};
    if (Status access = checkAccess(found.value()->caseId, actor); !access)
        return access.error();
    return *found.value();
}

} // namespace cartella::domain
