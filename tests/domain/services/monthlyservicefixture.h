// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/testsupport.h"
#include "domain/access/access.h"
#include "domain/kernel/officeclock.h"
#include "domain/servicehub.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace cartella::test {

// A zone with one case and the people around it, and a periodic benefit (a PIS or a tirocinio) requested
// for its beneficiary and approved on a budget line, as DeliveryService makes them: what the PIS and
// tirocinio tests start from. The benefit started three months ago and runs for a year, 300,00 € a month.
class MonthlyServiceTest : public ::testing::Test
{
protected:
    TempDatabase db;
    domain::ServiceHub hub{db.storage().repositories()};
    domain::Actor system = domain::Actor::localSystem();
    qint64 anna = 0, marco = 0, edu = 0, otherEdu = 0, person = 0, caseId = 0, lineId = 0;
    domain::Actor annaUser, marcoUser, manager, clerk, educator, otherEducator;
    const QDate today = domain::officeToday();
    const QDate start = QDate(today.year(), today.month(), 1).addMonths(-3);

    static QString month(const QDate &d) { return d.toString(QStringLiteral("yyyy-MM")); }

    domain::Actor user(const QString &name, domain::Role role, qint64 worker)
    {
        domain::User u;
        u.username = name;
        u.fullName = name + QStringLiteral(" Test");
        u.role = role;
        u.workerId = worker;
        const domain::User made = hub.auth.createDemoUser(u, QStringLiteral("demo"), system).value();
        return hub.auth.actorFor(made);
    }

    void SetUp() override
    {
        using namespace domain;
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        edu = hub.cases.registerWorker({0, QStringLiteral("Elena Educatrice"), {}, true}, system).value().id;
        otherEdu = hub.cases.registerWorker({0, QStringLiteral("Ettore"), {}, true}, system).value().id;
        annaUser = user(QStringLiteral("anna"), Role::SocialWorker, anna);
        marcoUser = user(QStringLiteral("marco"), Role::SocialWorker, marco);
        manager = user(QStringLiteral("resp"), Role::ZoneManager, 0);
        clerk = user(QStringLiteral("clerk"), Role::Administrative, 0);
        educator = user(QStringLiteral("edu"), Role::Educator, edu);
        otherEducator = user(QStringLiteral("edu2"), Role::Educator, otherEdu);
        person = hub.persons.create(mario(), system).value().id;
        Case c;
        c.area = CaseArea::AdultHardship;
        c.municipalityCode = QStringLiteral("045001");
        c.responsibleWorkerId = anna;
        c.teamWorkerIds = {edu, otherEdu};
        c.members = {{person, MemberRole::PrincipalBeneficiary, {}}};
        caseId = hub.cases.open(c, system).value().id;
        IseeDeclaration isee;
        isee.personId = person;
        isee.valueCents = 500000;
        isee.dsuProtocol = QStringLiteral("INPS-ISEE-2026-0001");
        isee.filedOn = QDate(today.year(), 1, 1);
        ASSERT_TRUE(hub.isee.record(isee, system));
        BudgetLine line;
        line.year = today.year();
        line.code = QStringLiteral("10401");
        line.name = QStringLiteral("Inclusione sociale");
        lineId = hub.budget.createLine(line, 10000000, QDate(today.year(), 1, 1), system).value().id;
    }

    // A benefit of the catalogue's `code`, requested by Anna and approved by the zone manager.
    qint64 approved(const QString &code, qint64 monthlyCents = 30000)
    {
        using namespace domain;
        qint64 catalogueId = 0;
        for (const CatalogueEntry &e : hub.catalogue.entries(false, system).value()) {
            if (e.code == code)
                catalogueId = e.id;
        }
        EXPECT_GT(catalogueId, 0);
        DeliveryRequest r;
        r.caseId = caseId;
        r.personId = person;
        r.catalogueId = catalogueId;
        r.requestedOn = today;
        r.startsOn = start;
        r.endsOn = start.addYears(1).addDays(-1);
        r.monthlyCents = monthlyCents;
        r.costCents = monthlyCents * 12;
        r.comuneShareCents = r.costCents;
        const auto requested = hub.deliveries.request(r, annaUser);
        EXPECT_TRUE(requested) << requested.error().message.toStdString();
        if (!requested)
            return 0;
        const auto ok = hub.deliveries.approve(requested.value().id, requested.value().stamp.version, lineId,
                                               today, manager);
        EXPECT_TRUE(ok) << ok.error().message.toStdString();
        return requested.value().id;
    }

    qint64 paidOnLine() { return hub.budget.figures(lineId, system).value().paidCents; }

    // How many audit records of `action` there are.
    qint64 audited(const QString &action)
    {
        QSqlQuery q(db.storage().database().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
};

} // namespace cartella::test
