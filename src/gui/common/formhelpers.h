// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/careplan.h"
#include "domain/casework/casework.h"
#include "domain/kernel/result.h"
#include "domain/kernel/vocabulary.h"

#include <QComboBox>
#include <QDate>
#include <QString>

// Small pieces every form of the GUI shares: how dates are shown and read, and vocabulary combo boxes.
namespace cartella::gui {

inline const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

inline QString showDate(const QDate &d)
{
    return d.isValid() ? d.toString(kDateFormat) : QString();
}

// Accepts 05/03/1980, 5/3/1980, 05031980, 1980-03-05, 5.3.1980 and 5-3-1980.
inline QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format :
         {kDateFormat, QStringLiteral("d/M/yyyy"), QStringLiteral("ddMMyyyy"), QStringLiteral("yyyy-MM-dd"),
          QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

// Fills a combo with every value of a vocabulary: the label shown, the stored code as data.
template <typename E> void fillCombo(QComboBox *combo)
{
    for (const E value : domain::Vocabulary<E>::values())
        combo->addItem(domain::Vocabulary<E>::label(value), domain::Vocabulary<E>::code(value));
}

template <typename E> E comboValue(const QComboBox *combo)
{
    return domain::Vocabulary<E>::fromCode(combo->currentData().toString());
}

template <typename E> void setComboValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(domain::Vocabulary<E>::code(value)));
}

// Adds the active workers to a combo: the name shown, the worker id as data.
inline void addActiveWorkers(QComboBox *combo, const domain::Result<QList<domain::Worker>> &workers)
{
    if (!workers)
        return;
    for (const domain::Worker &w : workers.value()) {
        if (w.active)
            combo->addItem(w.name, w.id);
    }
}

// What a deadline is about, in the user's language: derived review and planned-end deadlines are named by
// their source (their stored title is only what the language was when they were made).
inline QString deadlineText(const domain::Deadline &d)
{
    if (d.source == domain::DeadlineSource::Review || d.source == domain::DeadlineSource::PlannedEnd)
        return domain::Vocabulary<domain::DeadlineSource>::label(d.source);
    return d.title;
}

} // namespace cartella::gui
