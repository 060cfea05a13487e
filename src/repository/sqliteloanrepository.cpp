// SPDX-License-Identifier: EUPL-1.2
#include "repository/sqliteloanrepository.h"

#include "domain/kernel/vocabulary.h"
#include "repository/sqlerror.h"
#include "repository/sqlhelpers.h"
#include "repository/sqlquery.h"
#include "repository/sqlrow.h"

namespace cartella::repository {

using namespace cartella::domain;
using namespace cartella::repository::sql;

namespace {

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
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT d.id, d.case_id, d.person_id, s.kind, d.status, d.comune_share_cents, "
                 "d.requested_on, "
                 "d.decided_on, c.responsible_worker_id, c.number, p.surname || ' ' || p.given_name AS "
                 "person_name, s.name "
                 "FROM service_deliveries d JOIN service_catalogue s ON s.id = d.catalogue_id "
                 "JOIN cases c ON c.id = d.case_id JOIN persons p ON p.id = d.person_id WHERE d.id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<LoanDelivery>();
    const Row row(q);
    LoanDelivery d;
    d.deliveryId = row.id("id");
    d.caseId = row.id("case_id");
    d.personId = row.id("person_id");
    d.kind = row.code<ServiceKind>("kind");
    d.status = row.code<DeliveryStatus>("status");
    d.comuneShareCents = row.cents("comune_share_cents");
    d.requestedOn = row.date("requested_on");
    d.decidedOn = row.date("decided_on");
    d.responsibleWorkerId = row.id("responsible_worker_id");
    d.caseNumber = row.text("number");
    d.personName = row.text("person_name");
    d.serviceName = row.text("name");
    return std::optional<LoanDelivery>(d);
}

Result<std::optional<Loan>> SqliteLoanRepository::findLoan(qint64 deliveryId)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral("SELECT delivery_id, principal_cents, status, written_off_cents, written_off_on, "
                            "write_off_reason, coalesce(write_off_line_id, 0) AS write_off_line_id, "
                            "created_at, created_by, version "
                            "FROM loans WHERE delivery_id = ?"),
             {deliveryId}))
        return queryError(q);
    if (!q.next())
        return std::optional<Loan>();
    const Row row(q);
    Loan l;
    l.deliveryId = row.id("delivery_id");
    l.principalCents = row.cents("principal_cents");
    l.status = row.code<LoanStatus>("status");
    l.writtenOffCents = row.cents("written_off_cents");
    l.writtenOffOn = row.date("written_off_on");
    l.writeOffReason = row.text("write_off_reason");
    l.writeOffLineId = row.id("write_off_line_id");
    l.createdAt = row.instant("created_at");
    l.createdBy = row.text("created_by");
    l.version = row.integer("version");
    return std::optional<Loan>(l);
}

Status SqliteLoanRepository::insertLoan(qint64 deliveryId, qint64 principalCents,
                                        const QList<Instalment> &plan, const QString &userName)
{
    sql::Query q(m_db);
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
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT number, due_on, amount_cents FROM loan_instalments WHERE delivery_id = ? "
                            "ORDER BY number"),
             {deliveryId}))
        return queryError(q);
    QList<Instalment> out;
    const Row row(q);
    while (q.next())
        out.append({row.integer("number"), row.date("due_on"), row.cents("amount_cents")});
    return out;
}

Result<QList<LoanRepayment>> SqliteLoanRepository::repayments(qint64 deliveryId)
{
    sql::Query q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT id, paid_on, amount_cents, reference, at, by FROM loan_repayments "
                            "WHERE delivery_id = ? ORDER BY paid_on, id"),
             {deliveryId}))
        return queryError(q);
    QList<LoanRepayment> out;
    const Row row(q);
    while (q.next()) {
        out.append({row.id("id"), row.date("paid_on"), row.cents("amount_cents"), row.text("reference"),
                    row.instant("at"), row.text("by")});
    }
    return out;
}

Result<qint64> SqliteLoanRepository::insertRepayment(qint64 deliveryId, const LoanRepayment &r,
                                                     const QString &userName)
{
    sql::Query q(m_db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO loan_repayments (delivery_id, paid_on, amount_cents, reference, at, by) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {deliveryId, isoDate(r.paidOn), r.amountCents, text(r.reference), nowUtc(), userName}) ||
        !q.next())
        return queryError(q);
    return Row(q).id("id");
}

Status SqliteLoanRepository::markRepaid(qint64 deliveryId, int expectedVersion)
{
    sql::Query q(m_db);
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
    sql::Query q(m_db);
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
