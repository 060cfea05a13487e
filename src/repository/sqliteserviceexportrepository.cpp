// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteserviceexportrepository.h"

#include "domain/kernel/vocabulary.h"
#include "domain/services/budget.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

template <typename E> QString code(E value)
{
    return Vocabulary<E>::code(value);
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

const QString kJoins =
    QStringLiteral("JOIN service_catalogue s ON s.id = d.catalogue_id JOIN persons p ON p.id = d.person_id "
                   "JOIN cases c ON c.id = d.case_id ");

// The filters every CSV export shares: area, Comune, visibility. The budget line is the caller's (the
// delivery's line, or the payment's).
void appendFilters(const ExportQuery &query, QStringList &clauses, QVariantList &values)
{
    if (!query.anyArea) {
        QString clause = QStringLiteral("(s.area = ?");
        values << code(query.serviceArea);
        if (!query.caseAreas.isEmpty()) {
            clause += QStringLiteral(" OR (s.area = ? AND c.area IN (%1))")
                          .arg(placeholders(query.caseAreas.size()));
            values << code(ServiceArea::FromCase);
            for (const CaseArea a : query.caseAreas)
                values << code(a);
        }
        clauses << clause + QLatin1Char(')');
    }
    if (!query.municipalityCode.isEmpty()) {
        clauses << QStringLiteral("c.municipality_code = ?");
        values << query.municipalityCode;
    }
    appendVisibility(query.visibility, clauses, values);
}

// --- services delivered ---

// The period (domain::ExportQuery): requested by `to`, and not ended before `from`.
void deliveryWhere(const ExportQuery &query, QStringList &clauses, QVariantList &values)
{
    const QString from = isoDate(query.from);
    clauses << QStringLiteral(
        "d.requested_on <= ? AND ((d.closed_on IS NOT NULL AND d.closed_on >= ?) OR (d.closed_on IS NULL AND "
        "(d.ends_on IS NULL OR d.ends_on >= ? OR COALESCE(d.decided_on, d.requested_on) >= ?)))");
    values << isoDate(query.to) << from << from << from;
    if (query.budgetLineId) {
        clauses << QStringLiteral("d.budget_line_id = ?");
        values << *query.budgetLineId;
    }
    appendFilters(query, clauses, values);
}

const QString kDeliveryColumns = QStringLiteral(
    "SELECT d.id, c.number AS case_number, c.municipality_code, c.area AS case_area, s.area AS service_area, "
    "s.name AS service_name, s.siuss_code, s.kind, p.surname, p.given_name, p.fiscal_code, d.status, "
    "d.requested_on, d.protocol, d.provider_kind, d.provider_name, d.starts_on, d.ends_on, "
    "d.monthly_minutes, "
    "d.cost_cents, d.monthly_cents, d.comune_share_cents, d.user_share_cents, d.health_share_cents, "
    "d.means_test, b.code AS budget_line_code, b.year AS budget_year, d.decided_on, d.decided_by "
    "FROM service_deliveries d ");

DeliveryExportRow readDelivery(const Row &row)
{
    DeliveryExportRow r;
    r.id = row.id("id");
    r.caseNumber = row.text("case_number");
    r.municipalityCode = row.text("municipality_code");
    r.caseArea = row.code<CaseArea>("case_area");
    r.serviceArea = row.code<ServiceArea>("service_area");
    r.serviceName = row.text("service_name");
    r.siussCode = row.text("siuss_code");
    r.kind = row.code<ServiceKind>("kind");
    r.surname = row.text("surname");
    r.givenName = row.text("given_name");
    r.fiscalCode = row.text("fiscal_code");
    r.status = row.code<DeliveryStatus>("status");
    r.requestedOn = row.date("requested_on");
    r.protocol = row.text("protocol");
    r.providerKind = row.code<ProviderKind>("provider_kind");
    r.providerName = row.text("provider_name");
    r.startsOn = row.date("starts_on");
    r.endsOn = row.date("ends_on");
    r.monthlyMinutes = row.integer("monthly_minutes");
    r.costCents = row.cents("cost_cents");
    r.monthlyCents = row.cents("monthly_cents");
    r.comuneShareCents = row.cents("comune_share_cents");
    r.userShareCents = row.cents("user_share_cents");
    r.healthShareCents = row.cents("health_share_cents");
    r.meansTest = row.code<MeansTest>("means_test");
    r.budgetLineCode = row.text("budget_line_code");
    r.budgetYear = row.integer("budget_year");
    r.decidedOn = row.date("decided_on");
    r.decidedBy = row.text("decided_by");
    return r;
}

// --- payments ---

void paymentWhere(const ExportQuery &query, QStringList &clauses, QVariantList &values)
{
    clauses << QStringLiteral("m.kind = ? AND m.on_date >= ? AND m.on_date <= ?");
    values << code(MovementKind::Payment) << isoDate(query.from) << isoDate(query.to);
    if (query.budgetLineId) {
        clauses << QStringLiteral("m.line_id = ?");
        values << *query.budgetLineId;
    }
    appendFilters(query, clauses, values);
}

const QString kPaymentColumns = QStringLiteral(
    "SELECT m.id, m.on_date, m.period, m.amount_cents, m.reference, b.code AS budget_line_code, "
    "b.year AS budget_year, d.id AS delivery_id, s.name AS service_name, c.number AS case_number, "
    "c.municipality_code, p.surname, p.given_name, p.fiscal_code "
    "FROM budget_movements m JOIN budget_lines b ON b.id = m.line_id "
    "JOIN service_deliveries d ON d.id = m.delivery_id ");

PaymentExportRow readPayment(const Row &row)
{
    PaymentExportRow r;
    r.id = row.id("id");
    r.paidOn = row.date("on_date");
    r.period = row.text("period");
    r.amountCents = row.cents("amount_cents");
    r.reference = row.text("reference");
    r.budgetLineCode = row.text("budget_line_code");
    r.budgetYear = row.integer("budget_year");
    r.deliveryId = row.id("delivery_id");
    r.serviceName = row.text("service_name");
    r.caseNumber = row.text("case_number");
    r.municipalityCode = row.text("municipality_code");
    r.surname = row.text("surname");
    r.givenName = row.text("given_name");
    r.fiscalCode = row.text("fiscal_code");
    return r;
}

// --- SIUSS ---

// The candidates (domain::SiussQuery): approved, active or concluded, requested by `to`, not closed before
// `from`. A superset of what was delivered in the period: the domain keeps those.
void siussWhere(const SiussQuery &query, QStringList &clauses, QVariantList &values)
{
    clauses << QStringLiteral("d.status IN (?, ?, ?) AND d.requested_on <= ? AND "
                              "(d.closed_on IS NULL OR d.closed_on >= ?)");
    values << code(DeliveryStatus::Approved) << code(DeliveryStatus::Active)
           << code(DeliveryStatus::Concluded) << isoDate(query.to) << isoDate(query.from);
    appendVisibility(query.visibility, clauses, values);
}

// The DSU a benefit rests on: the one recorded with the request, else the person's newest DSU filed in the
// request's year by the request date (a DSU is valid until 31 December of its year).
const QString kSiussColumns = QStringLiteral(
    "SELECT p.id AS person_id, p.fiscal_code, p.surname, p.given_name, p.sex, p.birth_date, "
    "p.birth_place_code, p.citizenship, p.residence_municipality, "
    "c.number AS case_number, c.area AS case_area, c.status AS case_status, "
    "EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = ? AND e.to_value = ?) "
    "AS case_was_in_charge, "
    "s.name AS service_name, s.siuss_code, s.kind, s.area AS service_area, s.periodic, "
    "s.isee_threshold_cents, "
    "d.id AS delivery_id, d.status, d.protocol, d.means_test, d.requested_on, d.decided_on, d.starts_on, "
    "d.ends_on, d.closed_on, "
    "(SELECT min(m.on_date) FROM budget_movements m WHERE m.delivery_id = d.id AND m.kind = ?) "
    "AS first_paid_on, "
    "d.monthly_minutes, d.cost_cents, d.monthly_cents, d.comune_share_cents, d.user_share_cents, "
    "d.health_share_cents, i.dsu_protocol, i.filed_on AS dsu_filed_on "
    "FROM service_deliveries d ");

const QString kSiussIsee = QStringLiteral(
    "LEFT JOIN isee_declarations i ON i.id = COALESCE(d.isee_id, (SELECT i2.id FROM isee_declarations i2 "
    "WHERE i2.person_id = d.person_id AND i2.filed_on <= d.requested_on "
    "AND substr(i2.filed_on, 1, 4) = substr(d.requested_on, 1, 4) ORDER BY i2.filed_on DESC, i2.id DESC "
    "LIMIT 1)) ");

SiussCandidate readCandidate(const Row &row)
{
    SiussCandidate c;
    c.personId = row.id("person_id");
    c.fiscalCode = row.text("fiscal_code");
    c.surname = row.text("surname");
    c.givenName = row.text("given_name");
    c.sex = row.code<Sex>("sex");
    c.birthDate = row.date("birth_date");
    c.birthPlaceCode = row.text("birth_place_code");
    c.citizenship = row.text("citizenship");
    c.residenceMunicipalityCode = row.text("residence_municipality");
    c.caseNumber = row.text("case_number");
    c.caseArea = row.code<CaseArea>("case_area");
    c.caseStatus = row.code<CaseStatus>("case_status");
    c.caseWasInCharge = row.flag("case_was_in_charge");
    c.serviceName = row.text("service_name");
    c.siussCode = row.text("siuss_code");
    c.kind = row.code<ServiceKind>("kind");
    c.serviceArea = row.code<ServiceArea>("service_area");
    c.periodic = row.flag("periodic");
    c.iseeThresholdCents = row.optionalCents("isee_threshold_cents");
    c.deliveryId = row.id("delivery_id");
    c.status = row.code<DeliveryStatus>("status");
    c.protocol = row.text("protocol");
    c.meansTest = row.code<MeansTest>("means_test");
    c.requestedOn = row.date("requested_on");
    c.decidedOn = row.date("decided_on");
    c.startsOn = row.date("starts_on");
    c.endsOn = row.date("ends_on");
    c.closedOn = row.date("closed_on");
    c.firstPaidOn = row.date("first_paid_on");
    c.monthlyMinutes = row.integer("monthly_minutes");
    c.costCents = row.cents("cost_cents");
    c.monthlyCents = row.cents("monthly_cents");
    c.comuneShareCents = row.cents("comune_share_cents");
    c.userShareCents = row.cents("user_share_cents");
    c.healthShareCents = row.cents("health_share_cents");
    c.dsuProtocol = row.text("dsu_protocol");
    c.dsuFiledOn = row.date("dsu_filed_on");
    return c;
}

QString where(const QStringList &clauses)
{
    return clauses.isEmpty()
               ? QString()
               : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

} // namespace

Result<qint64> SqliteServiceExportRepository::count(const QString &sql, const QVariantList &values)
{
    sql::Query q(m_db);
    if (!run(q, sql, values) || !q.next())
        return queryError(q);
    return Row(q).number("total");
}

Result<qint64> SqliteServiceExportRepository::countDeliveries(const ExportQuery &query)
{
    QStringList clauses;
    QVariantList values;
    deliveryWhere(query, clauses, values);
    return count(QStringLiteral("SELECT count(*) AS total FROM service_deliveries d ") + kJoins +
                     where(clauses),
                 values);
}

template <typename Item>
Status SqliteServiceExportRepository::stream(const QString &sql, const QVariantList &values,
                                             Item (*read)(const Row &),
                                             const std::function<bool(const Item &)> &each)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return queryError(q);
    const Row row(q);
    while (q.next()) {
        if (!each(read(row)))
            break;
    }
    if (q.lastError().isValid())
        return queryError(q);
    return ok();
}

Status SqliteServiceExportRepository::eachDelivery(const ExportQuery &query,
                                                   const std::function<bool(const DeliveryExportRow &)> &each)
{
    QStringList clauses;
    QVariantList values;
    deliveryWhere(query, clauses, values);
    return stream(kDeliveryColumns + kJoins +
                      QStringLiteral("LEFT JOIN budget_lines b ON b.id = d.budget_line_id ") +
                      where(clauses) + QStringLiteral("ORDER BY d.id"),
                  values, &readDelivery, each);
}

Result<qint64> SqliteServiceExportRepository::countPayments(const ExportQuery &query)
{
    QStringList clauses;
    QVariantList values;
    paymentWhere(query, clauses, values);
    return count(QStringLiteral("SELECT count(*) AS total FROM budget_movements m "
                                "JOIN service_deliveries d ON d.id = m.delivery_id ") +
                     kJoins + where(clauses),
                 values);
}

Status SqliteServiceExportRepository::eachPayment(const ExportQuery &query,
                                                  const std::function<bool(const PaymentExportRow &)> &each)
{
    QStringList clauses;
    QVariantList values;
    paymentWhere(query, clauses, values);
    return stream(kPaymentColumns + kJoins + where(clauses) + QStringLiteral("ORDER BY m.on_date, m.id"),
                  values, &readPayment, each);
}

Result<qint64> SqliteServiceExportRepository::countSiussCandidates(const SiussQuery &query)
{
    QStringList clauses;
    QVariantList values;
    siussWhere(query, clauses, values);
    return count(QStringLiteral("SELECT count(*) AS total FROM service_deliveries d ") + kJoins +
                     where(clauses),
                 values);
}

Status
SqliteServiceExportRepository::eachSiussCandidate(const SiussQuery &query,
                                                  const std::function<bool(const SiussCandidate &)> &each)
{
    QVariantList values{code(CaseEvent::Kind::StatusChanged), code(CaseStatus::InCharge),
                        code(MovementKind::Payment)};
    QStringList clauses;
    siussWhere(query, clauses, values);
    return stream(kSiussColumns + kJoins + kSiussIsee + where(clauses) +
                      QStringLiteral("ORDER BY d.person_id, d.id"),
                  values, &readCandidate, each);
}

} // namespace cartella::repository
