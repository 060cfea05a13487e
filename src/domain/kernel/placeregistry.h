// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

// A current Comune from the ISTAT list.
struct Municipality
{
    QString istatCode; // 6 digits
    QString name;      // as ISTAT writes it, with accents
    QString provinceCode;
    QString regionName;
    QString belfioreCode;
    QString regionCode; // ISTAT, 2 digits

    QString label() const { return name + QStringLiteral(" (") + provinceCode + QLatin1Char(')'); }
};

// Anything a codice fiscale may name as birth place: current and suppressed Comuni, foreign states.
struct BirthPlace
{
    QString code;     // Belfiore, e.g. H501 or Z112
    QString name;     // display name
    QString province; // "EE" for foreign states
    bool active = true;
    bool foreign = false;

    QString label() const;
};

// The place tables shipped as resources (ISTAT Comuni, Belfiore codes). Read-only and shared.
class PlaceRegistry
{
public:
    // The tables compiled into the program; loaded once, on first use.
    static const PlaceRegistry &builtin();
    static PlaceRegistry fromCsv(const QByteArray &istatCsv, const QByteArray &belfioreCsv);

    const QList<Municipality> &municipalities() const { return m_municipalities; }
    const QList<BirthPlace> &birthPlaces() const { return m_birthPlaces; }

    std::optional<Municipality> municipality(const QString &istatCode) const;
    std::optional<Municipality> municipalityByName(const QString &name) const;
    std::optional<BirthPlace> birthPlace(const QString &belfioreCode) const;

    // Accepts a Belfiore code ("H501"), a name ("Roma", "Germania") or a label ("Samone (TO)").
    // An ambiguous name is refused with the candidates in the message.
    Result<BirthPlace> resolveBirthPlace(const QString &nameOrCode) const;

private:
    QList<Municipality> m_municipalities;
    QList<BirthPlace> m_birthPlaces;
    QHash<QString, qsizetype> m_municipalityByIstat;
    QHash<QString, qsizetype> m_birthPlaceByCode;
    QMultiHash<QString, QString> m_aliases; // folded name -> Belfiore code
};

} // namespace cartella::domain
