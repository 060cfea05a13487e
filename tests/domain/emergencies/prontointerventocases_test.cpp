// SPDX-License-Identifier: EUPL-1.2
// Pronto Intervento Sociale: identification of the person, handover to a case, and the overdue flag.
#include "domain/kernel/officeclock.h"
#include "prontointerventofixture.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cartella;
using namespace cartella::domain;

namespace {

class EmergencyCaseTest : public test::ProntoInterventoTest
{
protected:
    Case caseDraft() const
    {
        Case c;
        c.area = CaseArea::AdultHardship;
        c.responsibleWorkerId = anna;
        c.referralSource = ReferralSource::Police;
        return c;
    }
    qint64 persons() { return count(QStringLiteral("SELECT count(*) FROM persons")); }
    qint64 cases() { return count(QStringLiteral("SELECT count(*) FROM cases")); }
    qint64 diaries() { return count(QStringLiteral("SELECT count(*) FROM diary_entries")); }
};

// ---- Identification ---------------------------------------------------------------------------------------

TEST_F(EmergencyCaseTest, IdentifiedAsAnExistingPersonWithoutCreatingAnyone)
{
    const SocialEmergency e = recorded(draft(t(3, 5, 10)));
    const qint64 before = persons();
    const auto identified = pis.identifyAsExisting(e.id, e.stamp.version, person, worker);
    ASSERT_TRUE(identified) << identified.error().message.toStdString();
    EXPECT_EQ(identified.value().personId, person);
    EXPECT_FALSE(identified.value().personName.isEmpty());
    EXPECT_EQ(identified.value().identifiedBy, QStringLiteral("anna"));
    EXPECT_TRUE(identified.value().identifiedAt.isValid());
    EXPECT_EQ(identified.value().personDescription, QStringLiteral("uomo, circa 40 anni")) << "kept";
    EXPECT_EQ(persons(), before);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'social_emergency_identified' "
                             "AND json_extract(details, '$.person') = %1 AND "
                             "json_extract(details, '$.newPerson') = 0")
                  .arg(person)),
        1);

    const auto again = pis.identifyAsExisting(e.id, identified.value().stamp.version, person, worker);
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate) << "identified once";
    EXPECT_EQ(pis.identifyAsExisting(e.id, e.stamp.version, person, worker).error().code, ErrorCode::Conflict)
        << "a stale version";
    const SocialEmergency other = recorded(draft(t(3, 6, 10)));
    EXPECT_EQ(pis.identifyAsExisting(other.id, other.stamp.version, 9999, worker).error().code,
              ErrorCode::NotFound);
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE social_emergencies SET person_id = NULL, identified_at = NULL, "
                              "identified_by = NULL, version = version + 1 WHERE id = %1")
                   .arg(e.id)))
        << "the identification cannot be undone in the database either";
}

TEST_F(EmergencyCaseTest, IdentifiedAsANewPersonRegisteredWithTheDuplicateChecks)
{
    const SocialEmergency e = recorded(draft(t(3, 5, 10)));
    const qint64 before = persons();

    // The same fiscal code as Mario, already registered: refused, nothing saved, Mario named.
    const auto sameCode =
        pis.identifyAsNew(e.id, e.stamp.version, test::mario(), SimilarPersonPolicy::Refuse, worker);
    ASSERT_FALSE(sameCode);
    EXPECT_EQ(sameCode.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(sameCode.error().relatedIds, (QList<qint64>{person}));
    // Same surname, name and birth date, no code: a likely duplicate, refused unless confirmed.
    Person similar = test::mario();
    similar.fiscalCode.clear();
    const auto likely =
        pis.identifyAsNew(e.id, e.stamp.version, similar, SimilarPersonPolicy::Refuse, worker);
    ASSERT_FALSE(likely);
    EXPECT_EQ(likely.error().code, ErrorCode::PossibleDuplicate);
    EXPECT_EQ(likely.error().relatedIds, (QList<qint64>{person}));
    EXPECT_EQ(persons(), before);
    EXPECT_FALSE(pis.get(e.id, worker).value().identified());
    EXPECT_EQ(audited(QStringLiteral("social_emergency_identified")), 0);

    // Someone else altogether: registered and linked in one step.
    Person stranger;
    stranger.surname = QStringLiteral("Haddad");
    stranger.givenName = QStringLiteral("Youssef");
    stranger.sex = Sex::Male;
    stranger.birthDate = QDate(1985, 6, 1);
    const auto made = pis.identifyAsNew(e.id, e.stamp.version, stranger, SimilarPersonPolicy::Refuse, worker);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(persons(), before + 1);
    EXPECT_GT(made.value().personId, person);
    EXPECT_EQ(made.value().stamp.version, 2);
    EXPECT_EQ(audited(QStringLiteral("person_created")), 2) << "Mario and Youssef";
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'social_emergency_identified' "
                             "AND json_extract(details, '$.newPerson') = 1")),
        1);
}

TEST_F(EmergencyCaseTest, AKnownPersonIsIdentifiedWhenRecorded)
{
    SocialEmergency e = draft(t(3, 5, 10));
    e.personDescription.clear();
    e.personId = person;
    const SocialEmergency made = recorded(e);
    EXPECT_TRUE(made.identified());
    EXPECT_EQ(made.identifiedBy, QStringLiteral("anna"));
}

// ---- Handover ---------------------------------------------------------------------------------------------

TEST_F(EmergencyCaseTest, HandedOverWithANewCaseInOneStep)
{
    SocialEmergency draftE = draft(t(3, 5, 22));
    draftE.actions = QStringLiteral("Accoglienza notturna al dormitorio");
    draftE.outcome = QStringLiteral("Accolto");
    const SocialEmergency e = recorded(draftE);
    const auto unidentified = pis.handOverToNewCase(e.id, e.stamp.version, caseDraft(), t(3, 6, 9), worker);
    ASSERT_FALSE(unidentified);
    EXPECT_EQ(unidentified.error().fields.first().field, QStringLiteral("members"));
    EXPECT_EQ(cases(), 0);

    const SocialEmergency identified = pis.identifyAsExisting(e.id, e.stamp.version, person, worker).value();
    const auto handed =
        pis.handOverToNewCase(e.id, identified.stamp.version, caseDraft(), t(3, 6, 9), worker);
    ASSERT_TRUE(handed) << handed.error().message.toStdString();
    const SocialEmergency &h = handed.value();
    EXPECT_TRUE(h.handedOver());
    EXPECT_TRUE(h.caseOpened);
    EXPECT_EQ(h.handedOverAt, t(3, 6, 9));
    EXPECT_EQ(h.handedOverBy, QStringLiteral("anna"));
    EXPECT_FALSE(h.caseNumber.isEmpty());

    const Case c = hub.cases.get(h.caseId, worker).value();
    EXPECT_EQ(c.municipalityCode, aulla) << "the emergency's Comune";
    EXPECT_EQ(c.openedOn, QDate(2025, 3, 6));
    EXPECT_EQ(c.notes, QStringLiteral("Accoglienza notturna al dormitorio"));
    ASSERT_EQ(c.members.size(), 1);
    EXPECT_EQ(c.members.first().personId, person);
    EXPECT_EQ(c.members.first().role, MemberRole::PrincipalBeneficiary);
    const auto diary = hub.diary.entries(c.id, worker);
    ASSERT_TRUE(diary);
    ASSERT_EQ(diary.value().size(), 1);
    EXPECT_EQ(diary.value().first().date, QDate(2025, 3, 5)) << "the day received, in Italy";
    EXPECT_TRUE(diary.value().first().text.contains(QStringLiteral("Accoglienza notturna")));
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'social_emergency_handed_over' "
                             "AND json_extract(details, '$.case') = %1 AND "
                             "json_extract(details, '$.caseOpened') = 1")
                  .arg(c.id)),
        1);

    const auto twice = pis.handOverToNewCase(e.id, h.stamp.version, caseDraft(), t(3, 6, 10), worker);
    EXPECT_EQ(twice.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(twice.error().relatedIds, (QList<qint64>{c.id}));
    EXPECT_EQ(cases(), 1);
}

TEST_F(EmergencyCaseTest, AFailedHandoverLeavesNoCaseNoDiaryAndNoAudit)
{
    SocialEmergency draftE = draft(t(3, 5, 22));
    draftE.personId = person;
    const SocialEmergency e = recorded(draftE);
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    // The last write of the handover fails: everything before it must go too.
    QSqlQuery q(db.storage().database().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("CREATE TRIGGER test_refuse_handover BEFORE UPDATE ON social_emergencies "
                              "WHEN NEW.case_id IS NOT NULL BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const auto failed = pis.handOverToNewCase(e.id, e.stamp.version, caseDraft(), t(3, 6, 9), worker);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Storage);
    EXPECT_EQ(cases(), 0);
    EXPECT_EQ(diaries(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM case_events")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    EXPECT_FALSE(pis.get(e.id, worker).value().handedOver());

    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER test_refuse_handover")));
    EXPECT_TRUE(pis.handOverToNewCase(e.id, e.stamp.version, caseDraft(), t(3, 6, 9), worker))
        << "the same call works once the storage accepts it";
}

TEST_F(EmergencyCaseTest, HandedOverToAnExistingCase)
{
    Case c = caseDraft();
    c.municipalityCode = aulla;
    c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
    const qint64 caseId = hub.cases.open(c, system).value().id;
    const SocialEmergency e = recorded(draft(t(3, 5, 22)));

    EXPECT_EQ(
        pis.handOverToCase(e.id, e.stamp.version, caseId, t(3, 5, 21), worker).error().fields.first().field,
        QStringLiteral("handedOverAt"))
        << "before it was received";
    EXPECT_EQ(pis.handOverToCase(e.id, e.stamp.version, 9999, t(3, 6, 9), worker).error().code,
              ErrorCode::NotFound);
    const auto linked = pis.handOverToCase(e.id, e.stamp.version, caseId, t(3, 7, 9), worker);
    ASSERT_TRUE(linked) << linked.error().message.toStdString();
    EXPECT_EQ(linked.value().caseId, caseId);
    EXPECT_FALSE(linked.value().caseOpened);
    EXPECT_EQ(cases(), 1) << "no case opened";
    EXPECT_EQ(diaries(), 1) << "the case's diary tells what happened";
    EXPECT_EQ(pis.handOverToCase(e.id, linked.value().stamp.version, caseId, t(3, 7, 9), worker).error().code,
              ErrorCode::Duplicate);

    // A social worker who does not see the case cannot link to it, nor read its number in the log.
    const Actor marcoUser = test::userActor(hub, QStringLiteral("marco"), Role::SocialWorker, marco);
    EXPECT_EQ(pis.get(e.id, worker).value().caseNumber, hub.cases.get(caseId, system).value().number());
    EXPECT_TRUE(pis.get(e.id, marcoUser).value().caseNumber.isEmpty());
    EXPECT_EQ(pis.get(e.id, marcoUser).value().caseId, caseId) << "still handed over";
    EXPECT_TRUE(pis.list({}, marcoUser).value().first().caseNumber.isEmpty());
    const SocialEmergency other = recorded(draft(t(3, 8, 22)));
    EXPECT_EQ(pis.handOverToCase(other.id, other.stamp.version, caseId, t(3, 9, 9), marcoUser).error().code,
              ErrorCode::NotFound);
}

// ---- Not handed over in time ------------------------------------------------------------------------------

TEST_F(EmergencyCaseTest, FlaggedWhenNotHandedOverWithinTheLimit)
{
    const QDateTime asOf = t(3, 10, 12);
    const SocialEmergency exactly = recorded(draft(asOf.addSecs(-72 * 3600)));
    const SocialEmergency older = recorded(draft(asOf.addSecs(-72 * 3600 - 1)));
    const SocialEmergency recent = recorded(draft(asOf.addSecs(-30 * 3600)));
    SocialEmergency handedDraft = draft(asOf.addSecs(-100 * 3600));
    handedDraft.personId = person;
    const SocialEmergency handed = recorded(handedDraft);
    ASSERT_TRUE(pis.handOverToNewCase(handed.id, handed.stamp.version, caseDraft(), asOf.addSecs(-99 * 3600),
                                      worker));

    EXPECT_EQ(pis.handoverLimitHours(worker).value(), 72) << "the default";
    auto flagged = pis.overdueHandovers(asOf, worker);
    ASSERT_TRUE(flagged);
    ASSERT_EQ(flagged.value().size(), 1) << "exactly 72 hours is not older than 72 hours";
    EXPECT_EQ(flagged.value().first().id, older.id);

    ASSERT_TRUE(pis.setHandoverLimitHours(24, manager));
    EXPECT_EQ(pis.handoverLimitHours(worker).value(), 24);
    flagged = pis.overdueHandovers(asOf, worker);
    ASSERT_EQ(flagged.value().size(), 3);
    EXPECT_EQ(flagged.value().at(0).id, older.id) << "oldest first";
    EXPECT_EQ(flagged.value().at(1).id, exactly.id);
    EXPECT_EQ(flagged.value().at(2).id, recent.id);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'office_setting_changed' AND "
                             "json_extract(details, '$.key') = 'emergency_handover_limit_hours'")),
        1);

    const auto zero = pis.setHandoverLimitHours(0, manager);
    EXPECT_EQ(zero.error().fields.first().field, QStringLiteral("hours"));
    EXPECT_EQ(pis.setHandoverLimitHours(48, worker).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(pis.handoverLimitHours(worker).value(), 24);
}

TEST_F(EmergencyCaseTest, ClosedWithoutAHandoverOnceWithItsReasonAndNoLongerOverdue)
{
    const QDateTime asOf = t(3, 10, 12);
    SocialEmergency infoDraft = draft(asOf.addSecs(-100 * 3600));
    infoDraft.outcome = QStringLiteral("Situazione rientrata");
    const SocialEmergency info = recorded(infoDraft);
    ASSERT_EQ(pis.overdueHandovers(asOf, worker).value().size(), 1);

    const auto tooShort = pis.closeWithoutHandover(info.id, info.stamp.version, QStringLiteral("ok"), worker);
    EXPECT_EQ(tooShort.error().fields.first().field, QStringLiteral("reason"));
    EXPECT_EQ(pis.closeWithoutHandover(info.id, info.stamp.version,
                                       QStringLiteral("Solo informazioni, nessun "
                                                      "bisogno di presa in carico"),
                                       clerk)
                  .error()
                  .code,
              ErrorCode::Forbidden);
    EXPECT_EQ(pis.closeWithoutHandover(info.id, info.stamp.version + 1,
                                       QStringLiteral("Solo informazioni, nessun bisogno"), worker)
                  .error()
                  .code,
              ErrorCode::Conflict);

    const auto closed = pis.closeWithoutHandover(
        info.id, info.stamp.version, QStringLiteral("  Solo informazioni,   nessun bisogno "), worker);
    ASSERT_TRUE(closed) << closed.error().message.toStdString();
    EXPECT_TRUE(closed.value().closed());
    EXPECT_TRUE(closed.value().settled());
    EXPECT_FALSE(closed.value().handedOver());
    EXPECT_EQ(closed.value().closeReason, QStringLiteral("Solo informazioni, nessun bisogno"));
    EXPECT_EQ(closed.value().closedBy, QStringLiteral("anna"));
    EXPECT_TRUE(pis.overdueHandovers(asOf, worker).value().isEmpty()) << "closed is not overdue";
    EmergencyQuery unhanded;
    unhanded.onlyUnhanded = true;
    EXPECT_TRUE(pis.list(unhanded, worker).value().isEmpty());
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'social_emergency_closed' AND "
                             "details NOT LIKE '%Solo informazioni%'")),
        1)
        << "audited, without the words";

    EXPECT_EQ(pis.closeWithoutHandover(info.id, closed.value().stamp.version,
                                       QStringLiteral("Ancora una volta chiusa"), worker)
                  .error()
                  .code,
              ErrorCode::Duplicate);
    SocialEmergency identified =
        pis.identifyAsExisting(info.id, closed.value().stamp.version, person, worker).value();
    const auto handed = pis.handOverToNewCase(info.id, identified.stamp.version, caseDraft(), asOf, worker);
    ASSERT_FALSE(handed) << "a closed emergency is not handed over";
    EXPECT_EQ(cases(), 0);

    // The storage holds the rules for any other writer too.
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE emergency_closures SET reason = 'altro'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM emergency_closures")));
    SocialEmergency otherDraft = draft(asOf.addSecs(-90 * 3600));
    otherDraft.personId = person;
    const SocialEmergency other = recorded(otherDraft);
    ASSERT_TRUE(pis.handOverToNewCase(other.id, other.stamp.version, caseDraft(), asOf, worker));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO emergency_closures VALUES (%1, '2025-03-10T12:00:00.000Z', "
                              "'x', 'handed over already')")
                   .arg(other.id)));
}

TEST_F(EmergencyCaseTest, ListsFilterUnhandedAndUnidentified)
{
    const SocialEmergency a = recorded(draft(t(3, 5, 10)));
    SocialEmergency knownDraft = draft(t(3, 6, 10));
    knownDraft.personId = person;
    const SocialEmergency known = recorded(knownDraft);
    ASSERT_TRUE(pis.handOverToNewCase(known.id, known.stamp.version, caseDraft(), t(3, 6, 12), worker));
    EmergencyQuery q;
    EXPECT_EQ(pis.list(q, worker).value().size(), 2);
    EXPECT_EQ(pis.list(q, worker).value().first().id, known.id) << "newest first";
    q.onlyUnhanded = true;
    EXPECT_EQ(pis.list(q, worker).value().size(), 1);
    q = {};
    q.onlyUnidentified = true;
    EXPECT_EQ(pis.list(q, worker).value().first().id, a.id);
    q = {};
    q.limit = 1;
    const SocialEmergency newest = pis.list(q, worker).value().first();
    q.after = std::pair(newest.receivedAt, newest.id);
    EXPECT_EQ(pis.list(q, worker).value().first().id, a.id) << "the next page";
    q = {};
    q.receivedFrom = t(3, 6, 0);
    q.receivedTo = t(3, 7, 0);
    EXPECT_EQ(pis.list(q, worker).value().size(), 1);
}

} // namespace

namespace {

// ---- Retention
// ----------------------------------------------------------------------------------------------

TEST_F(EmergencyCaseTest, RetentionAnonymisesTheWordsOfTheEmergenciesOfItsCasesAndKeepsTheFigures)
{
    SocialEmergency d = draft(t(3, 5, 22));
    d.personId = person;
    d.provisionalSurname = QStringLiteral("Zanfrognini");
    d.reporterContact = QStringLiteral("0187 555 9911");
    d.workerId = anna;
    d.activatedAt = t(3, 5, 22, 10);
    d.arrivedAt = t(3, 5, 22, 40);
    d.actions = QStringLiteral("Accompagnato in stazione");
    SocialEmergency e = recorded(d);
    e.outcome = QStringLiteral("Ripartito in treno"); // a second version
    e = pis.update(e, worker).value();
    const SocialEmergency kept = recorded(draft(t(3, 7, 22))); // of no retained case or person
    e = pis.handOverToNewCase(e.id, e.stamp.version, caseDraft(), t(3, 6, 9), worker).value();
    const Case c = hub.cases.get(e.caseId, system).value();
    ASSERT_TRUE(hub.cases.changeStatus(c.id, c.stamp.version, CaseStatus::Closed, ClosureReason::GoalsReached,
                                       QStringLiteral("Chiusa"), system));
    const auto figuresBefore = pis.figures(QDate(2025, 3, 1), QDate(2025, 3, 1), manager).value();

    const auto applied = hub.retention.apply(domain::officeToday().addDays(1), manager);
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    const SocialEmergency after = pis.get(e.id, manager).value();
    for (const QString &text :
         {after.provisionalSurname, after.reporterContact, after.actions, after.outcome, after.reporterName})
        EXPECT_EQ(text, QStringLiteral("[anonimizzato]"));
    EXPECT_EQ(after.provisionalGivenName, QString()) << "empty stays empty";
    EXPECT_EQ(after.arrivedAt, t(3, 5, 22, 40));
    EXPECT_EQ(after.kind, EmergencyKind::Homeless);
    EXPECT_EQ(after.caseId, c.id);
    for (const char *word : {"Zanfrognini", "9911", "stazione", "treno", "Bianchi", "circa"})
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM social_emergency_versions WHERE snapshot LIKE "
                                       "'%%1%'")
                            .arg(QString::fromLatin1(word))),
                  0)
            << word;
    EXPECT_EQ(pis.get(kept.id, manager).value().reporterName, QStringLiteral("Brigadiere Bianchi"));
    EXPECT_EQ(pis.figures(QDate(2025, 3, 1), QDate(2025, 3, 1), manager).value(), figuresBefore);
    QSqlQuery q(db.storage().database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE social_emergency_versions SET snapshot = 'x'")))
        << "only the retention marker";
}

} // namespace
