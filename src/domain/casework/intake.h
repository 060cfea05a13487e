// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/casework.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cartella::domain {

enum class ContactChannel
{
    InPerson, // di persona
    Phone,    // telefono
    Email,    // e-mail
    Referral, // segnalazione di un altro servizio
};

enum class IntakeOutcome
{
    InformationGiven, // informazione / orientamento dato
    Referred,         // inviato a un altro servizio
    CaseOpened,       // aperta una cartella: only through IntakeService::openCase
};

// A first contact of the segretariato sociale. Its words are evidence: once recorded they are not rewritten;
// only the outcome moves on when a case is opened from it.
struct IntakeContact
{
    qint64 id = 0;
    QDate contactDate;
    ContactChannel channel = ContactChannel::InPerson;
    CaseArea area = CaseArea::AdultHardship;
    QString municipalityCode; // ISTAT; optional
    QList<qint64> personIds;  // who came, when in the registry
    QString visitor;          // who came, in words, when not (yet) in the registry
    QString request;          // the request in the person's words
    QString response;         // information or orientation given
    IntakeOutcome outcome = IntakeOutcome::InformationGiven;
    QString referredTo;      // the service, when referred
    qint64 caseId = 0;       // the case opened from it
    QString caseNumber;      // read side only
    QStringList personNames; // read side only, in personIds order
    RecordStamp stamp;
};

struct IntakeQuery
{
    std::optional<IntakeOutcome> outcome;
    int limit = 50;
    std::optional<IntakeContact> after; // keyset: contact date desc, id desc
    // Only contacts of these Comuni (and those with no Comune); empty for all. The service fills it.
    QStringList municipalities;
    // A contact that opened a case is listed only to those who see the case. The service fills it.
    CaseVisibility caseVisibility;
};

} // namespace cartella::domain
