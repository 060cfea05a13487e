// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace cartella::gui {

class Session;

class DeliveryList;

// The "Services" section: services and aid across the cases the user may see, filtered by status. For the
// zone manager it opens on the requests waiting for a decision.
class ServicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    explicit ServicesPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    DeliveryList *list() const { return m_list; }
    QComboBox *statusFilter() const { return m_status; }

signals:
    void openCase(qint64 caseId);
    void statusMessage(const QString &message);

private:
    Session &m_session;
    QComboBox *m_status;
    QLabel *m_count;
    DeliveryList *m_list;
};

} // namespace cartella::gui
