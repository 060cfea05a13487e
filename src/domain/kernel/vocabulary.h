// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

namespace cartella::domain {

enum class Sex
{
    Unspecified,
    Male,
    Female
};

enum class MaritalStatus
{
    Unknown,
    Single,
    Married,
    CivilUnion,
    Separated,
    Divorced,
    Widowed
};

enum class EducationLevel
{
    Unknown,
    None,
    Primary,
    LowerSecondary,
    Vocational,
    UpperSecondary,
    Degree
};

enum class EmploymentStatus
{
    Unknown,
    Employed,
    Unemployed,
    FirstJobSeeker,
    Student,
    Retired,
    Homemaker,
    UnableToWork,
    Other
};

// Stable codes stored in the database and in exports, and translated labels for the user.
// Each enum's code list is in the same order as the enum.
template <typename E> struct Vocabulary
{
    static QList<E> values();
    static QString code(E value);
    static E fromCode(const QString &code); // unknown codes give the first value
    static QString label(E value);
};

} // namespace cartella::domain
