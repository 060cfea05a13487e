// SPDX-License-Identifier: EUPL-1.2
#include "domain/privacy/subjectrightsservice.h"

#include "domain/access/access.h"
#include "domain/casework/careplan.h"
#include "domain/casework/casework.h"
#include "domain/casework/household.h"
#include "domain/casework/intake.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace cartella::domain {

namespace {

const QString omissis = QStringLiteral("[omissis]");

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoInstant(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

template <typename E> QString labelOf(const QString &code)
{
    return code.isEmpty() ? QString() : Vocabulary<E>::label(Vocabulary<E>::fromCode(code));
}

QJsonObject addressJson(const Address &a)
{
    return {{QStringLiteral("municipalityCode"), a.municipalityCode}, {QStringLiteral("street"), a.street}};
}

QJsonObject personJson(const Person &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("surname"), p.surname},
            {QStringLiteral("givenName"), p.givenName},
            {QStringLiteral("sex"), Vocabulary<Sex>::code(p.sex)},
            {QStringLiteral("birthDate"), isoDate(p.birthDate)},
            {QStringLiteral("birthPlaceCode"), p.birthPlaceCode},
            {QStringLiteral("fiscalCode"), p.fiscalCode},
            {QStringLiteral("citizenship"), p.citizenship},
            {QStringLiteral("residence"), addressJson(p.residence)},
            {QStringLiteral("domicile"), addressJson(p.domicile)},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("maritalStatus"), Vocabulary<MaritalStatus>::code(p.maritalStatus)},
            {QStringLiteral("education"), Vocabulary<EducationLevel>::code(p.education)},
            {QStringLiteral("employment"), Vocabulary<EmploymentStatus>::code(p.employment)},
            {QStringLiteral("createdAt"), isoInstant(p.stamp.createdAt)},
            {QStringLiteral("createdBy"), p.stamp.createdBy},
            {QStringLiteral("updatedAt"), isoInstant(p.stamp.updatedAt)},
            {QStringLiteral("updatedBy"), p.stamp.updatedBy},
            {QStringLiteral("version"), p.stamp.version}};
}

QJsonObject accessJson(const AccessEntry &e)
{
    return {{QStringLiteral("at"), isoInstant(e.at)},       {QStringLiteral("user"), e.userName},
            {QStringLiteral("workstation"), e.workstation}, {QStringLiteral("purpose"), e.purpose},
            {QStringLiteral("action"), e.action},           {QStringLiteral("what"), e.what},
            {QStringLiteral("case"), e.caseNumber}};
}

// What must not leave with the person's data: the other people's names and fiscal codes, longest first so
// that "Anna Maria" goes before "Anna". Terms the person shares (a family surname) stay: they are the
// person's own data too.
QStringList redactionTerms(const Person &subject, const QList<ThirdParty> &others)
{
    const QStringList own{subject.surname.trimmed().toCaseFolded(),
                          subject.givenName.trimmed().toCaseFolded(),
                          subject.fiscalCode.trimmed().toCaseFolded()};
    QStringList terms;
    for (const ThirdParty &t : others) {
        for (const QString &term : {t.surname, t.givenName, t.fiscalCode}) {
            const QString trimmed = term.trimmed();
            if (trimmed.size() >= 2 && !own.contains(trimmed.toCaseFolded()) && !terms.contains(trimmed))
                terms.append(trimmed);
        }
    }
    std::sort(terms.begin(), terms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

} // namespace

SubjectRightsService::SubjectRightsService(SubjectDataRepository &data, PersonService &persons,
                                           TransactionProvider &transactions, Auditor &audit)
    : m_data(data), m_persons(persons), m_transactions(transactions), m_audit(audit)
{}

QString SubjectRightsService::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("person_viewed"), QT_TR_NOOP("Opened the person's file")},
        {QStringLiteral("person_created"), QT_TR_NOOP("Registered the person")},
        {QStringLiteral("person_changed"), QT_TR_NOOP("Changed the person's data")},
        {QStringLiteral("person_exported"), QT_TR_NOOP("Exported the person's data")},
        {QStringLiteral("case_viewed"), QT_TR_NOOP("Opened the case")},
        {QStringLiteral("case_opened"), QT_TR_NOOP("Opened a new case")},
        {QStringLiteral("case_status_changed"), QT_TR_NOOP("Changed the status of the case")},
        {QStringLiteral("case_reassigned"), QT_TR_NOOP("Changed the responsible worker")},
        {QStringLiteral("case_member_added"), QT_TR_NOOP("Added a member to the case")},
        {QStringLiteral("case_team_changed"), QT_TR_NOOP("Changed the team of the case")},
        {QStringLiteral("case_restriction_changed"), QT_TR_NOOP("Changed whether the case is riservato")},
        {QStringLiteral("project_changed"), QT_TR_NOOP("Changed the project (PAI)")},
        {QStringLiteral("emergency_access"), QT_TR_NOOP("Emergency access to the case")},
        {QStringLiteral("emergency_access_acknowledged"), QT_TR_NOOP("Emergency access reviewed")},
        {QStringLiteral("diary_entry_added"), QT_TR_NOOP("Wrote in the diary")},
        {QStringLiteral("diary_entry_corrected"), QT_TR_NOOP("Corrected a diary entry")},
        {QStringLiteral("diary_entry_withdrawn"), QT_TR_NOOP("Withdrew a diary entry")},
        {QStringLiteral("intake_recorded"), QT_TR_NOOP("Recorded an intake contact")},
        {QStringLiteral("intake_case_opened"), QT_TR_NOOP("Opened a case from an intake contact")},
    };
    const auto found = labels.constFind(action);
    return found == labels.constEnd() ? action : tr(*found);
}

QString SubjectRightsService::redact(const QString &text, const QStringList &terms)
{
    QString out = text;
    for (const QString &term : terms) {
        const QRegularExpression re(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(term)),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        out.replace(re, omissis);
    }
    return out;
}

Result<QList<AccessEntry>> SubjectRightsService::readAccessEntries(qint64 personId)
{
    auto entries = m_data.accessEntries(personId);
    if (!entries)
        return entries.error();
    for (AccessEntry &e : entries.value())
        e.what = actionLabel(e.action);
    return entries;
}

Result<QList<AccessEntry>> SubjectRightsService::accessReport(qint64 personId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadAccessReport); !allowed)
        return allowed.error();
    if (auto person = m_persons.get(personId, actor); !person)
        return person.error();
    return readAccessEntries(personId);
}

Result<QJsonObject> SubjectRightsService::exportData(qint64 personId, const Actor &actor,
                                                     const QStringList &formats)
{
    if (Status allowed = require(actor, Operation::ExportSubjectData); !allowed)
        return allowed.error();
    if (formats.isEmpty())
        return Error{ErrorCode::Usage, tr("Choose at least one format for the export."), {}, {}};
    QJsonObject data;
    {
        // One read transaction: every part of the export sees the same moment.
        auto tx = m_transactions.begin();
        if (!tx)
            return tx.error();
        const auto person = m_persons.get(personId, actor);
        if (!person)
            return person.error();
        auto collected = collect(person.value());
        if (!collected)
            return collected.error();
        data = std::move(collected).value();
    }
    if (Status s =
            m_audit.recordAlone(actor, QStringLiteral("person_exported"), QStringLiteral("person"), personId,
                                {{QStringLiteral("formats"), QJsonArray::fromStringList(formats)}});
        !s)
        return s.error();
    return data;
}

Result<QJsonObject> SubjectRightsService::collect(const Person &person)
{
    const qint64 id = person.id;
    const auto others = m_data.thirdParties(id);
    const auto versions = m_data.personVersions(id);
    const auto households = m_data.householdMemberships(id);
    const auto cases = m_data.cases(id);
    const auto diary = m_data.diaryEntries(id);
    const auto objectives = m_data.objectives(id);
    const auto intakes = m_data.intakes(id);
    const auto access = readAccessEntries(id);
    for (const Error *e : {others ? nullptr : &others.error(), versions ? nullptr : &versions.error(),
                           households ? nullptr : &households.error(), cases ? nullptr : &cases.error(),
                           diary ? nullptr : &diary.error(), objectives ? nullptr : &objectives.error(),
                           intakes ? nullptr : &intakes.error(), access ? nullptr : &access.error()}) {
        if (e)
            return *e;
    }
    const QStringList terms = redactionTerms(person, others.value());
    const auto clean = [&terms](const QString &text) {
        return redact(text, terms);
    };

    QJsonArray versionArray;
    for (const SubjectPersonVersion &v : versions.value())
        versionArray.append(
            QJsonObject{{QStringLiteral("version"), v.version},
                        {QStringLiteral("data"), QJsonDocument::fromJson(v.data.toUtf8()).object()},
                        {QStringLiteral("replacedAt"), isoInstant(v.replacedAt)},
                        {QStringLiteral("replacedBy"), v.replacedBy}});
    QJsonArray householdArray;
    for (const SubjectHouseholdMembership &h : households.value())
        householdArray.append(
            QJsonObject{{QStringLiteral("household"), h.householdId},
                        {QStringLiteral("relation"), h.relationCode},
                        {QStringLiteral("relationLabel"), labelOf<HouseholdRelation>(h.relationCode)},
                        {QStringLiteral("joinedOn"), isoDate(h.joinedOn)},
                        {QStringLiteral("leftOn"), isoDate(h.leftOn)}});
    QHash<qint64, QString> numbers;
    QSet<qint64> principalOf;
    QJsonArray caseArray;
    for (const SubjectCase &c : cases.value()) {
        numbers.insert(c.caseId, c.number);
        if (c.roleCode == Vocabulary<MemberRole>::code(MemberRole::PrincipalBeneficiary))
            principalOf.insert(c.caseId);
        caseArray.append(QJsonObject{{QStringLiteral("number"), c.number},
                                     {QStringLiteral("area"), c.areaCode},
                                     {QStringLiteral("areaLabel"), labelOf<CaseArea>(c.areaCode)},
                                     {QStringLiteral("status"), c.statusCode},
                                     {QStringLiteral("statusLabel"), labelOf<CaseStatus>(c.statusCode)},
                                     {QStringLiteral("openedOn"), isoDate(c.openedOn)},
                                     {QStringLiteral("closedOn"), isoDate(c.closedOn)},
                                     {QStringLiteral("role"), c.roleCode},
                                     {QStringLiteral("roleLabel"), labelOf<MemberRole>(c.roleCode)},
                                     {QStringLiteral("responsibleWorker"), c.responsibleName}});
    }
    QJsonArray diaryArray;
    for (const SubjectDiaryEntry &e : diary.value()) {
        // An entry that names people is about them; one that names nobody is about the principal.
        const bool involves =
            e.personIds.isEmpty() ? principalOf.contains(e.caseId) : e.personIds.contains(id);
        if (!involves)
            continue;
        diaryArray.append(QJsonObject{{QStringLiteral("case"), numbers.value(e.caseId)},
                                      {QStringLiteral("date"), isoDate(e.date)},
                                      {QStringLiteral("kind"), e.kindCode},
                                      {QStringLiteral("kindLabel"), labelOf<DiaryKind>(e.kindCode)},
                                      {QStringLiteral("author"), e.author},
                                      {QStringLiteral("withdrawn"), e.withdrawn},
                                      {QStringLiteral("text"), clean(e.text)}});
    }
    QJsonArray objectiveArray;
    for (const SubjectObjective &o : objectives.value()) {
        // The project is the principal's: a relative on a child's case does not receive the child's PAI.
        if (!principalOf.contains(o.caseId))
            continue;
        QJsonArray actions;
        for (const SubjectPlanAction &a : o.actions)
            actions.append(QJsonObject{{QStringLiteral("what"), clean(a.what)},
                                       {QStringLiteral("status"), a.statusCode},
                                       {QStringLiteral("statusLabel"), labelOf<ActionStatus>(a.statusCode)},
                                       {QStringLiteral("dueOn"), isoDate(a.dueOn)},
                                       {QStringLiteral("owner"), a.ownerName}});
        objectiveArray.append(
            QJsonObject{{QStringLiteral("case"), numbers.value(o.caseId)},
                        {QStringLiteral("title"), clean(o.title)},
                        {QStringLiteral("status"), o.statusCode},
                        {QStringLiteral("statusLabel"), labelOf<ObjectiveStatus>(o.statusCode)},
                        {QStringLiteral("actions"), actions}});
    }
    QJsonArray intakeArray;
    for (const SubjectIntake &i : intakes.value())
        intakeArray.append(
            QJsonObject{{QStringLiteral("date"), isoDate(i.contactDate)},
                        {QStringLiteral("channel"), i.channelCode},
                        {QStringLiteral("channelLabel"), labelOf<ContactChannel>(i.channelCode)},
                        {QStringLiteral("area"), i.areaCode},
                        {QStringLiteral("request"), clean(i.request)},
                        {QStringLiteral("response"), clean(i.response)},
                        {QStringLiteral("outcome"), i.outcomeCode},
                        {QStringLiteral("outcomeLabel"), labelOf<IntakeOutcome>(i.outcomeCode)},
                        {QStringLiteral("referredTo"), clean(i.referredTo)}});
    QJsonArray accessArray;
    for (const AccessEntry &e : access.value())
        accessArray.append(accessJson(e));

    return QJsonObject{{QStringLiteral("format"), QStringLiteral("cartella-subject-access/1")},
                       {QStringLiteral("exportedAt"), isoInstant(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("person"), personJson(person)},
                       {QStringLiteral("personVersions"), versionArray},
                       {QStringLiteral("households"), householdArray},
                       {QStringLiteral("cases"), caseArray},
                       {QStringLiteral("diary"), diaryArray},
                       {QStringLiteral("objectives"), objectiveArray},
                       {QStringLiteral("intakes"), intakeArray},
                       {QStringLiteral("accessReport"), accessArray}};
}

} // namespace cartella::domain
