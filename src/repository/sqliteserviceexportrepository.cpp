#include "sqliteserviceexportrepository.h"

#include "domain/budget.h"
#include "domain/vocabulary.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceExportRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The services to export could not be read."), q.lastError().text());
}

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
    "SELECT d.id, c.number, c.municipality_code, c.area, s.area, s.name, s.siuss_code, s.kind, p.surname, "
    "p.given_name, p.fiscal_code, d.status, d.requested_on, d.protocol, d.provider_kind, d.provider_name, "
    "d.starts_on, d.ends_on, d.monthly_minutes, d.cost_cents, d.monthly_cents, d.comune_share_cents, "
    "d.user_share_cents, d.health_share_cents, d.means_test, b.code, b.year, d.decided_on, d.decided_by "
    "FROM service_deliveries d ");

DeliveryExportRow readDelivery(const QSqlQuery &q)
{
    DeliveryExportRow r;
    r.id = q.value(0).toLongLong();
    r.caseNumber = q.value(1).toString();
    r.municipalityCode = q.value(2).toString();
    r.caseArea = Vocabulary<CaseArea>::fromCode(q.value(3).toString());
    r.serviceArea = Vocabulary<ServiceArea>::fromCode(q.value(4).toString());
    r.serviceName = q.value(5).toString();
    r.siussCode = q.value(6).toString();
    r.kind = Vocabulary<ServiceKind>::fromCode(q.value(7).toString());
    r.surname = q.value(8).toString();
    r.givenName = q.value(9).toString();
    r.fiscalCode = q.value(10).toString();
    r.status = Vocabulary<DeliveryStatus>::fromCode(q.value(11).toString());
    r.requestedOn = date(q.value(12));
    r.protocol = q.value(13).toString();
    r.providerKind = Vocabulary<ProviderKind>::fromCode(q.value(14).toString());
    r.providerName = q.value(15).toString();
    r.startsOn = date(q.value(16));
    r.endsOn = date(q.value(17));
    r.monthlyMinutes = q.value(18).toInt();
    r.costCents = q.value(19).toLongLong();
    r.monthlyCents = q.value(20).toLongLong();
    r.comuneShareCents = q.value(21).toLongLong();
    r.userShareCents = q.value(22).toLongLong();
    r.healthShareCents = q.value(23).toLongLong();
    r.meansTest = Vocabulary<MeansTest>::fromCode(q.value(24).toString());
    r.budgetLineCode = q.value(25).toString();
    r.budgetYear = q.value(26).toInt();
    r.decidedOn = date(q.value(27));
    r.decidedBy = q.value(28).toString();
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
    "SELECT m.id, m.on_date, m.period, m.amount_cents, m.reference, b.code, b.year, d.id, s.name, c.number, "
    "c.municipality_code, p.surname, p.given_name, p.fiscal_code "
    "FROM budget_movements m JOIN budget_lines b ON b.id = m.line_id "
    "JOIN service_deliveries d ON d.id = m.delivery_id ");

PaymentExportRow readPayment(const QSqlQuery &q)
{
    PaymentExportRow r;
    r.id = q.value(0).toLongLong();
    r.paidOn = date(q.value(1));
    r.period = q.value(2).toString();
    r.amountCents = q.value(3).toLongLong();
    r.reference = q.value(4).toString();
    r.budgetLineCode = q.value(5).toString();
    r.budgetYear = q.value(6).toInt();
    r.deliveryId = q.value(7).toLongLong();
    r.serviceName = q.value(8).toString();
    r.caseNumber = q.value(9).toString();
    r.municipalityCode = q.value(10).toString();
    r.surname = q.value(11).toString();
    r.givenName = q.value(12).toString();
    r.fiscalCode = q.value(13).toString();
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
    "SELECT p.id, p.fiscal_code, p.surname, p.given_name, p.sex, p.birth_date, p.birth_place_code, "
    "p.citizenship, p.residence_municipality, "
    "c.number, c.area, c.status, "
    "EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = ? AND e.to_value = ?), "
    "s.name, s.siuss_code, s.kind, s.area, s.periodic, s.isee_threshold_cents, "
    "d.id, d.status, d.protocol, d.means_test, d.requested_on, d.decided_on, d.starts_on, d.ends_on, "
    "d.closed_on, "
    "(SELECT min(m.on_date) FROM budget_movements m WHERE m.delivery_id = d.id AND m.kind = ?), "
    "d.monthly_minutes, d.cost_cents, d.monthly_cents, d.comune_share_cents, d.user_share_cents, "
    "d.health_share_cents, i.dsu_protocol, i.filed_on "
    "FROM service_deliveries d ");

const QString kSiussIsee = QStringLiteral(
    "LEFT JOIN isee_declarations i ON i.id = COALESCE(d.isee_id, (SELECT i2.id FROM isee_declarations i2 "
    "WHERE i2.person_id = d.person_id AND i2.filed_on <= d.requested_on "
    "AND substr(i2.filed_on, 1, 4) = substr(d.requested_on, 1, 4) ORDER BY i2.filed_on DESC, i2.id DESC "
    "LIMIT 1)) ");

SiussCandidate readCandidate(const QSqlQuery &q)
{
    SiussCandidate c;
    c.personId = q.value(0).toLongLong();
    c.fiscalCode = q.value(1).toString();
    c.surname = q.value(2).toString();
    c.givenName = q.value(3).toString();
    c.sex = Vocabulary<Sex>::fromCode(q.value(4).toString());
    c.birthDate = date(q.value(5));
    c.birthPlaceCode = q.value(6).toString();
    c.citizenship = q.value(7).toString();
    c.residenceMunicipalityCode = q.value(8).toString();
    c.caseNumber = q.value(9).toString();
    c.caseArea = Vocabulary<CaseArea>::fromCode(q.value(10).toString());
    c.caseStatus = Vocabulary<CaseStatus>::fromCode(q.value(11).toString());
    c.caseWasInCharge = q.value(12).toBool();
    c.serviceName = q.value(13).toString();
    c.siussCode = q.value(14).toString();
    c.kind = Vocabulary<ServiceKind>::fromCode(q.value(15).toString());
    c.serviceArea = Vocabulary<ServiceArea>::fromCode(q.value(16).toString());
    c.periodic = q.value(17).toBool();
    if (!q.value(18).isNull())
        c.iseeThresholdCents = q.value(18).toLongLong();
    c.deliveryId = q.value(19).toLongLong();
    c.status = Vocabulary<DeliveryStatus>::fromCode(q.value(20).toString());
    c.protocol = q.value(21).toString();
    c.meansTest = Vocabulary<MeansTest>::fromCode(q.value(22).toString());
    c.requestedOn = date(q.value(23));
    c.decidedOn = date(q.value(24));
    c.startsOn = date(q.value(25));
    c.endsOn = date(q.value(26));
    c.closedOn = date(q.value(27));
    c.firstPaidOn = date(q.value(28));
    c.monthlyMinutes = q.value(29).toInt();
    c.costCents = q.value(30).toLongLong();
    c.monthlyCents = q.value(31).toLongLong();
    c.comuneShareCents = q.value(32).toLongLong();
    c.userShareCents = q.value(33).toLongLong();
    c.healthShareCents = q.value(34).toLongLong();
    c.dsuProtocol = q.value(35).toString();
    c.dsuFiledOn = date(q.value(36));
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
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<qint64> SqliteServiceExportRepository::countDeliveries(const ExportQuery &query)
{
    QStringList clauses;
    QVariantList values;
    deliveryWhere(query, clauses, values);
    return count(QStringLiteral("SELECT count(*) FROM service_deliveries d ") + kJoins + where(clauses),
                 values);
}

template <typename Row>
Status SqliteServiceExportRepository::stream(const QString &sql, const QVariantList &values,
                                             Row (*read)(const QSqlQuery &),
                                             const std::function<bool(const Row &)> &each)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return queryError(q);
    while (q.next()) {
        if (!each(read(q)))
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
    return count(QStringLiteral("SELECT count(*) FROM budget_movements m "
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
    return count(QStringLiteral("SELECT count(*) FROM service_deliveries d ") + kJoins + where(clauses),
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
