// SPDX-License-Identifier: EUPL-1.2
#include "domain/casework/personservice.h"

#include "domain/access/access.h"
#include "domain/kernel/fiscalcode.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/textfold.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cartella::domain {

namespace {

QString collapseSpaces(const QString &s)
{
    return s.simplified();
}

Error invalidDraft(const QList<FieldIssue> &issues)
{
    QStringList messages;
    for (const FieldIssue &i : issues)
        messages.append(i.message);
    return Error{ErrorCode::Invalid, messages.join(QLatin1Char('\n')), issues, {}};
}

} // namespace

PersonService::PersonService(PersonRepository &persons, TransactionProvider &transactions, Auditor &audit,
                             const PlaceRegistry &places)
    : m_persons(persons), m_transactions(transactions), m_audit(audit), m_places(places)
{}

Person PersonService::normalized(Person p)
{
    p.surname = collapseSpaces(p.surname);
    p.givenName = collapseSpaces(p.givenName);
    p.fiscalCode = FiscalCode::normalize(p.fiscalCode);
    p.birthPlaceCode = p.birthPlaceCode.trimmed().toUpper();
    p.citizenship = collapseSpaces(p.citizenship).toUpper();
    p.residence.street = collapseSpaces(p.residence.street);
    p.domicile.street = collapseSpaces(p.domicile.street);
    p.phone = collapseSpaces(p.phone);
    p.email = p.email.trimmed();
    return p;
}

QList<FieldIssue> PersonService::validate(const Person &raw) const
{
    const Person p = normalized(raw);
    QList<FieldIssue> issues;
    if (p.surname.isEmpty())
        issues.append({QStringLiteral("surname"), tr("The surname is required.")});
    else if (p.surname.size() > 100)
        issues.append({QStringLiteral("surname"), tr("The surname is longer than 100 characters.")});
    if (p.givenName.isEmpty())
        issues.append({QStringLiteral("givenName"), tr("The name is required.")});
    else if (p.givenName.size() > 100)
        issues.append({QStringLiteral("givenName"), tr("The name is longer than 100 characters.")});
    if (p.sex == Sex::Unspecified)
        issues.append({QStringLiteral("sex"), tr("The sex is required.")});
    if (!p.birthDate.isValid())
        issues.append({QStringLiteral("birthDate"), tr("The birth date is required.")});
    else if (p.birthDate > officeToday())
        issues.append({QStringLiteral("birthDate"), tr("The birth date is in the future.")});
    else if (p.birthDate < officeToday().addYears(-120))
        issues.append({QStringLiteral("birthDate"), tr("The birth date is more than 120 years ago.")});
    if (!p.birthPlaceCode.isEmpty() && !m_places.birthPlace(p.birthPlaceCode))
        issues.append(
            {QStringLiteral("birthPlace"),
             tr("The birth place code %1 is not a known Comune or foreign state.").arg(p.birthPlaceCode)});
    if (!p.residence.municipalityCode.isEmpty() && !m_places.municipality(p.residence.municipalityCode))
        issues.append({QStringLiteral("residenceMunicipality"),
                       tr("The Comune of residence is not in the ISTAT list.")});
    if (!p.domicile.municipalityCode.isEmpty() && !m_places.municipality(p.domicile.municipalityCode))
        issues.append(
            {QStringLiteral("domicileMunicipality"), tr("The Comune of domicile is not in the ISTAT list.")});
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!p.email.isEmpty() && !emailPattern.match(p.email).hasMatch())
        issues.append({QStringLiteral("email"), tr("The e-mail address is not valid.")});
    static const QRegularExpression phonePattern(QStringLiteral(R"(^\+?[0-9 ./-]{5,20}$)"));
    if (!p.phone.isEmpty() && !phonePattern.match(p.phone).hasMatch())
        issues.append(
            {QStringLiteral("phone"), tr("The phone number may hold only digits, spaces and + / . -")});
    if (!p.fiscalCode.isEmpty()) {
        const Result<FiscalCode> code = FiscalCode::parse(p.fiscalCode, m_places);
        if (!code)
            issues.append({QStringLiteral("fiscalCode"), code.error().message});
        else
            issues.append(fiscalCodeMismatches(p));
    }
    return issues;
}

QList<FieldIssue> PersonService::fiscalCodeMismatches(const Person &raw) const
{
    const Person p = normalized(raw);
    const Result<FiscalCode> parsed = FiscalCode::parse(p.fiscalCode, m_places);
    if (!parsed || parsed.value().isTemporary())
        return {};
    const FiscalCode &code = parsed.value();
    const QString text = code.canonical();
    QList<FieldIssue> issues;
    if (!p.surname.isEmpty() && FiscalCode::surnameLetters(p.surname) != text.left(3))
        issues.append({QStringLiteral("surname"),
                       tr("The surname does not match the fiscal code: it gives %1, the code has %2.")
                           .arg(FiscalCode::surnameLetters(p.surname), text.left(3))});
    if (!p.givenName.isEmpty() && FiscalCode::givenNameLetters(p.givenName) != text.mid(3, 3))
        issues.append({QStringLiteral("givenName"),
                       tr("The name does not match the fiscal code: it gives %1, the code has %2.")
                           .arg(FiscalCode::givenNameLetters(p.givenName), text.mid(3, 3))});
    if (p.sex != Sex::Unspecified && p.sex != code.sex())
        issues.append({QStringLiteral("sex"), tr("The sex does not match the fiscal code, which says %1.")
                                                  .arg(Vocabulary<Sex>::label(code.sex()).toLower())});
    if (p.birthDate.isValid()) {
        const QDate c = code.birthDate();
        if (p.birthDate.year() % 100 != c.year() % 100 || p.birthDate.month() != c.month() ||
            p.birthDate.day() != c.day())
            issues.append({QStringLiteral("birthDate"),
                           tr("The birth date does not match the fiscal code, which gives day %1, month %2, "
                              "year ending in %3.")
                               .arg(c.day())
                               .arg(c.month())
                               .arg(c.year() % 100, 2, 10, QLatin1Char('0'))});
    }
    if (!p.birthPlaceCode.isEmpty() && p.birthPlaceCode != code.birthPlaceCode()) {
        const auto place = m_places.birthPlace(code.birthPlaceCode());
        issues.append({QStringLiteral("birthPlace"),
                       tr("The birth place does not match the fiscal code, which gives %1 (%2).")
                           .arg(place ? place->label() : QString(), code.birthPlaceCode())});
    }
    return issues;
}

Status PersonService::checkDuplicates(const Person &p, SimilarPersonPolicy policy)
{
    if (p.hasFiscalCode()) {
        const auto existing = m_persons.findByFiscalCode(p.fiscalCode);
        if (!existing)
            return existing.error();
        if (existing.value() && existing.value()->id != p.id) {
            const Person &other = *existing.value();
            const QString message =
                tr("A person with this fiscal code is already registered: %1, born on %2.")
                    .arg(other.displayName(), other.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
            return Error{
                ErrorCode::Duplicate, message, {{QStringLiteral("fiscalCode"), message}}, {other.id}};
        }
    }
    if (policy == SimilarPersonPolicy::SaveAnyway)
        return ok();
    const auto similar = m_persons.findSameNameAndBirth(p.surname, p.givenName, p.birthDate);
    if (!similar)
        return similar.error();
    QList<qint64> ids;
    for (const PersonSummary &s : similar.value()) {
        if (s.id != p.id)
            ids.append(s.id);
    }
    if (ids.isEmpty())
        return ok();
    return Error{ErrorCode::PossibleDuplicate,
                 tr("%n person(s) with the same surname, name and birth date already registered. "
                    "Check that this is not the same person before saving.",
                    nullptr, int(ids.size())),
                 {},
                 ids};
}

Result<Person> PersonService::create(Person draft, const Actor &actor, SimilarPersonPolicy policy)
{
    draft.id = 0;
    return save(std::move(draft), actor, policy);
}

Result<Person> PersonService::update(Person changed, const Actor &actor, SimilarPersonPolicy policy)
{
    if (changed.id <= 0)
        return Error{ErrorCode::Usage, tr("Only a saved person can be updated."), {}, {}};
    return save(std::move(changed), actor, policy);
}

namespace {

// The fields that differ, by name: the values stay in the person's versions, not in the audit trail.
QJsonArray changedFields(const Person &a, const Person &b)
{
    QJsonArray out;
    const auto check = [&out](bool same, const char *name) {
        if (!same)
            out.append(QString::fromLatin1(name));
    };
    check(a.surname == b.surname, "surname");
    check(a.givenName == b.givenName, "givenName");
    check(a.sex == b.sex, "sex");
    check(a.birthDate == b.birthDate, "birthDate");
    check(a.birthPlaceCode == b.birthPlaceCode, "birthPlace");
    check(a.fiscalCode == b.fiscalCode, "fiscalCode");
    check(a.citizenship == b.citizenship, "citizenship");
    check(a.residence == b.residence, "residence");
    check(a.domicile == b.domicile, "domicile");
    check(a.phone == b.phone, "phone");
    check(a.email == b.email, "email");
    check(a.maritalStatus == b.maritalStatus, "maritalStatus");
    check(a.education == b.education, "education");
    check(a.employment == b.employment, "employment");
    return out;
}

} // namespace

Result<Person> PersonService::save(Person draft, const Actor &actor, SimilarPersonPolicy policy)
{
    if (Status allowed = require(actor, Operation::EditPersons); !allowed)
        return allowed.error();
    Person p = normalized(std::move(draft));
    if (const QList<FieldIssue> issues = validate(p); !issues.isEmpty())
        return invalidDraft(issues);
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    if (Status dup = checkDuplicates(p, policy); !dup)
        return dup.error();
    if (p.id == 0) {
        const Result<qint64> id = m_persons.insert(p, actor.userName);
        if (!id)
            return id.error();
        p.id = id.value();
        if (Status s = m_audit.record(actor, QStringLiteral("person_created"), QStringLiteral("person"), p.id,
                                      {{QStringLiteral("version"), 1}});
            !s)
            return s.error();
    } else {
        const auto before = m_persons.findById(p.id);
        if (!before)
            return before.error();
        if (Status saved = m_persons.update(p, actor.userName); !saved)
            return saved.error();
        QJsonObject details{{QStringLiteral("version"), change(p.stamp.version, p.stamp.version + 1)}};
        if (before.value())
            details.insert(QStringLiteral("changed"), changedFields(*before.value(), p));
        if (Status s = m_audit.record(actor, QStringLiteral("person_changed"), QStringLiteral("person"), p.id,
                                      details);
            !s)
            return s.error();
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(p.id, actor);
}

Result<Person> PersonService::get(qint64 id, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPersons); !allowed)
        return allowed.error();
    const auto found = m_persons.findById(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The person no longer exists."), {}, {id}};
    return *found.value();
}

Result<Person> PersonService::view(qint64 id, const Actor &actor)
{
    auto person = get(id, actor);
    if (!person)
        return person;
    if (Status s = m_audit.recordAlone(actor, QStringLiteral("person_viewed"), QStringLiteral("person"), id);
        !s)
        return s.error();
    return person;
}

Result<QList<PersonSummary>> PersonService::search(const PersonQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPersons); !allowed)
        return allowed.error();
    PersonQuery q = query;
    q.limit = std::clamp(q.limit, 1, 500);
    return m_persons.search(q);
}

Result<qint64> PersonService::count(const PersonQuery &query, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPersons); !allowed)
        return allowed.error();
    return m_persons.count(query);
}

Result<int> PersonService::historyLength(qint64 personId, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ReadPersons); !allowed)
        return allowed.error();
    return m_persons.historyLength(personId);
}

} // namespace cartella::domain
