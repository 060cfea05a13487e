// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/testsupport.h"
#include "domain/kernel/fiscalcode.h"
#include "domain/servicehub.h"

#include <gtest/gtest.h>

namespace cartella::test {

// A small zone with services and aid in 2025, made through the real services, for the export tests
// (domain, CLI, GUI). The period of interest is the first half of 2025:
//   2025/0001 Rossi Mario, adult hardship, Aulla, taken in charge:
//     contributo straordinario 300,00 (one-off aid, paid 2025-03-10)            in the period
//     SAD 10 h a month, 1.200,00 of which 200,00 the user's (periodic, ISEE)    in the period
//     centro estivo (a service with no SIUSS code)                              in the period
//     pagamento bollette 80,00 (paid 2025-11-10)                                 after the period
//   2025/0002 Bianchi Lucia, no codice fiscale, disability, Bagnone, in reception:
//     buoni alimentari 150,00 (paid 2025-04-15)                                 in the period
//     sussidio temporaneo, rejected                                              in the period (CSV only)
//   2025/0003 Verdi Anna, family and minors, Aulla, riservato:
//     ADM 20 h a month (periodic)                                                in the period
// Users: anna (social worker), resp (zone manager), clerk (administrative officer), both with a codice
// fiscale; the office's SIUSS sender is set.
struct ExportDataset
{
    domain::Actor worker, manager, clerk;
    qint64 rossi = 0, bianchi = 0, verdi = 0;
    qint64 rossiCase = 0, bianchiCase = 0, verdiCase = 0;
    qint64 line = 0;
    qint64 aid = 0, sad = 0, summerCamp = 0, bills = 0, vouchers = 0, rejected = 0, adm = 0;
    QString managerFiscalCode, clerkFiscalCode;

    static QString withCheck(const QString &first15)
    {
        return first15 + domain::FiscalCode::checkCharacter(first15);
    }

    static qint64 entry(domain::ServiceHub &hub, const QString &code)
    {
        for (const domain::CatalogueEntry &e :
             hub.catalogue.entries(true, domain::Actor::localSystem()).value()) {
            if (e.code == code)
                return e.id;
        }
        ADD_FAILURE() << "no catalogue entry " << code.toStdString();
        return 0;
    }

    static domain::Actor user(domain::ServiceHub &hub, const QString &name, domain::Role role,
                              qint64 workerId, const QString &fiscalCode)
    {
        domain::User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.fiscalCode = fiscalCode;
        u.role = role;
        u.workerId = workerId;
        const auto made = hub.auth.createDemoUser(u, QStringLiteral("demo"), domain::Actor::localSystem());
        EXPECT_TRUE(made) << (made ? std::string() : made.error().message.toStdString());
        return made ? hub.auth.actorFor(made.value()) : domain::Actor{};
    }

    // Every step must succeed; a failure names the step.
    template <typename T> static T must(domain::Result<T> r, const char *what)
    {
        EXPECT_TRUE(r.ok()) << what << ": " << (r ? std::string() : r.error().message.toStdString());
        return r ? r.value() : T{};
    }

    void make(domain::ServiceHub &hub)
    {
        using namespace cartella::domain;
        const Actor system = Actor::localSystem();
        const qint64 anna =
            must(hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system), "worker").id;
        managerFiscalCode = withCheck(QStringLiteral("BNCGLI70A41E463"));
        clerkFiscalCode = withCheck(QStringLiteral("FRRPLA75M12A496"));
        worker = user(hub, QStringLiteral("anna"), Role::SocialWorker, anna, {});
        manager = user(hub, QStringLiteral("resp"), Role::ZoneManager, 0, managerFiscalCode);
        clerk = user(hub, QStringLiteral("clerk"), Role::Administrative, 0, clerkFiscalCode);

        rossi = must(hub.persons.create(mario(), system), "Rossi").id;
        Person lucia;
        lucia.surname = QStringLiteral("Bianchi");
        lucia.givenName = QStringLiteral("Lucia");
        lucia.sex = Sex::Female;
        lucia.birthDate = QDate(1990, 4, 2);
        lucia.birthPlaceCode = QStringLiteral("Z129"); // Romania
        lucia.citizenship = QStringLiteral("ROMANIA");
        lucia.residence = {QStringLiteral("045002"), QStringLiteral("Via Dante 3")};
        bianchi = must(hub.persons.create(lucia, system), "Bianchi").id;
        Person anna2;
        anna2.surname = QStringLiteral("Verdi");
        anna2.givenName = QStringLiteral("Anna");
        anna2.sex = Sex::Female;
        anna2.birthDate = QDate(2012, 9, 15);
        anna2.birthPlaceCode = QStringLiteral("A496"); // Aulla
        anna2.fiscalCode = withCheck(QStringLiteral("VRDNNA12P55A496"));
        anna2.citizenship = QStringLiteral("ITALIA");
        anna2.residence = {QStringLiteral("045001"), QStringLiteral("Via Nazionale 9")};
        verdi = must(hub.persons.create(anna2, system), "Verdi").id;

        const auto open = [&](qint64 person, CaseArea area, const QString &comune) {
            Case c;
            c.area = area;
            c.municipalityCode = comune;
            c.responsibleWorkerId = anna;
            c.openedOn = QDate(2025, 1, 10);
            c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
            return must(hub.cases.open(c, system), "case");
        };
        Case c1 = open(rossi, CaseArea::AdultHardship, QStringLiteral("045001"));
        rossiCase = c1.id;
        c1 = must(hub.cases.changeStatus(c1.id, c1.stamp.version, CaseStatus::Assessment, ClosureReason::None,
                                         {}, system),
                  "assessment");
        must(hub.cases.changeStatus(c1.id, c1.stamp.version, CaseStatus::InCharge, ClosureReason::None, {},
                                    system),
             "in charge");
        bianchiCase = open(bianchi, CaseArea::Disability, QStringLiteral("045002")).id;
        const Case c3 = open(verdi, CaseArea::FamilyAndMinors, QStringLiteral("045001"));
        verdiCase = c3.id;
        must(hub.cases.setRestricted(c3.id, c3.stamp.version, true, QStringLiteral("Tutela minori"), system),
             "riservato");

        BudgetLine l;
        l.year = 2025;
        l.code = QStringLiteral("1404");
        l.name = QStringLiteral("Contributi economici");
        line = must(hub.budget.createLine(l, 500000, QDate(2025, 1, 2), manager), "line").id;

        IseeDeclaration isee;
        isee.personId = rossi;
        isee.valueCents = 650000;
        isee.dsuProtocol = QStringLiteral("INPS-ISEE-2025-00001234A-00");
        isee.filedOn = QDate(2025, 1, 15);
        must(hub.isee.record(isee, clerk), "Rossi's ISEE");
        isee.personId = bianchi;
        isee.valueCents = 420000;
        isee.dsuProtocol = QStringLiteral("INPS-ISEE-2025-00005678B-00");
        isee.filedOn = QDate(2025, 1, 20);
        must(hub.isee.record(isee, clerk), "Bianchi's ISEE");

        const auto request = [&](qint64 caseId, qint64 person, const QString &code, QDate on, qint64 cents,
                                 const QString &protocol) {
            DeliveryRequest r;
            r.caseId = caseId;
            r.personId = person;
            r.catalogueId = entry(hub, code);
            r.requestedOn = on;
            r.protocol = protocol;
            r.costCents = cents;
            r.comuneShareCents = cents;
            return r;
        };
        const auto approve = [&](const ServiceDelivery &d, QDate on, std::optional<qint64> budgetLine) {
            return must(hub.deliveries.approve(d.id, d.stamp.version, budgetLine, on, manager), "approve");
        };

        // Rossi: a one-off aid paid in March (concluded).
        DeliveryRequest r = request(rossiCase, rossi, QStringLiteral("contributo_straordinario"),
                                    QDate(2025, 3, 3), 30000, QStringLiteral("PG 101/2025"));
        r.budgetLineId = line;
        ServiceDelivery d = must(hub.deliveries.request(r, worker), "aid");
        aid = d.id;
        d = approve(d, QDate(2025, 3, 5), {});
        must(hub.deliveries.pay(aid, 30000, QDate(2025, 3, 10), {}, QStringLiteral("M 12/2025"), clerk),
             "pay aid");

        // Rossi: SAD, periodic, from February to December, a user's share.
        r = request(rossiCase, rossi, QStringLiteral("sad"), QDate(2025, 2, 1), 120000,
                    QStringLiteral("PG 88/2025"));
        r.comuneShareCents = 100000;
        r.userShareCents = 20000;
        r.monthlyCents = 10909;
        r.monthlyMinutes = 600;
        r.startsOn = QDate(2025, 2, 1);
        r.endsOn = QDate(2025, 12, 31);
        r.providerKind = ProviderKind::Cooperative;
        r.providerName = QStringLiteral("Coop. Il Ponte");
        d = must(hub.deliveries.request(r, worker), "SAD");
        sad = d.id;
        d = approve(d, QDate(2025, 2, 3), {});
        must(hub.deliveries.start(sad, d.stamp.version, QDate(2025, 2, 1), worker), "start SAD");

        // Rossi: summer camp, a service whose catalogue entry has no SIUSS code.
        r = request(rossiCase, rossi, QStringLiteral("centro_estivo"), QDate(2025, 6, 2), 0,
                    QStringLiteral("PG 230/2025"));
        r.startsOn = QDate(2025, 6, 16);
        r.endsOn = QDate(2025, 6, 27);
        d = must(hub.deliveries.request(r, worker), "summer camp");
        summerCamp = d.id;
        approve(d, QDate(2025, 6, 5), {});

        // Rossi: bills paid in November, after the period.
        r = request(rossiCase, rossi, QStringLiteral("pagamento_bollette"), QDate(2025, 11, 3), 8000,
                    QStringLiteral("PG 901/2025"));
        r.budgetLineId = line;
        d = must(hub.deliveries.request(r, worker), "bills");
        bills = d.id;
        approve(d, QDate(2025, 11, 5), {});
        must(hub.deliveries.pay(bills, 8000, QDate(2025, 11, 10), {}, QStringLiteral("M 77/2025"), clerk),
             "pay bills");

        // Bianchi: food vouchers paid in April; a subsidy rejected in May.
        r = request(bianchiCase, bianchi, QStringLiteral("buoni_alimentari"), QDate(2025, 4, 1), 15000,
                    QStringLiteral("PG 150/2025"));
        r.budgetLineId = line;
        d = must(hub.deliveries.request(r, worker), "vouchers");
        vouchers = d.id;
        approve(d, QDate(2025, 4, 2), {});
        must(hub.deliveries.pay(vouchers, 15000, QDate(2025, 4, 15), {}, QStringLiteral("M 40/2025"), clerk),
             "pay vouchers");
        r = request(bianchiCase, bianchi, QStringLiteral("sussidio_temporaneo"), QDate(2025, 5, 2), 60000,
                    QStringLiteral("PG 180/2025"));
        r.budgetLineId = line;
        r.monthlyCents = 20000;
        r.startsOn = QDate(2025, 6, 1);
        r.endsOn = QDate(2025, 8, 31);
        d = must(hub.deliveries.request(r, worker), "subsidy");
        rejected = d.id;
        must(hub.deliveries.reject(d.id, d.stamp.version, QStringLiteral("Requisiti non presenti"),
                                   QDate(2025, 5, 6), manager),
             "reject");

        // Verdi (riservato): ADM from March.
        r = request(verdiCase, verdi, QStringLiteral("adm"), QDate(2025, 3, 1), 0,
                    QStringLiteral("PG 99/2025"));
        r.monthlyMinutes = 1200;
        r.startsOn = QDate(2025, 3, 1);
        d = must(hub.deliveries.request(r, worker), "ADM");
        adm = d.id;
        approve(d, QDate(2025, 3, 4), {});

        EXPECT_TRUE(hub.exports.setSetting(QStringLiteral("siuss_ente_code"), QStringLiteral("ATS-LUNIGIANA"),
                                           manager));
        EXPECT_TRUE(hub.exports.setSetting(QStringLiteral("siuss_ente_name"),
                                           QStringLiteral("Società della Salute della Lunigiana"), manager));
        EXPECT_TRUE(
            hub.exports.setSetting(QStringLiteral("siuss_ente_belfiore"), QStringLiteral("a496"), manager));
    }
};

} // namespace cartella::test
