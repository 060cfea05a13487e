// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/testsupport.h"
#include "domain/servicehub.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace cartella::test {

// A zone with two social workers, a user of every role and a person, for the Pronto Intervento Sociale tests.
// Instants are fixed in March and April 2025, in the past whatever the day the tests run.
class ProntoInterventoTest : public ::testing::Test
{
protected:
    TempDatabase db;
    domain::ServiceHub hub{db.storage().repositories()};
    domain::ProntoInterventoService &pis = hub.prontoIntervento;
    domain::Actor system = domain::Actor::localSystem();
    qint64 anna = 0, marco = 0, person = 0;
    domain::Actor worker, manager, clerk, educator, admin;
    const QString aulla = QStringLiteral("045001"), bagnone = QStringLiteral("045002");

    // An instant of 2025 in UTC: t(3, 1, 8) is 1 March 2025 08:00Z.
    static QDateTime t(int month, int day, int hour, int minute = 0, int second = 0)
    {
        return QDateTime(QDate(2025, month, day), QTime(hour, minute, second), Qt::UTC);
    }

    void SetUp() override
    {
        using namespace domain;
        anna = hub.cases.registerWorker({0, QStringLiteral("Anna"), {}, true}, system).value().id;
        marco = hub.cases.registerWorker({0, QStringLiteral("Marco"), {}, true}, system).value().id;
        worker = userActor(hub, QStringLiteral("anna"), Role::SocialWorker, anna);
        manager = userActor(hub, QStringLiteral("resp"), Role::ZoneManager);
        clerk = userActor(hub, QStringLiteral("clerk"), Role::Administrative);
        educator = userActor(hub, QStringLiteral("edu"), Role::Educator);
        admin = userActor(hub, QStringLiteral("admin"), Role::SystemAdmin);
        person = hub.persons.create(mario(), system).value().id;
    }

    domain::OnCallShift shift(qint64 workerId, const QDateTime &from, const QDateTime &to)
    {
        domain::OnCallShift s;
        s.workerId = workerId;
        s.from = from;
        s.to = to;
        return s;
    }

    // An urgent emergency in Aulla, received at `received`, the person unknown.
    domain::SocialEmergency draft(const QDateTime &received)
    {
        domain::SocialEmergency e;
        e.receivedAt = received;
        e.channel = domain::EmergencyChannel::Phone;
        e.reporter = domain::EmergencyReporter::Police;
        e.reporterName = QStringLiteral("Brigadiere Bianchi");
        e.municipalityCode = aulla;
        e.kind = domain::EmergencyKind::Homeless;
        e.triage = domain::EmergencyTriage::Urgent;
        e.personDescription = QStringLiteral("uomo, circa 40 anni");
        return e;
    }

    domain::SocialEmergency recorded(const domain::SocialEmergency &e)
    {
        const auto made = pis.record(e, worker);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made.value() : domain::SocialEmergency{};
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db.storage().database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    qint64 audited(const QString &action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    }
};

} // namespace cartella::test
