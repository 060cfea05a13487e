// SPDX-License-Identifier: EUPL-1.2
// FosterCareService: the registry of foster families, the matching of a child with them, and the warning
// lead.
#include "domain/minori/fostercareservice.h"

#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cartella::domain {

namespace {

const QString kWarningKey = QStringLiteral("foster_term_warning_days");

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonArray availabilityCodes(const QList<FosterAvailability> &list)
{
    QJsonArray out;
    for (const FosterAvailability a : list)
        out.append(Vocabulary<FosterAvailability>::code(a));
    return out;
}

QString provinceOf(const QString &istatCode)
{
    const auto m = PlaceRegistry::builtin().municipality(istatCode);
    return m ? m->provinceCode : QString();
}

} // namespace

FosterCareService::FosterCareService(FosterCareRepository &fosterCare, PersonRepository &persons,
                                     DeadlineRepository &deadlines, ServiceRepository &services,
                                     CaseService &cases, DeliveryService &deliveries,
                                     TransactionProvider &transactions, Auditor &audit)
    : m_fosterCare(fosterCare), m_persons(persons), m_deadlines(deadlines), m_services(services),
      m_cases(cases), m_deliveries(deliveries), m_transactions(transactions), m_audit(audit)
{}

int FosterCareService::ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return 0;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

Status FosterCareService::validateFamily(const FosterFamily &f) const
{
    const QString name = f.name.simplified();
    if (name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Give the name of the family, e.g. \"Famiglia Bianchi\"."));
    if (name.size() > 120)
        return invalid(QStringLiteral("name"), tr("The name of the family is at most 120 characters long."));
    if (!f.municipalityCode.isEmpty() && !PlaceRegistry::builtin().municipality(f.municipalityCode))
        return invalid(QStringLiteral("municipality"), tr("Choose the Comune from the list."));
    if (f.street.simplified().size() > 200)
        return invalid(QStringLiteral("street"), tr("The address is at most 200 characters long."));
    if (f.phone.simplified().size() > 40)
        return invalid(QStringLiteral("phone"), tr("The phone number is at most 40 characters long."));
    if (f.availability.isEmpty())
        return invalid(QStringLiteral("availability"), tr("Choose at least one kind of availability."));
    QList<FosterAvailability> seen;
    for (const FosterAvailability a : f.availability) {
        if (seen.contains(a))
            return invalid(QStringLiteral("availability"), tr("Each kind of availability is chosen once."));
        seen.append(a);
    }
    if (f.minAge < 0 || f.maxAge > FosterFamily::kMaxAge || f.minAge > f.maxAge)
        return invalid(QStringLiteral("ages"),
                       tr("The ages accepted go from 0 to %1, the lowest first.").arg(FosterFamily::kMaxAge));
    if (f.capacity < 1 || f.capacity > FosterFamily::kMaxCapacity)
        return invalid(QStringLiteral("capacity"),
                       tr("A family takes from 1 to %1 children.").arg(FosterFamily::kMaxCapacity));
    const QDate today = officeToday();
    if (f.trainedOn.isValid() && f.trainedOn > today)
        return invalid(QStringLiteral("trainedOn"), tr("The training cannot be completed in the future."));
    if (f.assessment != SuitabilityOutcome::Pending && !f.assessedOn.isValid())
        return invalid(QStringLiteral("assessedOn"), tr("Give the date of the suitability assessment."));
    if (f.assessedOn.isValid() && f.assessedOn > today)
        return invalid(QStringLiteral("assessedOn"), tr("The assessment cannot be in the future."));
    if (f.notes.size() > 2000)
        return invalid(QStringLiteral("notes"), tr("The notes are at most 2000 characters long."));
    return ok();
}

Result<FosterFamily> FosterCareService::reloadFamily(qint64 familyId)
{
    const auto found = m_fosterCare.findFamily(familyId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The foster family does not exist."), {}, {familyId}};
    return *found.value();
}

Result<FosterFamily> FosterCareService::createFamily(const FosterFamily &draft, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditFosterFamilies); !allowed)
        return allowed.error();
    if (Status valid = validateFamily(draft); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    FosterFamily f = draft;
    f.name = draft.name.simplified();
    f.street = draft.street.simplified();
    f.phone = draft.phone.simplified();
    f.notes = draft.notes.trimmed();
    f.withdrawnOn = {};
    const auto id = m_fosterCare.insertFamily(f, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("foster_family_created"), QStringLiteral("foster_family"), id.value(),
            {{QStringLiteral("availability"), availabilityCodes(f.availability)},
             {QStringLiteral("capacity"), f.capacity},
             {QStringLiteral("assessment"), Vocabulary<SuitabilityOutcome>::code(f.assessment)}});
        !s)
        return s.error();
    for (const FosterFamilyMember &m : draft.members) {
        FosterFamilyMember member = m;
        member.familyId = id.value();
        if (member.name.simplified().isEmpty())
            return invalid(QStringLiteral("members"), tr("Give the name of each member of the family."));
        member.name = member.name.simplified();
        if (const auto added = m_fosterCare.insertMember(member, actor.userName); !added)
            return added.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadFamily(id.value());
}

Result<FosterFamily> FosterCareService::updateFamily(const FosterFamily &changed, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditFosterFamilies); !allowed)
        return allowed.error();
    if (Status valid = validateFamily(changed); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = reloadFamily(changed.id);
    if (!before)
        return before.error();
    const FosterFamily &was = before.value();
    if (!was.active())
        return Error{ErrorCode::Conflict, tr("This family was withdrawn from the registry."), {}, {was.id}};
    if (was.version != changed.version)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this family in the meantime. Reload it and try again; nothing "
                        "was changed."),
                     {},
                     {was.id}};
    if (changed.capacity < was.currentPlacements)
        return invalid(QStringLiteral("capacity"),
                       tr("The family has %n child(ren) placed now: the capacity cannot be lower.", nullptr,
                          was.currentPlacements));
    FosterFamily now = was;
    now.name = changed.name.simplified();
    now.street = changed.street.simplified();
    now.municipalityCode = changed.municipalityCode;
    now.phone = changed.phone.simplified();
    now.availability = changed.availability;
    now.minAge = changed.minAge;
    now.maxAge = changed.maxAge;
    now.capacity = changed.capacity;
    now.trainedOn = changed.trainedOn;
    now.assessedOn = changed.assessedOn;
    now.assessment = changed.assessment;
    now.notes = changed.notes.trimmed();
    QJsonArray fields;
    const auto note = [&](bool differs, const char *field) {
        if (differs)
            fields.append(QLatin1String(field));
    };
    note(now.name != was.name, "name");
    note(now.street != was.street || now.municipalityCode != was.municipalityCode, "address");
    note(now.phone != was.phone, "phone");
    note(now.availability != was.availability, "availability");
    note(now.minAge != was.minAge || now.maxAge != was.maxAge, "ages");
    note(now.capacity != was.capacity, "capacity");
    note(now.trainedOn != was.trainedOn, "trained_on");
    note(now.assessedOn != was.assessedOn || now.assessment != was.assessment, "assessment");
    note(now.notes != was.notes, "notes");
    if (fields.isEmpty())
        return was;
    if (Status s = m_fosterCare.updateFamily(now, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("foster_family_changed"), QStringLiteral("foster_family"), was.id,
            {{QStringLiteral("fields"), fields},
             {QStringLiteral("assessment"), change(Vocabulary<SuitabilityOutcome>::code(was.assessment),
                                                   Vocabulary<SuitabilityOutcome>::code(now.assessment))},
             {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadFamily(was.id);
}

Result<FosterFamily> FosterCareService::withdrawFamily(qint64 familyId, int expectedVersion, const QDate &on,
                                                       const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditFosterFamilies); !allowed)
        return allowed.error();
    if (!on.isValid() || on > officeToday())
        return invalid(QStringLiteral("withdrawnOn"), tr("Give the day the family left, today or before."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = reloadFamily(familyId);
    if (!before)
        return before.error();
    const FosterFamily &was = before.value();
    if (!was.active())
        return Error{ErrorCode::Conflict, tr("This family was withdrawn from the registry."), {}, {familyId}};
    if (was.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this family in the meantime. Reload it and try again."),
                     {},
                     {familyId}};
    if (was.currentPlacements > 0)
        return invalid(QStringLiteral("withdrawnOn"),
                       tr("A child is placed with this family: end the placement first."));
    FosterFamily now = was;
    now.withdrawnOn = on;
    if (Status s = m_fosterCare.updateFamily(now, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("foster_family_withdrawn"),
                                  QStringLiteral("foster_family"), familyId,
                                  {{QStringLiteral("withdrawn_on"), iso(on)},
                                   {QStringLiteral("version"), change(was.version, was.version + 1)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadFamily(familyId);
}

Result<FosterFamily> FosterCareService::addMember(qint64 familyId, const FosterFamilyMember &member,
                                                  const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditFosterFamilies); !allowed)
        return allowed.error();
    const QString name = member.name.simplified();
    if (name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Give the name of the member."));
    if (name.size() > 120)
        return invalid(QStringLiteral("name"), tr("The name is at most 120 characters long."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto f = reloadFamily(familyId);
    if (!f)
        return f.error();
    if (!f.value().active())
        return Error{ErrorCode::Conflict, tr("This family was withdrawn from the registry."), {}, {familyId}};
    if (member.personId) {
        const auto p = m_persons.findById(*member.personId);
        if (!p)
            return p.error();
        if (!p.value())
            return invalid(QStringLiteral("person"), tr("The person does not exist."));
    }
    FosterFamilyMember m = member;
    m.familyId = familyId;
    m.name = name;
    m.leftOn = {};
    const auto id = m_fosterCare.insertMember(m, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("foster_member_added"), QStringLiteral("foster_family"), familyId,
            {{QStringLiteral("member"), id.value()},
             {QStringLiteral("role"), Vocabulary<FosterMemberRole>::code(m.role)},
             {QStringLiteral("person"), m.personId ? QJsonValue(*m.personId) : QJsonValue()}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadFamily(familyId);
}

Result<FosterFamily> FosterCareService::memberLeft(qint64 familyId, qint64 memberId, const QDate &on,
                                                   const Actor &actor)
{
    if (Status allowed = require(actor, Operation::EditFosterFamilies); !allowed)
        return allowed.error();
    if (!on.isValid() || on > officeToday())
        return invalid(QStringLiteral("leftOn"), tr("Give the day the member left, today or before."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto f = reloadFamily(familyId);
    if (!f)
        return f.error();
    const auto member = std::find_if(f.value().members.cbegin(), f.value().members.cend(),
                                     [&](const FosterFamilyMember &m) { return m.id == memberId; });
    if (member == f.value().members.cend())
        return Error{ErrorCode::NotFound, tr("The member is not of this family."), {}, {memberId}};
    if (!member->current())
        return Error{ErrorCode::Conflict, tr("The member already left the family."), {}, {memberId}};
    if (Status s = m_fosterCare.memberLeft(memberId, on, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("foster_member_left"), QStringLiteral("foster_family"), familyId,
            {{QStringLiteral("member"), memberId}, {QStringLiteral("left_on"), iso(on)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return reloadFamily(familyId);
}

Result<FosterFamily> FosterCareService::family(qint64 familyId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadFosterFamilies); !allowed)
        return allowed.error();
    return reloadFamily(familyId);
}

Result<QList<FosterFamily>> FosterCareService::families(bool activeOnly, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadFosterFamilies); !allowed)
        return allowed.error();
    return m_fosterCare.families(activeOnly);
}

Result<QList<FamilyMatch>> FosterCareService::matchFamilies(const QDate &childBirthDate,
                                                            FosterAvailability availability,
                                                            const QString &municipalityCode,
                                                            const Actor &actor)
{
    if (!childBirthDate.isValid() || childBirthDate > officeToday())
        return invalid(QStringLiteral("birthDate"), tr("Give the child's date of birth."));
    const int age = ageOn(childBirthDate, officeToday());
    if (age > FosterFamily::kMaxAge)
        return invalid(QStringLiteral("birthDate"),
                       tr("Foster care is for minors: the person is %1.").arg(age));
    return matchFamilies(age, availability, municipalityCode, actor);
}

Result<QList<FamilyMatch>> FosterCareService::matchFamilies(int childAge, FosterAvailability availability,
                                                            const QString &municipalityCode,
                                                            const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadFosterFamilies); !allowed)
        return allowed.error();
    if (childAge < 0 || childAge > FosterFamily::kMaxAge)
        return invalid(QStringLiteral("age"),
                       tr("Foster care is for minors: give an age from 0 to %1.").arg(FosterFamily::kMaxAge));
    const auto all = m_fosterCare.families(true);
    if (!all)
        return all.error();
    const QString province = provinceOf(municipalityCode);
    QList<FamilyMatch> out;
    for (const FosterFamily &f : all.value()) {
        if (!f.active() || !f.suitable() || !f.availability.contains(availability) || childAge < f.minAge ||
            childAge > f.maxAge || f.freePlaces() <= 0)
            continue;
        FamilyMatch m;
        m.family = f;
        m.sameComune = !municipalityCode.isEmpty() && f.municipalityCode == municipalityCode;
        m.sameProvince = !province.isEmpty() && provinceOf(f.municipalityCode) == province;
        m.reasons << tr("offers %1").arg(Vocabulary<FosterAvailability>::label(availability).toLower())
                  << tr("takes children from %1 to %2 years").arg(f.minAge).arg(f.maxAge)
                  << tr("%n free place(s)", nullptr, f.freePlaces());
        if (m.sameComune)
            m.reasons << tr("same Comune");
        else if (m.sameProvince)
            m.reasons << tr("same province");
        if (f.assessedOn.isValid())
            m.reasons << tr("suitable since %1").arg(f.assessedOn.toString(QStringLiteral("dd/MM/yyyy")));
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const FamilyMatch &a, const FamilyMatch &b) {
        const int ra = a.sameComune ? 0 : a.sameProvince ? 1 : 2;
        const int rb = b.sameComune ? 0 : b.sameProvince ? 1 : 2;
        if (ra != rb)
            return ra < rb;
        if (a.family.freePlaces() != b.family.freePlaces())
            return a.family.freePlaces() > b.family.freePlaces();
        return a.family.name.localeAwareCompare(b.family.name) < 0;
    });
    return out;
}

Result<int> FosterCareService::storedWarningDays()
{
    const auto stored = m_fosterCare.setting(kWarningKey);
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return kDefaultWarningDays;
    const QJsonValue v =
        QJsonDocument::fromJson(stored.value().toUtf8()).object().value(QStringLiteral("days"));
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > kMaxWarningDays)
        return Error{ErrorCode::Storage,
                     tr("The office's warning ahead of a placement's term cannot be read: the zone manager "
                        "should set it again."),
                     {},
                     {}};
    return v.toInt();
}

Result<int> FosterCareService::warningDays(const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPlacements); !allowed)
        return allowed.error();
    return storedWarningDays();
}

Result<int> FosterCareService::setWarningDays(int days, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::SetFosterWarning); !allowed)
        return allowed.error();
    if (days < 1 || days > kMaxWarningDays)
        return invalid(QStringLiteral("days"),
                       tr("The warning comes from 1 to %1 days ahead of the term.").arg(kMaxWarningDays));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = storedWarningDays();
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("days"), days}}).toJson(QJsonDocument::Compact));
    if (Status s = m_fosterCare.setSetting(kWarningKey, json, actor.userName); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("setting_changed"), QStringLiteral("office_setting"), 0,
            {{QStringLiteral("key"), kWarningKey},
             {QStringLiteral("days"), change(before ? QJsonValue(before.value()) : QJsonValue(), days)}});
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return days;
}

} // namespace cartella::domain
