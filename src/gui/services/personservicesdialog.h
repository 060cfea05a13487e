// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLabel;

namespace cartella::gui {

class Session;

class DeliveryList;

// Everything one person receives: the services and aid of every case the user may see in which the person is
// the beneficiary, with their case, status and the Comune's share. The same actions as on a case's services
// tab are offered to who may use them; double-clicking a row opens its case.
class PersonServicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonServicesDialog)

public:
    PersonServicesDialog(Session &session, qint64 personId, const QString &personName,
                         QWidget *parent = nullptr);

    DeliveryList *list() const { return m_list; }
    QString summaryText() const;
    void reload();

signals:
    void openCase(qint64 caseId);

private:
    Session &m_session;
    qint64 m_personId;
    QLabel *m_summary;
    DeliveryList *m_list;
};

} // namespace cartella::gui
