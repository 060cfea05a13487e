#include "testsupport.h"

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
