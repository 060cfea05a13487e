// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/programmes/programmerepository.h"
#include "repository/database.h"

namespace cartella::repository {

// Generic projects in the tables of migration 0016: programmes (+ _versions), programme_team,
// programme_enrolments.
class SqliteProgrammeRepository final : public domain::ProgrammeRepository
{
public:
    explicit SqliteProgrammeRepository(Database &db) : m_db(db) {}

    domain::Result<qint64> insertProgramme(const domain::Programme &programme,
                                           const QString &userName) override;
    domain::Status updateProgramme(const domain::Programme &programme, const QString &userName) override;
    domain::Result<std::optional<domain::Programme>> findProgramme(qint64 id) override;
    domain::Result<std::optional<qint64>> programmeNamed(const QString &name) override;
    domain::Result<QList<domain::Programme>> programmes(std::optional<qint64> teamWorker) override;
    domain::Result<int> versionCount(qint64 programmeId) override;
    domain::Result<qint64> insertTeamMember(const domain::ProgrammeTeamMember &member,
                                            const QString &userName) override;
    domain::Status endTeamMember(qint64 memberId, const QDate &toOn, const QString &userName) override;
    domain::Result<qint64> insertEnrolment(const domain::Enrolment &enrolment,
                                           const QString &userName) override;
    domain::Result<std::optional<domain::Enrolment>> findEnrolment(qint64 id) override;
    domain::Status leaveEnrolment(qint64 enrolmentId, int expectedVersion, const QDate &on,
                                  domain::LeaveReason reason, const QString &userName) override;
    domain::Result<QList<domain::Enrolment>>
    enrolments(qint64 programmeId, const domain::EnrolmentVisibility &visibility) override;
    domain::Result<QList<domain::Enrolment>> allEnrolments(qint64 programmeId) override;
    domain::Result<QList<domain::Enrolment>> enrolmentsOfCase(qint64 caseId) override;
    domain::Result<QString> municipalityName(const QString &istatCode) override;

private:
    domain::Result<QList<domain::Programme>> selectProgrammes(const QString &where,
                                                              const QVariantList &values);
    domain::Result<QList<domain::Enrolment>> selectEnrolments(const QString &where,
                                                              const QVariantList &values, bool withNames);

    Database &m_db;
};

} // namespace cartella::repository
