// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/placeregistry.h"

#include "domain/kernel/textfold.h"

#include <QCoreApplication>
#include <QFile>

namespace cartella::domain {

namespace {

QList<QByteArrayList> readSemicolonCsv(const QByteArray &csv)
{
    QList<QByteArrayList> rows;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // first line is the header
        const QByteArray line = lines.at(i).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(';'));
    }
    return rows;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cartella: the resource %s is missing from the build", qPrintable(path));
    return file.readAll();
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaceRegistry)
};

} // namespace

QString BirthPlace::label() const
{
    if (foreign)
        return name;
    return name + QStringLiteral(" (") + province + QLatin1Char(')');
}

const PlaceRegistry &PlaceRegistry::builtin()
{
    static const PlaceRegistry registry = fromCsv(readResource(QStringLiteral(":/data/comuni-istat.csv")),
                                                  readResource(QStringLiteral(":/data/belfiore-codes.csv")));
    return registry;
}

PlaceRegistry PlaceRegistry::fromCsv(const QByteArray &istatCsv, const QByteArray &belfioreCsv)
{
    PlaceRegistry r;
    // istat_code;name;province_code;province_name;region_code;region_name;belfiore_code;population
    QHash<QString, QString> istatNameByBelfiore;
    for (const QByteArrayList &f : readSemicolonCsv(istatCsv)) {
        if (f.size() < 7)
            continue;
        Municipality m{QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), QString::fromUtf8(f[2]),
                       QString::fromUtf8(f[5]), QString::fromUtf8(f[6]), QString::fromUtf8(f[4])};
        istatNameByBelfiore.insert(m.belfioreCode, m.name);
        r.m_municipalityByIstat.insert(m.istatCode, r.m_municipalities.size());
        r.m_municipalities.append(m);
    }
    // belfiore_code;province_code;name;active. A code may have several rows (renames); the active row
    // names it, otherwise the last suppressed name is kept.
    for (const QByteArrayList &f : readSemicolonCsv(belfioreCsv)) {
        if (f.size() < 4)
            continue;
        BirthPlace p;
        p.code = QString::fromUtf8(f[0]);
        p.province = QString::fromUtf8(f[1]);
        p.name = QString::fromUtf8(f[2]);
        p.active = f[3].trimmed() == "1";
        p.foreign = p.code.startsWith(QLatin1Char('Z'));
        if (p.active && !p.foreign)
            p.name = istatNameByBelfiore.value(p.code, p.name);
        // Every name a code ever had finds it; the display name is the current one, else the first listed.
        const QString alias = foldForSearch(p.name);
        if (!r.m_aliases.contains(alias, p.code))
            r.m_aliases.insert(alias, p.code);
        const auto existing = r.m_birthPlaceByCode.constFind(p.code);
        if (existing == r.m_birthPlaceByCode.cend()) {
            r.m_birthPlaceByCode.insert(p.code, r.m_birthPlaces.size());
            r.m_birthPlaces.append(p);
        } else if (p.active && !r.m_birthPlaces[*existing].active) {
            r.m_birthPlaces[*existing] = p;
        }
    }
    return r;
}

std::optional<Municipality> PlaceRegistry::municipality(const QString &istatCode) const
{
    const auto it = m_municipalityByIstat.constFind(istatCode);
    if (it == m_municipalityByIstat.cend())
        return std::nullopt;
    return m_municipalities.at(*it);
}

std::optional<Municipality> PlaceRegistry::municipalityByName(const QString &name) const
{
    const QString key = foldForSearch(name);
    for (const Municipality &m : m_municipalities) {
        if (foldForSearch(m.name) == key || foldForSearch(m.label()) == key)
            return m;
    }
    return std::nullopt;
}

std::optional<BirthPlace> PlaceRegistry::birthPlace(const QString &belfioreCode) const
{
    const auto it = m_birthPlaceByCode.constFind(belfioreCode.trimmed().toUpper());
    if (it == m_birthPlaceByCode.cend())
        return std::nullopt;
    return m_birthPlaces.at(*it);
}

Result<BirthPlace> PlaceRegistry::resolveBirthPlace(const QString &nameOrCode) const
{
    const QString trimmed = nameOrCode.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Invalid,
                     Tr::tr("The birth place is missing."),
                     {{QStringLiteral("birthPlace"), {}}},
                     {}};
    if (auto byCode = birthPlace(trimmed))
        return *byCode;

    const QString key = foldForSearch(trimmed);
    for (const BirthPlace &p : m_birthPlaces) {
        if (foldForSearch(p.label()) == key) // "Samone (TO)" names exactly one place
            return p;
    }
    QList<BirthPlace> matches;
    for (const QString &code : m_aliases.values(key))
        matches.append(*birthPlace(code));
    // A current place wins over a suppressed one of the same name.
    QList<BirthPlace> active;
    for (const BirthPlace &p : matches) {
        if (p.active)
            active.append(p);
    }
    const QList<BirthPlace> &candidates = active.isEmpty() ? matches : active;
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        return Error{ErrorCode::Invalid,
                     Tr::tr("No Comune or foreign state is called \"%1\".").arg(trimmed),
                     {{QStringLiteral("birthPlace"), {}}},
                     {}};
    QStringList labels;
    for (const BirthPlace &p : candidates)
        labels.append(p.label() + QStringLiteral(" ") + p.code);
    return Error{ErrorCode::Invalid,
                 Tr::tr("\"%1\" names more than one place: %2. Give the province or the code.")
                     .arg(trimmed, labels.join(QStringLiteral(", "))),
                 {{QStringLiteral("birthPlace"), {}}},
                 {}};
}

} // namespace cartella::domain
