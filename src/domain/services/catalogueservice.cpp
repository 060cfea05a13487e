// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/catalogueservice.h"

#include "domain/access/access.h"
#include "domain/kernel/textfold.h"
#include "domain/kernel/vocabulary.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace cartella::domain {

namespace {

Status mayRead(const Actor &actor)
{
    if (permits(actor, Operation::ManageCatalogue))
        return ok();
    return require(actor, Operation::ReadServices);
}

// "Buoni alimentari (2026)" -> "buoni_alimentari_2026"
QString codeFromName(const QString &name)
{
    QString folded = foldForSearch(name);
    folded.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    while (folded.startsWith(QLatin1Char('_')))
        folded.remove(0, 1);
    while (folded.endsWith(QLatin1Char('_')))
        folded.chop(1);
    return folded.left(60);
}

QJsonObject coded(const CatalogueEntry &e)
{
    return {{QStringLiteral("kind"), Vocabulary<ServiceKind>::code(e.kind)},
            {QStringLiteral("siuss_code"), e.siussCode},
            {QStringLiteral("area"), Vocabulary<ServiceArea>::code(e.area)},
            {QStringLiteral("periodic"), e.periodic},
            {QStringLiteral("means_test"), Vocabulary<MeansTest>::code(e.meansTest)},
            {QStringLiteral("isee_threshold_cents"),
             e.iseeThresholdCents ? QJsonValue(*e.iseeThresholdCents) : QJsonValue()},
            {QStringLiteral("restricted"), e.restricted},
            {QStringLiteral("retired_on"), e.retiredOn.toString(Qt::ISODate)}};
}

} // namespace

CatalogueService::CatalogueService(ServiceRepository &services, TransactionProvider &transactions,
                                   Auditor &audit)
    : m_services(services), m_transactions(transactions), m_audit(audit)
{}

bool CatalogueService::validSiussCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z][0-9]\\.[0-9]{2}$"));
    return code.isEmpty() || shape.match(code).hasMatch();
}

Result<QList<CatalogueEntry>> CatalogueService::entries(bool includeRetired, const Actor &actor)
{
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    return m_services.catalogue(includeRetired);
}

Result<CatalogueEntry> CatalogueService::get(qint64 id, const Actor &actor)
{
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    const auto found = m_services.findEntry(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, tr("The catalogue entry does not exist."), {}, {id}};
    return *found.value();
}

Status CatalogueService::validate(const CatalogueEntry &e) const
{
    if (e.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), tr("Give the service a name."));
    if (e.name.trimmed().size() > 200)
        return invalid(QStringLiteral("name"), tr("The name is too long (at most 200 characters)."));
    if (!validSiussCode(e.siussCode.trimmed()))
        return invalid(
            QStringLiteral("siussCode"),
            tr("A SIUSS code looks like A1.04 (a letter, a digit, a dot, two digits). Leave it empty "
               "when the code is not known."));
    if (e.iseeThresholdCents && e.meansTest != MeansTest::Isee)
        return invalid(QStringLiteral("iseeThreshold"),
                       tr("An ISEE threshold needs the ISEE as the means test."));
    if (e.iseeThresholdCents && *e.iseeThresholdCents <= 0)
        return invalid(QStringLiteral("iseeThreshold"), tr("The ISEE threshold must be above zero."));
    return ok();
}

Result<CatalogueEntry> CatalogueService::add(CatalogueEntry entry, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageCatalogue); !allowed)
        return allowed.error();
    if (Status valid = validate(entry); !valid)
        return valid.error();
    if (entry.code.trimmed().isEmpty())
        entry.code = codeFromName(entry.name);
    if (entry.code.isEmpty())
        return invalid(QStringLiteral("name"), tr("The name needs at least one letter or digit."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto existing = m_services.findEntryByCode(entry.code);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Duplicate,
                     tr("The catalogue already has an entry with this name."),
                     {{QStringLiteral("name"), tr("Already in the catalogue.")}},
                     {existing.value()->id}};
    entry.retiredOn = {};
    const auto id = m_services.insertEntry(entry, actor.userName);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("catalogue_entry_added"), QStringLiteral("catalogue"),
                                  id.value(), coded(entry));
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id.value(), actor);
}

Result<CatalogueEntry> CatalogueService::write(const CatalogueEntry &before, const CatalogueEntry &after,
                                               const QString &action, const Actor &actor)
{
    if (Status s = m_services.updateEntry(after, actor.userName); !s)
        return s.error();
    QJsonObject details;
    const QJsonObject from = coded(before);
    const QJsonObject to = coded(after);
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (from.value(it.key()) != it.value())
            details.insert(it.key(), change(from.value(it.key()), it.value()));
    }
    if (before.name != after.name.trimmed())
        details.insert(QStringLiteral("name"), QStringLiteral("changed"));
    details.insert(QStringLiteral("version"), change(before.version, before.version + 1));
    if (Status s = m_audit.record(actor, action, QStringLiteral("catalogue"), before.id, details); !s)
        return s.error();
    return after;
}

Result<CatalogueEntry> CatalogueService::update(const CatalogueEntry &entry, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageCatalogue); !allowed)
        return allowed.error();
    if (Status valid = validate(entry); !valid)
        return valid.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = get(entry.id, actor);
    if (!before)
        return before.error();
    CatalogueEntry after = entry;
    after.code = before.value().code;
    after.kind = before.value().kind;
    after.retiredOn = before.value().retiredOn;
    if (auto written = write(before.value(), after, QStringLiteral("catalogue_entry_changed"), actor);
        !written)
        return written.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(entry.id, actor);
}

Result<CatalogueEntry> CatalogueService::retire(qint64 id, int expectedVersion, QDate on, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageCatalogue); !allowed)
        return allowed.error();
    if (!on.isValid())
        return invalid(QStringLiteral("retiredOn"), tr("Give the date the entry is retired from."));
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = get(id, actor);
    if (!before)
        return before.error();
    if (before.value().retired())
        return invalid(QStringLiteral("retiredOn"), tr("The entry is already retired."));
    CatalogueEntry after = before.value();
    after.version = expectedVersion;
    after.retiredOn = on;
    if (auto written = write(before.value(), after, QStringLiteral("catalogue_entry_retired"), actor);
        !written)
        return written.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id, actor);
}

Result<CatalogueEntry> CatalogueService::reinstate(qint64 id, int expectedVersion, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageCatalogue); !allowed)
        return allowed.error();
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = get(id, actor);
    if (!before)
        return before.error();
    if (!before.value().retired())
        return invalid(QStringLiteral("retiredOn"), tr("The entry is in use already."));
    CatalogueEntry after = before.value();
    after.version = expectedVersion;
    after.retiredOn = {};
    if (auto written = write(before.value(), after, QStringLiteral("catalogue_entry_reinstated"), actor);
        !written)
        return written.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return get(id, actor);
}

} // namespace cartella::domain
