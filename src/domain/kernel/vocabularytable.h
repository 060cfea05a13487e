// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Private to the domain: the table behind each Vocabulary<E> specialisation.
#include "domain/kernel/vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace cartella::domain::detail {

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

} // namespace cartella::domain::detail

// Defines Vocabulary<E> from a detail::Table; use inside namespace cartella::domain.
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
