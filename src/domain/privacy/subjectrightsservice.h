// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/access/auditor.h"
#include "domain/casework/personservice.h"
#include "domain/privacy/subjectdata.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cartella::domain {

// The rights of the data subject (GDPR art. 15): who consulted a person's file, and all the data held about
// the person, without third parties (docs/decisions/0009-subject-rights.md). Read-only; the export is
// audited as person_exported.
class SubjectRightsService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRightsService)

public:
    SubjectRightsService(SubjectDataRepository &data, PersonService &persons,
                         TransactionProvider &transactions, Auditor &audit);

    // The openings and changes of the person's file and of their cases, newest first.
    Result<QList<AccessEntry>> accessReport(qint64 personId, const Actor &actor);
    // Everything held about the person, format-independent; `formats` ("json", "pdf") is what the front end
    // writes it to, recorded in the audit trail.
    Result<QJsonObject> exportData(qint64 personId, const Actor &actor, const QStringList &formats);

    // The audit action code in words, in the user's language.
    static QString actionLabel(const QString &action);
    // `text` with every occurrence (case-insensitive, whole words) of the terms replaced by "[omissis]".
    static QString redact(const QString &text, const QStringList &terms);

private:
    Result<QList<AccessEntry>> readAccessEntries(qint64 personId);
    Result<QJsonObject> collect(const Person &person);

    SubjectDataRepository &m_data;
    PersonService &m_persons;
    TransactionProvider &m_transactions;
    Auditor &m_audit;
};

} // namespace cartella::domain
