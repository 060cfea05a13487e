// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/serviceexportservice.h"

#include "domain/access/access.h"
#include "domain/casework/casescope.h"
#include "domain/kernel/citizenshipcodes.h"
#include "domain/kernel/money.h"
#include "domain/kernel/officeclock.h"
#include "domain/kernel/placeregistry.h"
#include "domain/kernel/vocabulary.h"
#include "domain/services/siussmapping.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cartella::domain {

namespace {

const QString kEnteCode = QStringLiteral("siuss_ente_code");
const QString kEnteName = QStringLiteral("siuss_ente_name");
const QString kEnteBelfiore = QStringLiteral("siuss_ente_belfiore");
// "yyyyMMdd N": the day and progressive of the last SIUSS flow, so that each flow of a day has its own name.
const QString kLastFlow = QStringLiteral("siuss_last_flow");

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Minutes as decimal hours with two decimals and a decimal comma, for spreadsheets: 90 -> "1,50".
QString hours(int minutes)
{
    const int hundredths = siussHoursHundredths(minutes);
    return QStringLiteral("%1,%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString municipalityName(const QString &istatCode)
{
    if (istatCode.isEmpty())
        return {};
    const auto m = PlaceRegistry::builtin().municipality(istatCode);
    return m ? m->name : QString();
}

QString areaLabel(int area)
{
    switch (area) {
    case 1:
        return Vocabulary<ServiceArea>::label(ServiceArea::FamilyMinors);
    case 2:
        return Vocabulary<ServiceArea>::label(ServiceArea::Disability);
    case 3:
        return Vocabulary<ServiceArea>::label(ServiceArea::Poverty);
    default:
        return {};
    }
}

QStringList deliveryFields(const DeliveryExportRow &r)
{
    const int area = siussArea(r.serviceArea, r.caseArea);
    return {QString::number(r.id),
            r.caseNumber,
            r.municipalityCode,
            municipalityName(r.municipalityCode),
            QString::number(area),
            areaLabel(area),
            r.serviceName,
            r.siussCode,
            Vocabulary<ServiceKind>::label(r.kind),
            r.surname,
            r.givenName,
            r.fiscalCode,
            Vocabulary<DeliveryStatus>::label(r.status),
            isoDate(r.requestedOn),
            r.protocol,
            Vocabulary<ProviderKind>::label(r.providerKind),
            r.providerName,
            isoDate(r.startsOn),
            isoDate(r.endsOn),
            r.monthlyMinutes > 0 ? hours(r.monthlyMinutes) : QString(),
            plainEuro(r.costCents),
            plainEuro(r.monthlyCents),
            plainEuro(r.comuneShareCents),
            plainEuro(r.userShareCents),
            plainEuro(r.healthShareCents),
            Vocabulary<MeansTest>::label(r.meansTest),
            r.budgetLineCode,
            r.budgetYear > 0 ? QString::number(r.budgetYear) : QString(),
            isoDate(r.decidedOn),
            r.decidedBy};
}

QStringList paymentFields(const PaymentExportRow &r)
{
    return {isoDate(r.paidOn),
            r.period,
            plainEuro(r.amountCents),
            r.reference,
            r.budgetLineCode,
            r.budgetYear > 0 ? QString::number(r.budgetYear) : QString(),
            r.serviceName,
            QString::number(r.deliveryId),
            r.caseNumber,
            r.municipalityCode,
            municipalityName(r.municipalityCode),
            r.surname,
            r.givenName,
            r.fiscalCode};
}

Error cancelled()
{
    return Error{
        ErrorCode::Usage, ServiceExportService::tr("The export was cancelled: no file was written."), {}, {}};
}

Error writeFailed()
{
    return Error{ErrorCode::Storage,
                 ServiceExportService::tr("The file could not be written (is the disk full?): no file was "
                                          "written."),
                 {},
                 {}};
}

bool goOn(const ExportProgress &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, std::max(total, done));
}

} // namespace

QString SiussExport::caseOf(const SiussProblem &problem) const
{
    if (problem.deliveryId != 0)
        return caseNumbers.value(problem.deliveryId);
    return personCaseNumbers.value(problem.personId).join(QStringLiteral(", "));
}

QList<QStringList> SiussExport::problemRecords() const
{
    QList<QStringList> out{{ServiceExportService::tr("Person"), ServiceExportService::tr("Case"),
                            ServiceExportService::tr("Service"), ServiceExportService::tr("Field"),
                            ServiceExportService::tr("Problem")}};
    for (const SiussProblem &p : file.problems)
        out.append({p.personId ? QString::number(p.personId) : QString(), caseOf(p),
                    p.deliveryId ? QString::number(p.deliveryId) : QString(), p.field, p.message});
    return out;
}

ServiceExportService::ServiceExportService(ServiceExportRepository &exports, ServiceRepository &services,
                                           UserRepository &users, TransactionProvider &transactions,
                                           Auditor &audit)
    : m_exports(exports), m_services(services), m_users(users), m_transactions(transactions), m_audit(audit)
{}

QStringList ServiceExportService::deliveryColumns()
{
    return {tr("Id"),
            tr("Case"),
            tr("Comune ISTAT"),
            tr("Comune"),
            tr("SIUSS area"),
            tr("Area"),
            tr("Service"),
            tr("SIUSS code"),
            tr("Kind"),
            tr("Surname"),
            tr("Name"),
            tr("Fiscal code"),
            tr("Status"),
            tr("Requested on"),
            tr("Protocol"),
            tr("Provider"),
            tr("Provider name"),
            tr("Start"),
            tr("End"),
            tr("Hours per month"),
            tr("Cost"),
            tr("Monthly amount"),
            tr("Comune share"),
            tr("User share"),
            tr("Health service share"),
            tr("Means test"),
            tr("Budget line"),
            tr("Budget year"),
            tr("Decided on"),
            tr("Decided by")};
}

QStringList ServiceExportService::paymentColumns()
{
    return {tr("Payment date"), tr("Month"),   tr("Amount"),     tr("Reference"),  tr("Budget line"),
            tr("Budget year"),  tr("Service"), tr("Service id"), tr("Case"),       tr("Comune ISTAT"),
            tr("Comune"),       tr("Surname"), tr("Name"),       tr("Fiscal code")};
}

Status ServiceExportService::validPeriod(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return invalid(QStringLiteral("period"), tr("Give the first and the last day of the period."));
    if (to < from)
        return invalid(QStringLiteral("period"), tr("The period ends before it starts."));
    return ok();
}

Result<ExportQuery> ServiceExportService::query(const ExportFilter &filter, const Actor &actor) const
{
    if (Status valid = validPeriod(filter.from, filter.to); !valid)
        return valid.error();
    if (filter.area < 0 || filter.area > 3)
        return invalid(QStringLiteral("area"),
                       tr("The area is 1 (families and minors), 2 (disability and dependency) or 3 (poverty "
                          "and social exclusion)."));
    const QString comune = filter.municipalityCode.trimmed();
    if (!comune.isEmpty() && !PlaceRegistry::builtin().municipality(comune))
        return invalid(QStringLiteral("comune"), tr("\"%1\" is not the ISTAT code of a Comune.").arg(comune));
    ExportQuery q;
    q.from = filter.from;
    q.to = filter.to;
    q.budgetLineId = filter.budgetLineId;
    if (filter.area != 0) {
        q.anyArea = false;
        q.serviceArea = serviceAreaWithSiussArea(filter.area);
        q.caseAreas = caseAreasWithSiussArea(filter.area);
    }
    q.municipalityCode = comune;
    q.visibility = CaseScope::of(actor).visibility();
    return q;
}

QJsonObject ServiceExportService::filterDetails(const QString &kind, const ExportFilter &filter)
{
    QJsonObject details{{QStringLiteral("kind"), kind},
                        {QStringLiteral("from"), isoDate(filter.from)},
                        {QStringLiteral("to"), isoDate(filter.to)}};
    if (filter.budgetLineId)
        details.insert(QStringLiteral("budget_line"), *filter.budgetLineId);
    if (filter.area != 0)
        details.insert(QStringLiteral("area"), filter.area);
    if (!filter.municipalityCode.trimmed().isEmpty())
        details.insert(QStringLiteral("comune"), filter.municipalityCode.trimmed());
    return details;
}

Result<ExportSummary> ServiceExportService::deliveries(const ExportFilter &filter, const RecordSink &sink,
                                                       const ExportProgress &progress, const Actor &actor)
{
    return exportTable(
        QStringLiteral("deliveries_csv"), deliveryColumns(), filter, sink, progress, actor,
        [this](const ExportQuery &q) { return m_exports.countDeliveries(q); },
        [this](const ExportQuery &q, const RecordSink &each) {
            return m_exports.eachDelivery(
                q, [&](const DeliveryExportRow &row) { return each(deliveryFields(row)); });
        });
}

Result<ExportSummary> ServiceExportService::payments(const ExportFilter &filter, const RecordSink &sink,
                                                     const ExportProgress &progress, const Actor &actor)
{
    return exportTable(
        QStringLiteral("payments_csv"), paymentColumns(), filter, sink, progress, actor,
        [this](const ExportQuery &q) { return m_exports.countPayments(q); },
        [this](const ExportQuery &q, const RecordSink &each) {
            return m_exports.eachPayment(
                q, [&](const PaymentExportRow &row) { return each(paymentFields(row)); });
        });
}

Result<ExportSummary> ServiceExportService::exportTable(const QString &kind, const QStringList &columns,
                                                        const ExportFilter &filter, const RecordSink &sink,
                                                        const ExportProgress &progress, const Actor &actor,
                                                        const TableCount &count, const TableRows &rows)
{
    if (Status allowed = require(actor, Operation::ExportServices); !allowed)
        return allowed.error();
    const auto q = query(filter, actor);
    if (!q)
        return q.error();
    const auto total = count(q.value());
    if (!total)
        return total.error();
    if (!goOn(progress, 0, total.value()))
        return cancelled();
    if (!sink(columns))
        return writeFailed();
    ExportSummary summary;
    bool failed = false, stopped = false;
    const Status read = rows(q.value(), [&](const QStringList &fields) {
        if (!sink(fields)) {
            failed = true;
            return false;
        }
        ++summary.rows;
        if (summary.rows % kProgressEvery == 0 && !goOn(progress, summary.rows, total.value())) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read.error();
    if (failed)
        return writeFailed();
    if (stopped || !goOn(progress, summary.rows, total.value()))
        return cancelled();
    QJsonObject details = filterDetails(kind, filter);
    details.insert(QStringLiteral("rows"), summary.rows);
    if (Status s = m_audit.recordAlone(actor, QStringLiteral("services_exported"), QStringLiteral("services"),
                                       0, details);
        !s)
        return s.error();
    return summary;
}

Result<SiussSender> ServiceExportService::readSender()
{
    SiussSender sender;
    for (auto [key, field] : {std::pair{kEnteCode, &sender.code}, std::pair{kEnteName, &sender.name},
                              std::pair{kEnteBelfiore, &sender.seatBelfiore}}) {
        const auto value = m_services.setting(key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    return sender;
}

Result<int> ServiceExportService::nextFlowProgressive(QDate day)
{
    const auto last = m_services.setting(kLastFlow);
    if (!last)
        return last.error();
    const QStringList parts = last.value().split(QLatin1Char(' '));
    const QString today = day.toString(QStringLiteral("yyyyMMdd"));
    if (parts.size() == 2 && parts.first() == today)
        return parts.last().toInt() + 1;
    return 1;
}

Result<SiussExport> ServiceExportService::siuss(QDate from, QDate to, const SiussWriter &writer,
                                                const ExportProgress &progress, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ExportServices); !allowed)
        return allowed.error();
    if (Status valid = validPeriod(from, to); !valid)
        return valid.error();
    const auto sender = readSender();
    if (!sender)
        return sender.error();
    QStringList missing;
    if (sender.value().code.isEmpty())
        missing << kEnteCode;
    if (sender.value().seatBelfiore.isEmpty())
        missing << kEnteBelfiore;
    if (!missing.isEmpty())
        return invalid(
            QStringLiteral("siussSender"),
            tr("The office's SIUSS sender is not set (missing: %1). The zone manager or the system "
               "administrator sets it with: cartella-admin --user NAME settings set KEY VALUE.")
                .arg(missing.join(QStringLiteral(", "))));
    const auto user = actor.userId != 0 ? m_users.findUser(actor.userId)
                                        : Result<std::optional<User>>(std::optional<User>());
    if (!user)
        return user.error();
    const QString operatorCode = user.value() ? user.value()->fiscalCode.trimmed() : QString();
    if (operatorCode.isEmpty())
        return invalid(
            QStringLiteral("operator"),
            tr("SIUSS names the operator who sends the file by their codice fiscale, and your user "
               "has none: the system administrator adds it to your user."));

    const SiussQuery q{from, to, CaseScope::of(actor).visibility()};
    const auto total = m_exports.countSiussCandidates(q);
    if (!total)
        return total.error();
    if (!goOn(progress, 0, total.value()))
        return cancelled();
    SiussExport out;
    QList<SiussBeneficiary> beneficiaries;
    qint64 read = 0;
    bool stopped = false;
    const Status streamed = m_exports.eachSiussCandidate(q, [&](const SiussCandidate &c) {
        ++read;
        if (deliveredIn(c, from, to)) {
            if (beneficiaries.isEmpty() || beneficiaries.last().personId != c.personId)
                beneficiaries.append(beneficiaryOf(c));
            beneficiaries.last().benefits.append(benefitOf(c));
            out.caseNumbers.insert(c.deliveryId, c.caseNumber);
            QStringList &cases = out.personCaseNumbers[c.personId];
            if (!cases.contains(c.caseNumber))
                cases.append(c.caseNumber);
            ++out.benefits;
        }
        if (read % kProgressEvery == 0 && !goOn(progress, read, total.value())) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!streamed)
        return streamed.error();
    if (stopped || !goOn(progress, read, total.value()))
        return cancelled();
    out.beneficiaries = int(beneficiaries.size());

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const QDate today = officeToday();
    const auto progressive = nextFlowProgressive(today);
    if (!progressive)
        return progressive.error();
    const SiussEnte ente{sender.value().code, sender.value().name, sender.value().seatBelfiore, operatorCode};
    out.flowName = siussFlowName(ente.code, today, progressive.value());
    out.file = writer(ente, beneficiaries, out.flowName);
    if (Status s = m_services.setSetting(
            kLastFlow,
            QStringLiteral("%1 %2").arg(today.toString(QStringLiteral("yyyyMMdd"))).arg(progressive.value()),
            actor.userName);
        !s)
        return s.error();
    // Counts only: the problems' messages may quote codici fiscali.
    QJsonObject details = filterDetails(QStringLiteral("siuss_xml"), ExportFilter{from, to, {}, 0, {}});
    details.insert(QStringLiteral("flow"), progressive.value());
    details.insert(QStringLiteral("beneficiaries"), out.beneficiaries);
    details.insert(QStringLiteral("benefits"), out.benefits);
    details.insert(QStringLiteral("beneficiaries_written"), out.file.beneficiariesWritten);
    details.insert(QStringLiteral("benefits_written"), out.file.benefitsWritten);
    details.insert(QStringLiteral("problems"), int(out.file.problems.size()));
    if (Status s = m_audit.record(actor, QStringLiteral("services_exported"), QStringLiteral("services"), 0,
                                  details);
        !s)
        return s.error();
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return out;
}

QStringList ServiceExportService::settingKeys()
{
    return {kEnteCode, kEnteName, kEnteBelfiore};
}

Result<QList<std::pair<QString, QString>>> ServiceExportService::settings(const Actor &actor)
{
    if (!permits(actor, Operation::ExportServices)) {
        if (Status allowed = require(actor, Operation::ManageCatalogue); !allowed)
            return allowed.error();
    }
    QList<std::pair<QString, QString>> out;
    for (const QString &key : settingKeys()) {
        const auto value = m_services.setting(key);
        if (!value)
            return value.error();
        out.append({key, value.value()});
    }
    return out;
}

Result<SiussSender> ServiceExportService::siussSender(const Actor &actor)
{
    if (const auto all = settings(actor); !all)
        return all.error();
    return readSender();
}

Status ServiceExportService::setSetting(const QString &key, const QString &rawValue, const Actor &actor)
{
    if (Status allowed = require(actor, Operation::ManageCatalogue); !allowed)
        return Error{ErrorCode::Forbidden,
                     tr("Only the zone manager or the system administrator sets the office's settings."),
                     {},
                     {}};
    QString value = rawValue.simplified();
    if (key == kEnteCode) {
        if (value.isEmpty() || value.size() > 32 || value.contains(QLatin1Char(' ')))
            return invalid(key, tr("The SIUSS sender code has 1 to 32 characters, without spaces."));
    } else if (key == kEnteName) {
        if (value.size() > 100)
            return invalid(key, tr("The SIUSS sender name has at most 100 characters."));
    } else if (key == kEnteBelfiore) {
        value = value.toUpper();
        static const QRegularExpression belfiore(QStringLiteral("^[A-Z][0-9]{3}$"));
        const auto place = PlaceRegistry::builtin().birthPlace(value);
        if (!belfiore.match(value).hasMatch() || !place || place->foreign || !place->active)
            return invalid(
                key,
                tr("\"%1\" is not the Belfiore code of a current Comune (e.g. H501 for Roma).").arg(value));
    } else {
        return invalid(QStringLiteral("key"), tr("There is no setting \"%1\"; the settings are: %2.")
                                                  .arg(key, settingKeys().join(QStringLiteral(", "))));
    }
    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    const auto before = m_services.setting(key);
    if (!before)
        return before.error();
    if (Status s = m_services.setSetting(key, value, actor.userName); !s)
        return s;
    // The sender is the office's, not a person's: its values may be in the trail.
    if (Status s = m_audit.record(
            actor, QStringLiteral("office_setting_changed"), QStringLiteral("office_setting"), 0,
            {{QStringLiteral("key"), key}, {QStringLiteral("value"), change(before.value(), value)}});
        !s)
        return s;
    return tx.value()->commit();
}

} // namespace cartella::domain
