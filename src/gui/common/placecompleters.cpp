// SPDX-License-Identifier: EUPL-1.2
#include "gui/common/placecompleters.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace cartella::gui {

PlaceCompleters::PlaceCompleters(const domain::PlaceRegistry &places) : m_places(places)
{
    for (const domain::Municipality &m : places.municipalities()) {
        m_municipalityLabels.append(m.label());
        m_municipalityByLabel.insert(m.label(), m.istatCode);
    }
    m_stateNames.append(QStringLiteral("ITALIA"));
    // Current places first, so that a label shared with a suppressed Comune names the current one.
    for (const bool active : {true, false}) {
        for (const domain::BirthPlace &p : places.birthPlaces()) {
            if (p.active != active || m_birthPlaceByLabel.contains(p.label()))
                continue;
            m_birthPlaceLabels.append(p.label());
            m_birthPlaceByLabel.insert(p.label(), p.code);
            if (p.foreign)
                m_stateNames.append(p.name);
        }
    }
    m_municipalityLabels.sort(Qt::CaseInsensitive);
    m_birthPlaceLabels.sort(Qt::CaseInsensitive);
    m_stateNames.sort(Qt::CaseInsensitive);
}

QCompleter *PlaceCompleters::makeCompleter(const QStringList &labels, QLineEdit *edit) const
{
    auto *completer = new QCompleter(new QStringListModel(labels, edit), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
    return completer;
}

void PlaceCompleters::attachMunicipalityCompleter(QLineEdit *edit) const
{
    makeCompleter(m_municipalityLabels, edit);
}
void PlaceCompleters::attachBirthPlaceCompleter(QLineEdit *edit) const
{
    makeCompleter(m_birthPlaceLabels, edit);
}
void PlaceCompleters::attachStateCompleter(QLineEdit *edit) const
{
    makeCompleter(m_stateNames, edit);
}

QString PlaceCompleters::municipalityLabel(const QString &istatCode) const
{
    if (istatCode.isEmpty())
        return {};
    const auto m = m_places.municipality(istatCode);
    return m ? m->label() : istatCode;
}

QString PlaceCompleters::birthPlaceLabel(const QString &belfioreCode) const
{
    if (belfioreCode.isEmpty())
        return {};
    const auto p = m_places.birthPlace(belfioreCode);
    return p ? p->label() : belfioreCode;
}

std::optional<QString> PlaceCompleters::municipalityCode(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    if (const auto it = m_municipalityByLabel.constFind(t); it != m_municipalityByLabel.cend())
        return *it;
    if (m_places.municipality(t))
        return t;
    if (const auto m = m_places.municipalityByName(t))
        return m->istatCode;
    return std::nullopt;
}

std::optional<QString> PlaceCompleters::birthPlaceCode(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    if (const auto it = m_birthPlaceByLabel.constFind(t); it != m_birthPlaceByLabel.cend())
        return *it;
    const auto resolved = m_places.resolveBirthPlace(t);
    if (resolved)
        return resolved.value().code;
    return std::nullopt;
}

} // namespace cartella::gui
