// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/minori/fostercare.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FosterFamilyDialog;
}

namespace cartella::gui {

class Session;

// A foster family of the registry: who they are, what they offer, the ages and the number of children they
// take, their training and suitability assessment, their members and the placements they have now. New when
// opened without a family. A refused save keeps what was typed and says why.
class FosterFamilyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FosterFamilyDialog)

public:
    FosterFamilyDialog(Session &session, std::optional<domain::FosterFamily> family,
                       QWidget *parent = nullptr);
    ~FosterFamilyDialog() override;

    const domain::FosterFamily &family() const { return m_family; }
    Ui::FosterFamilyDialog *ui() const { return m_ui.get(); }

    void accept() override;

private:
    void show(const domain::FosterFamily &family);
    void addMember();
    domain::FosterFamily typed() const;

    std::unique_ptr<Ui::FosterFamilyDialog> m_ui;
    Session &m_session;
    domain::FosterFamily m_family;
    QList<domain::FosterFamilyMember> m_pendingMembers; // of a family not saved yet
};

} // namespace cartella::gui
