// SPDX-License-Identifier: EUPL-1.2
#include "domain/services/siussmapping.h"

#include "domain/kernel/citizenshipcodes.h"
#include "domain/kernel/placeregistry.h"

namespace cartella::domain {

namespace {

// The day a one-off benefit was delivered: an economic benefit on its first payment, any other on its start,
// else on its decision.
QDate oneOffDay(const SiussCandidate &c)
{
    if (kindPaysMoney(c.kind))
        return c.firstPaidOn;
    return c.startsOn.isValid() ? c.startsOn : c.decidedOn;
}

int siussGender(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return 1;
    case Sex::Female:
        return 2;
    case Sex::Unspecified:
        break;
    }
    return 0;
}

} // namespace

// Whether the candidate was delivered in [from, to] (see ServiceExportService::siuss).
bool deliveredIn(const SiussCandidate &c, QDate from, QDate to)
{
    if (c.status != DeliveryStatus::Approved && c.status != DeliveryStatus::Active &&
        c.status != DeliveryStatus::Concluded)
        return false;
    if (c.periodic) {
        if (!c.startsOn.isValid() || c.startsOn > to)
            return false;
        return !c.endsOn.isValid() || c.endsOn >= from;
    }
    const QDate day = oneOffDay(c);
    return day.isValid() && day >= from && day <= to;
}

SiussBeneficiary beneficiaryOf(const SiussCandidate &c)
{
    SiussBeneficiary b;
    b.personId = c.personId;
    b.fiscalCode = c.fiscalCode;
    b.surname = c.surname;
    b.givenName = c.givenName;
    b.birthYear = c.birthDate.isValid() ? c.birthDate.year() : 0;
    b.birthPlaceBelfiore = c.birthPlaceCode;
    b.gender = siussGender(c.sex);
    b.citizenshipIso =
        c.citizenship.isEmpty() ? QString() : CitizenshipCodes::builtin().isoNumeric(c.citizenship);
    // Residence: a current Italian Comune gives Italy, its region and its ISTAT code. With none known the
    // country stays empty and the writer reports it.
    if (const auto m = PlaceRegistry::builtin().municipality(c.residenceMunicipalityCode)) {
        b.residenceCountryIso = QStringLiteral("380");
        b.residenceRegion = m->regionCode;
        b.residenceMunicipalityIstat = m->istatCode;
    }
    return b;
}

SiussBenefit benefitOf(const SiussCandidate &c)
{
    SiussBenefit p;
    p.deliveryId = c.deliveryId;
    p.code = c.siussCode;
    p.name = c.serviceName;
    p.applicationProtocol = c.protocol;
    p.meansTest = siussMeansTest(c.meansTest);
    if (c.meansTest == MeansTest::Isee) {
        p.dsuProtocol = c.dsuProtocol;
        p.dsuDate = c.dsuFiledOn;
        p.iseeThresholdCents = c.iseeThresholdCents.value_or(-1);
    }
    // Presa in carico: the case is, or once was, taken in charge (presa in carico, sospesa after it, or
    // closed after it).
    p.takenInCharge =
        c.caseWasInCharge || c.caseStatus == CaseStatus::InCharge || c.caseStatus == CaseStatus::Suspended;
    p.periodic = c.periodic;
    if (c.periodic) {
        p.start = c.startsOn;
        p.end = c.endsOn;
    } else {
        p.paidOn = oneOffDay(c);
    }
    p.totalCents = c.costCents;
    p.monthlyCents = c.monthlyCents;
    p.comuneShareCents = c.comuneShareCents;
    p.userShareCents = c.userShareCents;
    p.healthShareCents = c.healthShareCents;
    p.monthlyHoursHundredths = c.monthlyMinutes > 0 ? siussHoursHundredths(c.monthlyMinutes) : -1;
    p.area = siussArea(c.serviceArea, c.caseArea);
    return p;
}

int siussArea(ServiceArea serviceArea, CaseArea caseArea)
{
    switch (serviceArea) {
    case ServiceArea::FamilyMinors:
        return 1;
    case ServiceArea::Disability:
        return 2;
    case ServiceArea::Poverty:
        return 3;
    case ServiceArea::FromCase:
        break;
    }
    switch (caseArea) {
    case CaseArea::FamilyAndMinors:
        return 1;
    case CaseArea::Disability:
    case CaseArea::Elderly:
        return 2;
    case CaseArea::Immigration:
    case CaseArea::AdultHardship:
        return 3;
    }
    return 3;
}

QList<CaseArea> caseAreasWithSiussArea(int area)
{
    QList<CaseArea> out;
    for (const CaseArea a : Vocabulary<CaseArea>::values()) {
        if (siussArea(ServiceArea::FromCase, a) == area)
            out.append(a);
    }
    return out;
}

ServiceArea serviceAreaWithSiussArea(int area)
{
    for (const ServiceArea a : Vocabulary<ServiceArea>::values()) {
        if (a != ServiceArea::FromCase && siussArea(a, CaseArea::FamilyAndMinors) == area)
            return a;
    }
    return ServiceArea::FromCase;
}

int siussMeansTest(MeansTest meansTest)
{
    switch (meansTest) {
    case MeansTest::Isee:
        return 1;
    case MeansTest::Other:
        return 2;
    case MeansTest::IseeExempt:
        return 3;
    case MeansTest::None:
        break;
    }
    return 4;
}

} // namespace cartella::domain
