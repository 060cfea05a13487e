// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/casework/person.h"
#include "domain/casework/personservice.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class PersonDialog;
}

namespace cartella::gui {

class PlaceCompleters;

// The person form (ui/persondialog.ui): creates or edits one person. Problems are shown as the user types;
// a refused save keeps everything typed and says why.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    PersonDialog(domain::PersonService &service, const PlaceCompleters &places, domain::Actor actor,
                 QWidget *parent = nullptr);
    ~PersonDialog() override;

    // Fills the form with a saved person for editing.
    void setPerson(const domain::Person &person);
    // The person as last saved by this dialog.
    const domain::Person &savedPerson() const { return m_saved; }
    // What the form holds now, as a draft (places resolved to codes where possible).
    domain::Person draft() const;
    // The message shown under the form (for tests and accessibility).
    QString messageText() const;

public slots:
    bool save();
    void reject() override;

signals:
    // The user chose to open the existing person that a duplicate fiscal code points to.
    void openPersonRequested(qint64 personId);

private:
    void fillCombos();
    void connectEdits();
    void onEdited(const QString &field);
    void onFiscalCodeEdited();
    void computeFiscalCode();
    void showIssues(const QList<domain::FieldIssue> &issues, bool everything);
    QWidget *widgetFor(const QString &field) const;
    bool isDirty() const;
    bool confirmSimilar(const domain::Error &error);
    // Someone saved the person meanwhile: save mine over theirs (true), show theirs, or keep editing.
    bool resolveConflict(const domain::Error &error);
    void offerExisting(const domain::Error &error);

    std::unique_ptr<Ui::PersonDialog> m_ui;
    domain::PersonService &m_service;
    const PlaceCompleters &m_places;
    domain::Actor m_actor;
    domain::Person m_original;
    domain::Person m_saved;
    QSet<QString> m_touched;
    bool m_saveAttempted = false;
};

} // namespace cartella::gui
