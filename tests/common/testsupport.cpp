// SPDX-License-Identifier: EUPL-1.2
#include "common/testsupport.h"

#include <gtest/gtest.h>

namespace cartella::test {

TempDatabase::TempDatabase()
{
    reopen();
}

void TempDatabase::reopen()
{
    m_storage.reset();
    auto opened = repository::Storage::open(path());
    if (!opened)
        ADD_FAILURE() << opened.error().message.toStdString();
    else
        m_storage = std::move(opened).value();
    if (m_storage)
        m_storage->useTestPasswordCost();
}

domain::Actor userActor(domain::ServiceHub &hub, const QString &name, domain::Role role, qint64 workerId)
{
    domain::User u;
    u.username = name;
    u.fullName = name + QStringLiteral(" Test");
    u.role = role;
    u.workerId = workerId;
    const auto made = hub.auth.createDemoUser(u, QStringLiteral("demo"), domain::Actor::localSystem());
    if (!made) {
        ADD_FAILURE() << made.error().message.toStdString();
        return {};
    }
    return hub.auth.actorFor(made.value());
}

domain::Person mario()
{
    domain::Person p;
    p.surname = QStringLiteral("Rossi");
    p.givenName = QStringLiteral("Mario");
    p.sex = domain::Sex::Male;
    p.birthDate = QDate(1985, 12, 10);
    p.birthPlaceCode = QStringLiteral("A562");
    p.fiscalCode = QStringLiteral("RSSMRA85T10A562S");
    p.citizenship = QStringLiteral("ITALIA");
    p.residence = {QStringLiteral("045001"), QStringLiteral("Via Roma 1")};
    p.phone = QStringLiteral("0187 400100");
    p.email = QStringLiteral("mario.rossi@example.org");
    p.maritalStatus = domain::MaritalStatus::Married;
    p.education = domain::EducationLevel::UpperSecondary;
    p.employment = domain::EmploymentStatus::Employed;
    return p;
}

} // namespace cartella::test
