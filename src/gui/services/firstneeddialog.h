// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/kernel/result.h"
#include "domain/services/firstneedservice.h"
#include "domain/services/services.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FirstNeedDialog;
}

namespace cartella::gui {

class Session;

class PlaceCompleters;

// A first-need intervention for a person with no fixed address, on one screen (ui/firstneeddialog.ui): a
// registered person chosen, or surname, name, sex and birth date typed for someone new; the intervention,
// Comune, date, amount, provider and a note. FirstNeedService registers the person, finds or opens their case
// and sends the request to the zone manager, all or nothing; a refusal keeps everything typed.
class FirstNeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstNeedDialog)

public:
    FirstNeedDialog(Session &session, const PlaceCompleters &places, QWidget *parent = nullptr);
    ~FirstNeedDialog() override;

    // What was recorded, once accepted.
    const domain::FirstNeedResult &recorded() const { return m_result; }
    // A registered person, as chosen in the picker; 0 goes back to typing a new person.
    void setPerson(qint64 personId, const QString &name);
    QString messageText() const;

public slots:
    void accept() override;

private:
    std::optional<domain::FirstNeedEntry> readForm();
    const domain::CatalogueEntry *entry() const;
    void serviceChanged();
    void refuse(const QString &message, QWidget *focus);
    QWidget *widgetFor(const QString &field) const;
    bool confirmSimilar(const domain::Error &error);

    std::unique_ptr<Ui::FirstNeedDialog> m_ui;
    Session &m_session;
    const PlaceCompleters &m_places;
    QList<domain::CatalogueEntry> m_entries;
    qint64 m_personId = 0;
    domain::FirstNeedResult m_result;
};

} // namespace cartella::gui
