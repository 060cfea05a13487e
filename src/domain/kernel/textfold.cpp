// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/textfold.h"

namespace cartella::domain {

QString stripAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining &&
            c.category() != QChar::Mark_Enclosing)
            out.append(c);
    }
    return out;
}

QString foldForSearch(const QString &text)
{
    const QString plain = stripAccents(text).toCaseFolded();
    QString out;
    out.reserve(plain.size());
    bool pendingSpace = false;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(c);
        } else if (c.isSpace()) {
            pendingSpace = true;
        }
        // apostrophes, hyphens and dots vanish: "D'Amico" -> "damico"
    }
    return out;
}

QString latinLettersUpper(const QString &text)
{
    const QString plain = stripAccents(text).toUpper();
    QString out;
    out.reserve(plain.size());
    for (const QChar c : plain) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            out.append(c);
    }
    return out;
}

} // namespace cartella::domain
