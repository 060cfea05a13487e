#include "sqliteloanrepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(LoanRepository)
};

Error queryError(const QSqlQuery &q)
{
    return Database::storageError(Tr::tr("The loan records could not be read or written."),
                                  q.lastError().text());
}

Error conflict(qint64 deliveryId)
{
    return Error{ErrorCode::Conflict,
                 Tr::tr("Someone else changed this loan in the meantime. Reload it and try again."),
                 {},
                 {deliveryId}};
}

} // namespace

Result<std::optional<LoanDelivery>> SqliteLoanRepository::findDelivery(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT d.id, d.case_id, d.person_id, s.kind, d.status, d.comune_share_cents, "
                 "d.requested_on, "
                 "d.decided_on, c.responsible_worker_id, c.number, p.surname || ' ' || p.given_name, s.name "
                 "FROM service_deliveries d JOIN service_catalogue s ON s.id = d.catalogue_id "
                 "JOIN cases c ON c.id = d.case_id JOIN persons p ON p.id = d.person_id WHERE d.id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<LoanDelivery>();
    LoanDelivery d;
    d.deliveryId = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.personId = q.value(2).toLongLong();
    d.kind = Vocabulary<ServiceKind>::fromCode(q.value(3).toString());
    d.status = Vocabulary<DeliveryStatus>::fromCode(q.value(4).toString());
    d.comuneShareCents = q.value(5).toLongLong();
    d.requestedOn = date(q.value(6));
    d.decidedOn = date(q.value(7));
    d.responsibleWorkerId = q.value(8).toLongLong();
    d.caseNumber = q.value(9).toString();
    d.personName = q.value(10).toString();
    d.serviceName = q.value(11).toString();
    return std::optional<LoanDelivery>(d);
}

Result<std::optional<Loan>> SqliteLoanRepository::findLoan(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT delivery_id, principal_cents, status, written_off_cents, written_off_on, "
                 "write_off_reason, coalesce(write_off_line_id, 0), created_at, created_by, version "
                 "FROM loans WHERE delivery_id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<Loan>();
    Loan l;
    l.deliveryId = q.value(0).toLongLong();
    l.principalCents = q.value(1).toLongLong();
    l.status = Vocabulary<LoanStatus>::fromCode(q.value(2).toString());
    l.writtenOffCents = q.value(3).toLongLong();
    l.writtenOffOn = date(q.value(4));
    l.writeOffReason = q.value(5).toString();
    l.writeOffLineId = q.value(6).toLongLong();
    l.createdAt = instant(q.value(7));
    l.createdBy = q.value(8).toString();
    l.version = q.value(9).toInt();
    return std::optional<Loan>(l);
}

Status SqliteLoanRepository::insertLoan(qint64 deliveryId, qint64 principalCents,
                                        const QList<Instalment> &plan, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("INSERT INTO loans (delivery_id, principal_cents, created_at, created_by) VALUES "
                            "(?, ?, ?, ?)"),
             {deliveryId, principalCents, nowUtc(), userName}))
        return queryError(q);
    q.prepare(QStringLiteral(
        "INSERT INTO loan_instalments (delivery_id, number, due_on, amount_cents) VALUES (?, ?, ?, ?)"));
    for (const Instalment &i : plan) {
        q.addBindValue(deliveryId);
        q.addBindValue(i.number);
        q.addBindValue(isoDate(i.dueOn));
        q.addBindValue(i.amountCents);
        if (!q.exec())
            return queryError(q);
    }
    return ok();
}

Result<QList<Instalment>> SqliteLoanRepository::instalments(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT number, due_on, amount_cents FROM loan_instalments WHERE delivery_id = ? "
                            "ORDER BY number"),
             {deliveryId}))
        return queryError(q);
    QList<Instalment> out;
    while (q.next())
        out.append({q.value(0).toInt(), date(q.value(1)), q.value(2).toLongLong()});
    return out;
}

Result<QList<LoanRepayment>> SqliteLoanRepository::repayments(qint64 deliveryId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT id, paid_on, amount_cents, reference, at, by FROM loan_repayments "
                            "WHERE delivery_id = ? ORDER BY paid_on, id"),
             {deliveryId}))
        return queryError(q);
    QList<LoanRepayment> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), date(q.value(1)), q.value(2).toLongLong(), q.value(3).toString(),
                    instant(q.value(4)), q.value(5).toString()});
    }
    return out;
}

Result<qint64> SqliteLoanRepository::insertRepayment(qint64 deliveryId, const LoanRepayment &r,
                                                     const QString &userName)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO loan_repayments (delivery_id, paid_on, amount_cents, reference, at, by) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {deliveryId, isoDate(r.paidOn), r.amountCents, text(r.reference), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status SqliteLoanRepository::markRepaid(qint64 deliveryId, int expectedVersion)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("UPDATE loans SET status = 'repaid', version = version + 1 "
                            "WHERE delivery_id = ? AND version = ? AND status = 'open'"),
             {deliveryId, expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(deliveryId));
}

Status SqliteLoanRepository::markWrittenOff(qint64 deliveryId, int expectedVersion, qint64 amountCents,
                                            QDate on, const QString &reason, qint64 lineId)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "UPDATE loans SET status = 'written_off', written_off_cents = ?, written_off_on = ?, "
                 "write_off_reason = ?, write_off_line_id = ?, version = version + 1 "
                 "WHERE delivery_id = ? AND version = ? AND status = 'open'"),
             {amountCents, isoDate(on), text(reason), lineId, deliveryId, expectedVersion}))
        return queryError(q);
    return q.numRowsAffected() == 1 ? ok() : Status(conflict(deliveryId));
}

} // namespace cartella::repository
