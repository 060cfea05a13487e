#include "vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace cartella::domain {

namespace {

struct Term
{
    const char *code;
    const char *label; // translated in the "Vocabulary" context
};

template <typename E, std::size_t N> struct Table
{
    std::array<Term, N> terms;

    QList<E> values() const
    {
        QList<E> out;
        for (std::size_t i = 0; i < N; ++i)
            out.append(static_cast<E>(i));
        return out;
    }
    QString code(E value) const
    {
        return QString::fromLatin1(terms.at(static_cast<std::size_t>(value)).code);
    }
    E fromCode(const QString &code) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (code == QLatin1String(terms[i].code))
                return static_cast<E>(i);
        }
        return static_cast<E>(0);
    }
    QString label(E value) const
    {
        return QCoreApplication::translate("Vocabulary", terms.at(static_cast<std::size_t>(value)).label);
    }
};

constexpr Table<Sex, 3> kSex{{{
    {"", QT_TRANSLATE_NOOP("Vocabulary", "Not specified")},
    {"M", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
    {"F", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
}}};

constexpr Table<MaritalStatus, 7> kMarital{{{
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
    {"single", QT_TRANSLATE_NOOP("Vocabulary", "Single")},
    {"married", QT_TRANSLATE_NOOP("Vocabulary", "Married")},
    {"civil_union", QT_TRANSLATE_NOOP("Vocabulary", "Civil union")},
    {"separated", QT_TRANSLATE_NOOP("Vocabulary", "Separated")},
    {"divorced", QT_TRANSLATE_NOOP("Vocabulary", "Divorced")},
    {"widowed", QT_TRANSLATE_NOOP("Vocabulary", "Widowed")},
}}};

constexpr Table<EducationLevel, 7> kEducation{{{
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No formal education")},
    {"primary", QT_TRANSLATE_NOOP("Vocabulary", "Primary school")},
    {"lower_secondary", QT_TRANSLATE_NOOP("Vocabulary", "Lower secondary school")},
    {"vocational", QT_TRANSLATE_NOOP("Vocabulary", "Vocational qualification")},
    {"upper_secondary", QT_TRANSLATE_NOOP("Vocabulary", "Upper secondary diploma")},
    {"degree", QT_TRANSLATE_NOOP("Vocabulary", "University degree")},
}}};

constexpr Table<EmploymentStatus, 9> kEmployment{{{
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
    {"employed", QT_TRANSLATE_NOOP("Vocabulary", "Employed")},
    {"unemployed", QT_TRANSLATE_NOOP("Vocabulary", "Unemployed")},
    {"first_job_seeker", QT_TRANSLATE_NOOP("Vocabulary", "Looking for a first job")},
    {"student", QT_TRANSLATE_NOOP("Vocabulary", "Student")},
    {"retired", QT_TRANSLATE_NOOP("Vocabulary", "Retired")},
    {"homemaker", QT_TRANSLATE_NOOP("Vocabulary", "Homemaker")},
    {"unable_to_work", QT_TRANSLATE_NOOP("Vocabulary", "Unable to work")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
}}};

} // namespace

#define CARTELLA_VOCABULARY(E, table)                                                                        \
    template <> QList<E> Vocabulary<E>::values()                                                             \
    {                                                                                                        \
        return table.values();                                                                               \
    }                                                                                                        \
    template <> QString Vocabulary<E>::code(E value)                                                         \
    {                                                                                                        \
        return table.code(value);                                                                            \
    }                                                                                                        \
    template <> E Vocabulary<E>::fromCode(const QString &code)                                               \
    {                                                                                                        \
        return table.fromCode(code);                                                                         \
    }                                                                                                        \
    template <> QString Vocabulary<E>::label(E value)                                                        \
    {                                                                                                        \
        return table.label(value);                                                                           \
    }

CARTELLA_VOCABULARY(Sex, kSex)
CARTELLA_VOCABULARY(MaritalStatus, kMarital)
CARTELLA_VOCABULARY(EducationLevel, kEducation)
CARTELLA_VOCABULARY(EmploymentStatus, kEmployment)

#undef CARTELLA_VOCABULARY

} // namespace cartella::domain
