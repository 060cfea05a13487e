// SPDX-License-Identifier: EUPL-1.2
#include "cli/demo/demodata.h"

#include "domain/kernel/fiscalcode.h"

namespace cartella::cli {

using namespace cartella::domain;

namespace {

const QStringList kSurnames{
    QStringLiteral("Rossi"),     QStringLiteral("Russo"),      QStringLiteral("Ferrari"),
    QStringLiteral("Esposito"),  QStringLiteral("Bianchi"),    QStringLiteral("Romano"),
    QStringLiteral("Colombo"),   QStringLiteral("Ricci"),      QStringLiteral("Marino"),
    QStringLiteral("Greco"),     QStringLiteral("Bruno"),      QStringLiteral("Gallo"),
    QStringLiteral("Conti"),     QStringLiteral("De Luca"),    QStringLiteral("Mancini"),
    QStringLiteral("Costa"),     QStringLiteral("Giordano"),   QStringLiteral("Rizzo"),
    QStringLiteral("Lombardi"),  QStringLiteral("Moretti"),    QStringLiteral("Barbieri"),
    QStringLiteral("Fontana"),   QStringLiteral("Santoro"),    QStringLiteral("Mariani"),
    QStringLiteral("Rinaldi"),   QStringLiteral("Caruso"),     QStringLiteral("Ferrara"),
    QStringLiteral("Galli"),     QStringLiteral("Martini"),    QStringLiteral("Leone"),
    QStringLiteral("Longo"),     QStringLiteral("Gentile"),    QStringLiteral("Martinelli"),
    QStringLiteral("Vitale"),    QStringLiteral("Lombardo"),   QStringLiteral("Serra"),
    QStringLiteral("Coppola"),   QStringLiteral("De Santis"),  QStringLiteral("D'Angelo"),
    QStringLiteral("Marchetti"), QStringLiteral("Parodi"),     QStringLiteral("Bertolini"),
    QStringLiteral("Pucci"),     QStringLiteral("Giannetti"),  QStringLiteral("Lunardi"),
    QStringLiteral("Tognini"),   QStringLiteral("Baldi"),      QStringLiteral("Bonfigli"),
    QStringLiteral("Cozzani"),   QStringLiteral("Fregosi"),    QStringLiteral("Malaspina"),
    QStringLiteral("Musetti"),   QStringLiteral("Dell'Amico"), QStringLiteral("Niccolò"),
    QStringLiteral("Folegnani"), QStringLiteral("Bianchini"),  QStringLiteral("Ambrosini"),
    QStringLiteral("Belloni"),   QStringLiteral("Cattani"),    QStringLiteral("Corsini"),
};
const QStringList kMaleNames{
    QStringLiteral("Marco"),      QStringLiteral("Giuseppe"), QStringLiteral("Luca"),
    QStringLiteral("Giovanni"),   QStringLiteral("Andrea"),   QStringLiteral("Francesco"),
    QStringLiteral("Alessandro"), QStringLiteral("Matteo"),   QStringLiteral("Lorenzo"),
    QStringLiteral("Nicolò"),     QStringLiteral("Davide"),   QStringLiteral("Simone"),
    QStringLiteral("Federico"),   QStringLiteral("Riccardo"), QStringLiteral("Stefano"),
    QStringLiteral("Paolo"),      QStringLiteral("Roberto"),  QStringLiteral("Antonio"),
    QStringLiteral("Mario"),      QStringLiteral("Pietro"),   QStringLiteral("Tommaso"),
    QStringLiteral("Gabriele"),   QStringLiteral("Emanuele"), QStringLiteral("Filippo"),
    QStringLiteral("Leonardo"),   QStringLiteral("Elia"),     QStringLiteral("Sergio"),
    QStringLiteral("Franco"),
};
const QStringList kFemaleNames{
    QStringLiteral("Giulia"),    QStringLiteral("Francesca"), QStringLiteral("Sara"),
    QStringLiteral("Martina"),   QStringLiteral("Chiara"),    QStringLiteral("Anna"),
    QStringLiteral("Valentina"), QStringLiteral("Alessia"),   QStringLiteral("Elena"),
    QStringLiteral("Federica"),  QStringLiteral("Silvia"),    QStringLiteral("Laura"),
    QStringLiteral("Maria"),     QStringLiteral("Paola"),     QStringLiteral("Giorgia"),
    QStringLiteral("Aurora"),    QStringLiteral("Sofia"),     QStringLiteral("Beatrice"),
    QStringLiteral("Noemi"),     QStringLiteral("Lucia"),     QStringLiteral("Rosa"),
    QStringLiteral("Caterina"),  QStringLiteral("Ilaria"),    QStringLiteral("Irene"),
    QStringLiteral("Nicoletta"), QStringLiteral("Gemma"),     QStringLiteral("Bianca"),
    QStringLiteral("Agnese"),
};
// Persons born abroad carry names of the largest foreign communities of the area.
const QStringList kForeignSurnames{
    QStringLiteral("Popescu"),   QStringLiteral("Ionescu"), QStringLiteral("El Amrani"),
    QStringLiteral("Benali"),    QStringLiteral("Hoxha"),   QStringLiteral("Shehu"),
    QStringLiteral("Kovalenko"), QStringLiteral("Okafor"),  QStringLiteral("Chen"),
    QStringLiteral("Singh"),     QStringLiteral("Diallo"),  QStringLiteral("Mendoza"),
};
const QStringList kForeignMaleNames{
    QStringLiteral("Ion"),     QStringLiteral("Mohamed"), QStringLiteral("Arben"),  QStringLiteral("Taras"),
    QStringLiteral("Chinedu"), QStringLiteral("Wei"),     QStringLiteral("Amadou"), QStringLiteral("Carlos")};
const QStringList kForeignFemaleNames{
    QStringLiteral("Elena"), QStringLiteral("Fatima"), QStringLiteral("Besa"),    QStringLiteral("Oksana"),
    QStringLiteral("Ngozi"), QStringLiteral("Mei"),    QStringLiteral("Aminata"), QStringLiteral("Lucia")};
const QStringList kStreets{QStringLiteral("Via Roma"),
                           QStringLiteral("Via Nazionale"),
                           QStringLiteral("Piazza Vittorio Emanuele"),
                           QStringLiteral("Via della Repubblica"),
                           QStringLiteral("Via Garibaldi"),
                           QStringLiteral("Via Mazzini"),
                           QStringLiteral("Località Pian di Molino"),
                           QStringLiteral("Via XX Settembre"),
                           QStringLiteral("Via dei Mille"),
                           QStringLiteral("Via Provinciale")};
// The Belfiore codes of the states the foreign-born persons come from.
const QStringList kForeignStateCodes{QStringLiteral("Z129"), QStringLiteral("Z330"), QStringLiteral("Z100"),
                                     QStringLiteral("Z138"), QStringLiteral("Z335"), QStringLiteral("Z210"),
                                     QStringLiteral("Z222"), QStringLiteral("Z343"), QStringLiteral("Z605")};

} // namespace

const QStringList &DemoData::lunigianaComuni()
{
    static const QStringList names{QStringLiteral("Aulla"),
                                   QStringLiteral("Bagnone"),
                                   QStringLiteral("Casola in Lunigiana"),
                                   QStringLiteral("Comano"),
                                   QStringLiteral("Filattiera"),
                                   QStringLiteral("Fivizzano"),
                                   QStringLiteral("Fosdinovo"),
                                   QStringLiteral("Licciana Nardi"),
                                   QStringLiteral("Mulazzo"),
                                   QStringLiteral("Podenzana"),
                                   QStringLiteral("Pontremoli"),
                                   QStringLiteral("Tresana"),
                                   QStringLiteral("Villafranca in Lunigiana"),
                                   QStringLiteral("Zeri")};
    return names;
}

DemoData::DemoData(PersonService &persons, TransactionProvider &transactions, quint64 seed)
    : m_persons(persons), m_transactions(transactions), m_rng(seed)
{
    const PlaceRegistry &places = persons.places();
    qint64 cumulative = 0;
    for (const Municipality &m : places.municipalities()) {
        if (m.provinceCode == QLatin1String("MS") && lunigianaComuni().contains(m.name)) {
            m_zone.append(m);
            cumulative += 1000; // every Comune appears; larger ones more often (below)
            if (m.name == QLatin1String("Aulla") || m.name == QLatin1String("Fivizzano") ||
                m.name == QLatin1String("Pontremoli"))
                cumulative += 3000;
            m_zoneWeights.append(cumulative);
        }
    }
    for (const BirthPlace &p : places.birthPlaces()) {
        if (p.foreign)
            continue;
        if (p.active)
            m_italianPlaces.append(p);
        else
            m_suppressedPlaces.append(p);
    }
    for (const QString &code : kForeignStateCodes) {
        if (auto state = places.birthPlace(code))
            m_foreignStates.append(*state);
    }
}

QString DemoData::uniqueCode(const Person &p)
{
    const auto regular = FiscalCode::compute(p.surname, p.givenName, p.sex, p.birthDate, p.birthPlaceCode);
    if (!regular)
        return {};
    // Two persons with the same regular code: the later one gets an omocodic code, as the revenue agency
    // does.
    for (int level = 0; level <= 7; ++level) {
        const QString code =
            level == 0 ? regular.value().text() : FiscalCode::withOmocodia(regular.value().text(), level);
        if (!m_usedCodes.contains(code)) {
            m_usedCodes.insert(code);
            return code;
        }
    }
    return {};
}

Person DemoData::makePerson()
{
    Person p;
    const quint64 origin = pick(100);
    const bool foreign = origin < 12 && !m_foreignStates.isEmpty();
    p.sex = pick(2) == 0 ? Sex::Male : Sex::Female;
    if (foreign) {
        p.surname = pickFrom(kForeignSurnames);
        p.givenName = pickFrom(p.sex == Sex::Male ? kForeignMaleNames : kForeignFemaleNames);
        const BirthPlace &state = pickFrom(m_foreignStates);
        p.birthPlaceCode = state.code;
        p.citizenship = state.name;
    } else {
        p.surname = pickFrom(kSurnames);
        p.givenName = pickFrom(p.sex == Sex::Male ? kMaleNames : kFemaleNames);
        p.citizenship = QStringLiteral("ITALIA");
        if (origin < 62)
            p.birthPlaceCode = m_zone.at(qsizetype(pick(quint64(m_zone.size())))).belfioreCode;
        else if (origin < 66 && !m_suppressedPlaces.isEmpty())
            p.birthPlaceCode = pickFrom(m_suppressedPlaces).code;
        else
            p.birthPlaceCode = pickFrom(m_italianPlaces).code;
    }
    p.birthDate = QDate(1935, 1, 1).addDays(qint64(pick(89 * 365)));

    const quint64 r = pick(quint64(m_zoneWeights.last()));
    qsizetype zoneIndex = 0;
    while (m_zoneWeights.at(zoneIndex) <= qint64(r))
        ++zoneIndex;
    p.residence.municipalityCode = m_zone.at(zoneIndex).istatCode;
    p.residence.street = QStringLiteral("%1 %2").arg(pickFrom(kStreets)).arg(1 + pick(120));
    p.phone = QStringLiteral("0187 %1").arg(400000 + pick(599999));
    p.maritalStatus = static_cast<MaritalStatus>(pick(7));
    p.education = static_cast<EducationLevel>(pick(7));
    p.employment = static_cast<EmploymentStatus>(pick(9));
    // Some recent arrivals have no fiscal code yet.
    if (!(foreign && pick(4) == 0))
        p.fiscalCode = uniqueCode(p);
    return p;
}

Result<int> DemoData::createPersons(int count)
{
    const Actor demo = Actor::demo();
    const auto existing = m_persons.count({}, demo);
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error{ErrorCode::Usage,
                     tr("The database already holds %n person(s). Demo data go only into an empty database.",
                        nullptr, int(existing.value())),
                     {},
                     {}};
    if (m_zone.size() != lunigianaComuni().size())
        return Error{
            ErrorCode::Invalid, tr("The Lunigiana Comuni are missing from the place tables."), {}, {}};

    auto tx = m_transactions.begin();
    if (!tx)
        return tx.error();
    for (int i = 0; i < count; ++i) {
        auto created = m_persons.create(makePerson(), demo, SimilarPersonPolicy::SaveAnyway);
        if (!created)
            return created.error();
        m_created.append(std::move(created).value());
    }
    if (Status done = tx.value()->commit(); !done)
        return done.error();
    return count;
}

} // namespace cartella::cli
