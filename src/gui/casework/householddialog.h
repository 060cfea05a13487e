// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/casework/household.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HouseholdDialog;
}

namespace cartella::gui {

class Session;

// The nucleo familiare of one person (ui/householddialog.ui), opened from the person and from the case:
// its members with their relation to the reference person; members join and leave, nothing is deleted.
class HouseholdDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdDialog)

public:
    HouseholdDialog(Session &session, qint64 personId, const QString &personName, QWidget *parent = nullptr);
    ~HouseholdDialog() override;

    bool reload();
    const std::optional<domain::Household> &household() const { return m_household; }
    QString messageText() const;

public slots:
    bool createHousehold();
    bool addMember(qint64 personId, domain::HouseholdRelation relation);
    bool removeSelected();

private:
    void askAddMember();
    void say(const QString &message, bool error);

    std::unique_ptr<Ui::HouseholdDialog> m_ui;
    Session &m_session;
    qint64 m_personId;
    QString m_personName;
    std::optional<domain::Household> m_household;
};

} // namespace cartella::gui
