// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/placeregistry.h"

#include <QHash>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QObject;

namespace cartella::gui {

// Turns place codes into the labels a user types ("Aulla (MS)") and back, and gives line edits a
// completer over the ISTAT Comuni or over every possible birth place.
class PlaceCompleters
{
public:
    explicit PlaceCompleters(const domain::PlaceRegistry &places);

    void attachMunicipalityCompleter(QLineEdit *edit) const;
    void attachBirthPlaceCompleter(QLineEdit *edit) const;
    void attachStateCompleter(QLineEdit *edit) const;

    QString municipalityLabel(const QString &istatCode) const;
    QString birthPlaceLabel(const QString &belfioreCode) const;
    // What the user typed to a code: a label from the completer, a plain name or a code.
    // An empty text gives an empty code; an unknown text gives std::nullopt.
    std::optional<QString> municipalityCode(const QString &text) const;
    std::optional<QString> birthPlaceCode(const QString &text) const;

private:
    QCompleter *makeCompleter(const QStringList &labels, QLineEdit *edit) const;

    const domain::PlaceRegistry &m_places;
    QStringList m_municipalityLabels;
    QHash<QString, QString> m_municipalityByLabel;
    QStringList m_birthPlaceLabels;
    QHash<QString, QString> m_birthPlaceByLabel;
    QStringList m_stateNames;
};

} // namespace cartella::gui
