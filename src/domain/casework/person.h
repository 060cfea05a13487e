// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/recordstamp.h"
#include "domain/kernel/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cartella::domain {

struct Address
{
    QString municipalityCode; // ISTAT code of a current Comune; empty when unknown or abroad
    QString street;           // street, number, and anything else needed to find the place

    bool isEmpty() const { return municipalityCode.isEmpty() && street.trimmed().isEmpty(); }
    friend bool operator==(const Address &, const Address &) = default;
};

// The anagrafica of a person the service knows (beneficiary, family member, ...).
struct Person
{
    qint64 id = 0;
    QString surname;
    QString givenName;
    Sex sex = Sex::Unspecified;
    QDate birthDate;
    QString birthPlaceCode; // Belfiore code: current or suppressed Comune, or foreign state (Z...)
    QString fiscalCode;     // empty when the person has none yet
    QString citizenship;    // state name as in the Belfiore list ("ITALIA" for Italians)
    Address residence;
    Address domicile; // where the person actually lives, when not at the residence
    QString phone;
    QString email;
    MaritalStatus maritalStatus = MaritalStatus::Unknown;
    EducationLevel education = EducationLevel::Unknown;
    EmploymentStatus employment = EmploymentStatus::Unknown;
    RecordStamp stamp;

    QString displayName() const { return surname + QLatin1Char(' ') + givenName; }
    bool hasFiscalCode() const { return !fiscalCode.isEmpty(); }
};

// A row of a persons list: what the list shows, nothing more.
struct PersonSummary
{
    qint64 id = 0;
    QString surname;
    QString givenName;
    Sex sex = Sex::Unspecified;
    QDate birthDate;
    QString fiscalCode;
    QString residenceMunicipalityCode;
    // Where the row stands in its list, for keyset paging: the sort column's value, and for a text search
    // sorted by name, which group matched (0 surname, 1 given name, 2 fiscal code).
    QString sortValue;
    int searchGroup = 0;
};

} // namespace cartella::domain
