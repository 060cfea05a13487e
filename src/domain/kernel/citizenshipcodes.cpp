// SPDX-License-Identifier: EUPL-1.2
#include "domain/kernel/citizenshipcodes.h"

#include "domain/kernel/textfold.h"

#include <QFile>

namespace cartella::domain {

namespace {

bool isBelfioreStateCode(const QString &s)
{
    return s.size() == 4 && s.at(0) == QLatin1Char('Z') && s.at(1).isDigit() && s.at(2).isDigit() &&
           s.at(3).isDigit();
}

} // namespace

const CitizenshipCodes &CitizenshipCodes::builtin()
{
    static const CitizenshipCodes codes = [] {
        QFile file(QStringLiteral(":/data/belfiore-iso3166.csv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cartella: the resource :/data/belfiore-iso3166.csv is missing from the build");
        return fromCsv(file.readAll());
    }();
    return codes;
}

CitizenshipCodes CitizenshipCodes::fromCsv(const QByteArray &csv)
{
    CitizenshipCodes c;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the header
        const QList<QByteArray> f = lines.at(i).trimmed().split(';');
        if (f.size() < 3)
            continue;
        const QString code = QString::fromUtf8(f[0]).trimmed().toUpper();
        const QString iso = QString::fromUtf8(f[2]).trimmed();
        if (iso.size() != 3)
            continue;
        if (!code.isEmpty())
            c.m_byCode.insert(code, iso);
        c.m_byName.insert(foldForSearch(QString::fromUtf8(f[1])), iso);
    }
    return c;
}

QString CitizenshipCodes::isoNumeric(const QString &stateNameOrBelfiore) const
{
    const QString trimmed = stateNameOrBelfiore.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString upper = trimmed.toUpper();
    if (isBelfioreStateCode(upper))
        return m_byCode.value(upper);
    return m_byName.value(foldForSearch(trimmed));
}

} // namespace cartella::domain
