// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/intakeservice.h"

#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/vocabulary.h"

namespace cartella::domain {

IntakeService::IntakeService(IntakeRepository &intakes, CaseService &cases, DiaryService &diary,
                             TransactionProvider &transactions, Auditor &audit, const PlaceRegistry &places)
    : m_intakes(intakes), m_cases(cases), m_diary(diary), m_transactions(transactions), m_audit(audit),
      m_places(places)
{}

Result<IntakeContact> IntakeService::record(IntakeContact draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::RecordIntakes); !allowed)
        return allowed.error();
    draft.request = draft.request.trimmed();
    draft.response = draft.response.trimmed();
    draft.visitor = draft.visitor.simplified();
    draft.referredTo = draft.referredTo.simplified();
    if (!draft.contactDate.isValid())
        draft.contactDate = officeToday();
    if (draft.contactDate > officeToday())
        return invalid(QStringLiteral("date"), tr("A contact cannot be dated in the future."));
    if (draft.request.isEmpty())
        return invalid(QStringLiteral("request"), tr("Write the request in the person's words."));
    if (draft.personIds.isEmpty() && draft.visitor.isEmpty())
        return invalid(QStringLiteral("persons"),
                       tr("Say who came: choose a person from the registry or write a name."));
    if (!draft.municipalityCode.isEmpty() && !m_places.municipality(draft.municipalityCode))
        return invalid(QStringLiteral("municipality"), tr("The Comune is not in the ISTAT list."));
    if (draft.outcome == IntakeOutcome::CaseOpened)
        return invalid(QStringLiteral("outcome"),
                       tr("A case is opened from a recorded contact with \"Open case\"."));
    if (draft.outcome == IntakeOutcome::Referred && draft.referredTo.isEmpty())
        return invalid(QStringLiteral("referredTo"), tr("Say which service the person was referred to."));
    if (draft.outcome != IntakeOutcome::Referred)
        draft.referredTo.clear();
    QList<qint64> unique;
    for (const qint64 id : draft.personIds) {
        if (!unique.contains(id))
            unique.append(id);
    }
    draft.personIds = unique;
    draft.caseId = 0;

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto id = m_intakes.insertIntake(draft, actor.userName);
    if (!id)
        return id.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("intake_recorded"), QStringLiteral("intake"), id.value(),
                           {{QStringLiteral("channel"), Vocabulary<ContactChannel>::code(draft.channel)},
                            {QStringLiteral("outcome"), Vocabulary<IntakeOutcome>::code(draft.outcome)},
                            {QStringLiteral("municipality"), draft.municipalityCode}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id.value(), actor);
}

Result<Case> IntakeService::openCase(qint64 intakeId, int expectedVersion, Case draft, const Actor &actor)
{
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    auto found = get(intakeId, actor);
    if (!found)
        return found.error();
    const IntakeContact intake = std::move(found).value();
    if (intake.caseId != 0)
        return Error{ErrorCode::Duplicate,
                     tr("Case %1 was already opened from this contact.").arg(intake.caseNumber),
                     {},
                     {intake.caseId}};
    if (intake.stamp.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this contact in the meantime. Reload it and try again."),
                     {},
                     {intakeId}};
    if (draft.members.isEmpty()) {
        if (intake.personIds.isEmpty())
            return invalid(QStringLiteral("members"),
                           tr("Register the person who came before opening a case for them."));
        for (int i = 0; i < intake.personIds.size(); ++i)
            draft.members.append({intake.personIds.at(i),
                                  i == 0 ? MemberRole::PrincipalBeneficiary : MemberRole::FamilyMember,
                                  {}});
    }
    if (draft.notes.trimmed().isEmpty())
        draft.notes = intake.request;
    auto opened = m_cases.open(draft, actor);
    if (!opened)
        return opened.error();
    const Case &c = opened.value();

    DiaryEntry first;
    first.caseId = c.id;
    first.date = intake.contactDate;
    first.kind = intake.channel == ContactChannel::Phone ? DiaryKind::PhoneCall : DiaryKind::Interview;
    for (const CaseMember &m : c.members) {
        if (intake.personIds.contains(m.personId))
            first.personIds.append(m.personId);
    }
    first.text = tr("Segretariato sociale (%1). Request: %2")
                     .arg(Vocabulary<ContactChannel>::label(intake.channel), intake.request);
    if (!intake.response.isEmpty())
        first.text += QLatin1Char('\n') + tr("Information and orientation given: %1").arg(intake.response);
    if (auto entry = m_diary.add(first, actor); !entry)
        return entry.error();
    if (Status s = m_intakes.markCaseOpened(intakeId, expectedVersion, c.id, actor.userName); !s)
        return s.error();
    if (Status s =
            m_audit.record(actor, QStringLiteral("intake_case_opened"), QStringLiteral("intake"), intakeId,
                           {{QStringLiteral("case"), c.id},
                            {QStringLiteral("outcome"),
                             change(Vocabulary<IntakeOutcome>::code(intake.outcome),
                                    Vocabulary<IntakeOutcome>::code(IntakeOutcome::CaseOpened))}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return m_cases.get(c.id, actor);
}

Result<IntakeContact> IntakeService::get(qint64 intakeId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadIntakes); !allowed)
        return allowed.error();
    const auto found = m_intakes.findIntake(intakeId);
    if (!found)
        return found.error();
    const auto missing = Error{ErrorCode::NotFound, tr("The contact does not exist."), {}, {intakeId}};
    if (!found.value())
        return missing;
    // A contact of a Comune the user does not serve is not theirs to see.
    const QString &comune = found.value()->municipalityCode;
    if (!actor.municipalityCodes.isEmpty() && !comune.isEmpty() && !actor.municipalityCodes.contains(comune))
        return missing;
    // Once it opened a case, the contact is part of it: for those who see the case.
    if (found.value()->caseId > 0) {
        if (const auto c = m_cases.get(found.value()->caseId, actor); !c)
            return c.error().code == ErrorCode::NotFound ? Result<IntakeContact>(missing) : c.error();
    }
    return *found.value();
}

Result<QList<IntakeContact>> IntakeService::list(const IntakeQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadIntakes); !allowed)
        return allowed.error();
    IntakeQuery q = query;
    q.municipalities = actor.municipalityCodes;
    q.caseVisibility = CaseScope::of(actor).visibility();
    q.limit = std::clamp(q.limit, 1, 500);
    return m_intakes.listIntakes(q);
}

} // namespace cartella::domain
