// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/casework/personservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PersonPickerDialog;
}

namespace cartella::gui {

// Finds a person in the registry as you type (ui/personpickerdialog.ui) and, when roles are given, asks for
// the role they take (in a case, in a household).
class PersonPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPickerDialog)

public:
    // `roles`: label and stored code of each role offered; empty hides the role row.
    PersonPickerDialog(domain::PersonService &persons, domain::Actor actor,
                       const QList<std::pair<QString, QString>> &roles, QWidget *parent = nullptr);
    ~PersonPickerDialog() override;

    qint64 personId() const;
    QString personName() const;
    QString roleCode() const;
    void search(const QString &text);

private:
    std::unique_ptr<Ui::PersonPickerDialog> m_ui;
    domain::PersonService &m_persons;
    domain::Actor m_actor;
};

} // namespace cartella::gui
