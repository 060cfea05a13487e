// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteservicerepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/officesettings.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

Error conflict(qint64 id)
{
    return Error{
        ErrorCode::Conflict,
        Tr::tr("Someone else changed this record in the meantime. Reload it and try again; nothing was "
               "changed."),
        {},
        {id}};
}

template <typename E> QString code(E value)
{
    return Vocabulary<E>::code(value);
}

template <typename T> QVariant optionalId(const std::optional<T> &id)
{
    return id ? QVariant(*id) : QVariant();
}

const QString entryColumns = QStringLiteral(
    "SELECT id, code, name, kind, siuss_code, area, periodic, means_test, isee_threshold_cents, restricted, "
    "retired_on, version FROM service_catalogue ");

CatalogueEntry readEntry(const Row &row)
{
    CatalogueEntry e;
    e.id = row.id("id");
    e.code = row.text("code");
    e.name = row.text("name");
    e.kind = row.code<ServiceKind>("kind");
    e.siussCode = row.text("siuss_code");
    e.area = row.code<ServiceArea>("area");
    e.periodic = row.flag("periodic");
    e.meansTest = row.code<MeansTest>("means_test");
    e.iseeThresholdCents = row.optionalCents("isee_threshold_cents");
    e.restricted = row.flag("restricted");
    e.retiredOn = row.date("retired_on");
    e.version = row.integer("version");
    return e;
}

// The delivery's columns, then the names the lists show.
const QString deliveryColumns = QStringLiteral(
    "SELECT d.id, d.case_id, d.person_id, d.catalogue_id, d.status, d.requested_on, d.protocol, "
    "d.provider_kind, "
    "d.provider_name, d.starts_on, d.ends_on, d.monthly_minutes, d.cost_cents, d.monthly_cents, "
    "d.comune_share_cents, d.user_share_cents, d.health_share_cents, d.means_test, d.isee_id, "
    "d.isee_exemption_reason, d.budget_line_id, d.decided_on, d.decided_by, d.decision_reason, d.closed_on, "
    "d.created_at, d.created_by, d.updated_at, d.updated_by, d.version, "
    "s.name AS service_name, s.kind AS service_kind, p.surname || ' ' || p.given_name AS person_name, "
    "c.number AS case_number "
    "FROM service_deliveries d JOIN service_catalogue s ON s.id = d.catalogue_id "
    "JOIN persons p ON p.id = d.person_id JOIN cases c ON c.id = d.case_id ");

ServiceDelivery readDelivery(const Row &row)
{
    ServiceDelivery d;
    d.id = row.id("id");
    d.caseId = row.id("case_id");
    d.personId = row.id("person_id");
    d.catalogueId = row.id("catalogue_id");
    d.status = row.code<DeliveryStatus>("status");
    d.requestedOn = row.date("requested_on");
    d.protocol = row.text("protocol");
    d.providerKind = row.code<ProviderKind>("provider_kind");
    d.providerName = row.text("provider_name");
    d.startsOn = row.date("starts_on");
    d.endsOn = row.date("ends_on");
    d.monthlyMinutes = row.integer("monthly_minutes");
    d.costCents = row.cents("cost_cents");
    d.monthlyCents = row.cents("monthly_cents");
    d.comuneShareCents = row.cents("comune_share_cents");
    d.userShareCents = row.cents("user_share_cents");
    d.healthShareCents = row.cents("health_share_cents");
    d.meansTest = row.code<MeansTest>("means_test");
    d.iseeId = row.optionalId("isee_id");
    d.iseeExemptionReason = row.text("isee_exemption_reason");
    d.budgetLineId = row.optionalId("budget_line_id");
    d.decidedOn = row.date("decided_on");
    d.decidedBy = row.text("decided_by");
    d.decisionReason = row.text("decision_reason");
    d.closedOn = row.date("closed_on");
    d.stamp = row.stamp();
    d.serviceName = row.text("service_name");
    d.kind = row.code<ServiceKind>("service_kind");
    d.personName = row.text("person_name");
    d.caseNumber = row.text("case_number");
    return d;
}

// The values of every column a request or a later change may write, in the order of the statements below.
QVariantList deliveryValues(const ServiceDelivery &d)
{
    return {code(d.status),
            isoDate(d.requestedOn),
            text(d.protocol.trimmed()),
            code(d.providerKind),
            text(d.providerName.trimmed()),
            optionalDate(d.startsOn),
            optionalDate(d.endsOn),
            d.monthlyMinutes,
            d.costCents,
            d.monthlyCents,
            d.comuneShareCents,
            d.userShareCents,
            d.healthShareCents,
            code(d.meansTest),
            optionalId(d.iseeId),
            text(d.iseeExemptionReason.trimmed()),
            optionalId(d.budgetLineId),
            optionalDate(d.decidedOn),
            d.decidedBy.isEmpty() ? QVariant() : QVariant(d.decidedBy),
            text(d.decisionReason.trimmed()),
            optionalDate(d.closedOn)};
}

} // namespace

Result<QList<CatalogueEntry>> SqliteServiceRepository::selectEntries(const QString &where,
                                                                     const QVariantList &values)
{
    sql::Query q(m_db);
    if (!run(q, entryColumns + where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"), values))
        return queryError(q);
    QList<CatalogueEntry> out;
    const Row row(q);
    while (q.next())
        out.append(readEntry(row));
    return out;
}

Result<QList<CatalogueEntry>> SqliteServiceRepository::catalogue(bool includeRetired)
{
    return selectEntries(includeRetired ? QString() : QStringLiteral("WHERE retired_on IS NULL"), {});
}

Result<std::optional<CatalogueEntry>> SqliteServiceRepository::findEntry(qint64 id)
{
    auto found = selectEntries(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<std::optional<CatalogueEntry>> SqliteServiceRepository::findEntryByCode(const QString &entryCode)
{
    auto found = selectEntries(QStringLiteral("WHERE code = ?"), {entryCode});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<qint64> SqliteServiceRepository::insertEntry(const CatalogueEntry &e, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO service_catalogue (code, name, kind, siuss_code, area, periodic, "
                 "means_test, isee_threshold_cents, restricted, created_at, created_by, updated_at, "
                 "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {e.code.trimmed(), e.name.trimmed(), code(e.kind), text(e.siussCode.trimmed()),
              text(code(e.area)), e.periodic ? 1 : 0, code(e.meansTest), optionalId(e.iseeThresholdCents),
              e.restricted ? 1 : 0, now, userName, now, userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteServiceRepository::updateEntry(const CatalogueEntry &e, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE service_catalogue SET name = ?, siuss_code = ?, area = ?, periodic = ?, "
                 "means_test = ?, isee_threshold_cents = ?, restricted = ?, retired_on = ?, "
                 "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
             {e.name.trimmed(), text(e.siussCode.trimmed()), text(code(e.area)), e.periodic ? 1 : 0,
              code(e.meansTest), optionalId(e.iseeThresholdCents), e.restricted ? 1 : 0,
              optionalDate(e.retiredOn), nowUtc(), userName, e.id, e.version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(e.id);
    return ok();
}

Result<qint64> SqliteServiceRepository::entryUses(qint64 catalogueId)
{
    sql::Query q(m_db);
    if (!run(q, QStringLiteral("SELECT count(*) AS uses FROM service_deliveries WHERE catalogue_id = ?"),
             {catalogueId}) ||
        !q.next())
        return queryError(q);
    return Row(q).number("uses");
}

Result<qint64> SqliteServiceRepository::insertIsee(const IseeDeclaration &i, const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO isee_declarations (person_id, value_cents, dsu_protocol, filed_on, "
                            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {i.personId, i.valueCents, i.dsuProtocol.trimmed(), isoDate(i.filedOn), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Result<QList<IseeDeclaration>> SqliteServiceRepository::selectIsee(const QString &where,
                                                                   const QVariantList &values)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT id, person_id, value_cents, dsu_protocol, filed_on, created_at, created_by "
                 "FROM isee_declarations WHERE ") +
                 where + QStringLiteral(" ORDER BY filed_on DESC, id DESC"),
             values))
        return queryError(q);
    QList<IseeDeclaration> out;
    const Row row(q);
    while (q.next()) {
        IseeDeclaration i;
        i.id = row.id("id");
        i.personId = row.id("person_id");
        i.valueCents = row.cents("value_cents");
        i.dsuProtocol = row.text("dsu_protocol");
        i.filedOn = row.date("filed_on");
        i.createdAt = row.instant("created_at");
        i.createdBy = row.text("created_by");
        out.append(i);
    }
    return out;
}

Result<QList<IseeDeclaration>> SqliteServiceRepository::iseeOf(qint64 personId)
{
    return selectIsee(QStringLiteral("person_id = ?"), {personId});
}

Result<std::optional<IseeDeclaration>> SqliteServiceRepository::findIsee(qint64 id)
{
    auto found = selectIsee(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<qint64> SqliteServiceRepository::insertDelivery(const ServiceDelivery &d, const QString &userName)
{
    sql::Query q(m_db);
    const QString now = nowUtc();
    QVariantList values{d.caseId, d.personId, d.catalogueId};
    values << deliveryValues(d) << now << userName << now << userName;
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO service_deliveries (case_id, person_id, catalogue_id, status, requested_on, "
                 "protocol, provider_kind, provider_name, starts_on, ends_on, monthly_minutes, "
                 "cost_cents, monthly_cents, comune_share_cents, user_share_cents, health_share_cents, "
                 "means_test, isee_id, isee_exemption_reason, budget_line_id, decided_on, decided_by, "
                 "decision_reason, closed_on, created_at, created_by, updated_at, updated_by) VALUES "
                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id"),
             values) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteServiceRepository::updateDelivery(const ServiceDelivery &d, const QString &userName)
{
    sql::Query q(m_db);
    QVariantList values = deliveryValues(d);
    values << nowUtc() << userName << d.id << d.stamp.version;
    if (!run(q,
             QStringLiteral(
                 "UPDATE service_deliveries SET status = ?, requested_on = ?, protocol = ?, "
                 "provider_kind = ?, provider_name = ?, starts_on = ?, ends_on = ?, monthly_minutes = ?, "
                 "cost_cents = ?, monthly_cents = ?, comune_share_cents = ?, user_share_cents = ?, "
                 "health_share_cents = ?, means_test = ?, isee_id = ?, isee_exemption_reason = ?, "
                 "budget_line_id = ?, decided_on = ?, decided_by = ?, decision_reason = ?, "
                 "closed_on = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                 "WHERE id = ? AND version = ?"),
             values))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return conflict(d.id);
    return ok();
}

Result<QList<ServiceDelivery>>
SqliteServiceRepository::selectDeliveries(const QString &where, const QVariantList &values, int limit)
{
    sql::Query q(m_db);
    QVariantList bound = values;
    bound << limit;
    if (!run(q, deliveryColumns + where + QStringLiteral(" ORDER BY d.requested_on DESC, d.id DESC LIMIT ?"),
             bound))
        return queryError(q);
    QList<ServiceDelivery> out;
    const Row row(q);
    while (q.next())
        out.append(readDelivery(row));
    return out;
}

Result<std::optional<ServiceDelivery>> SqliteServiceRepository::findDelivery(qint64 id)
{
    auto found = selectDeliveries(QStringLiteral("WHERE d.id = ?"), {id}, 1);
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<QList<ServiceDelivery>> SqliteServiceRepository::deliveries(const DeliveryQuery &query,
                                                                   const CaseVisibility &visibility)
{
    QStringList clauses;
    QVariantList values;
    if (query.caseId > 0) {
        clauses << QStringLiteral("d.case_id = ?");
        values << query.caseId;
    }
    if (query.personId > 0) {
        clauses << QStringLiteral("d.person_id = ?");
        values << query.personId;
    }
    if (query.status) {
        clauses << QStringLiteral("d.status = ?");
        values << code(*query.status);
    }
    appendVisibility(visibility, clauses, values);
    const QString where =
        clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    return selectDeliveries(where, values, query.limit);
}

Result<QString> SqliteServiceRepository::setting(const QString &key)
{
    return readOfficeSetting(m_db, key);
}

Status SqliteServiceRepository::setSetting(const QString &key, const QString &value, const QString &userName)
{
    return writeOfficeSetting(m_db, key, value, userName);
}

} // namespace cartella::repository
