// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/actor.h"
#include "domain/casework/personservice.h"
#include "domain/privacy/subjectrightsservice.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cartella::gui {

class PersonListModel;
class PlaceCompleters;

// The "Persone" section: search as you type, the paged list, and the person form.
class PersonsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonsPage)

public:
    // `rights`, when given, adds "Who consulted this file…" and "Export personal data…" for the roles that
    // may use them.
    PersonsPage(domain::PersonService &service, const PlaceCompleters &places, domain::Actor actor,
                QWidget *parent = nullptr, domain::SubjectRightsService *rights = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    PersonListModel *model() const { return m_model; }

public slots:
    void newPerson();
    void openPerson(qint64 personId);
    void focusSearch();

signals:
    void householdRequested(qint64 personId, const QString &name);
    void iseeRequested(qint64 personId, const QString &name);
    void servicesRequested(qint64 personId, const QString &name);
    // The people's rights (GDPR art. 15): the shell opens the privacy dialogs.
    void accessReportRequested(qint64 personId, const QString &name);
    void exportRequested(qint64 personId);
    // A person was created or changed through this page.
    void personSaved(qint64 personId);
    void totalCountChanged(qint64 total);
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void openCurrent();
    qint64 currentPersonId() const;
    QString currentPersonName() const;
    void updatePersonButtons();
    void updateCountLabel(qint64 total);

    domain::PersonService &m_service;
    domain::SubjectRightsService *m_rights = nullptr;
    const PlaceCompleters &m_places;
    domain::Actor m_actor;
    PersonListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_withoutCode = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_iseeButton = nullptr;     // only for the roles that read or record ISEE declarations
    QPushButton *m_servicesButton = nullptr; // only for the roles that read services
    QList<QPushButton *> m_personButtons;    // the ones that act on the selected person
};

} // namespace cartella::gui
